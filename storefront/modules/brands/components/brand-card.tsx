import Link from "next/link"
import type { BrandSummary } from "@/lib/data/brands"
import { MakerLogo } from "@/modules/makers/components/maker-logo"

export function BrandCard({ brand }: { brand: BrandSummary }) {
  return (
    <article className="h-full">
      <Link
        href={`/brands/${brand.handle}`}
        className="group flex h-full gap-3 rounded-xl border border-cream-200 bg-white p-4 transition-colors hover:border-brand-500 hover:bg-brand-50"
      >
        <MakerLogo name={brand.name} logoUrl={brand.logo_url} />
        <div className="min-w-0 space-y-1">
          <h2 className="text-lg font-bold text-ink-900 group-hover:underline">{brand.name}</h2>
          {brand.slogan && <p className="text-ink-700">{brand.slogan}</p>}
          <p className="text-sm text-ink-500">
            {brand.owner_center && `${brand.owner_center.name} · `}참여 {brand.member_count}곳
          </p>
        </div>
      </Link>
    </article>
  )
}
