import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stripReservedMetadata } from "../../lib/orders/reserved-metadata"

const PAYMENT_SESSIONS = /^\/store\/payment-collections\/[^/]+\/payment-sessions\/?$/

/**
 * Every store write loses the server-owned metadata keys (lib/orders/reserved-metadata.ts)
 * before Medusa sees the body: carts and their items, addresses, the customer. We strip rather
 * than reject: no honest client ever sends these keys (our storefront sends no metadata at all),
 * Medusa's own clients may send metadata of their own that should keep working, and the rest of
 * the write still applies — the keys simply stay what the server made them.
 *
 * A payment session's `data` is dropped whole: providers read their own knobs from it (Stripe:
 * capture_method, payment_method, confirm; 무통장입금: paid_at, canceled_at) and Medusa keeps it
 * in the payment's data, so only the server may fill it.
 */
export function stripReservedStoreMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Record<string, unknown> | undefined
  if (body && typeof body === "object") {
    const dropped = stripReservedMetadata(body)
    if (PAYMENT_SESSIONS.test(req.path) && "data" in body) {
      delete body.data
      dropped.push("data")
    }
    if (dropped.length) {
      const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
      logger.info(`스토어 요청에서 서버 전용 항목을 뺐습니다 (${req.method} ${req.path}): ${[...new Set(dropped)].join(", ")}`)
    }
  }
  next()
}
