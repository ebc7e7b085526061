/**
 * Campaign windows are entered and shown in Korean time. Asia/Seoul is UTC+9 all year (no
 * daylight saving), so a wall-clock time there is a fixed offset from UTC.
 */
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * An instant from `YYYY-MM-DDTHH:mm[:ss]` read as Seoul wall-clock time, or from an ISO string
 * with an explicit offset (`…Z`, `…+09:00`). Null for anything else or an impossible date.
 */
export function parseSeoulDateTime(input: string): Date | null {
  const local = LOCAL.exec(input)
  if (local) {
    const [y, mo, d, h, mi, s] = local.slice(1).map((v) => Number(v ?? 0))
    const utc = Date.UTC(y, mo - 1, d, h, mi, s)
    const check = new Date(utc)
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return null
    return new Date(utc - SEOUL_OFFSET_MS)
  }
  if (!WITH_OFFSET.test(input)) return null
  const instant = new Date(input)
  return Number.isNaN(instant.getTime()) ? null : instant
}

/** `2024-05-03 10:00` in Seoul time. */
export function formatSeoulDateTime(instant: Date): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ")
}
