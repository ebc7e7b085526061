import type { FormState } from "@/lib/data/form-state"

/** The form-wide error (role="alert") or confirmation (role="status") of a server action. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.error) {
    return (
      <p role="alert" className="rounded-lg bg-brand-50 px-4 py-3 text-sm font-semibold text-brand-700">
        {state.error}
      </p>
    )
  }
  if (state.success) {
    return (
      <p role="status" className="rounded-lg bg-leaf-100 px-4 py-3 text-sm font-semibold text-leaf-700">
        {state.success}
      </p>
    )
  }
  return null
}

/** Announces that fields need fixing, so screen-reader users know why nothing happened. */
export function FieldErrorsSummary({ state }: { state: FormState }) {
  const count = Object.values(state.fieldErrors ?? {}).filter(Boolean).length
  if (count === 0) return null
  return (
    <p role="alert" className="text-sm font-semibold text-brand-700">
      입력 내용을 확인해 주세요 ({count}개 항목).
    </p>
  )
}
