import Medusa from "@medusajs/js-sdk"

/** The one JS SDK instance of our admin extensions; custom routes go through `sdk.client.fetch`. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
