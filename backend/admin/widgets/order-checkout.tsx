import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { fetchPackingSlip, fetchPurchaseCertificate, useConfirmTransfer, useOrderCheckout } from "../hooks/order-checkout"
import { errorMessage } from "../lib/errors"
import { formatWon } from "../lib/format"
import {
  formatSeoulDateTime,
  packingSlipHtml,
  printHtml,
  purchaseCertificateHtml,
  type OrderCheckoutDetails,
} from "../lib/order-documents"
import { ErrorState, LoadingState } from "../lib/states"

/** 주문자, 배송 요청사항, 선물하기 and the 무통장입금 state on the order page, with 입금 확인 and printing. */
const OrderCheckoutWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const details = useOrderCheckout(order.id)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">주문 정보 (자활장터)</Heading>
        <PrintButtons orderId={order.id} />
      </div>
      {details.isLoading ? (
        <LoadingState rows={3} />
      ) : details.isError || !details.data ? (
        <ErrorState error={details.error} />
      ) : (
        <Details order={details.data.order} />
      )}
    </Container>
  )
}

function Details({ order }: { order: OrderCheckoutDetails }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Row label="주문자">{order.orderer_name ?? "—"}</Row>
      <Row label="연락처">{order.orderer_phone ?? "—"}</Row>
      <Row label="배송 요청사항">{order.delivery_note ?? "없음"}</Row>
      <Row label="선물하기">
        {order.gift ? (
          <div className="flex flex-col gap-y-1">
            <span>
              선물 주문{order.gift.sender_name ? ` · 보내는 분 ${order.gift.sender_name}` : ""}
              {order.gift.hide_prices ? <Badge size="2xsmall" className="ml-2">가격 숨김</Badge> : null}
            </span>
            {order.gift.message ? <span className="whitespace-pre-line text-ui-fg-subtle">{order.gift.message}</span> : null}
          </div>
        ) : (
          "아니오"
        )}
      </Row>
      <Row label="증빙 요청">
        {order.purchase_evidence ? (
          <div className="flex flex-col gap-y-1">
            <span>
              <Badge size="2xsmall">{order.purchase_evidence.label}</Badge>{" "}
              {order.purchase_evidence.business_number ?? order.purchase_evidence.phone}
            </span>
            {order.purchase_evidence.kind === "tax_invoice" ? (
              <span className="text-ui-fg-subtle">
                {order.purchase_evidence.company_name} · 대표자 {order.purchase_evidence.representative} · {order.purchase_evidence.email}
              </span>
            ) : null}
          </div>
        ) : (
          "없음"
        )}
      </Row>
      <BankTransfer order={order} />
    </div>
  )
}

function BankTransfer({ order }: { order: OrderCheckoutDetails }) {
  const confirm = useConfirmTransfer(order.id)
  const transfer = order.payment.bank_transfer
  if (!transfer) return null
  const paid = order.payment.status === "captured"
  const canceled = order.payment.status === "canceled"
  const onConfirm = () => {
    if (!order.payment.id) return
    if (!window.confirm(`${formatWon(transfer.amount)} 입금을 확인했습니까? 결제가 완료 처리됩니다.`)) return
    confirm.mutate(order.payment.id, {
      onSuccess: () => toast.success("입금 확인으로 결제를 완료했습니다."),
      onError: (error) => toast.error(errorMessage(error)),
    })
  }
  return (
    <Row label="무통장입금">
      <div className="flex flex-col gap-y-1">
        <span>
          <Badge size="2xsmall" color={paid ? "green" : canceled ? "grey" : "orange"}>
            {paid ? "입금완료" : canceled ? "취소됨" : "입금대기"}
          </Badge>{" "}
          {formatWon(transfer.amount)}
        </span>
        <span className="text-ui-fg-subtle">
          {transfer.bank_name} {transfer.account_number} (예금주 {transfer.account_holder})
        </span>
        <span className="text-ui-fg-subtle">입금 기한 {formatSeoulDateTime(transfer.deadline)}</span>
        {!paid && !canceled ? (
          <div>
            <Button size="small" variant="primary" onClick={onConfirm} isLoading={confirm.isPending} disabled={!order.payment.id}>
              입금 확인
            </Button>
          </div>
        ) : null}
      </div>
    </Row>
  )
}

function PrintButtons({ orderId }: { orderId: string }) {
  const [busy, setBusy] = useState<"slip" | "certificate" | null>(null)
  const print = async (kind: "slip" | "certificate") => {
    setBusy(kind)
    try {
      printHtml(kind === "slip" ? packingSlipHtml(await fetchPackingSlip(orderId)) : purchaseCertificateHtml(await fetchPurchaseCertificate(orderId)))
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="flex gap-x-2">
      <Button size="small" variant="secondary" onClick={() => print("slip")} isLoading={busy === "slip"}>
        포장 명세서 인쇄
      </Button>
      <Button size="small" variant="secondary" onClick={() => print("certificate")} isLoading={busy === "certificate"}>
        구매확인서 인쇄
      </Button>
    </div>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] items-start gap-x-2">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="text-ui-fg-base txt-small">{children}</div>
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderCheckoutWidget
