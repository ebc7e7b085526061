import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getMakerGroups, retrieveCart } from "@/lib/data/cart"
import { offeredPaymentProviders, stripeKeyForCheckout } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { getPurchaseEvidence, retrieveInstitution } from "@/lib/data/institution"
import { PurchaseEvidenceForm } from "@/modules/checkout/components/purchase-evidence-form"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "주문서 작성", robots: { index: false } }

type CheckoutPageProps = {
  /** card=failed when Stripe sent the customer back without an approved payment */
  searchParams: Promise<{ card?: string | string[] }>
}

export default async function CheckoutPage({ searchParams }: CheckoutPageProps) {
  const cart = await retrieveCart()
  if (!cart || (cart.items?.length ?? 0) === 0) {
    redirect("/cart")
  }
  const stripeKey = await stripeKeyForCheckout()
  const [makerGroups, customer, offered] = await Promise.all([
    getMakerGroups(cart.id).catch(() => null),
    retrieveCustomer(),
    offeredPaymentProviders(cart.region_id!, stripeKey),
  ])
  const cardFailed = (await searchParams).card === "failed"
  // 세금계산서·현금영수증: institution customers only (the backend refuses anyone else)
  const institution = customer ? await retrieveInstitution() : null
  const evidence = institution ? await getPurchaseEvidence(cart.id) : null
  return (
    <CheckoutTemplate
      cart={cart}
      makerGroups={makerGroups}
      customer={customer}
      offered={offered}
      stripeKey={stripeKey}
      notice={cardFailed ? "카드 결제가 끝나지 않았습니다. 다시 시도하거나 무통장입금을 선택해 주세요." : null}
      evidence={institution ? <PurchaseEvidenceForm institution={institution} current={evidence} /> : null}
    />
  )
}
