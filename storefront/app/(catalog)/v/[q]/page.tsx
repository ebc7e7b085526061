// The cached twin of app/(shop)/page.tsx (lib/routing/cached-page.tsx).
import Page from "@/app/(shop)/page"
import { cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export const generateStaticParams = noStaticParams
export default cachedPage(Page)
