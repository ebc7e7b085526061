/**
 * The storefront's cache tags, shared with the backend that names them in its revalidations.
 * The vocabulary lives in the storefront package (Turbopack compiles only files inside
 * `storefront/`, while `medusa build` follows this import), like the safe-html policy.
 */
export * from "../../../storefront/lib/shared/cache-tags"
