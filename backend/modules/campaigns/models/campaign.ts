import { model } from "@medusajs/framework/utils"
import { CampaignItem } from "./campaign-item"

/**
 * 특판전: a time-boxed sale run by a center. While published it is mirrored by a Medusa price
 * list of type `sale` with the same window (`price_list_id`), so carts price it natively.
 * Whether it is 예정 / 진행 중 / 종료 is derived from the window (utils/campaign-phase.ts).
 */
export const Campaign = model
  .define("sale_campaign", {
    id: model.id({ prefix: "cmp" }).primaryKey(),
    title: model.text().searchable(),
    handle: model.text(),
    host_center: model.text(),
    /** 공동 주최·후원 (경상남도, (사)경남지역자활센터협회 …), in display order. */
    co_hosts: model.array().default([]),
    /** Staff-written rich text, stored sanitized. */
    description: model.text().default(""),
    banner_url: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum(["draft", "published"]).default("draft"),
    /** Who bears the discount in settlement; `split`: the maker bears `maker_share_percent`. */
    discount_bearer: model.enum(["maker", "center", "split"]).default("maker"),
    maker_share_percent: model.number().nullable(),
    price_list_id: model.text().nullable(),
    /**
     * 참여 신청 기간: while now is in [call_starts_at, call_ends_at) makers may propose their
     * products in 판매자센터. Both null: no call. The call ends no later than the campaign.
     */
    call_starts_at: model.dateTime().nullable(),
    call_ends_at: model.dateTime().nullable(),
    /** Staff's plain-text note to makers about the call (shown as text, never as HTML). */
    call_note: model.text().nullable(),
    items: model.hasMany(() => CampaignItem, { mappedBy: "campaign" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "starts_at", "ends_at"], where: "deleted_at IS NULL" },
  ])
