import type { Metadata } from "next"
import type { ReactNode } from "react"
import { listTopCategories } from "@/lib/data/categories"
import { site } from "@/lib/site"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import { SkipLink } from "@/modules/layout/components/skip-link"
import { SearchBox } from "@/modules/search/components/search-box"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
}

const MAIN_ID = "main"

export default async function RootLayout({ children }: { children: ReactNode }) {
  const categories = await listTopCategories()
  return (
    <html lang="ko">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink targetId={MAIN_ID} />
        <Header
          categories={categories.map(({ handle, name }) => ({ handle, name }))}
          search={<SearchBox />}
        />
        <main id={MAIN_ID} className="flex-1">
          {children}
        </main>
        <Footer />
      </body>
    </html>
  )
}
