// no imports: unit tests load this file under Node (tests/unit/admin-approval-format.test.ts)
export type ApprovalStatus = "pending" | "approved" | "rejected"

export const KIND_LABELS = { new: "신규", edit: "수정" } as const

export const STATUS_TAB_LABELS: Record<ApprovalStatus, string> = { pending: "대기", approved: "승인", rejected: "반려" }

/** Client-side twin of the server's rule (AdminRejectListing): the seller must learn why. */
export function rejectReasonError(reason: string): string | undefined {
  const trimmed = reason.trim()
  if (trimmed.length < 2) return "반려 사유를 입력하세요"
  if (trimmed.length > 1000) return "반려 사유는 1,000자 이하여야 합니다"
  return undefined
}
