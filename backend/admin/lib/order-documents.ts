import { formatWon } from "./format"

/** The JSON of our order routes (backend/lib/orders/*), as the admin reads it. */
export type Address = {
  first_name: string
  last_name: string
  phone: string
  postal_code: string
  address_1: string
  address_2: string
  city: string
}

export type OrderCheckoutDetails = {
  id: string
  display_id: number
  email: string | null
  total: number
  orderer_name: string | null
  orderer_phone: string | null
  delivery_note: string | null
  gift: { sender_name: string | null; message: string | null; hide_prices: boolean } | null
  shipping_address: Address | null
  payment: {
    id: string | null
    provider_id: string
    status: "authorized" | "captured" | "canceled" | "refunded" | "none"
    bank_transfer?: { bank_name: string; account_number: string; account_holder: string; amount: number; deadline: string }
  }
  /** An institution's 세금계산서/현금영수증 request (docs/institutions.md). */
  purchase_evidence: {
    kind: "tax_invoice" | "cash_receipt"
    label: string
    business_number: string | null
    company_name?: string | null
    representative?: string | null
    email?: string | null
    phone?: string | null
  } | null
}

export type PackingSlip = {
  order_number: number
  ordered_at: string
  recipient: Address | null
  orderer: { name: string | null; phone: string | null }
  delivery_note: string | null
  gift: { sender_name: string | null; message: string | null } | null
  hide_prices: boolean
  items: { title: string; variant_title: string | null; quantity: number; maker_name: string | null; unit_price?: number; total?: number }[]
  item_total?: number
  shipping_total?: number
  total?: number
}

export type PurchaseCertificate = {
  order_number: number
  ordered_at: string
  issued_at: string
  order_status: string
  buyer: { name: string | null; email: string | null; phone: string | null }
  payment_status: string | null
  makers: {
    name: string
    business_registration_number: string | null
    representative?: string
    address?: string
    items: { title: string; quantity: number; amount: number }[]
    item_total: number
    shipping_fee: number
  }[]
  item_total: number
  shipping_total: number
  discount_total: number
  total: number
  operator_note: string
}

/** Every text that goes into the print window passes through here: no markup from data. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

const seoul = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", dateStyle: "long", timeStyle: "short" })
export const formatSeoulDateTime = (iso: string) => (iso ? seoul.format(new Date(iso)) : "")

const e = escapeHtml
const won = (n: number | undefined) => e(formatWon(n ?? 0))
const multiline = (text: string | null) => e(text ?? "").replace(/\n/g, "<br>")
const recipientLine = (a: Address | null) =>
  a ? `${e(a.first_name)}${a.last_name ? ` ${e(a.last_name)}` : ""} · ${e(a.phone)}<br>(${e(a.postal_code)}) ${e(a.address_1)} ${e(a.address_2)}` : ""

const STYLE = `body{font-family:system-ui,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:24px;color:#111}
h1{font-size:20px;margin:0 0 12px}h2{font-size:15px;margin:20px 0 6px}table{width:100%;border-collapse:collapse;font-size:13px}
th,td{border:1px solid #999;padding:6px;text-align:left}td.n,th.n{text-align:right}.meta{font-size:13px;line-height:1.6}
.note{font-size:12px;color:#444;margin-top:16px}.card{border:1px dashed #666;padding:12px;margin-top:12px;font-size:14px}`

function page(title: string, body: string) {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
}

export function packingSlipHtml(slip: PackingSlip): string {
  const priceHead = slip.hide_prices ? "" : `<th class="n">단가</th><th class="n">금액</th>`
  const rows = slip.items
    .map(
      (i) =>
        `<tr><td>${e(i.title)}${i.variant_title ? ` / ${e(i.variant_title)}` : ""}</td><td>${e(i.maker_name)}</td><td class="n">${e(i.quantity)}</td>${
          slip.hide_prices ? "" : `<td class="n">${won(i.unit_price)}</td><td class="n">${won(i.total)}</td>`
        }</tr>`
    )
    .join("")
  const gift = slip.gift
    ? `<div class="card"><strong>선물 메시지</strong>${slip.gift.sender_name ? ` — 보내는 분: ${e(slip.gift.sender_name)}` : ""}<p>${multiline(slip.gift.message)}</p></div>`
    : ""
  const totals = slip.hide_prices ? "" : `<p class="meta">상품 ${won(slip.item_total)} · 배송비 ${won(slip.shipping_total)} · 합계 ${won(slip.total)}</p>`
  return page(
    `거래명세(포장) #${slip.order_number}`,
    `<h1>포장 명세서 · 주문번호 ${e(slip.order_number)}</h1>
<p class="meta">주문일시 ${e(formatSeoulDateTime(slip.ordered_at))}<br>받는 분 ${recipientLine(slip.recipient)}<br>배송 요청사항 ${e(slip.delivery_note ?? "없음")}</p>
<table><thead><tr><th>상품</th><th>만든 곳</th><th class="n">수량</th>${priceHead}</tr></thead><tbody>${rows}</tbody></table>${totals}${gift}`
  )
}

export function purchaseCertificateHtml(c: PurchaseCertificate): string {
  const makers = c.makers
    .map(
      (m) => `<h2>${e(m.name)} (사업자등록번호 ${e(m.business_registration_number ?? "미등록")})</h2>
<p class="meta">${m.representative ? `대표자 ${e(m.representative)} · ` : ""}${m.address ? e(m.address) : ""}</p>
<table><thead><tr><th>상품</th><th class="n">수량</th><th class="n">금액</th></tr></thead><tbody>${m.items
        .map((i) => `<tr><td>${e(i.title)}</td><td class="n">${e(i.quantity)}</td><td class="n">${won(i.amount)}</td></tr>`)
        .join("")}<tr><td colspan="2">상품 소계</td><td class="n">${won(m.item_total)}</td></tr><tr><td colspan="2">배송비</td><td class="n">${won(m.shipping_fee)}</td></tr></tbody></table>`
    )
    .join("")
  return page(
    `구매확인서 #${c.order_number}`,
    `<h1>구매확인서</h1>
<p class="meta">주문번호 ${e(c.order_number)} · 주문일시 ${e(formatSeoulDateTime(c.ordered_at))} · 발급일시 ${e(formatSeoulDateTime(c.issued_at))}${
      c.order_status === "canceled" ? " · <strong>취소된 주문</strong>" : ""
    }<br>구매자 ${e(c.buyer.name)} · ${e(c.buyer.email)} · ${e(c.buyer.phone)}</p>${makers}
<h2>합계</h2><table><tbody><tr><td>상품 합계</td><td class="n">${won(c.item_total)}</td></tr><tr><td>배송비 합계</td><td class="n">${won(c.shipping_total)}</td></tr>
<tr><td>할인(상품 금액에 반영됨)</td><td class="n">${won(c.discount_total)}</td></tr><tr><td><strong>결제 금액</strong></td><td class="n"><strong>${won(c.total)}</strong></td></tr></tbody></table>
<p class="note">${e(c.operator_note)}</p>`
  )
}

/** Opens a print window with the rendered document (the HTML is built from escaped text only). */
export function printHtml(html: string) {
  const win = window.open("", "_blank", "width=900,height=1000")
  if (!win) throw new Error("팝업이 차단되었습니다. 브라우저에서 팝업을 허용해 주세요.")
  win.document.open()
  win.document.write(html)
  win.document.close()
  win.focus()
  win.print()
}
