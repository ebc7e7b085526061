/**
 * Results of browse requests (no query words: category and maker pages, the first facet view),
 * kept until the index changes. Those are the most frequent and, counting facets over the whole
 * catalog, the most expensive requests; a query with words is always run.
 */
export class ResultCache<T> {
  private readonly entries = new Map<string, T>()

  constructor(private readonly capacity = 200) {}

  get(key: string): T | undefined {
    const hit = this.entries.get(key)
    if (hit !== undefined) {
      // most recently used last
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
  }
}
