"use client"

import { useFormStatus } from "react-dom"

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({ children, pendingLabel }: { children: string; pendingLabel?: string }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? (pendingLabel ?? "처리 중…") : children}
    </button>
  )
}
