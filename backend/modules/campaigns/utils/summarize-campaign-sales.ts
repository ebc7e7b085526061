export type SaleLine = {
  order_id: string
  maker_id: string
  product_id: string
  product_title: string
  quantity: number
  regular_unit_price: number
  sale_unit_price: number
  line_total: number
}

export type ResultLine = { orders: number; units: number; revenue: number; discount: number }
export type MakerResult = ResultLine & { maker_id: string; maker_name: string }
export type ProductResult = ResultLine & { product_id: string; product_title: string; maker_id: string; maker_name: string }
export type CampaignResults = { makers: MakerResult[]; products: ProductResult[]; totals: ResultLine }

/**
 * Campaign results from its sale lines: per maker, per product and in total — orders (distinct),
 * units, revenue (the lines' whole-won totals, as the orders count them) and the discount given
 * ((정가 − 특판가) × units). All sums of whole won, so the makers add up to the totals exactly.
 */
export function summarizeCampaignSales(lines: SaleLine[], makerName: (id: string) => string): CampaignResults {
  type Acc = { orders: Set<string>; units: number; revenue: number; discount: number }
  const acc = () => ({ orders: new Set<string>(), units: 0, revenue: 0, discount: 0 })
  const add = (a: Acc, l: SaleLine) => {
    a.orders.add(l.order_id)
    a.units += l.quantity
    a.revenue += l.line_total
    a.discount += (l.regular_unit_price - l.sale_unit_price) * l.quantity
  }
  const out = (a: Acc): ResultLine => ({ orders: a.orders.size, units: a.units, revenue: a.revenue, discount: a.discount })
  const makers = new Map<string, Acc>()
  const products = new Map<string, Acc & { title: string; maker_id: string }>()
  const total = acc()
  for (const l of lines) {
    add(total, l)
    if (!makers.has(l.maker_id)) makers.set(l.maker_id, acc())
    add(makers.get(l.maker_id)!, l)
    if (!products.has(l.product_id)) products.set(l.product_id, { ...acc(), title: l.product_title, maker_id: l.maker_id })
    add(products.get(l.product_id)!, l)
  }
  return {
    makers: [...makers.entries()]
      .map(([maker_id, a]) => ({ maker_id, maker_name: makerName(maker_id), ...out(a) }))
      .sort((a, b) => b.revenue - a.revenue || a.maker_name.localeCompare(b.maker_name, "ko")),
    products: [...products.entries()]
      .map(([product_id, a]) => ({ product_id, product_title: a.title, maker_id: a.maker_id, maker_name: makerName(a.maker_id), ...out(a) }))
      .sort((a, b) => b.revenue - a.revenue || a.product_title.localeCompare(b.product_title, "ko")),
    totals: out(total),
  }
}

const cell = (v: string | number) => {
  const s = String(v)
  // a leading = + - @ would make a spreadsheet run the cell as a formula
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The results as CSV for Excel: UTF-8 with BOM, per maker, then per product, then the total. */
export function campaignResultsCsv(results: CampaignResults): string {
  const rows: (string | number)[][] = [["구분", "만든 곳", "상품", "주문 수", "판매 수량", "매출(원)", "할인액(원)"]]
  for (const m of results.makers) rows.push(["만든 곳별", m.maker_name, "", m.orders, m.units, m.revenue, m.discount])
  for (const p of results.products) rows.push(["상품별", p.maker_name, p.product_title, p.orders, p.units, p.revenue, p.discount])
  const t = results.totals
  rows.push(["합계", "", "", t.orders, t.units, t.revenue, t.discount])
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}
