import type { Metadata } from "next"
import type { ReactNode } from "react"
import { retrieveSeller } from "@/lib/data/seller"
import { SellerHeader } from "@/modules/seller/components/seller-header"

export const metadata: Metadata = {
  title: { default: "판매자센터", template: "%s | 자활장터 판매자센터" },
  robots: { index: false, follow: false },
}

/**
 * 판매자센터's frame. It only shows who is logged in; each page checks the session itself
 * (requireSeller), because a layout is not re-run on every navigation.
 */
export default async function SellerLayout({ children }: { children: ReactNode }) {
  const seller = await retrieveSeller()
  return (
    <>
      <SellerHeader seller={seller} />
      <main className="mx-auto w-full max-w-5xl flex-1 px-3 py-5 sm:px-4">{children}</main>
    </>
  )
}
