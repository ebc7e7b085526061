import type { CenterLevel, MakerKind, MakerStatus } from "./types"

const number = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 })

/** KRW has no minor unit: 20000 → "20,000원". */
export function formatWon(amount: number | null | undefined): string {
  return `${number.format(amount ?? 0)}원`
}

/** 1234 → "1,234". */
export function formatCount(value: number | null | undefined): string {
  return number.format(value ?? 0)
}

export const KIND_LABELS: Record<MakerKind, string> = {
  self_sufficiency_enterprise: "자활기업",
  regional_enterprise: "광역자활기업",
  work_unit: "자활근로사업단",
}

export const LEVEL_LABELS: Record<CenterLevel, string> = {
  regional: "광역자활센터",
  local: "지역자활센터",
}

export const STATUS_LABELS: Record<MakerStatus, string> = {
  active: "운영 중",
  suspended: "중지",
}

export const PRODUCT_STATUS_LABELS: Record<string, string> = {
  draft: "초안",
  proposed: "승인 대기",
  published: "판매 중",
  rejected: "반려",
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as MakerKind] ?? kind
}

/** Today's calendar date in Asia/Seoul as YYYY-MM-DD. */
export function seoulToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Seoul",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)
}

/** The first day of the current Seoul month as YYYY-MM-DD. */
export function seoulMonthStart(now: Date = new Date()): string {
  return `${seoulToday(now).slice(0, 8)}01`
}

/** The previous Seoul calendar month as an inclusive YYYY-MM-DD range. */
export function seoulPreviousMonth(now: Date = new Date()): { from: string; to: string } {
  const [year, month] = seoulToday(now).split("-").map(Number)
  const prevYear = month === 1 ? year - 1 : year
  const prevMonth = month === 1 ? 12 : month - 1
  const lastDay = new Date(Date.UTC(prevYear, prevMonth, 0)).getUTCDate()
  const mm = String(prevMonth).padStart(2, "0")
  return { from: `${prevYear}-${mm}-01`, to: `${prevYear}-${mm}-${String(lastDay).padStart(2, "0")}` }
}

const seoulDateTime = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  // hourCycle, not hour12: false — with the latter ICU writes midnight as "24:30"
  hourCycle: "h23",
})

/** A moment as staff in Korea read it, whatever the browser's zone: "2026. 12. 01. 21:05". */
export function formatSeoulDateTime(value: string | Date | null | undefined): string {
  if (!value) return "-"
  return seoulDateTime.format(typeof value === "string" ? new Date(value) : value)
}

