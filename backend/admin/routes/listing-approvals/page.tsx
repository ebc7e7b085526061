import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Badge, Container, Heading, StatusBadge, Table, Tabs, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useListingApprovalCount, useListingApprovals, type ApprovalStatus, type ListingApproval } from "../../hooks/listing-approvals"
import { formatSeoulDateTime } from "../../lib/format"
import { usePaging } from "../../lib/paging"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"
import { ApprovalDetailModal } from "./components/approval-detail-modal"
import { KIND_LABELS, STATUS_TAB_LABELS } from "./components/labels"

const TABS: ApprovalStatus[] = ["pending", "approved", "rejected"]

/** 승인 대기: sellers' new listings and content edits that wait for staff, and the decided ones. */
const ListingApprovalsPage = () => {
  const [status, setStatus] = useState<ApprovalStatus>("pending")
  const [open, setOpen] = useState<ListingApproval | null>(null)
  const paging = usePaging(20)
  const { reset } = paging
  useEffect(() => reset(), [status])
  const { data, isLoading, isError, error } = useListingApprovals(status, paging.offset, paging.limit)
  const pendingCount = useListingApprovalCount().data?.count

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">상품 승인</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          판매자센터에서 등록하거나 고친 상품은 센터가 승인해야 장터에 보입니다. 가격·재고는 승인 없이 바로 바뀝니다.
        </Text>
      </div>
      <Tabs value={status} onValueChange={(v) => setStatus(v as ApprovalStatus)}>
        <div className="px-6 py-3">
          <Tabs.List>
            {TABS.map((tab) => (
              <Tabs.Trigger key={tab} value={tab}>
                {STATUS_TAB_LABELS[tab]}
                {tab === "pending" && pendingCount ? <Badge size="2xsmall" color="orange" className="ml-2">{pendingCount}</Badge> : null}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
      </Tabs>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : !data?.listing_approvals.length ? (
        <EmptyState
          title={status === "pending" ? "승인을 기다리는 요청이 없습니다" : `${STATUS_TAB_LABELS[status]} 요청이 없습니다`}
          description={status === "pending" ? "판매자가 상품을 등록하거나 고치면 여기에 나타납니다." : undefined}
        />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>상품</Table.HeaderCell>
                <Table.HeaderCell>만든 곳</Table.HeaderCell>
                <Table.HeaderCell>종류</Table.HeaderCell>
                <Table.HeaderCell>요청한 사람</Table.HeaderCell>
                <Table.HeaderCell>요청 시각</Table.HeaderCell>
                {status !== "pending" ? <Table.HeaderCell>처리 시각</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.listing_approvals.map((request) => (
                <Table.Row
                  key={request.id}
                  className="cursor-pointer"
                  tabIndex={0}
                  aria-label={`${request.changes?.title ?? request.product?.title ?? "상품"} 요청 보기`}
                  onClick={() => setOpen(request)}
                  onKeyDown={(e) => e.key === "Enter" && setOpen(request)}
                >
                  <Table.Cell>
                    <div className="flex items-center gap-x-3 py-1">
                      {request.product?.thumbnail ? (
                        <img src={request.product.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />
                      ) : null}
                      <Text size="small" weight="plus">{request.changes?.title ?? request.product?.title ?? "(삭제된 상품)"}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{request.maker?.name ?? "-"}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={request.kind === "new" ? "blue" : "purple"}>{KIND_LABELS[request.kind]}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{request.member?.name || request.member?.email || "-"}</Table.Cell>
                  <Table.Cell>{formatSeoulDateTime(request.created_at)}</Table.Cell>
                  {status !== "pending" ? <Table.Cell>{formatSeoulDateTime(request.decided_at)}</Table.Cell> : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination {...paging.paginationProps(data.count)} />
        </div>
      )}
      {open ? <ApprovalDetailModal request={open} onClose={() => setOpen(null)} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "승인 대기",
  icon: CheckCircle,
  rank: 1.5,
})

export const handle = {
  breadcrumb: () => "승인 대기",
}

export default ListingApprovalsPage
