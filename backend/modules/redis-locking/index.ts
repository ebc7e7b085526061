import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import medusaRedisLocking from "@medusajs/medusa/locking-redis"
import OrderedRedisLockingProvider from "./service"

/**
 * Locking on Redis (the Redis profile): Medusa's provider with its Redis connection loader, with
 * multi-key locks taken in order (service.ts, docs/operations.md).
 */
export default ModuleProvider(Modules.LOCKING, {
  services: [OrderedRedisLockingProvider],
  loaders: medusaRedisLocking.loaders,
})
