/**
 * Request coalescing: the first miss of a key computes it, every request for the same key that
 * arrives meanwhile waits for that one answer instead of computing its own (no stampede when a
 * crowd meets an empty or just invalidated cache).
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>()

  /** The computation under way for this key, if any. */
  wait(key: string): Promise<T> | undefined {
    return this.pending.get(key)
  }

  /** Marks the key as being computed; the returned function settles it for every waiter, once. */
  start(key: string): (value: T) => void {
    let settle!: (value: T) => void
    const promise = new Promise<T>((resolve) => (settle = resolve))
    this.pending.set(key, promise)
    let done = false
    return (value: T) => {
      if (done) return
      done = true
      if (this.pending.get(key) === promise) this.pending.delete(key)
      settle(value)
    }
  }

  get size() {
    return this.pending.size
  }
}
