/**
 * 사업자등록번호 (Korean business registration number): 10 digits written 000-00-00000, the last
 * one a check digit computed with the weights 1,3,7,1,3,7,1,3,5.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5]

export function businessNumberCheckDigit(first9: string): number {
  const digits = first9.split("").map(Number)
  let sum = 0
  WEIGHTS.forEach((w, i) => (sum += digits[i] * w))
  sum += Math.floor((digits[8] * 5) / 10)
  return (10 - (sum % 10)) % 10
}

/** Normalizes to 000-00-00000, or returns null when the format or check digit is wrong. */
export function normalizeBusinessNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "")
  if (!/^\d{10}$/.test(digits)) return null
  if (businessNumberCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return null
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}

export function isValidBusinessNumber(input: string): boolean {
  return normalizeBusinessNumber(input) !== null
}
