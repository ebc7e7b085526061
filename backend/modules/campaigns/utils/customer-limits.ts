/** A live 특판전 item that caps what one customer may buy of its product in the window. */
export type CampaignLimit = { product_id: string; title: string; limit: number; campaign_id: string; starts_at: Date; ends_at: Date }

export type LimitExcess = { product_id: string; title: string; limit: number; bought: number; wanted: number }

/**
 * The products whose units wanted now (in the cart, after the change asked for) plus the units the
 * same customer already bought inside the campaign's window exceed the campaign's 1인 한도.
 */
export function limitExcesses(limits: CampaignLimit[], wanted: Map<string, number>, bought: Map<string, number>): LimitExcess[] {
  const out: LimitExcess[] = []
  for (const l of limits) {
    const w = wanted.get(l.product_id) ?? 0
    const b = bought.get(l.product_id) ?? 0
    if (w > 0 && w + b > l.limit) out.push({ product_id: l.product_id, title: l.title, limit: l.limit, bought: b, wanted: w })
  }
  return out
}

/** The Korean refusal for the first product over its limit. */
export function limitMessage(excess: LimitExcess): string {
  const left = Math.max(excess.limit - excess.bought, 0)
  const already = excess.bought ? ` 이미 ${excess.bought}개 구매하셔서 ${left}개 더 살 수 있습니다.` : ""
  return `「${excess.title}」 상품은 특판전 기간에 1인 ${excess.limit}개까지 살 수 있습니다.${already}`
}
