"use client"

import { useId, useState } from "react"
import { AddToCartForm } from "@/modules/cart/components/add-to-cart-form"

export type PickerChoice = {
  id: string
  label: string
  priceLabel: string
  /** e.g. "품절", "재고 3개 남음" */
  note?: string
  soldOut?: boolean
  /** units left when stock is low */
  maxQuantity?: number
}

type VariantPickerProps = {
  legend: string
  choices: PickerChoice[]
}

export function VariantPicker({ legend, choices }: VariantPickerProps) {
  const [selectedId, setSelectedId] = useState(choices[0]?.id)
  const name = useId()
  const selected = choices.find((choice) => choice.id === selectedId)

  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-semibold text-ink-700">{legend} 선택</legend>
        {choices.map((choice) => (
          <label
            key={choice.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-cream-200 bg-white px-4 py-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <span className="flex items-center gap-3">
              <input
                type="radio"
                name={name}
                value={choice.id}
                checked={choice.id === selectedId}
                onChange={() => setSelectedId(choice.id)}
                className="size-4 accent-brand-600"
              />
              <span>{choice.label}</span>
              {choice.note && <span className="text-sm text-ink-500">({choice.note})</span>}
            </span>
            <span className="font-semibold">{choice.priceLabel}</span>
          </label>
        ))}
      </fieldset>
      {selected && (
        <p className="text-2xl font-bold text-ink-900" aria-live="polite">
          <span className="sr-only">선택한 상품 가격 </span>
          {selected.priceLabel}
        </p>
      )}
      {selected && (
        <AddToCartForm
          key={selected.id}
          variantId={selected.id}
          soldOut={selected.soldOut ?? false}
          maxQuantity={selected.maxQuantity}
        />
      )}
    </div>
  )
}
