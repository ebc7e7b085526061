import type { RedisLockingProvider } from "@medusajs/locking-redis/dist/services/redis-lock"
import medusaRedisLocking from "@medusajs/medusa/locking-redis"

// Medusa's own Redis locking provider (the class behind "@medusajs/medusa/locking-redis").
const MedusaRedisLockingProvider = medusaRedisLocking.services[0] as typeof RedisLockingProvider

type AcquireArgs = Parameters<RedisLockingProvider["acquire_"]>[1]
type Cancellation = Parameters<RedisLockingProvider["acquire_"]>[2]

/**
 * Medusa's Redis locking provider, taking a set of keys one at a time in sorted order and giving
 * back what it took when it cannot take them all.
 *
 * Medusa's provider (2.21.2) takes the keys of one call in parallel and keeps those it got when
 * another is held (medusajs/medusa#16285, fix proposed in #16284). Reserving a gift set locks all
 * its component inventory items at once, so two checkouts of the same set could each hold some of
 * the items and wait for the other's until both timed out (409), and the items a timed-out call
 * had taken stayed locked for their whole 60 s lease, failing the next checkouts too: sets
 * under-sold on the Redis profile. With one global order no two calls can wait for each other.
 */
export default class OrderedRedisLockingProvider extends MedusaRedisLockingProvider {
  static identifier = "locking-redis"

  async acquire_(keys: string | string[], args?: AcquireArgs, cancellationToken?: Cancellation): Promise<void> {
    const ordered = [...new Set(Array.isArray(keys) ? keys : [keys])].sort()
    const ownerId = args?.ownerId ?? "*"
    const taken: string[] = []
    try {
      for (const key of ordered) {
        // A named owner may re-enter a lock it already holds: that one is not ours to give back.
        const heldBefore = ownerId !== "*" && (await this.redisClient.get(`${this.keyNamePrefix}${key}`)) === ownerId
        await super.acquire_([key], args, cancellationToken)
        if (!heldBefore) taken.push(key)
      }
    } catch (error) {
      if (taken.length) await this.release(taken, { ownerId })
      throw error
    }
  }
}
