import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  exportUrl, statementExportUrl, transfersUrl, useConfirmSettlement, usePaySettlement, useRefreshSettlements, useSettlements,
  type SettlementStatement,
} from "../../hooks/settlements"
import { errorMessage } from "../../lib/errors"
import { formatWon, seoulToday } from "../../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"

const STATUS_COLOR = { draft: "orange", confirmed: "blue", paid: "green" } as const

/** 지급 완료: the transfer date and its reference, inline under the row. */
function PayForm({ statement, onDone }: { statement: SettlementStatement; onDone: () => void }) {
  const [paidOn, setPaidOn] = useState(seoulToday())
  const [reference, setReference] = useState("")
  const pay = usePaySettlement()
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        pay.mutate(
          { id: statement.id, body: { paid_on: paidOn, reference } },
          { onSuccess: () => { toast.success(`${statement.maker_name ?? ""} 지급 완료로 표시했습니다.`); onDone() }, onError: (err) => toast.error(errorMessage(err)) }
        )
      }}
    >
      <Input type="date" size="small" aria-label="이체일" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      <Input size="small" aria-label="이체 참조" placeholder="이체 확인번호·메모" value={reference} onChange={(e) => setReference(e.target.value)} />
      <Button size="small" type="submit" isLoading={pay.isPending}>지급 완료</Button>
      <Button size="small" variant="transparent" type="button" onClick={onDone}>취소</Button>
    </form>
  )
}

/** 정산: every maker's statement of a period, confirm (lock), mark paid, downloads. */
const SettlementsPage = () => {
  const [period, setPeriod] = useState<string>()
  const [paying, setPaying] = useState<string>()
  const { data, isLoading, isError, error, isFetching } = useSettlements(period)
  const confirm = useConfirmSettlement()
  const refresh = useRefreshSettlements()
  const code = data?.period ?? undefined

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">정산</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            구매확정된 주문만 정산됩니다. 판매금액(할인 후) + 배송비 + 특판 할인 보전(센터 부담 할인) − 환불 − 판매수수료 = 지급액, 음수 잔액은 다음 기간으로 이월됩니다.
            확정한 명세서는 바뀌지 않고, 그 뒤의 환불은 다음 기간에 조정으로 들어갑니다.
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={refresh.isPending}
          onClick={() => refresh.mutate(undefined, { onSuccess: () => toast.success("작성 중인 명세서를 다시 계산했습니다."), onError: (e) => toast.error(errorMessage(e)) })}>
          다시 계산
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="w-56">
          <Select value={code} onValueChange={(v) => setPeriod(v)} size="small">
            <Select.Trigger aria-label="정산 기간"><Select.Value placeholder="정산 기간" /></Select.Trigger>
            <Select.Content>
              {(data?.periods ?? []).map((p) => <Select.Item key={p.code} value={p.code}>{p.label}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        {code ? (
          <>
            <a className="txt-compact-small text-ui-fg-interactive" href={exportUrl(code, "csv")}>CSV 내려받기</a>
            <a className="txt-compact-small text-ui-fg-interactive" href={exportUrl(code, "xlsx")}>XLSX 내려받기</a>
            <a className="txt-compact-small text-ui-fg-interactive" href={transfersUrl(code, "xlsx")}>이체 목록 (XLSX)</a>
          </>
        ) : null}
      </div>
      {isError ? <ErrorState error={error} /> : isLoading ? <LoadingState /> : !data || data.statements.length === 0 ? (
        <EmptyState title="정산할 명세서가 없습니다" description="구매확정된 주문이 생기면 그 기간의 명세서가 만들어집니다." />
      ) : (
        <div className={isFetching ? "opacity-60" : undefined}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>만든 곳</Table.HeaderCell>
                <Table.HeaderCell>상태</Table.HeaderCell>
                <Table.HeaderCell className="text-right">판매금액</Table.HeaderCell>
                <Table.HeaderCell className="text-right">배송비</Table.HeaderCell>
                <Table.HeaderCell className="text-right">환불·조정</Table.HeaderCell>
                <Table.HeaderCell className="text-right">특판 할인 보전</Table.HeaderCell>
                <Table.HeaderCell className="text-right">판매수수료</Table.HeaderCell>
                <Table.HeaderCell className="text-right">이월</Table.HeaderCell>
                <Table.HeaderCell className="text-right">지급액</Table.HeaderCell>
                <Table.HeaderCell>계좌</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.statements.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.maker_name ?? s.maker_id}</Table.Cell>
                  <Table.Cell><Badge size="2xsmall" color={STATUS_COLOR[s.status]}>{s.status_label}</Badge></Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.sales_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.shipping_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.refund_amount + s.adjustment_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.subsidy_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.fee_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(s.carry_over_amount)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums font-medium">
                    {formatWon(s.payout_amount)}
                    {s.carry_forward_amount < 0 ? <Text size="xsmall" className="text-ui-fg-error">다음 기간 이월 {formatWon(s.carry_forward_amount)}</Text> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="xsmall">{s.payout_account.bank ? `${s.payout_account.bank} ${s.payout_account.account_number} (${s.payout_account.holder})` : "계좌 미등록"}</Text>
                    {s.paid_on ? <Text size="xsmall" className="text-ui-fg-subtle">이체 {s.paid_on} · {s.transfer_reference}</Text> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap items-center gap-2">
                      {s.status === "draft" ? (
                        <Button size="small" variant="secondary" isLoading={confirm.isPending && confirm.variables?.id === s.id}
                          onClick={() => confirm.mutate({ id: s.id, body: {} }, { onSuccess: () => toast.success("확정했습니다."), onError: (e) => toast.error(errorMessage(e)) })}>
                          확정
                        </Button>
                      ) : null}
                      {s.status === "confirmed" && paying !== s.id ? (
                        <Button size="small" variant="secondary" onClick={() => setPaying(s.id)}>지급 완료</Button>
                      ) : null}
                      <a className="txt-compact-small text-ui-fg-interactive" href={statementExportUrl(s.id, "csv")}>CSV</a>
                      <a className="txt-compact-small text-ui-fg-interactive" href={statementExportUrl(s.id, "xlsx")}>XLSX</a>
                    </div>
                    {paying === s.id ? <PayForm statement={s} onDone={() => setPaying(undefined)} /> : null}
                  </Table.Cell>
                </Table.Row>
              ))}
              <Table.Row className="bg-ui-bg-subtle font-medium">
                <Table.Cell>합계 ({data.statements.length}곳)</Table.Cell>
                <Table.Cell />
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.sales_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.shipping_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.refund_amount + data.totals.adjustment_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.subsidy_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.fee_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.carry_over_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(data.totals.payout_amount)}</Table.Cell>
                <Table.Cell />
                <Table.Cell />
              </Table.Row>
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "정산", icon: Cash, rank: 5 })

export default SettlementsPage
