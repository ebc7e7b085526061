/** Korean messages about parcels, shared by routes, workflows and tests. */
export const PARCEL_ERRORS = {
  orderNotFound: "주문을 찾을 수 없습니다.",
  parcelNotFound: "배송 정보를 찾을 수 없습니다.",
  unpaid: "결제(입금)가 확인되지 않은 주문은 발송할 수 없습니다.",
  orderCanceled: "취소된 주문은 발송할 수 없습니다.",
  alreadyShipped: "이미 발송 처리한 주문입니다.",
  parcelCanceled: "취소된 배송은 발송할 수 없습니다.",
  notShipped: "발송된 뒤에만 구매확정할 수 있습니다.",
  paidOnly: "결제(입금)가 확인된 주문만 판매자센터에서 볼 수 있습니다.",
  alreadyConfirmed: "이미 구매확정된 주문입니다.",
} as const
