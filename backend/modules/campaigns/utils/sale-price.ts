export type Discount = { discount_type: "percent" | "fixed_price"; discount_value: number }

/**
 * The whole-won 특판가 of a variant whose regular price is `regular`, or a Korean reason why the
 * discount cannot apply to it. A percentage is rounded DOWN to the won (20% off 2,999원 =
 * 2,399.2 → 2,399원): the customer never saves less than the advertised rate, and the price is
 * whole before Medusa ever sees it. A fixed 특판가 must already be whole and below the regular price.
 */
export function salePrice(regular: number, discount: Discount): { price: number } | { error: string } {
  const { discount_type, discount_value: v } = discount
  if (!Number.isInteger(regular) || regular <= 0) return { error: `정가(${regular}원)가 원 단위 양수가 아니어서 할인할 수 없습니다` }
  if (discount_type === "percent") {
    if (!Number.isInteger(v) || v < 1 || v > 99) return { error: "할인율은 1%부터 99%까지 정수로 입력하세요" }
    // integer arithmetic: regular × (100 − v) is exact, so the floor is exact too
    const price = Math.floor((regular * (100 - v)) / 100)
    if (price < 1) return { error: `정가 ${regular.toLocaleString("ko-KR")}원에 ${v}% 할인을 하면 1원보다 낮아집니다` }
    return { price }
  }
  if (!Number.isInteger(v) || v < 1) return { error: "특판가는 1원 이상 원 단위 정수로 입력하세요" }
  if (v >= regular) return { error: `특판가 ${v.toLocaleString("ko-KR")}원은 정가 ${regular.toLocaleString("ko-KR")}원보다 낮아야 합니다` }
  return { price: v }
}
