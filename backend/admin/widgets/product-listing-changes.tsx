import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/client"
import { formatCount, formatSeoulDateTime, formatWon } from "../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../lib/states"

type ListingChange = {
  field: string
  old_value: unknown
  new_value: unknown
  member_id: string | null
  created_at: string
  variant_id: string | null
  variant_title: string | null
  member: { id: string; name: string | null; email: string } | null
}

const FIELD_LABELS: Record<string, string> = { price: "가격", stock: "재고", tier_prices: "수량별 가격" }

/** Prices are whole won, stock a count; tier prices arrive as a list of {min_quantity, price}. */
function show(field: string, value: unknown): string {
  if (value === null || value === undefined) return "-"
  if (field === "price" && typeof value === "number") return formatWon(value)
  if (field === "stock" && typeof value === "number") return `${formatCount(value)}개`
  if (field === "tier_prices" && Array.isArray(value)) {
    if (!value.length) return "없음"
    return value.map((t: { min_quantity?: number; price?: number }) => `${formatCount(t.min_quantity)}개↑ ${formatWon(t.price)}`).join(", ")
  }
  return typeof value === "string" ? value : JSON.stringify(value)
}

/**
 * 가격·재고 변경 이력: price, tier price and stock changes apply without approval, so staff
 * see here who changed what and when (newest first).
 */
const ProductListingChangesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["jahwal-listing-changes", product.id],
    queryFn: () => sdk.client.fetch<{ changes: ListingChange[]; count: number }>(`/admin/products/${product.id}/listing-changes`, { query: { limit: 50 } }),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">가격·재고 변경 이력</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          판매자센터에서 바꾼 가격·재고는 승인 없이 바로 반영됩니다. 최근 50건{data && data.count > 50 ? ` (전체 ${formatCount(data.count)}건)` : ""}
        </Text>
      </div>
      {isLoading ? (
        <LoadingState rows={3} />
      ) : isError || !data ? (
        <ErrorState error={error} />
      ) : !data.changes.length ? (
        <EmptyState title="변경 이력이 없습니다" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>시각</Table.HeaderCell>
              <Table.HeaderCell>옵션</Table.HeaderCell>
              <Table.HeaderCell>항목</Table.HeaderCell>
              <Table.HeaderCell>이전 → 이후</Table.HeaderCell>
              <Table.HeaderCell>바꾼 사람</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.changes.map((c, i) => (
              <Table.Row key={`${c.created_at}-${c.variant_id}-${c.field}-${i}`}>
                <Table.Cell>{formatSeoulDateTime(c.created_at)}</Table.Cell>
                <Table.Cell>{c.variant_title ?? "삭제된 옵션"}</Table.Cell>
                <Table.Cell>{FIELD_LABELS[c.field] ?? c.field}</Table.Cell>
                <Table.Cell>{show(c.field, c.old_value)} → {show(c.field, c.new_value)}</Table.Cell>
                <Table.Cell>{c.member ? c.member.name || c.member.email : c.member_id ? "삭제된 구성원" : "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductListingChangesWidget
