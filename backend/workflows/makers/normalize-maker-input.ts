import { sanitizeRichText, toPlainText } from "../../lib/html/sanitize-rich-text"
import { normalizeBusinessNumber } from "../../lib/korean/business-number"
import type { MakerInput } from "./types"

/** Seller text made safe to render: the story keeps allowlisted formatting, the name none. */
export function normalizeMakerInput<T extends Partial<MakerInput>>(input: T): T {
  const out: Partial<MakerInput> = { ...input }
  if (input.story !== undefined) out.story = sanitizeRichText(input.story)
  if (input.name !== undefined) out.name = toPlainText(input.name)
  if (input.business_registration_number) {
    out.business_registration_number = normalizeBusinessNumber(input.business_registration_number)
  }
  return out as T
}
