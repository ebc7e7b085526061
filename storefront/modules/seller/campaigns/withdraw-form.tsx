"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { withdrawCampaignProposal } from "@/lib/data/seller-campaign-actions"

/** 신청 취소 of a proposal still waiting (대기), after a confirmation. */
export function WithdrawForm({ campaignId, itemId, title }: { campaignId: string; itemId: string; title: string }) {
  const [state, action] = useActionState(withdrawCampaignProposal.bind(null, campaignId), EMPTY_FORM_STATE)
  return (
    <form action={action} onSubmit={(e) => { if (!window.confirm(`${title} 신청을 취소할까요?`)) e.preventDefault() }} className="shrink-0 text-right">
      <input type="hidden" name="item_id" value={itemId} />
      {state.error && <p role="alert" className="text-xs font-semibold text-brand-700">{state.error}</p>}
      <button type="submit" aria-label={`${title} 신청 취소`} className="min-h-11 rounded-lg px-3 text-sm text-ink-500 hover:bg-cream-100">
        신청 취소
      </button>
    </form>
  )
}
