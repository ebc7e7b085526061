import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { recipientName } from "@/lib/util/order-groups"
import { AddressForm } from "@/modules/account/components/address-form"
import { AccountFrame } from "@/modules/account/templates/account-frame"

export const metadata: Metadata = { title: "배송지 수정", robots: { index: false } }

type EditAddressPageProps = { params: Promise<{ id: string }> }

export default async function EditAddressPage({ params }: EditAddressPageProps) {
  const { id } = await params
  const customer = await requireCustomer(`/account/addresses/${id}/edit`)
  const address = customer.addresses.find((a) => a.id === id)
  if (!address) notFound()
  return (
    <AccountFrame title="배송지 수정" current="/account/addresses">
      <div className="max-w-xl">
        <AddressForm
          address={{
            id: address.id,
            address_name: address.address_name ?? "",
            recipient: recipientName(address),
            phone: address.phone ?? "",
            postal_code: address.postal_code ?? "",
            address_1: address.address_1 ?? "",
            address_2: address.address_2 ?? "",
            is_default_shipping: address.is_default_shipping,
          }}
        />
      </div>
    </AccountFrame>
  )
}
