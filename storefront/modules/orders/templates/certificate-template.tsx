import type { PurchaseCertificate } from "@/lib/data/orders"
import { site } from "@/lib/site"
import { formatDate, formatDateTime } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"
import { paymentStatusLabel } from "@/lib/util/order-status"
import { PrintButton } from "@/modules/orders/components/print-button"

/**
 * On paper only the certificate: the site's header, footer and skip link (children of <body>
 * from the root layout) are hidden, and the page is laid out for A4. Rendered with the page, so
 * other pages print as usual.
 */
const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
@media print {
  body > header, body > footer, body > a[href^="#"], nav { display: none !important; }
  html, body { background: #fff !important; }
  main { padding: 0 !important; }
  .certificate { max-width: none !important; padding: 0 !important; font-size: 10.5pt; }
  .certificate section { break-inside: avoid; }
}
`

const cell = "border border-ink-500/40 px-2 py-1.5"

type CertificateTemplateProps = {
  certificate: PurchaseCertificate
  /** the order's payment provider, so an unpaid bank transfer reads 입금 대기 */
  providerId?: string | null
}

export function CertificateTemplate({ certificate, providerId }: CertificateTemplateProps) {
  const { operator } = site
  const buyer = certificate.buyer
  const paymentStatus =
    certificate.order_status === "canceled" ? "취소됨" : paymentStatusLabel(certificate.payment_status, providerId)
  // the certificate's item_total is what was paid for goods (after discounts, as the makers'
  // subtotals); the table reads 상품 금액 − 할인 + 배송비 = 총 결제금액
  const itemsBeforeDiscount = certificate.item_total + certificate.discount_total
  const standardNote =
    `${operator.companyName}(사업자등록번호 ${operator.businessRegistrationNumber}, 통신판매업 신고번호 ` +
    `${operator.mailOrderRegistrationNumber})는 온라인 판매 플랫폼을 운영하며, 각 상품의 판매자는 위에 적힌 ` +
    `자활기업입니다. 이 확인서는 사회적경제기업 제품 구매실적 보고에 사용할 수 있습니다.`
  return (
    <div className="certificate mx-auto max-w-3xl space-y-6 bg-white px-4 py-8 text-ink-900">
      <style>{PRINT_CSS}</style>
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <header className="space-y-1 border-b-2 border-ink-900 pb-4 text-center">
        <h1 className="text-3xl font-extrabold tracking-[0.3em]">구매확인서</h1>
        <p className="text-sm text-ink-700">{site.name}</p>
      </header>

      <section aria-labelledby="cert-order">
        <h2 id="cert-order" className="sr-only">
          주문 정보
        </h2>
        <table className="w-full border-collapse text-sm">
          <tbody>
            <tr>
              <th scope="row" className={`${cell} w-32 bg-cream-100 text-left`}>발행일</th>
              <td className={cell}>{formatDate(certificate.issued_at)}</td>
              <th scope="row" className={`${cell} w-32 bg-cream-100 text-left`}>주문번호</th>
              <td className={cell}>{certificate.order_number}</td>
            </tr>
            <tr>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>주문일</th>
              <td className={cell}>{formatDateTime(certificate.ordered_at)}</td>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>결제 상태</th>
              <td className={cell}>{paymentStatus}</td>
            </tr>
            <tr>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>구매자</th>
              <td className={cell} colSpan={3}>
                {[buyer.name, buyer.email, buyer.phone].filter(Boolean).join(" · ") || "-"}
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      {certificate.makers.map((maker, index) => (
        <section key={`${maker.name}-${index}`} aria-labelledby={`cert-maker-${index}`} className="space-y-2">
          <h2 id={`cert-maker-${index}`} className="text-lg font-bold">
            판매자 {index + 1}. {maker.name}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm">
            <dt className="text-ink-500">상호</dt>
            <dd>{maker.name}</dd>
            <dt className="text-ink-500">사업자등록번호</dt>
            <dd>{maker.business_registration_number || "미등록"}</dd>
            {maker.representative && (
              <>
                <dt className="text-ink-500">대표자</dt>
                <dd>{maker.representative}</dd>
              </>
            )}
            {maker.address && (
              <>
                <dt className="text-ink-500">주소</dt>
                <dd>{maker.address}</dd>
              </>
            )}
          </dl>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{maker.name} 구매 상품</caption>
            <thead>
              <tr className="bg-cream-100">
                <th scope="col" className={`${cell} text-left`}>상품명</th>
                <th scope="col" className={`${cell} w-16 text-right`}>수량</th>
                <th scope="col" className={`${cell} w-32 text-right`}>금액</th>
              </tr>
            </thead>
            <tbody>
              {maker.items.map((item, line) => (
                <tr key={`${item.title}-${line}`}>
                  <td className={cell}>{item.title}</td>
                  <td className={`${cell} text-right`}>{item.quantity}</td>
                  <td className={`${cell} text-right`}>{formatWon(item.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className={`${cell} text-right font-semibold`}>소계</th>
                <td className={`${cell} text-right font-semibold`}>{formatWon(maker.item_total)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2} className={`${cell} text-right font-semibold`}>배송비</th>
                <td className={`${cell} text-right`}>{formatWon(maker.shipping_fee)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      ))}

      <section aria-labelledby="cert-total" className="space-y-2">
        <h2 id="cert-total" className="text-lg font-bold">
          합계
        </h2>
        <table className="w-full border-collapse text-sm">
          <tbody>
            <tr>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>상품 금액</th>
              <td className={`${cell} text-right`}>{formatWon(itemsBeforeDiscount)}</td>
            </tr>
            <tr>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>배송비</th>
              <td className={`${cell} text-right`}>{formatWon(certificate.shipping_total)}</td>
            </tr>
            <tr>
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>할인</th>
              <td className={`${cell} text-right`}>
                {certificate.discount_total > 0 ? `-${formatWon(certificate.discount_total)}` : formatWon(0)}
              </td>
            </tr>
            <tr className="text-base font-bold">
              <th scope="row" className={`${cell} bg-cream-100 text-left`}>총 결제금액</th>
              <td className={`${cell} text-right`}>{formatWon(certificate.total)}</td>
            </tr>
          </tbody>
        </table>
        {certificate.discount_total > 0 && (
          <p className="text-sm text-ink-700">
            판매자별 소계는 할인을 나누어 반영한 실제 결제 금액입니다 (판매자별 소계와 배송비의 합 = 총 결제금액).
          </p>
        )}
      </section>

      <section aria-label="확인 사항" className="space-y-2 text-sm text-ink-700">
        <p>{standardNote}</p>
        {certificate.operator_note && certificate.operator_note !== standardNote && <p>{certificate.operator_note}</p>}
        <p className="pt-4 text-right font-semibold text-ink-900">
          {operator.companyName} (대표 {operator.representative}) · {operator.address} · {operator.phone}
        </p>
      </section>
    </div>
  )
}
