import type { ReactNode } from "react"
import type { MakerDetail } from "@/lib/data/makers"
import { MakerSection } from "@/modules/makers/components/maker-section"

const MISSING = "정보 없음"

/** 판매자 정보: the seller disclosure the 전자상거래법 asks for, the maker being the seller. */
export function SellerDisclosure({ maker }: { maker: MakerDetail }) {
  const rows: [string, ReactNode][] = [
    ["상호", maker.name],
    ["대표자", maker.representative || MISSING],
    ["사업자등록번호", maker.business_registration_number || MISSING],
    ["통신판매업 신고번호", maker.mail_order_number || MISSING],
    ["주소", maker.address || MISSING],
    [
      "연락처",
      maker.phone ? (
        <a href={`tel:${maker.phone}`} className="text-brand-700 hover:underline">
          {maker.phone}
        </a>
      ) : (
        MISSING
      ),
    ],
    [
      "이메일",
      maker.email ? (
        <a href={`mailto:${maker.email}`} className="text-brand-700 hover:underline">
          {maker.email}
        </a>
      ) : (
        MISSING
      ),
    ],
  ]
  return (
    <MakerSection id="seller-disclosure" title="판매자 정보">
      <dl className="grid gap-x-6 gap-y-2 rounded-xl bg-cream-100 p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-ink-500">{term}</dt>
            <dd className="mb-2 text-ink-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-ink-500">
        이 상품들의 판매자는 {maker.name}입니다. 자활장터는 통신판매중개자로서 거래 당사자가 아닙니다.
      </p>
    </MakerSection>
  )
}
