import { model } from "@medusajs/framework/utils"

/**
 * 공공기관 구매: a customer account that staff marked as an institution (기관). Its checkout may
 * ask for 세금계산서/현금영수증 and it can download its 구매 실적 report. One row per customer;
 * the customer id is a plain column read through a read-only link (links/institution-customer.ts).
 */
export const Institution = model
  .define("institution", {
    id: model.id({ prefix: "inst" }).primaryKey(),
    customer_id: model.text(),
    /** 기관명 */
    name: model.text(),
    /** 사업자등록번호, normalized to 000-00-00000 and checked with its check digit. */
    business_number: model.text(),
    /** 담당자 */
    contact_name: model.text(),
    contact_phone: model.text().nullable(),
    contact_email: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
