/** The most units of one line a customer can put in the cart at once (bulk buyers call us). */
export const MAX_LINE_QUANTITY = 99

/** A quantity typed or sent by a form: a whole number from 1 to MAX_LINE_QUANTITY, else null. */
export function parseQuantity(value: unknown): number | null {
  const raw = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : ""
  if (!/^\d{1,3}$/.test(raw)) return null
  const quantity = Number(raw)
  return quantity >= 1 && quantity <= MAX_LINE_QUANTITY ? quantity : null
}
