/**
 * Order numbers are sequential, so the contact (email or phone) is what keeps a guest's order
 * private. Wrong guesses are counted per order number — not per IP, since every lookup arrives
 * from the storefront's server — and an order number with too many recent misses is refused for
 * a while. Kept in process memory: with several backend instances each counts its own misses.
 */
export const LOOKUP_WINDOW_MS = 30 * 60_000
export const LOOKUP_MAX_FAILURES = 10
const MAX_TRACKED = 10_000

export const TOO_MANY_LOOKUPS = "조회 시도가 너무 많습니다. 30분 뒤에 다시 시도하거나 고객센터로 문의해 주세요."

export class FailedLookups {
  private misses = new Map<number, number[]>()

  constructor(
    private readonly windowMs = LOOKUP_WINDOW_MS,
    private readonly maxFailures = LOOKUP_MAX_FAILURES
  ) {}

  private recent(orderNumber: number, now: number): number[] {
    const kept = (this.misses.get(orderNumber) ?? []).filter((t) => now - t < this.windowMs)
    if (kept.length) this.misses.set(orderNumber, kept)
    else this.misses.delete(orderNumber)
    return kept
  }

  isLocked(orderNumber: number, now = Date.now()): boolean {
    return this.recent(orderNumber, now).length >= this.maxFailures
  }

  recordMiss(orderNumber: number, now = Date.now()): void {
    if (this.misses.size >= MAX_TRACKED && !this.misses.has(orderNumber)) {
      // forget the oldest entry rather than grow without bound
      const oldest = this.misses.keys().next().value
      if (oldest !== undefined) this.misses.delete(oldest)
    }
    this.misses.set(orderNumber, [...this.recent(orderNumber, now), now])
  }
}

export const failedLookups = new FailedLookups()
