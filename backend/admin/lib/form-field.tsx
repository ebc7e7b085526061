import { Alert, Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  required?: boolean
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled form control with an optional hint and the server's message for this field. */
export function Field({ id, label, required, hint, error, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {required ? <span className="text-ui-fg-error"> *</span> : null}
      </Label>
      {children}
      {hint && !error ? <Hint>{hint}</Hint> : null}
      {error ? (
        <Hint variant="error" id={`${id}-error`}>
          {error}
        </Hint>
      ) : null}
    </div>
  )
}

/** The part of a server error that belongs to no single field. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <div role="alert" tabIndex={-1}>
      <Alert variant="error" dismissible={false}>
        {message}
      </Alert>
    </div>
  )
}

/** Brings the first field the server rejected into view (long forms in drawers). */
export function focusFirstError(formId: string) {
  requestAnimationFrame(() => {
    const form = document.getElementById(formId)
    const target = form?.querySelector<HTMLElement>("[aria-invalid=true]") ?? form?.querySelector<HTMLElement>("[role=alert]")
    target?.scrollIntoView({ block: "center" })
    target?.focus?.({ preventScroll: true })
  })
}
