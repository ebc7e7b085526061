import Medusa from "@medusajs/js-sdk"

/** The one JS SDK instance of our admin extensions; custom routes go through `sdk.client.fetch`. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** Drops empty query parameters so the server's validators see only what was asked. */
export function compactQuery<T extends Record<string, unknown>>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== "")
  ) as Partial<T>
}
