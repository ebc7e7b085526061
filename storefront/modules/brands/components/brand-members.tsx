import Link from "next/link"
import type { BrandMember } from "@/lib/data/brands"
import { makerKindLabel } from "@/lib/util/maker-kinds"
import { MakerLogo } from "@/modules/makers/components/maker-logo"
import { MakerSection } from "@/modules/makers/components/maker-section"

/** The makers whose products the brand brings together. */
export function BrandMembers({ members }: { members: BrandMember[] }) {
  if (members.length === 0) {
    return null
  }
  return (
    <MakerSection id="brand-members" title={`함께 만드는 곳 ${members.length}곳`}>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {members.map((member) => (
          <li key={member.id}>
            <Link
              href={`/makers/${member.handle}`}
              className="flex items-center gap-3 rounded-xl border border-cream-200 bg-white p-3 transition-colors hover:border-brand-500 hover:bg-brand-50"
            >
              <MakerLogo name={member.name} logoUrl={member.logo_url} />
              <span className="min-w-0">
                <span className="block font-semibold text-ink-900">{member.name}</span>
                <span className="block text-sm text-ink-500">
                  {makerKindLabel(member.kind)} · {member.region}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </MakerSection>
  )
}
