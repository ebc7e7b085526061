import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "../../../lib/security/client-address"
import { createMissCounter, type MissCounter } from "../../../lib/security/rate-limit"

/**
 * Limits of 주문조회. Order numbers are sequential, so the contact (email or phone) is what keeps a
 * guest's order private; wrong contacts ("misses") are counted twice:
 * - per client address: 20 misses in 30 minutes, then that address gets 429 for every lookup
 *   until its window ends (one client sweeping many order numbers);
 * - per existing order number, from all addresses: 10 misses in 30 minutes make the number
 *   "contested". A contested number still answers addresses that have missed nothing in the
 *   window — so the real buyer, who has the right contact, is never locked out by others — and
 *   refuses (429) addresses that have missed anything. A miss on a number that has no order
 *   counts only against the address: future numbers cannot be made contested in advance.
 * Trade-off: an attacker with many fresh addresses still gets one guess per address per window on
 * a contested number; that is the price of never locking the buyer out (and guessing a contact
 * one try at a time is hopeless unless one already knows it).
 */
export const LOOKUP_WINDOW_SECONDS = 30 * 60
export const LOOKUP_MISSES_PER_ADDRESS = 20
export const LOOKUP_MISSES_PER_ORDER_NUMBER = 10

export const TOO_MANY_LOOKUPS = "조회 시도가 너무 많습니다. 30분 뒤에 다시 시도하거나 고객센터로 문의해 주세요."

export type LookupLimits = { byAddress: MissCounter; byOrderNumber: MissCounter }

const cache = new Map<string, LookupLimits>()

/** The shop's namespace in a shared Redis: its database name (each test database has its own). */
function storePrefix(scope: MedusaContainer): string {
  const { databaseUrl, databaseName } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  if (databaseName) return databaseName
  try {
    return new URL(String(databaseUrl)).pathname.replace(/^\//, "") || "default"
  } catch {
    return "default"
  }
}

export function lookupLimits(scope: MedusaContainer): LookupLimits {
  const prefix = storePrefix(scope)
  const redisUrl = process.env.REDIS_URL || undefined
  const cacheKey = `${prefix} ${redisUrl ?? ""}`
  let limits = cache.get(cacheKey)
  if (!limits) {
    const common = { windowSeconds: LOOKUP_WINDOW_SECONDS, storePrefix: prefix, redisUrl }
    limits = {
      byAddress: createMissCounter({ ...common, name: "order-lookup:address", limit: LOOKUP_MISSES_PER_ADDRESS }),
      byOrderNumber: createMissCounter({ ...common, name: "order-lookup:number", limit: LOOKUP_MISSES_PER_ORDER_NUMBER }),
    }
    cache.set(cacheKey, limits)
  }
  return limits
}

/** The client's address as the per-address limit counts it (see lib/security/client-address.ts). */
export const lookupAddress = (req: MedusaRequest) => clientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"])
