import type { SellerRevision } from "@/lib/data/seller-products"
import { formatDateTime } from "@/lib/util/date"
import { revisionNotice } from "@/lib/util/seller-product-view"

const FIELD_LABELS: Record<string, string> = { title: "상품명", subtitle: "부제", description: "설명", category_id: "카테고리" }

/** Where the product stands with 상품 승인: waiting (new listing or an edit), or rejected with the reason. */
export function RevisionNotice({ revisions }: { revisions: SellerRevision[] }) {
  const notice = revisionNotice(revisions)
  if (!notice) return null
  const { revision } = notice
  if (notice.kind === "pending") {
    const fields = Object.keys(revision.changes ?? {}).map((key) => FIELD_LABELS[key] ?? key)
    return (
      <section role="status" aria-label="승인 상태" className="rounded-xl bg-brand-50 p-3 text-sm text-brand-700">
        {revision.kind === "edit" ? (
          <>
            <p className="font-bold">승인 대기 중인 수정</p>
            <p>
              {fields.join(", ")} 수정을 {formatDateTime(revision.created_at)}에 요청했습니다. 승인될 때까지 쇼핑몰에는 이전 내용이
              보입니다.
            </p>
          </>
        ) : (
          <>
            <p className="font-bold">승인 대기 중</p>
            <p>자활센터가 상품을 확인하고 있습니다. 승인되면 쇼핑몰에 올라가고 메일로 알려 드립니다.</p>
          </>
        )}
      </section>
    )
  }
  return (
    <section role="status" aria-label="승인 상태" className="rounded-xl bg-brand-100 p-3 text-sm text-brand-700">
      <p className="font-bold">{revision.kind === "edit" ? "수정 요청이 반려되었습니다" : "상품 등록이 반려되었습니다"}</p>
      {revision.reason && <p data-testid="rejection-reason">사유: {revision.reason}</p>}
      {revision.decided_at && <p className="text-xs">{formatDateTime(revision.decided_at)}</p>}
    </section>
  )
}
