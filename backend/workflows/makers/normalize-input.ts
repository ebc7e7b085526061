import { MedusaError } from "@medusajs/framework/utils"
import { normalizeBusinessNumber } from "../../lib/korean/business-number"
import { sanitizeRichText, toPlainText } from "../../lib/security/safe-html"
import type { CenterInput, JointBrandInput, MakerInput } from "./types"

/** Plain text for the fields given (absent and null ones stay as they are). */
function plainFields<T extends object>(input: T, keys: readonly (keyof T)[]): T {
  const out = { ...input }
  for (const key of keys) {
    const value = input[key]
    if (typeof value === "string") out[key] = toPlainText(value) as T[keyof T]
  }
  return out
}

/** Refuses a name that is nothing but markup ("<script>…</script>" cleans down to nothing). */
export function assertNameHasText(name: string | undefined): void {
  if (name !== undefined && toPlainText(name) === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "이름에 표시할 글자가 없습니다. 태그 없이 이름을 입력하세요")
  }
}

const MAKER_TEXT = ["name", "legal_form", "region", "address", "mail_order_number", "representative"] as const

/** Seller text made safe to render: the story keeps allowlisted formatting, every other field none. */
export function normalizeMakerInput<T extends Partial<MakerInput>>(input: T): T {
  const out: Partial<MakerInput> = plainFields<Partial<MakerInput>>(input, MAKER_TEXT)
  if (input.story !== undefined) out.story = sanitizeRichText(input.story)
  if (input.certifications) {
    out.certifications = input.certifications.map((c) => plainFields(c, ["name", "number"] as const))
  }
  if (input.business_registration_number) {
    out.business_registration_number = normalizeBusinessNumber(input.business_registration_number)
  }
  return out as T
}

export function normalizeCenterInput<T extends Partial<CenterInput>>(input: T): T {
  return plainFields<Partial<CenterInput>>(input, ["name", "region", "address", "phone"]) as T
}

export function normalizeJointBrandInput<T extends Partial<JointBrandInput>>(input: T): T {
  const out: Partial<JointBrandInput> = plainFields<Partial<JointBrandInput>>(input, ["name", "slogan"])
  if (input.description !== undefined) out.description = sanitizeRichText(input.description)
  return out as T
}
