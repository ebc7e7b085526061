import type { ReactNode } from "react"
import { listTopCategories } from "@/lib/data/categories"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import { SkipLink } from "@/modules/layout/components/skip-link"
import { SearchBox } from "@/modules/search/components/search-box"

const MAIN_ID = "main"

/**
 * The shop's frame (skip link, header with categories and search, footer). It lives here, not in
 * the root layout, so 판매자센터 (`app/seller`) gets its own frame; the root not-found page uses
 * it too, so an unknown address still looks like the shop.
 */
export async function ShopChrome({ children }: { children: ReactNode }) {
  // Without the categories the frame still shows (the strip is left out): a page must not fail
  // for its header, and the prebuilt not-found page is made when no backend answers.
  const categories = await listTopCategories().catch(() => [])
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <Header
        categories={categories.map(({ handle, name }) => ({ handle, name }))}
        search={<SearchBox />}
      />
      <main id={MAIN_ID} className="flex-1">
        {children}
      </main>
      <Footer />
    </>
  )
}
