"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { unstable_rethrow } from "next/navigation"
import { useMemo, useRef, useState } from "react"
import { stripeErrorMessage } from "@/lib/util/stripe-errors"

/** One Stripe.js instance per key for the page's lifetime (loadStripe must not run per render). */
const stripeByKey = new Map<string, Promise<Stripe | null>>()
function stripeFor(publishableKey: string) {
  let stripe = stripeByKey.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey, { locale: "ko" })
    stripeByKey.set(publishableKey, stripe)
  }
  return stripe
}

export type StripePaymentFormProps = {
  /** pk_… from stripePublishableKey() (server), passed down by the checkout page. */
  publishableKey: string
  /** The PaymentIntent's client_secret from the cart's Stripe payment session. */
  clientSecret: string
  /** Where Stripe sends the customer back after a redirect (3-D Secure, some wallets). */
  returnUrl: string
  /** Called once the card is authorized; typically completes the cart (places the order). */
  onSucceeded: () => void | Promise<void>
  disabled?: boolean
}

/**
 * Card entry with Stripe's Payment Element and the pay button. Not a <form> of its own, so it can
 * sit inside the checkout form; the button confirms the PaymentIntent with Stripe.js (card data
 * never reaches our servers) and then hands over to onSucceeded. A second click while a payment
 * is under way does nothing: the server keeps one order per cart anyway, this keeps the customer
 * from being asked twice.
 */
export function StripePaymentForm({ publishableKey, clientSecret, ...rest }: StripePaymentFormProps) {
  const stripe = useMemo(() => stripeFor(publishableKey), [publishableKey])
  return (
    <Elements
      key={clientSecret}
      stripe={stripe}
      options={{
        clientSecret,
        locale: "ko",
        appearance: { theme: "stripe", variables: { borderRadius: "8px", fontSizeBase: "16px" } },
      }}
    >
      <PaymentFields {...rest} />
    </Elements>
  )
}

/** idle → confirming (Stripe.js) → authorized (card approved) → finishing (onSucceeded) → done. */
type Phase = "idle" | "confirming" | "authorized" | "finishing" | "done"

function PaymentFields({ returnUrl, onSucceeded, disabled }: Omit<StripePaymentFormProps, "publishableKey" | "clientSecret">) {
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [phase, setPhase] = useState<Phase>("idle")
  const [error, setError] = useState<string | null>(null)
  // State updates land after the next render; a ref stops a double click within the same frame.
  const busy = useRef(false)

  // After the card is approved only the hand-over may be retried, never a second confirmation.
  const canRetryFinish = phase === "authorized"
  const locked = disabled || !stripe || !elements || !ready || (phase !== "idle" && !canRetryFinish)

  async function finish() {
    setPhase("finishing")
    try {
      await onSucceeded()
      setPhase("done")
    } catch (error) {
      // onSucceeded may end in a server action's redirect (to the confirmation): Next delivers it
      // as a thrown error that must reach the router, so it is not a failure to report.
      unstable_rethrow(error)
      setError("카드 승인은 완료되었지만 주문을 마무리하지 못했습니다. 다시 시도하거나 잠시 후 주문 내역을 확인해 주세요.")
      setPhase("authorized")
    }
  }

  async function pay() {
    if (busy.current || locked || !stripe || !elements) return
    busy.current = true
    setError(null)
    try {
      if (phase === "authorized") return await finish()
      setPhase("confirming")
      const result = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: returnUrl },
      })
      if (result.error) {
        setError(stripeErrorMessage(result.error))
        setPhase("idle")
        return
      }
      const status = result.paymentIntent?.status
      if (status !== "requires_capture" && status !== "succeeded" && status !== "processing") {
        setError("카드 승인이 끝나지 않았습니다. 다시 시도해 주세요.")
        setPhase("idle")
        return
      }
      await finish()
    } catch (error) {
      unstable_rethrow(error)
      setError(stripeErrorMessage(null))
      setPhase((current) => (current === "confirming" ? "idle" : current))
    } finally {
      busy.current = false
    }
  }

  const label =
    phase === "confirming"
      ? "결제 중…"
      : phase === "finishing"
        ? "주문 마무리 중…"
        : phase === "authorized"
          ? "주문 마무리 다시 시도"
          : phase === "done"
            ? "결제 완료"
            : "카드로 결제하기"

  return (
    <div className="space-y-4">
      <div aria-busy={!ready}>
        {!ready && <p className="text-sm text-ink-700">카드 입력란을 불러오는 중…</p>}
        <PaymentElement
          options={{ layout: "tabs" }}
          onReady={() => setReady(true)}
          onLoadError={() => setError("카드 입력란을 불러오지 못했습니다. 새로고침하거나 무통장입금을 선택해 주세요.")}
        />
      </div>
      {error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm font-semibold text-brand-700">
          {error}
        </p>
      )}
      {(phase === "finishing" || phase === "done") && (
        <p role="status" className="text-sm font-semibold text-ink-700">
          카드 승인이 완료되었습니다. 주문을 마무리하는 중…
        </p>
      )}
      <button
        type="button"
        onClick={pay}
        disabled={locked}
        aria-disabled={locked}
        className="w-full rounded-lg bg-brand-600 px-4 py-4 text-lg font-bold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {label}
      </button>
    </div>
  )
}
