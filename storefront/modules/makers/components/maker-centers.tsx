import Link from "next/link"
import type { MakerDetail } from "@/lib/data/makers"
import { hrefWithQuery } from "@/lib/util/search-params"
import { MakerSection } from "@/modules/makers/components/maker-section"

type CenterInfo = { name: string; address: string | null; phone: string | null }

function Center({ role, center }: { role: string; center: CenterInfo }) {
  return (
    <div className="space-y-0.5">
      <p className="text-xs font-semibold text-ink-500">{role}</p>
      <p className="font-semibold text-ink-900">{center.name}</p>
      {center.address && <p className="text-sm text-ink-700">{center.address}</p>}
      {center.phone && (
        <p className="text-sm">
          <a href={`tel:${center.phone}`} className="text-brand-700 hover:underline">
            {center.phone}
          </a>
        </p>
      )}
    </div>
  )
}

/** The local center that runs or incubated the maker, and the regional center above it. */
export function MakerCenters({ maker }: { maker: MakerDetail }) {
  const { center, regional_center } = maker
  if (!center && !regional_center) {
    return null
  }
  return (
    <MakerSection id="maker-centers" title="함께하는 자활센터">
      <div className="space-y-4 rounded-xl border border-cream-200 bg-white p-4">
        {center && (
          <Center role={center.level === "regional" ? "광역자활센터" : "지역자활센터"} center={center} />
        )}
        {regional_center && <Center role="광역자활센터" center={regional_center} />}
        <Link
          href={hrefWithQuery("/makers", { region: maker.region })}
          className="inline-block text-sm font-semibold text-brand-700 underline"
        >
          {maker.region}의 다른 만든 곳 보기
        </Link>
      </div>
    </MakerSection>
  )
}
