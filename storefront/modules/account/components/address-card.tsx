import Link from "next/link"
import type { CustomerAddress } from "@/lib/data/customer"
import { deleteAddress, setDefaultAddress } from "@/lib/data/customer-actions"
import { formatKoreanAddress, recipientName } from "@/lib/util/order-groups"

/** One saved address with 수정, 삭제 and 기본 배송지로 설정 (plain forms: work without scripts). */
export function AddressCard({ address, actions = true }: { address: CustomerAddress; actions?: boolean }) {
  const name = address.address_name || recipientName(address)
  return (
    <div className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 font-bold">
        <span>{name}</span>
        {address.is_default_shipping && (
          <span className="rounded-full bg-leaf-100 px-2 py-0.5 text-xs font-bold text-leaf-700">기본 배송지</span>
        )}
      </p>
      <p className="text-sm text-ink-700">{[recipientName(address), address.phone].filter(Boolean).join(" · ")}</p>
      <p className="text-sm text-ink-700">{formatKoreanAddress(address)}</p>
      {actions && (
        <div className="flex flex-wrap gap-2 pt-1 text-sm font-semibold">
          <Link
            href={`/account/addresses/${address.id}/edit`}
            className="rounded-full border border-cream-200 px-3 py-1.5 hover:bg-cream-100"
            aria-label={`${name} 수정`}
          >
            수정
          </Link>
          <form action={deleteAddress}>
            <input type="hidden" name="address_id" value={address.id} />
            <button
              type="submit"
              className="rounded-full border border-cream-200 px-3 py-1.5 hover:bg-cream-100"
              aria-label={`${name} 삭제`}
            >
              삭제
            </button>
          </form>
          {!address.is_default_shipping && (
            <form action={setDefaultAddress}>
              <input type="hidden" name="address_id" value={address.id} />
              <button type="submit" className="rounded-full border border-cream-200 px-3 py-1.5 hover:bg-cream-100">
                기본 배송지로 설정
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  )
}
