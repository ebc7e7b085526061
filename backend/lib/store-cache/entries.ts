/** One cached answer: the body exactly as the route sent it. */
export type CachedAnswer = { body: Buffer; contentType: string; expiresAt: number }

/**
 * The answers of one process, least recently used dropped first, bounded by count and bytes.
 * Entries of an older catalog version are never read again (the version is in the key) and age
 * out of the list like any other.
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>()
  private bytes = 0

  constructor(private readonly maxEntries: number, private readonly maxBytes: number) {}

  get size() {
    return this.entries.size
  }

  get totalBytes() {
    return this.bytes
  }

  get(key: string, now = Date.now()): CachedAnswer | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    this.remove(key)
    if (hit.expiresAt <= now) return undefined
    this.entries.set(key, hit)
    this.bytes += hit.body.length
    return hit
  }

  set(key: string, answer: CachedAnswer): void {
    this.remove(key)
    if (answer.body.length > this.maxBytes) return
    this.entries.set(key, answer)
    this.bytes += answer.body.length
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      this.remove(this.entries.keys().next().value as string)
    }
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }

  private remove(key: string) {
    const old = this.entries.get(key)
    if (!old) return
    this.entries.delete(key)
    this.bytes -= old.body.length
  }
}
