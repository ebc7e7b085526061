import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useMakerSales } from "../../hooks/maker-sales"
import { toFieldErrors } from "../../lib/errors"
import { Field, FormError } from "../../lib/form-field"
import { formatCount, formatWon, seoulMonthStart, seoulPreviousMonth, seoulToday } from "../../lib/format"
import { EmptyState, LoadingState } from "../../lib/states"

type Range = { from: string; to: string }

/** 만든 곳별 매출: orders, units and won (VAT included) per maker over Seoul calendar days. */
const MakerSalesPage = () => {
  const [draft, setDraft] = useState<Range>(() => ({ from: seoulMonthStart(), to: seoulToday() }))
  const [range, setRange] = useState<Range>(draft)
  const [localError, setLocalError] = useState<string>()
  const { data, isLoading, isFetching, isError, error } = useMakerSales(range)
  const serverErrors = isError ? toFieldErrors(error, ["from", "to"] as const, { from: ["기간", "날짜"] }) : {}

  const apply = (next: Range) => {
    setDraft(next)
    if (!next.from || !next.to) return setLocalError("시작일과 종료일을 모두 고르세요.")
    if (next.from > next.to) return setLocalError("시작일이 종료일보다 늦을 수 없습니다.")
    setLocalError(undefined)
    setRange(next)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    apply(draft)
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">만든 곳별 매출</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          주문일(한국 시간) 기준, 부가세 포함 금액입니다. 취소·반품·환불은 그 주문의 매출에서 뺍니다(순매출). 선물세트·공동브랜드·기획전 매출도 만든 곳에 귀속됩니다.
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-6 py-4" noValidate>
        <Field id="sales-from" label="시작일" error={localError ?? serverErrors.from}>
          <Input id="sales-from" type="date" size="small" value={draft.from} max={draft.to || undefined}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} />
        </Field>
        <Field id="sales-to" label="종료일" error={serverErrors.to}>
          <Input id="sales-to" type="date" size="small" value={draft.to} min={draft.from || undefined}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} />
        </Field>
        <Button size="small" type="submit" isLoading={isFetching}>조회</Button>
        <Button size="small" variant="secondary" type="button"
          onClick={() => apply({ from: seoulMonthStart(), to: seoulToday() })}>
          이번 달
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={() => apply(seoulPreviousMonth())}>
          지난 달
        </Button>
      </form>
      {isError && serverErrors.form ? (
        <div className="px-6 py-4"><FormError message={serverErrors.form} /></div>
      ) : null}
      {isLoading ? (
        <LoadingState />
      ) : !data ? null : data.makers.length === 0 ? (
        <EmptyState title="이 기간에 판매된 상품이 없습니다" description={`${data.from} ~ ${data.to}`} />
      ) : (
        <div className={isFetching ? "opacity-60" : undefined}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>만든 곳</Table.HeaderCell>
                <Table.HeaderCell>사업자등록번호</Table.HeaderCell>
                <Table.HeaderCell className="text-right">주문</Table.HeaderCell>
                <Table.HeaderCell className="text-right">수량</Table.HeaderCell>
                <Table.HeaderCell className="text-right">판매액</Table.HeaderCell>
                <Table.HeaderCell className="text-right">취소·반품</Table.HeaderCell>
                <Table.HeaderCell className="text-right">순매출</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.makers.map((row) => (
                <Table.Row key={row.maker_id}>
                  <Table.Cell>{row.maker_name}</Table.Cell>
                  <Table.Cell>{row.business_registration_number ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(row.orders)}건</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(row.units)}개</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(row.gross_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(row.refunded_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(row.net_amount)}</Table.Cell>
                </Table.Row>
              ))}
              <Table.Row className="bg-ui-bg-subtle font-medium">
                <Table.Cell>합계 ({data.makers.length}곳)</Table.Cell>
                <Table.Cell />
                <Table.Cell className="text-right tabular-nums">{formatCount(data.totals.orders)}건</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(data.totals.units)}개</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.gross_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.refunded_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.net_amount)}</Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
          <Text size="xsmall" className="text-ui-fg-subtle px-6 py-3">
            {data.from} ~ {data.to} ({data.timezone}) · 주문 합계는 여러 만든 곳의 상품이 담긴 주문을 한 번만 셉니다.
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "만든 곳별 매출",
  icon: ChartBar,
  rank: 4,
})

export default MakerSalesPage
