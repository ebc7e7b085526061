import Link from "next/link"
import { querySearchHref } from "@/lib/util/search-query"

export type PopularCategory = { handle: string; name: string }

/** How the search forgives, with examples one tap away. */
const TIPS = [
  { text: "초성만 입력해도 찾아요.", example: "ㄱㅈㅂ", means: "김자반" },
  { text: "조사가 붙거나 글자가 조금 틀려도 괜찮아요.", example: "김자반을", means: undefined },
  { text: "만든 곳이나 공동브랜드 이름으로도 찾을 수 있어요.", example: "내친구김", means: undefined },
] as const

export function SearchTips() {
  return (
    <section aria-labelledby="search-tips" className="space-y-2">
      <h2 id="search-tips" className="font-bold text-ink-900">
        이렇게 찾아 보세요
      </h2>
      <ul className="space-y-1 text-sm text-ink-700">
        {TIPS.map((tip) => (
          <li key={tip.example}>
            {tip.text} 예:{" "}
            <Link href={querySearchHref(tip.example)} className="font-semibold text-brand-700 underline">
              {tip.example}
            </Link>
            {tip.means && <span className="text-ink-500"> ({tip.means})</span>}
          </li>
        ))}
        <li>단어를 짧게 줄이거나 띄어 쓴 두 단어 중 하나만 입력해 보세요.</li>
      </ul>
    </section>
  )
}

/** The gift set page leads; a category of the same name would be a second link to the same idea. */
const GIFT_SETS = "선물세트"

/** Ways to browse when words do not help: the top categories, gift sets and the makers. */
export function BrowseLinks({ categories }: { categories: PopularCategory[] }) {
  const linkClass =
    "inline-flex h-10 items-center rounded-full border border-cream-200 bg-white px-4 text-sm font-semibold text-ink-700 hover:border-brand-500 hover:bg-brand-50"
  return (
    <section aria-labelledby="search-browse" className="space-y-2">
      <h2 id="search-browse" className="font-bold text-ink-900">
        둘러보기
      </h2>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/gift-sets" className={linkClass}>
            {GIFT_SETS}
          </Link>
        </li>
        {categories.filter((category) => category.name !== GIFT_SETS).map((category) => (
          <li key={category.handle}>
            <Link href={`/categories/${category.handle}`} className={linkClass}>
              {category.name}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/makers" className={linkClass}>
            만든 곳
          </Link>
        </li>
      </ul>
    </section>
  )
}
