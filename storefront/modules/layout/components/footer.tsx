import { site } from "@/lib/site"

export function Footer() {
  const { operator } = site
  const details: [string, string][] = [
    ["상호", operator.companyName],
    ["대표", operator.representative],
    ["사업자등록번호", operator.businessRegistrationNumber],
    ["통신판매업 신고번호", operator.mailOrderRegistrationNumber],
    ["주소", operator.address],
  ]

  return (
    <footer className="mt-16 border-t border-cream-200 bg-cream-100 text-sm text-ink-700">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-[2fr_1fr]">
        <div className="space-y-3">
          <p className="text-base font-bold text-ink-900">{site.name}</p>
          <dl className="flex flex-wrap gap-x-4 gap-y-1">
            {details.map(([term, value]) => (
              <div key={term} className="flex gap-1">
                <dt className="text-ink-500">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <ul className="flex gap-4 font-semibold">
            {site.policies.map((policy) => (
              <li key={policy}>{policy}</li>
            ))}
          </ul>
        </div>
        <address className="space-y-1 not-italic">
          <p className="font-bold text-ink-900">고객센터</p>
          <p>
            <a href={`tel:${operator.phone}`} className="text-lg font-bold text-brand-700 hover:underline">
              {operator.phone}
            </a>
          </p>
          <p>
            <a href={`mailto:${operator.email}`} className="hover:underline">
              {operator.email}
            </a>
          </p>
          <p className="text-ink-500">{operator.hours}</p>
        </address>
      </div>
      <p className="border-t border-cream-200 py-4 text-center text-xs text-ink-500">
        © {operator.companyName}. 판매되는 상품은 각 자활기업이 직접 만들고 판매합니다.
      </p>
    </footer>
  )
}
