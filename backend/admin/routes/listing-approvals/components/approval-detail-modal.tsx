import { Alert, Badge, Button, FocusModal, Heading, Label, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useDecideListing, type ListingApproval } from "../../../hooks/listing-approvals"
import { errorMessage } from "../../../lib/errors"
import { formatSeoulDateTime } from "../../../lib/format"
import { htmlToText } from "../../../lib/html-text"
import { KIND_LABELS, rejectReasonError, STATUS_TAB_LABELS } from "./labels"

type Side = { title?: string | null; subtitle?: string | null; description?: string | null; category?: string | null }

/**
 * One request, side by side: what the shop shows now (left) and what the seller asks for
 * (right). For an edit the left side is `previous` (the live values when asked); for a new
 * listing there is nothing live yet. Descriptions are shown as text, never as markup.
 */
export function ApprovalDetailModal({ request, onClose }: { request: ListingApproval; onClose: () => void }) {
  const decide = useDecideListing()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string>()
  const [formError, setFormError] = useState<string>()
  const pending = request.status === "pending"
  const product = request.product
  const liveCategory = product?.categories?.[0]?.name ?? null

  // the request stores only what changed: an unchanged field is the live one on both sides
  const before: Side | null =
    request.kind === "edit"
      ? {
          title: request.previous?.title ?? product?.title,
          subtitle: request.previous?.subtitle ?? product?.subtitle,
          description: request.previous?.description ?? product?.description,
          category: request.category_names.previous ?? liveCategory,
        }
      : null
  const after: Side =
    request.kind === "edit"
      ? {
          title: request.changes?.title ?? before?.title,
          subtitle: request.changes?.subtitle ?? before?.subtitle,
          description: request.changes?.description ?? before?.description,
          category: request.category_names.changes ?? before?.category,
        }
      : { title: product?.title, subtitle: product?.subtitle, description: product?.description, category: liveCategory }

  async function run(decision: "approve" | "reject") {
    setFormError(undefined)
    if (decision === "reject") {
      const problem = rejectReasonError(reason)
      setReasonError(problem)
      if (problem) return
    }
    try {
      await decide.mutateAsync({ id: request.id, decision, reason: reason.trim() })
      toast.success(decision === "approve" ? "승인했습니다. 상품이 장터에 반영됩니다." : "반려했습니다. 판매자에게 사유가 전달됩니다.")
      onClose()
    } catch (error) {
      setFormError(errorMessage(error))
    }
  }

  return (
    <FocusModal open onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading level="h2">{KIND_LABELS[request.kind]} 요청 · {after.title ?? "상품"}</Heading>
          </FocusModal.Title>
          <FocusModal.Description className="sr-only">요청 전후의 상품 내용을 나란히 비교하고 승인하거나 반려합니다</FocusModal.Description>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col gap-y-4 overflow-y-auto px-6 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge color={request.kind === "new" ? "blue" : "purple"}>{KIND_LABELS[request.kind]}</StatusBadge>
            <Badge size="2xsmall">{STATUS_TAB_LABELS[request.status]}</Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {request.maker ? <Link to={`/makers/${request.maker.id}`} className="text-ui-fg-interactive">{request.maker.name}</Link> : "-"}
              {" · "}요청 {formatSeoulDateTime(request.created_at)}
              {request.member ? ` · ${request.member.name || request.member.email}` : ""}
            </Text>
            {product ? <Link to={`/products/${product.id}`} className="text-ui-fg-interactive txt-small">상품 페이지 →</Link> : null}
          </div>
          {request.status === "rejected" && request.reason ? <Alert variant="warning">반려 사유: {request.reason}</Alert> : null}
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="approval-comparison">
            <Column heading="지금 장터" side={before} emptyText="신규 상품이라 아직 장터에 없습니다." testId="approval-before" />
            <Column heading={request.kind === "new" ? "등록 요청 내용" : "바꾸려는 내용"} side={after} compareTo={before} testId="approval-after" />
          </div>
          {product?.images?.length ? (
            <section className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">사진 ({product.images.length})</Label>
              <div className="flex flex-wrap gap-2">
                {[...product.images].sort((a, b) => a.rank - b.rank).map((image, i) => (
                  <img key={image.id} src={image.url} alt={`상품 사진 ${i + 1}`} className="h-24 w-24 rounded border object-cover" />
                ))}
              </div>
            </section>
          ) : null}
          {pending && rejecting ? (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="reject-reason" size="small" weight="plus">
                반려 사유<span className="text-ui-fg-error"> *</span>
              </Label>
              <Textarea
                id="reject-reason"
                value={reason}
                aria-invalid={Boolean(reasonError)}
                aria-describedby={reasonError ? "reject-reason-error" : undefined}
                placeholder="판매자가 무엇을 고치면 되는지 적어 주세요 (판매자에게 메일로 전달됩니다)"
                onChange={(e) => setReason(e.target.value)}
              />
              {reasonError ? <Text id="reject-reason-error" size="small" className="text-ui-fg-error" role="alert">{reasonError}</Text> : null}
            </div>
          ) : null}
          {formError ? <Alert variant="error">{formError}</Alert> : null}
        </FocusModal.Body>
        {pending ? (
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              {rejecting ? (
                <>
                  <Button size="small" variant="secondary" onClick={() => { setRejecting(false); setReasonError(undefined) }}>취소</Button>
                  <Button size="small" variant="danger" isLoading={decide.isPending} onClick={() => run("reject")}>반려하기</Button>
                </>
              ) : (
                <>
                  <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>반려</Button>
                  <Button size="small" isLoading={decide.isPending} onClick={() => run("approve")}>승인</Button>
                </>
              )}
            </div>
          </FocusModal.Footer>
        ) : null}
      </FocusModal.Content>
    </FocusModal>
  )
}

const FIELDS: { key: keyof Side; label: string }[] = [
  { key: "title", label: "상품명" },
  { key: "subtitle", label: "부제" },
  { key: "category", label: "분류" },
  { key: "description", label: "설명" },
]

function Column({ heading, side, compareTo, emptyText, testId }: { heading: string; side: Side | null; compareTo?: Side | null; emptyText?: string; testId: string }) {
  return (
    <section className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-4" data-testid={testId}>
      <Heading level="h3">{heading}</Heading>
      {!side ? (
        <Text size="small" className="text-ui-fg-subtle">{emptyText}</Text>
      ) : (
        FIELDS.map(({ key, label }) => {
          const value = key === "description" ? htmlToText(side[key]) : (side[key] ?? "")
          const changed = compareTo !== undefined && compareTo !== null && (compareTo[key] ?? "") !== (side[key] ?? "")
          return (
            <Entry key={key} label={label} changed={changed}>
              {value || <span className="text-ui-fg-muted">없음</span>}
            </Entry>
          )
        })
      )}
    </section>
  )
}

function Entry({ label, changed, children }: { label: string; changed: boolean; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">{label}</Text>
        {changed ? <Badge size="2xsmall" color="orange">변경</Badge> : null}
      </div>
      <Text size="small" className={`whitespace-pre-wrap break-words ${changed ? "bg-ui-tag-orange-bg rounded px-1" : ""}`}>{children}</Text>
    </div>
  )
}
