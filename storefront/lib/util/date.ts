export const SEOUL_TIME_ZONE = "Asia/Seoul"

const seoulDate = new Intl.DateTimeFormat("ko-KR", {
  timeZone: SEOUL_TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
})

const seoulDateTime = new Intl.DateTimeFormat("ko-KR", {
  timeZone: SEOUL_TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

function toDate(value: Date | string): Date {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid date: ${String(value)}`)
  }
  return date
}

/** "2026년 11월 23일" — the calendar day in Seoul. */
export function formatDate(value: Date | string): string {
  return seoulDate.format(toDate(value))
}

/** "2024년 5월 3일 10:00" — day and 24-hour time in Seoul. */
export function formatDateTime(value: Date | string): string {
  return seoulDateTime.format(toDate(value))
}

/**
 * "2019년 3월 4일" for a calendar date stored as "YYYY-MM-DD" (a founding day, a validity end):
 * read as that day in Seoul, so it never shifts by a day whatever the server's time zone.
 */
export function formatCalendarDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`)
  }
  return formatDate(`${value}T12:00:00+09:00`)
}

/** Whether a "YYYY-MM-DD" calendar date is already over in Seoul (e.g. an expired certificate). */
export function isBeforeToday(value: string, now: Date = new Date()): boolean {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: SEOUL_TIME_ZONE }).format(now)
  return value < today
}
