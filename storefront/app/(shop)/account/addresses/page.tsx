import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { AddressCard } from "@/modules/account/components/address-card"
import { AccountFrame } from "@/modules/account/templates/account-frame"

export const metadata: Metadata = { title: "배송지 관리", robots: { index: false } }

export default async function AddressesPage() {
  const customer = await requireCustomer("/account/addresses")
  // the default address first, then the others as saved
  const addresses = [...customer.addresses].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
  return (
    <AccountFrame title="배송지 관리" current="/account/addresses">
      {addresses.length > 0 ? (
        <ul aria-label="저장된 배송지" className="grid gap-4 md:grid-cols-2">
          {addresses.map((address) => (
            <li key={address.id}>
              <AddressCard address={address} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">저장된 배송지가 없습니다.</p>
      )}
      <Link
        href="/account/addresses/new"
        className="inline-block rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
      >
        새 배송지 추가
      </Link>
    </AccountFrame>
  )
}
