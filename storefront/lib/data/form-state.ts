/** What a form's server action hands back to the form: a message for the whole form and/or per field. */
export type FormState = {
  /** a message about the whole form (shown with role="alert") */
  error?: string
  /** a confirmation to announce (role="status") */
  success?: string
  /** Korean message per field name */
  fieldErrors?: Record<string, string | undefined>
  /** what the visitor typed (never passwords), to refill the form after an error */
  values?: Record<string, string>
}

export const EMPTY_FORM_STATE: FormState = {}

/** Everything typed into a form except secrets, so an error does not wipe the form. */
export function keptValues(formData: FormData, secret: readonly string[] = ["password", "password_confirm"]) {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !secret.includes(key) && !key.startsWith("$")) values[key] = value
  }
  return values
}
