import { nameInitial } from "@/lib/util/name-initial"

type MakerLogoProps = {
  name: string
  logoUrl?: string | null
  size?: "sm" | "lg"
}

const SIZES = { sm: "size-12 text-lg", lg: "size-20 text-3xl" } as const

/** The maker's logo, or the first letter of its name in a round badge. Decorative: the name is always shown beside it. */
export function MakerLogo({ name, logoUrl, size = "sm" }: MakerLogoProps) {
  const frame = `${SIZES[size]} shrink-0 rounded-full`
  if (logoUrl) {
    return <img src={logoUrl} alt="" className={`${frame} border border-cream-200 bg-white object-contain`} />
  }
  return (
    <span
      aria-hidden="true"
      className={`${frame} flex items-center justify-center bg-leaf-100 font-bold text-leaf-700`}
    >
      {nameInitial(name)}
    </span>
  )
}
