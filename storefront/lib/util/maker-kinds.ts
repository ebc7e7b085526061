export const MAKER_KINDS = ["self_sufficiency_enterprise", "regional_enterprise", "work_unit"] as const

export type MakerKind = (typeof MAKER_KINDS)[number]

const LABELS: Record<MakerKind, string> = {
  self_sufficiency_enterprise: "자활기업",
  regional_enterprise: "광역자활기업",
  work_unit: "자활근로사업단",
}

export function isMakerKind(value: unknown): value is MakerKind {
  return typeof value === "string" && (MAKER_KINDS as readonly string[]).includes(value)
}

/** "자활기업", "광역자활기업" or "자활근로사업단"; an unknown kind is shown as "만든 곳". */
export function makerKindLabel(kind: string | null | undefined): string {
  return isMakerKind(kind) ? LABELS[kind] : "만든 곳"
}
