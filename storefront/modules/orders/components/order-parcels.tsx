import type { OrderParcel } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/util/date"
import { canConfirmParcel, confirmedNote, parcelStatusLabel } from "@/lib/util/parcel-status"
import { ConfirmParcelButton } from "@/modules/orders/components/confirm-parcel-button"

const STATUS_STYLE: Record<string, string> = {
  awaiting: "bg-cream-100 text-ink-700",
  shipped: "bg-brand-50 text-brand-700",
  confirmed: "bg-leaf-100 text-leaf-700",
  canceled: "bg-cream-100 text-ink-500",
}

/**
 * 배송 현황: one card per maker's parcel with its status, carrier, 송장번호 and tracking link,
 * and 구매확정 once it is on its way. Shown once the order is paid (before that there are no
 * parcels yet).
 */
export function OrderParcels({ orderId, parcels }: { orderId: string; parcels: OrderParcel[] }) {
  if (!parcels.length) return null
  return (
    <section aria-labelledby="order-parcels-title" className="space-y-4">
      <h2 id="order-parcels-title" className="text-lg font-bold">
        배송 현황
      </h2>
      <ul className="space-y-3">
        {parcels.map((parcel) => {
          const makerName = parcel.maker?.name ?? "자활장터"
          const note = confirmedNote(parcel)
          return (
            <li key={parcel.id} className="space-y-3 rounded-2xl border border-cream-200 bg-white px-4 py-3" data-parcel={parcel.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-bold">{makerName}</h3>
                <span className={`rounded-full px-3 py-1 text-sm font-semibold ${STATUS_STYLE[parcel.status] ?? ""}`}>
                  {parcelStatusLabel(parcel.status)}
                </span>
              </div>
              {parcel.carrier_name && (
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-ink-500">택배사</dt>
                  <dd>{parcel.carrier_name}</dd>
                  {parcel.tracking_number && (
                    <>
                      <dt className="text-ink-500">송장번호</dt>
                      <dd>
                        {parcel.tracking_url ? (
                          <a href={parcel.tracking_url} target="_blank" rel="noopener noreferrer" className="font-semibold text-brand-700 underline">
                            {parcel.tracking_number} 배송 조회
                          </a>
                        ) : (
                          parcel.tracking_number
                        )}
                      </dd>
                    </>
                  )}
                  {parcel.shipped_at && (
                    <>
                      <dt className="text-ink-500">발송일</dt>
                      <dd>
                        <time dateTime={parcel.shipped_at}>{formatDateTime(parcel.shipped_at)}</time>
                      </dd>
                    </>
                  )}
                </dl>
              )}
              {note && <p className="text-sm text-ink-500">{note}</p>}
              {canConfirmParcel(parcel) && (
                <div className="space-y-1">
                  <p className="text-sm text-ink-700">상품을 받으셨다면 구매확정을 눌러 주세요. 발송 후 7일이 지나면 자동으로 확정됩니다.</p>
                  <ConfirmParcelButton orderId={orderId} parcelId={parcel.id} makerName={makerName} />
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
