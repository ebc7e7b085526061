import type { Customer, CustomerAddress } from "@/lib/data/customer"
import type { PaymentProviderId } from "@/lib/util/checkout-form"
import type { CheckoutValuesInput } from "@/modules/checkout/components/checkout-form"
import type { SavedAddress } from "@/modules/checkout/components/saved-address-picker"

/** A Korean full name from Medusa's two name fields (our addresses keep it whole in first_name). */
function fullName(first: string | null | undefined, last: string | null | undefined): string {
  return `${last ?? ""}${first ?? ""}`.trim()
}

function addressFields(address: CustomerAddress): SavedAddress["fields"] {
  return {
    recipient_name: fullName(address.first_name, address.last_name),
    recipient_phone: address.phone ?? "",
    postal_code: address.postal_code ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
  }
}

export function savedAddressesOf(customer: Customer | null): SavedAddress[] {
  return (customer?.addresses ?? []).map((address) => {
    const fields = addressFields(address)
    const name = address.address_name || fields.recipient_name
    return { id: address.id, label: `${name} · ${fields.address_1}`, fields }
  })
}

/**
 * The form as it opens: empty for a guest; for a signed-in customer their name, email and phone,
 * and their default (else first) saved address.
 */
export function initialCheckoutValues(
  customer: Customer | null,
  offered: readonly PaymentProviderId[]
): CheckoutValuesInput {
  const address =
    customer?.addresses.find((candidate) => candidate.is_default_shipping) ?? customer?.addresses[0] ?? null
  const fields = address
    ? addressFields(address)
    : { recipient_name: "", recipient_phone: "", postal_code: "", address_1: "", address_2: "" }
  return {
    orderer_name: customer ? fullName(customer.first_name, customer.last_name) : "",
    email: customer?.email ?? "",
    orderer_phone: customer?.phone ?? "",
    ...fields,
    delivery_note_choice: "",
    delivery_note: "",
    is_gift: "",
    gift_sender_name: "",
    gift_message: "",
    payment_provider: offered[0] ?? "",
    agree: "",
  }
}
