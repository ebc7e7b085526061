import Link from "next/link"
import { OrderLookupForm } from "@/modules/orders/components/order-lookup-form"

export function OrderLookupTemplate() {
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">주문조회</h1>
        <p className="text-ink-700">회원가입 없이 주문하셨다면 주문번호와 연락처로 주문 내역을 확인할 수 있습니다.</p>
      </div>
      <OrderLookupForm />
      <p className="text-sm text-ink-500">
        회원이신가요?{" "}
        <Link href="/account/login?next=/account/orders" className="font-semibold text-brand-700 hover:underline">
          로그인하고 주문 내역 보기
        </Link>
      </p>
    </div>
  )
}
