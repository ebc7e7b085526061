// The cached twin of app/(shop)/brands/page.tsx (lib/routing/cached-page.tsx).
import Page from "@/app/(shop)/brands/page"
import { cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export { metadata } from "@/app/(shop)/brands/page"
export const generateStaticParams = noStaticParams
export default cachedPage(Page)
