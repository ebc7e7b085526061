import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"

/**
 * Labelled fields of the 판매자센터 forms, like the account TextField but with an explicit id
 * (a page holds several variant forms, each with its own 가격 and 재고) and a textarea and a
 * select. Hint and error are tied to the control with aria-describedby.
 */

type Common = { id: string; label: string; hint?: string; error?: string; required?: boolean; className?: string }

function describedByIds(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined }
}

function Frame({ id, label, hint, error, required, className, hintId, errorId, children }: Common & { hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
        {required && <span className="ml-1 text-brand-600" aria-hidden="true">*</span>}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="text-xs text-ink-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-brand-700">
          {error}
        </p>
      )}
    </div>
  )
}

const controlClass = (error?: string) =>
  `w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? "border-brand-600" : "border-cream-200"}`

export function InputField({ id, label, hint, error, required, className, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const ids = describedByIds(id, hint, error)
  return (
    <Frame {...{ id, label, hint, error, required, className }} {...ids}>
      <input id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={controlClass(error)} {...input} />
    </Frame>
  )
}

export function TextAreaField({ id, label, hint, error, required, className, ...textarea }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const ids = describedByIds(id, hint, error)
  return (
    <Frame {...{ id, label, hint, error, required, className }} {...ids}>
      <textarea id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={controlClass(error)} {...textarea} />
    </Frame>
  )
}

export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const ids = describedByIds(id, hint, error)
  return (
    <Frame {...{ id, label, hint, error, required, className }} {...ids}>
      <select id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={controlClass(error)} {...select}>
        {children}
      </select>
    </Frame>
  )
}

/** Whole won / counts: typed as text so "1.5" reaches the check (a number input would hide it). */
export const NUMBER_INPUT = { type: "text", inputMode: "numeric", autoComplete: "off" } as const
