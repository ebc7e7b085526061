// The cached twin of app/(shop)/gift-sets/page.tsx (lib/routing/cached-page.tsx).
import Page from "@/app/(shop)/gift-sets/page"
import { cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export { metadata } from "@/app/(shop)/gift-sets/page"
export const generateStaticParams = noStaticParams
export default cachedPage(Page)
