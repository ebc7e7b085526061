import "server-only"
import Medusa from "@medusajs/js-sdk"

const DEFAULT_BACKEND_URL = "http://localhost:9000"

let client: Medusa | undefined

/** The backend's address, read at request time. */
export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL
}

/**
 * The one Medusa client. Created on first use so the backend address and the
 * publishable key are read from the environment of the running server, not at build time.
 */
export function getSdk(): Medusa {
  client ??= new Medusa({
    baseUrl: backendUrl(),
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  })
  return client
}
