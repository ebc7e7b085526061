import type { MakerDetail } from "@/lib/data/makers"
import { formatCalendarDate } from "@/lib/util/date"
import { CertificationBadges, MakerKindBadge } from "@/modules/makers/components/maker-badges"
import { MakerLogo } from "@/modules/makers/components/maker-logo"

export function MakerHeader({ maker }: { maker: MakerDetail }) {
  return (
    <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
      <MakerLogo name={maker.name} logoUrl={maker.logo_url} size="lg" />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{maker.name}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <MakerKindBadge kind={maker.kind} />
          <CertificationBadges names={maker.certifications.map((c) => c.name)} />
        </div>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-700">
          <div className="flex gap-1">
            <dt className="text-ink-500">지역</dt>
            <dd>{maker.region}</dd>
          </div>
          {maker.legal_form && (
            <div className="flex gap-1">
              <dt className="text-ink-500">형태</dt>
              <dd>{maker.legal_form}</dd>
            </div>
          )}
          {maker.founded_on && (
            <div className="flex gap-1">
              <dt className="text-ink-500">설립</dt>
              <dd>
                <time dateTime={maker.founded_on}>{formatCalendarDate(maker.founded_on)}</time>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </header>
  )
}
