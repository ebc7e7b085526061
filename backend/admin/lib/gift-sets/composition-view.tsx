import { Badge, StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatCount, formatWon } from "../format"
import type { GiftSetComposition } from "../types"

/** Standalone value of the components in won, rounded (unit prices may be fractional). */
export function componentsTotal(rows: { unit_price: number | null; quantity: number }[]): number {
  return Math.round(rows.reduce((sum, r) => sum + (r.unit_price ?? 0) * r.quantity, 0))
}

/** "2,400원 (11%) 할인" — how the set price compares with buying the components one by one. */
export function discountText(total: number, price: number | null): string {
  if (price === null) return "세트 가격 없음"
  const diff = total - price
  if (diff === 0 || total === 0) return "할인 없음"
  const pct = Math.round((Math.abs(diff) / total) * 100)
  return diff > 0 ? `${formatWon(diff)} (${pct}%) 할인` : `단품 합계보다 ${formatWon(-diff)} 비쌈`
}

export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] items-start gap-x-2">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">{label}</Text>
      <div className="text-ui-fg-base txt-small">{children}</div>
    </div>
  )
}

function Availability({ sets, isKit }: { sets: number | null; isKit: boolean }) {
  if (sets === null) return <span className="text-ui-fg-subtle">재고 연결 없음</span>
  if (sets <= 0) return <StatusBadge color="red">품절</StatusBadge>
  return <span>{formatCount(sets)}{isKit ? "세트" : "개"}</span>
}

/** One variant's composition: components, value vs price, stock, maker split and bulk tiers. */
export function CompositionView({ composition: c }: { composition: GiftSetComposition }) {
  const isKit = c.components.length > 0
  const total = componentsTotal(c.components)
  const makers = [...new Set(c.components.flatMap((p) => (p.maker ? [p.maker.name] : [])))]

  return (
    <div className="flex flex-col gap-y-3">
      {isKit ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>상품</Table.HeaderCell>
              <Table.HeaderCell>옵션</Table.HeaderCell>
              <Table.HeaderCell>만든 곳</Table.HeaderCell>
              <Table.HeaderCell className="text-right">수량</Table.HeaderCell>
              <Table.HeaderCell className="text-right">개당 단품가</Table.HeaderCell>
              <Table.HeaderCell className="text-right">소계</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {c.components.map((p, i) => (
              <Table.Row key={`${p.product_handle}-${p.variant_title}-${i}`}>
                <Table.Cell>{p.product_title || <span className="text-ui-fg-error">단품 가격 없음</span>}</Table.Cell>
                <Table.Cell>{p.variant_title}</Table.Cell>
                <Table.Cell>{p.maker?.name ?? <span className="text-ui-fg-subtle">미지정</span>}</Table.Cell>
                <Table.Cell className="text-right">{formatCount(p.quantity)}</Table.Cell>
                <Table.Cell className="text-right">{formatWon(Math.round(p.unit_price))}</Table.Cell>
                <Table.Cell className="text-right">{formatWon(Math.round(p.unit_price * p.quantity))}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">단품 (구성 없음)</Text>
      )}
      <div className="flex flex-col gap-y-2">
        {isKit ? (
          <>
            <SummaryRow label="구성품 단품 합계">{formatWon(total)}</SummaryRow>
            <SummaryRow label="세트 가격">
              {c.price === null ? "—" : formatWon(c.price)}{" "}
              <span className="text-ui-fg-subtle">· {discountText(total, c.price)}</span>
            </SummaryRow>
          </>
        ) : (
          <SummaryRow label="가격">{c.price === null ? "—" : formatWon(c.price)}</SummaryRow>
        )}
        <SummaryRow label="판매 가능 수량">
          <Availability sets={c.available_sets} isKit={isKit} />
        </SummaryRow>
        {isKit ? (
          <SummaryRow label="만든 곳별 매출 배분">
            {c.maker_split.length ? (
              <ul className="flex flex-col gap-y-1">
                {c.maker_split.map((s) => (
                  <li key={s.maker_handle}>
                    {s.maker_name} {formatWon(s.amount)}
                    {c.price ? <span className="text-ui-fg-subtle"> ({Math.round((s.amount / c.price) * 100)}%)</span> : null}
                  </li>
                ))}
              </ul>
            ) : makers.length === 1 ? (
              `${makers[0]} — 전액`
            ) : (
              <span className="text-ui-fg-subtle">배분할 만든 곳이 지정되지 않았습니다.</span>
            )}
          </SummaryRow>
        ) : null}
        <SummaryRow label="대량 구매가">
          {c.tiers.length ? (
            <div className="flex flex-wrap gap-1">
              {c.tiers.map((t) => (
                <Badge key={t.min_quantity} size="2xsmall">
                  {formatCount(t.min_quantity)}개 이상 {formatWon(t.amount)}
                </Badge>
              ))}
            </div>
          ) : (
            <span className="text-ui-fg-subtle">없음</span>
          )}
        </SummaryRow>
      </div>
    </div>
  )
}
