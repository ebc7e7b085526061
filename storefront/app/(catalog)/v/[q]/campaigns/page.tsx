// The cached twin of app/(shop)/campaigns/page.tsx (lib/routing/cached-page.tsx).
import Page from "@/app/(shop)/campaigns/page"
import { cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export { metadata } from "@/app/(shop)/campaigns/page"
export const generateStaticParams = noStaticParams
export default cachedPage(Page)
