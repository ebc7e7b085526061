import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedAll } from "./seed-all"

/** `medusa exec ./seed/run-seed.ts` — seeds the database the current config points at. */
export default async function runSeed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedAll(container, (m) => logger.info(`[seed] ${m}`), { campaigns: true })
  logger.info("[seed] 완료")
}
