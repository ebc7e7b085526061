"use client"

/** A saved address of the signed-in customer, already in the form's field names. */
export type SavedAddress = {
  id: string
  label: string
  fields: {
    recipient_name: string
    recipient_phone: string
    postal_code: string
    address_1: string
    address_2: string
  }
}

type SavedAddressPickerProps = {
  addresses: SavedAddress[]
  onPick: (address: SavedAddress) => void
}

/** 저장된 배송지: fills the address fields with one of the customer's saved addresses. */
export function SavedAddressPicker({ addresses, onPick }: SavedAddressPickerProps) {
  return (
    <div className="space-y-1">
      <label htmlFor="field-saved_address" className="block text-sm font-semibold text-ink-900">
        저장된 배송지
      </label>
      <select
        id="field-saved_address"
        defaultValue=""
        onChange={(event) => {
          const address = addresses.find((candidate) => candidate.id === event.target.value)
          if (address) onPick(address)
        }}
        className="rounded-lg border border-cream-200 bg-white px-3 py-2"
      >
        <option value="" disabled>
          배송지 선택
        </option>
        {addresses.map((address) => (
          <option key={address.id} value={address.id}>
            {address.label}
          </option>
        ))}
      </select>
    </div>
  )
}
