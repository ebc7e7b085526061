"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { removeSellerMember, withdrawSellerInvite } from "@/lib/data/seller-member-actions"

type Props = { kind: "member" | "invite"; id: string; who: string }

/** 삭제 (a member) or 초대 취소 (an invite), after a confirmation; the API's Korean refusal shown here. */
export function MemberRowAction({ kind, id, who }: Props) {
  const [state, action] = useActionState(kind === "member" ? removeSellerMember : withdrawSellerInvite, EMPTY_FORM_STATE)
  const label = kind === "member" ? "삭제" : "초대 취소"
  return (
    <form
      action={action}
      onSubmit={(event) => {
        const question = kind === "member" ? `${who}님을 구성원에서 삭제할까요?` : `${who} 초대를 취소할까요?`
        if (!window.confirm(question)) event.preventDefault()
      }}
      className="shrink-0 text-right"
    >
      <input type="hidden" name={kind === "member" ? "member_id" : "invite_id"} value={id} />
      {state.error && <p role="alert" className="text-xs font-semibold text-brand-700">{state.error}</p>}
      <button type="submit" aria-label={`${who} ${label}`} className="min-h-11 rounded-lg px-3 text-sm text-ink-500 hover:bg-cream-100">
        {label}
      </button>
    </form>
  )
}
