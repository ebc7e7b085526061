import Link from "next/link"

/** Shown for an unknown order or a missing/invalid access token: never says which. */
export function OrderNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">주문을 찾을 수 없습니다</h1>
      <p className="text-ink-700">
        주소가 잘못되었거나 조회 기간이 지났을 수 있습니다. 주문번호와 주문할 때 입력한 이메일 또는 휴대폰 번호로 다시
        조회해 주세요.
      </p>
      <Link
        href="/orders/lookup"
        className="inline-block rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
      >
        주문조회 하기
      </Link>
    </div>
  )
}
