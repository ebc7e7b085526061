import { model } from "@medusajs/framework/utils"
import { DEFAULT_SHIPPING_POLICY } from "../../../lib/shipping/per-maker-fee"
import { Center } from "./center"
import { Certification } from "./certification"
import { JointBrand } from "./joint-brand"

/**
 * 만든 곳: a 자활기업, 광역자활기업 or 자활근로사업단. The seller of record of its products;
 * every won sold is attributed to it.
 */
export const Maker = model
  .define("maker", {
    id: model.id({ prefix: "mkr" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    kind: model.enum(["self_sufficiency_enterprise", "regional_enterprise", "work_unit"]),
    legal_form: model.text().nullable(),
    region: model.text(),
    founded_on: model.text().nullable(), // YYYY-MM-DD, a calendar date with no time zone
    /** Seller-written rich text; stored sanitized (see utils/sanitize-story.ts). */
    story: model.text().default(""),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    address: model.text().nullable(),
    business_registration_number: model.text().nullable(),
    mail_order_number: model.text().nullable(),
    representative: model.text().nullable(),
    logo_url: model.text().nullable(),
    status: model.enum(["active", "suspended"]).default("active"),
    /** 업체별 배송: this maker's parcel fee in won (VAT included), per order. */
    shipping_base_fee: model.number().default(DEFAULT_SHIPPING_POLICY.base_fee),
    /** The fee is waived once this maker's item subtotal reaches it; null = never free. */
    free_shipping_threshold: model.number().default(DEFAULT_SHIPPING_POLICY.free_shipping_threshold).nullable(),
    /**
     * 판매수수료 in basis points (1,000 = 10%), set by staff; copied onto each order line when the
     * order is placed (settlement module), so changing it never rewrites history. 0 by default.
     */
    commission_rate_bp: model.number().default(0),
    /** 정산 주기: monthly by default, weekly as an option (docs/shipping-and-settlement.md). */
    settlement_cycle: model.enum(["monthly", "weekly"]).default("monthly"),
    /** 정산 계좌. Changed only through the payout-account routes, which log every change. */
    payout_bank: model.text().nullable(),
    payout_account_number: model.text().nullable(),
    payout_account_holder: model.text().nullable(),
    center: model.belongsTo(() => Center, { mappedBy: "makers" }),
    certifications: model.hasMany(() => Certification, { mappedBy: "maker" }),
    brands: model.manyToMany(() => JointBrand, { mappedBy: "members" }),
  })
  .cascades({ delete: ["certifications"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["region"], where: "deleted_at IS NULL" },
    { on: ["kind"], where: "deleted_at IS NULL" },
  ])
