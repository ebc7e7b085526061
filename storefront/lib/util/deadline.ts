import { SEOUL_TIME_ZONE } from "./date"

const parts = new Intl.DateTimeFormat("ko-KR", {
  timeZone: SEOUL_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/**
 * "2026년 11월 26일 (목) 15:00" — a moment in Seoul with its weekday, the way Korean shops
 * write a 입금 deadline. Built from parts so the punctuation never depends on the ICU version.
 */
export function formatSeoulMoment(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid date: ${String(value)}`)
  }
  const part = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.year}년 ${part.month}월 ${part.day}일 (${part.weekday}) ${part.hour}:${part.minute}`
}

/** "2026년 11월 26일 (목) 15:00까지" */
export function formatDeadline(value: Date | string): string {
  return `${formatSeoulMoment(value)}까지`
}
