/**
 * The tests' two storefront builds (next.config.ts decides the catalog's routing when building):
 * `.next`, as shipped, its catalog pages cached (what `npm run build` and CI make), and this one,
 * built with STOREFRONT_CACHE_SECONDS=0, every page rendered per request — for the tests that
 * change data and read the page straight after, with no revalidation in between.
 */
export const UNCACHED_DIST_DIR = ".next-uncached"
