import { makerKindLabel } from "@/lib/util/maker-kinds"

const pill = "inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold"

export function MakerKindBadge({ kind }: { kind: string }) {
  return <span className={`${pill} bg-brand-50 text-brand-700`}>{makerKindLabel(kind)}</span>
}

/** Quality marks (HACCP, 품질인증 …) as small badges. */
export function CertificationBadges({ names }: { names: string[] }) {
  const unique = [...new Set(names)]
  if (unique.length === 0) {
    return null
  }
  return (
    <ul aria-label="인증" className="flex flex-wrap gap-1">
      {unique.map((name) => (
        <li key={name} className={`${pill} bg-leaf-100 text-leaf-700`}>
          {name}
        </li>
      ))}
    </ul>
  )
}
