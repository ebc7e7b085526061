import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureRegionPaymentProviders } from "./steps/region"

/**
 * `medusa exec ./seed/run-ensure-payment-providers.ts` — the launcher runs it when a payment
 * provider was switched on after the seed (e.g. STRIPE_API_KEY added later), so the region
 * 대한민국 offers it without seeding again.
 */
export default async function runEnsurePaymentProviders({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { added } = await ensureRegionPaymentProviders(container)
  logger.info(added.length ? `[seed] 지역 결제수단 추가: ${added.join(", ")}` : "[seed] 지역 결제수단 변경 없음")
}
