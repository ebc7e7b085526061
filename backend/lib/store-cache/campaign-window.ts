/**
 * Campaign prices turn at window boundaries (a published 특판전's starts_at / ends_at, when its
 * Medusa price list starts or stops applying) with no write and so no event. The boundaries are
 * read once per catalog version (a campaign edit moves the version); per request the last
 * boundary passed goes into the key, so at that instant every request computes afresh, and an
 * answer is never kept past the next boundary.
 */
export type CampaignWindow = { epoch: number; next: number | null }

export function windowAt(boundaries: number[], now: number): CampaignWindow {
  let epoch = 0
  let next: number | null = null
  for (const at of boundaries) {
    if (at <= now) epoch = Math.max(epoch, at)
    else next = next === null ? at : Math.min(next, at)
  }
  return { epoch, next }
}

/** The boundaries of one catalog version, loaded once however many requests ask at the same time. */
export class CampaignBoundaries {
  private memo: { version: string; boundaries: Promise<number[]> } | null = null

  get(version: string, load: () => Promise<number[]>): Promise<number[]> {
    if (this.memo?.version === version) return this.memo.boundaries
    const memo = { version, boundaries: load() }
    this.memo = memo
    // a failed read is not kept: the next request tries again
    memo.boundaries.catch(() => {
      if (this.memo === memo) this.memo = null
    })
    return memo.boundaries
  }
}
