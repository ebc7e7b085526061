/**
 * 정산 계좌 (은행, 계좌번호, 예금주). The number is stored as typed with its hyphens (as banks
 * print it); the change log keeps it masked but for its last four digits, enough to tell two
 * accounts apart without copying a full number into every log row.
 */
export type PayoutAccount = { bank: string | null; account_number: string | null; holder: string | null }

/** 301-1234-5678-91 → ***-****-**78-91 */
export function maskAccountNumber(value: string | null | undefined): string | null {
  if (!value) return null
  const digits = value.replace(/\D/g, "").length
  let seen = 0
  return value.replace(/\d/g, (d) => (++seen > digits - 4 ? d : "*"))
}

/** 10 to 16 digits, single hyphens between groups (banks print 3-4-4-2, 6-2-6 …). */
export const ACCOUNT_NUMBER_PATTERN = /^\d+(-\d+)*$/

export function isAccountNumber(value: string): boolean {
  const digits = value.replace(/-/g, "").length
  return ACCOUNT_NUMBER_PATTERN.test(value) && digits >= 10 && digits <= 16
}
