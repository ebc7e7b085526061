// The cached twin of app/(shop)/makers/page.tsx (lib/routing/cached-page.tsx).
import Page from "@/app/(shop)/makers/page"
import { cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export { metadata } from "@/app/(shop)/makers/page"
export const generateStaticParams = noStaticParams
export default cachedPage(Page)
