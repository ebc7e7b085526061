/**
 * Korea has no daylight saving time: Asia/Seoul is UTC+9 all year, so a calendar day in Seoul
 * is the UTC interval [day-1 15:00, day 15:00).
 */
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Start of a YYYY-MM-DD day in Seoul as a UTC instant; null for an impossible date. */
export function seoulDayStart(date: string): Date | null {
  const m = DATE.exec(date)
  if (!m) return null
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const check = new Date(utcMidnight)
  if (check.getUTCFullYear() !== Number(m[1]) || check.getUTCMonth() !== Number(m[2]) - 1 || check.getUTCDate() !== Number(m[3])) {
    return null
  }
  return new Date(utcMidnight - SEOUL_OFFSET_MS)
}

/** [from 00:00, to+1 00:00) in Seoul for inclusive calendar dates `from`..`to`. */
export function seoulDateRange(from: string, to: string): { gte: Date; lt: Date } | null {
  const start = seoulDayStart(from)
  const end = seoulDayStart(to)
  if (!start || !end || end < start) return null
  return { gte: start, lt: new Date(end.getTime() + DAY_MS) }
}

/** The Seoul calendar date (YYYY-MM-DD) of an instant. */
export function seoulDate(instant: Date): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Seoul calendar month (YYYY-MM) of an instant, as the UTC interval [1st 00:00, next 1st 00:00) in Seoul. */
export function seoulMonth(instant: Date): { month: string; gte: Date; lt: Date } {
  const seoul = new Date(instant.getTime() + SEOUL_OFFSET_MS)
  const year = seoul.getUTCFullYear()
  const month = seoul.getUTCMonth()
  return {
    month: `${year}-${String(month + 1).padStart(2, "0")}`,
    gte: new Date(Date.UTC(year, month, 1) - SEOUL_OFFSET_MS),
    lt: new Date(Date.UTC(year, month + 1, 1) - SEOUL_OFFSET_MS),
  }
}
