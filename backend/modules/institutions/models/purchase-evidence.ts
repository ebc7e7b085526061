import { model } from "@medusajs/framework/utils"

/**
 * 증빙 요청: what an institution asked for at checkout — 세금계산서 (business number, 상호, 대표자,
 * email) or 현금영수증 (지출증빙: a business number or a mobile number). Written for the cart
 * by the store route (never from cart metadata) and given the order id when the cart completes
 * (workflows/hooks/complete-cart-attribution.ts), so one row follows the purchase from cart to order.
 */
export const PurchaseEvidence = model
  .define("purchase_evidence", {
    id: model.id({ prefix: "pev" }).primaryKey(),
    cart_id: model.text(),
    /** Set when the cart becomes an order. */
    order_id: model.text().nullable(),
    customer_id: model.text(),
    kind: model.enum(["tax_invoice", "cash_receipt"]),
    /** 세금계산서: 공급받는자 사업자등록번호; 현금영수증: 지출증빙 사업자번호 (or null with a phone). */
    business_number: model.text().nullable(),
    /** 세금계산서: 상호 */
    company_name: model.text().nullable(),
    /** 세금계산서: 대표자 */
    representative: model.text().nullable(),
    /** 세금계산서: where the invoice is mailed */
    email: model.text().nullable(),
    /** 현금영수증: 휴대폰 번호 (instead of a business number) */
    phone: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])
