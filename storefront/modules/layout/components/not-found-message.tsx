import Link from "next/link"

/** 페이지를 찾을 수 없습니다: the body of every not-found page of the shop. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">페이지를 찾을 수 없습니다</h1>
      <p className="text-ink-700">
        주소가 바뀌었거나 더 이상 판매하지 않는 상품일 수 있습니다. 주소를 다시 확인해 주세요.
      </p>
      <Link
        href="/"
        className="inline-block rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
      >
        홈으로 가기
      </Link>
    </div>
  )
}
