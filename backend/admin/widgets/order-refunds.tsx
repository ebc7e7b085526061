import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateMakerReturn, useMarkBankRefundRefunded, useOrderRefunds, type OrderRefunds } from "../hooks/order-refunds"
import { errorMessage } from "../lib/errors"
import { formatWon } from "../lib/format"
import { formatSeoulDateTime } from "../lib/order-documents"
import { ErrorState, LoadingState } from "../lib/states"

const KIND = { cancel: "취소", return: "반품", refund: "환불" } as const

/**
 * 취소·반품 on the order page: take back units of lines (before shipment a line cancel, after it
 * a return), refunding exactly each maker's share; what was taken back so far; 무통장입금 refunds
 * waiting for staff to send them, with 환불 완료.
 */
const OrderRefundsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const refunds = useOrderRefunds(order.id)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">취소·반품</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          만든 곳별 매출에서 환불한 만큼 정확히 빠집니다 (할인·선물세트 몫 포함). 주문 전체 취소는 위의 주문 취소를 쓰세요.
        </Text>
      </div>
      {refunds.isLoading ? (
        <LoadingState rows={2} />
      ) : refunds.isError || !refunds.data ? (
        <ErrorState error={refunds.error} />
      ) : (
        <>
          <History orderId={order.id} data={refunds.data} items={order.items ?? []} />
          {order.status !== "canceled" ? <ReturnForm order={order} savedAccount={refunds.data.refund_account} /> : null}
        </>
      )}
    </Container>
  )
}

function History({ orderId, data, items }: { orderId: string; data: OrderRefunds; items: AdminOrder["items"] }) {
  const mark = useMarkBankRefundRefunded(orderId)
  const titleOf = (lineId: string | null) => (lineId ? items?.find((i) => i.id === lineId)?.title ?? lineId : "배송비")
  if (!data.adjustments.length && !data.bank_refunds.length) {
    return <Text size="small" className="px-6 py-4 text-ui-fg-subtle">아직 취소·반품된 상품이 없습니다.</Text>
  }
  const onMark = (id: string, amount: number) => {
    if (!window.confirm(`${formatWon(amount)}을(를) 고객 계좌로 보냈습니까? 환불 완료로 표시됩니다.`)) return
    mark.mutate(id, { onSuccess: () => toast.success("환불 완료로 표시했습니다."), onError: (e) => toast.error(errorMessage(e)) })
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">환불 합계 {formatWon(data.refunded_total)}</Text>
      {data.adjustments.map((a) => (
        <Text key={a.id} size="small" className="text-ui-fg-subtle">
          {formatSeoulDateTime(a.occurred_at)} · {KIND[a.kind]} · {titleOf(a.line_item_id)}
          {a.line_item_id ? ` ${a.quantity}개` : ""} · {formatWon(a.amount + a.shipping_amount)}
          {a.reason ? ` · ${a.reason}` : ""}
        </Text>
      ))}
      {data.bank_refunds.map((r) => (
        <div key={r.id} className="flex items-center justify-between gap-x-2">
          <Text size="small">
            무통장입금 환불 {formatWon(r.amount)} → {r.account.bank} {r.account.account_number} ({r.account.holder}){" "}
            <Badge size="2xsmall" color={r.status === "refunded" ? "green" : "orange"}>
              {r.status === "refunded" ? "환불완료" : "환불대기"}
            </Badge>
          </Text>
          {r.status === "pending" ? (
            <Button size="small" variant="secondary" isLoading={mark.isPending} onClick={() => onMark(r.id, r.amount)}>
              환불 완료
            </Button>
          ) : null}
        </div>
      ))}
    </div>
  )
}

function ReturnForm({ order, savedAccount }: { order: AdminOrder; savedAccount: OrderRefunds["refund_account"] }) {
  const create = useCreateMakerReturn(order.id)
  const [quantities, setQuantities] = useState<Record<string, string>>({})
  const [refundShipping, setRefundShipping] = useState(false)
  const [reason, setReason] = useState("")
  const [account, setAccount] = useState({ bank: "", account_number: "", holder: "" })
  const bankTransfer = (order.payment_collections ?? []).some((pc) =>
    (pc.payments ?? []).some((p) => p.provider_id === "pp_bank-transfer_bank-transfer")
  )

  const submit = () => {
    const items = Object.entries(quantities)
      .filter(([, q]) => q.trim() !== "" && q !== "0")
      .map(([line_item_id, q]) => ({ line_item_id, quantity: Number(q) }))
    if (!items.length) return toast.error("취소·반품할 수량을 하나 이상 입력하세요.")
    const withAccount = bankTransfer && account.bank ? { refund_account: account } : {}
    if (!window.confirm("선택한 상품을 취소·반품하고 그만큼 환불합니다. 계속할까요?")) return
    create.mutate(
      { items, refund_shipping: refundShipping, reason, ...withAccount },
      {
        onSuccess: (result) => {
          toast.success(`${formatWon(result.refund_amount)}을(를) 환불 처리했습니다.`)
          setQuantities({})
          setReason("")
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {(order.items ?? []).map((item) => (
        <div key={item.id} className="flex items-center justify-between gap-x-3">
          <Label htmlFor={`ret-${item.id}`} size="small">
            {item.title} · 주문 {item.quantity}개
          </Label>
          <Input id={`ret-${item.id}`} className="w-24" size="small" type="number" min={0} max={item.quantity} step={1}
            value={quantities[item.id] ?? ""} placeholder="0"
            onChange={(e) => setQuantities((q) => ({ ...q, [item.id]: e.target.value }))} />
        </div>
      ))}
      <div className="flex items-center gap-x-2">
        <Checkbox id="ret-shipping" checked={refundShipping} onCheckedChange={(v) => setRefundShipping(v === true)} />
        <Label htmlFor="ret-shipping" size="small">이 상품들의 배송비(만든 곳 택배비)도 환불</Label>
      </div>
      <Input size="small" placeholder="사유 (예: 단순 변심, 파손, 품절)" value={reason} maxLength={200}
        onChange={(e) => setReason(e.target.value)} />
      {bankTransfer ? (
        <div className="flex flex-col gap-y-2">
          <Text size="small" className="text-ui-fg-subtle">
            무통장입금 환불 계좌{savedAccount ? ` (저장됨: ${savedAccount.bank} ${savedAccount.account_number} ${savedAccount.holder}, 비워 두면 이 계좌)` : ""}
          </Text>
          <div className="flex gap-x-2">
            <Input size="small" placeholder="은행" value={account.bank} onChange={(e) => setAccount((a) => ({ ...a, bank: e.target.value }))} />
            <Input size="small" placeholder="계좌번호" value={account.account_number}
              onChange={(e) => setAccount((a) => ({ ...a, account_number: e.target.value }))} />
            <Input size="small" placeholder="예금주" value={account.holder} onChange={(e) => setAccount((a) => ({ ...a, holder: e.target.value }))} />
          </div>
        </div>
      ) : null}
      <div>
        <Button size="small" onClick={submit} isLoading={create.isPending}>취소·반품 처리</Button>
      </div>
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderRefundsWidget
