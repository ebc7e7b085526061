/**
 * Settlement periods in Asia/Seoul (UTC+9 all year, no DST). A maker settles monthly (the
 * default, code `2026-12`) or weekly (ISO weeks Monday–Sunday, code `2026-W49`). Codes sort
 * chronologically within one cycle, so a string comparison orders them.
 */
export type SettlementCycle = "monthly" | "weekly"

const SEOUL_OFFSET_MS = 9 * 3600_000
const DAY_MS = 24 * 3600_000

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/

export function cycleOfCode(code: string): SettlementCycle | null {
  if (MONTH.test(code)) return "monthly"
  const w = WEEK.exec(code)
  if (w && Number(w[2]) <= isoWeeksInYear(Number(w[1]))) return "weekly"
  return null
}

/** The Seoul wall clock of an instant, as a UTC date whose fields read Seoul time. */
const seoul = (at: Date) => new Date(at.getTime() + SEOUL_OFFSET_MS)

/** Monday 00:00 Seoul of ISO week 1 of `year`, as a UTC instant. */
function isoWeekOneStart(year: number): number {
  const jan4 = Date.UTC(year, 0, 4)
  const dow = (new Date(jan4).getUTCDay() + 6) % 7 // Monday = 0
  return jan4 - dow * DAY_MS - SEOUL_OFFSET_MS
}

function isoWeeksInYear(year: number): number {
  return Math.round((isoWeekOneStart(year + 1) - isoWeekOneStart(year)) / (7 * DAY_MS))
}

/** The period code an instant falls in. */
export function periodOf(at: Date, cycle: SettlementCycle): string {
  const s = seoul(at)
  if (cycle === "monthly") return `${s.getUTCFullYear()}-${String(s.getUTCMonth() + 1).padStart(2, "0")}`
  let year = s.getUTCFullYear() + 1
  while (isoWeekOneStart(year) > at.getTime()) year -= 1
  const week = Math.floor((at.getTime() - isoWeekOneStart(year)) / (7 * DAY_MS)) + 1
  return `${year}-W${String(week).padStart(2, "0")}`
}

/** [gte, lt) of a period code as UTC instants; throws on a malformed code (validate first). */
export function periodRange(code: string): { gte: Date; lt: Date } {
  const m = MONTH.exec(code)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2]) - 1
    return { gte: new Date(Date.UTC(y, mo, 1) - SEOUL_OFFSET_MS), lt: new Date(Date.UTC(y, mo + 1, 1) - SEOUL_OFFSET_MS) }
  }
  const w = WEEK.exec(code)
  if (!w || cycleOfCode(code) !== "weekly") throw new Error(`정산 기간 형식이 올바르지 않습니다: ${code}`)
  const start = isoWeekOneStart(Number(w[1])) + (Number(w[2]) - 1) * 7 * DAY_MS
  return { gte: new Date(start), lt: new Date(start + 7 * DAY_MS) }
}

export function nextPeriod(code: string): string {
  const cycle = cycleOfCode(code)
  if (!cycle) throw new Error(`정산 기간 형식이 올바르지 않습니다: ${code}`)
  return periodOf(periodRange(code).lt, cycle)
}

/** A readable Korean label: 2026년 12월, 2026년 49주차 (11.30–12.6). */
export function periodLabel(code: string): string {
  const m = MONTH.exec(code)
  if (m) return `${m[1]}년 ${Number(m[2])}월`
  const { gte, lt } = periodRange(code)
  const day = (d: Date) => `${seoul(d).getUTCMonth() + 1}.${seoul(d).getUTCDate()}`
  return `${code.slice(0, 4)}년 ${Number(code.slice(6))}주차 (${day(gte)}–${day(new Date(lt.getTime() - DAY_MS))})`
}
