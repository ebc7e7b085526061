/** The 참여 신청 form, read and checked before it goes to the backend (which checks again against the regular price). */
export type ProposalItem = { product_id: string; discount_type: "percent" | "fixed_price"; discount_value: number; per_customer_limit: number | null }

const whole = (v: string) => (/^\d+$/.test(v) ? Number(v) : NaN)

export function readProposalForm(
  form: FormData
): { ok: true; item: ProposalItem } | { ok: false; errors: Record<string, string> } {
  const product_id = String(form.get("product_id") ?? "")
  const discount_type = String(form.get("discount_type") ?? "percent")
  const value = whole(String(form.get("discount_value") ?? "").replace(/[,\s원%]/g, ""))
  const limitText = String(form.get("per_customer_limit") ?? "").trim()
  const limit = limitText ? whole(limitText) : null
  const errors: Record<string, string> = {}
  if (!product_id) errors.product_id = "신청할 상품을 고르세요."
  if (discount_type !== "percent" && discount_type !== "fixed_price") errors.discount_type = "할인 방식을 고르세요."
  if (discount_type === "percent" && !(value >= 1 && value <= 99)) errors.discount_value = "할인율은 1%부터 99%까지 정수로 입력하세요."
  if (discount_type === "fixed_price" && !(value >= 1)) errors.discount_value = "특판가는 1원 이상 원 단위 정수로 입력하세요."
  if (limit !== null && !(limit >= 1)) errors.per_customer_limit = "1인 구매 한도는 1 이상의 정수로 입력하세요."
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, item: { product_id, discount_type: discount_type as ProposalItem["discount_type"], discount_value: value, per_customer_limit: limit } }
}

export const discountLabel = (i: { discount_type: string; discount_value: number }) =>
  i.discount_type === "percent" ? `${i.discount_value}% 할인` : `특판가 ${i.discount_value.toLocaleString("ko-KR")}원`

/** 대기 / 승인 / 거절 badge colours. */
export const PROPOSAL_TONES: Record<string, string> = {
  proposed: "bg-brand-50 text-brand-700",
  accepted: "bg-leaf-100 text-leaf-700",
  declined: "bg-cream-200 text-ink-700",
}
