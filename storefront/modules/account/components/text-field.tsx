import type { InputHTMLAttributes } from "react"

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string
  label: string
  /** a hint under the field, read with it by screen readers */
  hint?: string
  error?: string
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ name, label, hint, error, className, ...input }: TextFieldProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
        {input.required && <span className="ml-1 text-brand-600" aria-hidden="true">*</span>}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded-lg border bg-white px-3 py-2 text-base ${
          error ? "border-brand-600" : "border-cream-200"
        }`}
        {...input}
      />
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
