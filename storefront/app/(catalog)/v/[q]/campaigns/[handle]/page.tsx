// The cached twin of app/(shop)/campaigns/[handle]/page.tsx (lib/routing/cached-page.tsx).
import Page, { generateMetadata as metadataOf } from "@/app/(shop)/campaigns/[handle]/page"
import { cachedMetadata, cachedPage, noStaticParams } from "@/lib/routing/cached-page"

export const generateStaticParams = noStaticParams
export const generateMetadata = cachedMetadata(metadataOf)
export default cachedPage(Page)
