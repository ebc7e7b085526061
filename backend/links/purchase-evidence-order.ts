import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import InstitutionsModule from "../modules/institutions"

/** The order a 증빙 요청 became part of, read through its `order_id` (no link table). */
export default defineLink(
  { linkable: InstitutionsModule.linkable.purchaseEvidence, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
