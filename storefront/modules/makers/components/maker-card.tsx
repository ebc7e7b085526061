import Link from "next/link"
import type { MakerCard as MakerCardData } from "@/lib/data/makers"
import { CertificationBadges, MakerKindBadge } from "@/modules/makers/components/maker-badges"
import { MakerLogo } from "@/modules/makers/components/maker-logo"

export function MakerCard({ maker }: { maker: MakerCardData }) {
  return (
    <article className="h-full">
      <Link
        href={`/makers/${maker.handle}`}
        className="group flex h-full gap-3 rounded-xl border border-cream-200 bg-white p-4 transition-colors hover:border-brand-500 hover:bg-brand-50"
      >
        <MakerLogo name={maker.name} logoUrl={maker.logo_url} />
        <div className="min-w-0 space-y-1.5">
          <h3 className="font-bold leading-snug text-ink-900 group-hover:underline">{maker.name}</h3>
          <MakerKindBadge kind={maker.kind} />
          <p className="text-sm text-ink-500">
            {maker.center && (
              <>
                <span className="sr-only">소속 센터 </span>
                {maker.center.name} ·{" "}
              </>
            )}
            {maker.region}
          </p>
          <CertificationBadges names={maker.certifications.map((c) => c.name)} />
        </div>
      </Link>
    </article>
  )
}
