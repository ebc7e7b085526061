/**
 * Splits a whole-won total over weighted shares (largest remainder method): every share is a
 * whole won, the shares always add up to the total exactly, and the leftover won go to the
 * largest fractional remainders, ties broken by key so the result never depends on input order.
 */
export type Weighted<K extends string = string> = { key: K; weight: number }

export function splitProportionally<K extends string>(total: number, parts: Weighted<K>[]): Map<K, number> {
  if (!Number.isInteger(total)) throw new Error(`원 단위가 아닌 금액은 나눌 수 없습니다: ${total}`)
  if (!parts.length) throw new Error("나눌 대상이 없습니다")
  if (parts.some((p) => !(p.weight >= 0) || !Number.isFinite(p.weight))) throw new Error("비중은 0 이상의 수여야 합니다")

  const merged = new Map<K, number>()
  for (const p of parts) merged.set(p.key, (merged.get(p.key) ?? 0) + p.weight)
  const keys = [...merged.keys()].sort()
  const weightSum = keys.reduce((s, k) => s + merged.get(k)!, 0)
  // With no weights at all the total is shared equally.
  const weightOf = (k: K) => (weightSum > 0 ? merged.get(k)! : 1)
  const denominator = weightSum > 0 ? weightSum : keys.length

  const sign = total < 0 ? -1 : 1
  const abs = Math.abs(total)
  const shares = keys.map((key) => {
    const exact = (abs * weightOf(key)) / denominator
    const floor = Math.floor(exact)
    return { key, floor, remainder: exact - floor }
  })
  let left = abs - shares.reduce((s, x) => s + x.floor, 0)
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  for (const share of byRemainder) {
    if (left <= 0) break
    share.floor += 1
    left -= 1
  }
  return new Map(shares.map((s) => [s.key, sign * s.floor]))
}
