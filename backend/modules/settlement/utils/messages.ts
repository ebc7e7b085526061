import { periodLabel } from "./periods"

/** Korean messages of settlement, shared by workflows and routes. */
export const SETTLEMENT_ERRORS = {
  notFound: "정산 명세서를 찾을 수 없습니다.",
  notDraft: "작성 중인 명세서만 확정할 수 있습니다. 이미 확정되었거나 지급이 끝난 명세서입니다.",
  notConfirmed: "확정된 명세서만 지급 완료로 표시할 수 있습니다.",
  periodOpen: (code: string) => `${periodLabel(code)} 정산 기간이 끝난 뒤에 확정할 수 있습니다.`,
  earlierOpen: (code: string) => `이전 기간(${periodLabel(code)}) 명세서를 먼저 확정하세요. 미지급 잔액이 다음 기간으로 이월되어야 합니다.`,
  badPeriod: "정산 기간은 2026-12(월) 또는 2026-W49(주) 형식이어야 합니다.",
} as const
