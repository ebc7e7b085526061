"use client"

import { useState } from "react"
import { completeCardCheckout } from "@/lib/data/checkout-actions"
import { StripePaymentForm } from "@/modules/checkout/components/stripe-payment-form"

type CardPaymentStepProps = {
  publishableKey: string
  clientSecret: string
}

/**
 * 카드 결제: Stripe's Payment Element for the cart's PaymentIntent. Once Stripe approves the card,
 * the server places the order (completes the cart) and redirects to the confirmation; after a
 * bank redirect (3-D Secure) /checkout/card-return does the same.
 */
export function CardPaymentStep({ publishableKey, clientSecret }: CardPaymentStepProps) {
  const [message, setMessage] = useState<string | null>(null)
  const returnUrl = typeof window === "undefined" ? "" : `${window.location.origin}/checkout/card-return`

  return (
    <div className="space-y-3 rounded-lg border border-cream-200 p-4">
      <p className="font-semibold">카드 정보를 입력해 주세요</p>
      <StripePaymentForm
        publishableKey={publishableKey}
        clientSecret={clientSecret}
        returnUrl={returnUrl}
        onSucceeded={async () => {
          setMessage(null)
          // on success the action redirects to the confirmation and never returns
          const result = await completeCardCheckout()
          if (result?.message) {
            setMessage(result.message)
            throw new Error(result.message)
          }
        }}
      />
      {message && (
        <p role="alert" className="text-sm font-semibold text-brand-700">
          {message}
        </p>
      )}
    </div>
  )
}
