/**
 * Turns the server's error message into per-field messages for our forms.
 *
 * Validation errors arrive as `400 { type: "invalid_data", message }`: either our Korean messages
 * (from zod schemas and workflow steps), possibly several joined by "; " after "Invalid request: ",
 * or Medusa's generic English ones that name the field (`Field 'name' is required`).
 */

export type FieldErrors<F extends string = string> = Partial<Record<F | "form", string>>

/** Korean keywords that identify a field in our messages, per form field. */
export type FieldKeywords<F extends string> = Partial<Record<F, string[]>>

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "요청을 처리하지 못했습니다. 잠시 후 다시 시도하세요."
}

/** Medusa's generic English validation messages, in Korean; null when the message is not one. */
function translateGeneric(message: string): { field: string; text: string } | null {
  const field = /field '([^']+)'/i.exec(message)?.[1]?.split(",")[0]?.trim()
  if (!field) return null
  if (/is required/i.test(message)) return { field, text: "필수 항목입니다." }
  const min = /too small, expected at least: '(\d+)'/i.exec(message)
  if (min) return { field, text: Number(min[1]) <= 1 ? "값을 입력하세요." : `최소 ${min[1]}자 이상 입력하세요.` }
  const max = /too big, expected at most: '(\d+)'/i.exec(message)
  if (max) return { field, text: `최대 ${max[1]}까지 입력할 수 있습니다.` }
  if (/^Expected/i.test(message)) return { field, text: "허용되지 않는 값입니다." }
  return { field, text: message }
}

export function toFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  keywords: FieldKeywords<F> = {}
): FieldErrors<F> {
  const raw = errorMessage(error).replace(/^Invalid request:\s*/i, "")
  const result: FieldErrors<F> = {}
  const rest: string[] = []
  const add = (key: F | "form", text: string) => {
    result[key] = result[key] ? `${result[key]} ${text}` : text
  }
  for (const part of raw.split(/;\s+/).filter(Boolean)) {
    const generic = translateGeneric(part)
    if (generic && (fields as readonly string[]).includes(generic.field)) {
      add(generic.field as F, generic.text)
      continue
    }
    const byKeyword = fields.find((f) => keywords[f]?.some((k) => part.includes(k)))
    if (byKeyword) add(byKeyword, part)
    else rest.push(generic ? `${generic.field}: ${generic.text}` : part)
  }
  if (rest.length) result.form = rest.join(" ")
  return result
}

/** Empty text inputs mean "no value": null for nullable fields. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}
