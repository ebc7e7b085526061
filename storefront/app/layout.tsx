import type { Metadata } from "next"
import type { ReactNode } from "react"
import { site } from "@/lib/site"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
}

/**
 * Only the document: the shop's frame is `app/(shop)/layout.tsx`, 판매자센터 has its own in
 * `app/seller/layout.tsx`.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  )
}
