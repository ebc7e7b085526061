/** A Korean syllable: error messages meant for people must contain some. */
export const HANGUL = /[\uac00-\ud7a3]/

/**
 * Waits until `check` returns a value (not undefined), trying every 500 ms, for at most `ms`:
 * for what a subscriber or a price list's window changes after the call that caused it.
 */
export async function poll<T>(what: string, check: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
