import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import InstitutionsModule from "../modules/institutions"

/** An institution's customer account, read through its `customer_id` (no link table). */
export default defineLink(
  { linkable: InstitutionsModule.linkable.institution, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
