import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { windowsOverlap } from "../../modules/campaigns/utils/campaign-phase"
import { planCampaignPrices } from "./plan-campaign-prices"
import { readCampaignProducts } from "./read-campaign-products"
import type { CampaignFields, CampaignItemInput, CampaignPriceRow } from "./types"

export type CheckedCampaign = { rows: CampaignPriceRow[]; maker_of: Record<string, string> }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * 참여 신청 기간: none (both null) or both set, running forwards, and over no later than the
 * campaign itself (a maker proposing after the sale has ended would be pointless; a call may
 * still run while the sale is live, since staff can accept into a published campaign).
 */
function checkCallWindow(fields: CampaignFields) {
  const start = fields.call_starts_at ?? null
  const end = fields.call_ends_at ?? null
  if (start === null && end === null) return
  if (start === null || end === null) throw invalid("참여 신청 기간은 시작과 마감을 함께 입력하거나 둘 다 비워 두세요")
  if (!(new Date(end).getTime() > new Date(start).getTime())) throw invalid("참여 신청 마감은 참여 신청 시작보다 뒤여야 합니다")
  if (new Date(end).getTime() > new Date(fields.ends_at).getTime()) throw invalid("참여 신청 마감은 특판전 종료 시각보다 늦을 수 없습니다")
}

/**
 * Everything that must hold before a campaign is written or priced, in Korean: the window runs
 * forwards, the handle is free, the split is a share, every item can be priced, and — when the
 * campaign is (to be) published — no accepted product is in another published campaign whose
 * window overlaps. Medusa would let the earliest-created price list win, not the cheapest, so we
 * refuse the overlap rather than let a customer see one price and pay another.
 * Returns the variant prices the price list will hold and each product's maker.
 */
export async function checkCampaign(
  container: MedusaContainer,
  input: { id?: string; fields: CampaignFields; items: CampaignItemInput[]; published: boolean }
): Promise<CheckedCampaign> {
  const { fields, items } = input
  if (!(new Date(fields.ends_at).getTime() > new Date(fields.starts_at).getTime())) throw invalid("종료 시각은 시작 시각보다 뒤여야 합니다")
  checkCallWindow(fields)
  if (fields.discount_bearer === "split") {
    const share = fields.maker_share_percent
    if (share === null || !Number.isInteger(share) || share < 1 || share > 99) {
      throw invalid("분담(split)일 때 만든 곳 부담 비율(maker_share_percent)은 1부터 99까지 정수로 입력하세요")
    }
  }
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const sameHandle = await campaigns.listSaleCampaigns({ handle: fields.handle }, { select: ["id"] })
  if (sameHandle.some((c) => c.id !== input.id)) throw invalid(`핸들 '${fields.handle}'은(는) 다른 특판전이 이미 쓰고 있습니다`)

  const products = await readCampaignProducts(container, items.map((i) => i.product_id))
  const { rows, errors } = planCampaignPrices(items, products)
  if (errors.length) throw invalid(errors.slice(0, 5).join(" / ") + (errors.length > 5 ? ` 외 ${errors.length - 5}건` : ""))

  if (input.published && rows.length) {
    const productIds = [...new Set(rows.map((r) => r.product_id))]
    const others = await campaigns.listSaleCampaignItems(
      { product_id: productIds, state: "accepted", campaign: { status: "published" } },
      { relations: ["campaign"], take: null }
    )
    for (const other of others) {
      if (other.campaign.id === input.id || !windowsOverlap(other.campaign, fields)) continue
      const title = products.get(other.product_id)?.title ?? other.product_id
      throw invalid(`상품 '${title}'은(는) 기간이 겹치는 다른 특판전 '${other.campaign.title}'에 이미 들어 있습니다. 한 상품은 같은 시간에 한 특판전에만 넣을 수 있습니다`)
    }
  }
  const maker_of = Object.fromEntries([...products.values()].flatMap((p) => (p.maker ? [[p.id, p.maker.id]] : [])))
  return { rows, maker_of }
}
