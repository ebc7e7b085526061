import Link from "next/link"

/** The home banner: on a phone a compact block, so the first gift sets still show without scrolling. */
export function Hero({ giftSetsHref }: { giftSetsHref: string }) {
  return (
    <section aria-labelledby="hero-title" className="bg-brand-50">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6 sm:space-y-5 sm:py-16">
        <h1 id="hero-title" className="text-balance text-[1.375rem] font-extrabold leading-snug text-ink-900 sm:text-4xl sm:leading-tight">
          일하는 사람의 내일을 함께 만드는 장터
        </h1>
        <div className="max-w-2xl space-y-1 text-sm leading-relaxed text-ink-700 sm:space-y-2 sm:text-lg">
          <p>
            자활장터의 모든 상품은 전국의 자활기업과 자활근로사업단에서 일하며 자립을 준비하는 이웃들이
            만들었습니다.
          </p>
          <p>한 번의 구매가 그분들의 일자리와 소득이 되고, 지역에 더 많은 일할 기회를 만듭니다.</p>
        </div>
        <Link
          href={giftSetsHref}
          className="inline-flex h-11 items-center rounded-full bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 sm:h-12 sm:px-6 sm:text-base"
        >
          가격대·상황별 선물세트 고르기
        </Link>
      </div>
    </section>
  )
}
