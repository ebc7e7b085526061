import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { AddressForm } from "@/modules/account/components/address-form"
import { AccountFrame } from "@/modules/account/templates/account-frame"

export const metadata: Metadata = { title: "새 배송지", robots: { index: false } }

export default async function NewAddressPage() {
  const customer = await requireCustomer("/account/addresses/new")
  return (
    <AccountFrame title="새 배송지" current="/account/addresses">
      <div className="max-w-xl">
        <AddressForm
          address={{
            // the first address is the default unless the customer unticks it
            is_default_shipping: customer.addresses.length === 0,
            recipient: `${customer.last_name ?? ""}${customer.first_name ?? ""}`.trim(),
            phone: customer.phone ?? "",
          }}
        />
      </div>
    </AccountFrame>
  )
}
