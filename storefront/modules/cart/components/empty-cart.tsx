import Link from "next/link"

export function EmptyCart() {
  return (
    <div className="space-y-4 rounded-xl bg-cream-100 px-6 py-12 text-center">
      <p className="text-lg font-bold">장바구니가 비어 있습니다</p>
      <p className="text-ink-700">자활기업이 정성껏 만든 상품을 둘러보세요.</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Link href="/" className="rounded-lg bg-brand-600 px-5 py-3 font-bold text-white hover:bg-brand-700">
          쇼핑 계속하기
        </Link>
        <Link href="/gift-sets" className="rounded-lg border-2 border-brand-600 px-5 py-3 font-bold text-brand-700 hover:bg-brand-50">
          선물세트 보기
        </Link>
      </div>
    </div>
  )
}
