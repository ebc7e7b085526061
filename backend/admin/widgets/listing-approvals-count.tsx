import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useListingApprovalCount } from "../hooks/listing-approvals"

/**
 * The pending count where staff start their day. Medusa's sidebar entry (defineRouteConfig)
 * takes only a fixed label and icon — a badge is an open feature request (medusajs/medusa
 * discussion #14867) — so the count lives in this banner above the order list (the admin's
 * home) and the product list, and on the 승인 대기 page's 대기 tab. Hidden when nothing waits.
 */
const ListingApprovalsCountWidget = () => {
  const { data } = useListingApprovalCount()
  if (!data?.count) return null
  return (
    <Container className="flex items-center justify-between px-6 py-3" role="status" aria-label="승인 대기 상품">
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color="orange">{data.count}</Badge>
        <Text size="small">판매자센터에서 올린 상품 요청 {data.count}건이 승인을 기다립니다.</Text>
      </div>
      <Link to="/listing-approvals" className="text-ui-fg-interactive txt-small-plus hover:underline">
        승인 대기 보기 →
      </Link>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: ["order.list.before", "product.list.before"],
})

export default ListingApprovalsCountWidget
