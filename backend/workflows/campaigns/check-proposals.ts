import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_ERRORS } from "../../lib/seller/seller-errors"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { callOpen } from "../../modules/campaigns/utils/campaign-phase"
import { planCampaignPrices } from "./plan-campaign-prices"
import { readCampaignProducts } from "./read-campaign-products"
import type { CampaignItemInput } from "./types"

export type ProposalInput = Omit<CampaignItemInput, "state" | "id" | "decline_reason">

/** What a proposal writes: new items, and declined items of the same products proposed again. */
export type ProposalPlan = {
  create: (ProposalInput & { maker_id: string })[]
  reopen: (ProposalInput & { id: string })[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Everything a maker's proposal must satisfy, checked on the server's data only: the campaign's
 * call is open at `now`, every product is the maker's own (an unknown or another maker's product
 * gets the same 404, so the answer does not tell which exists) and on sale, the discount is one
 * staff could set (same whole-won rules: planCampaignPrices checked as if accepted), and the
 * product is not already in the campaign (a declined product may be proposed again).
 */
export async function checkProposals(
  container: MedusaContainer,
  input: { campaign_id: string; maker_id: string; items: ProposalInput[]; now: string }
): Promise<ProposalPlan> {
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const [campaign] = await campaigns.listSaleCampaigns({ id: input.campaign_id }, { relations: ["items"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `특판전을 찾을 수 없습니다: ${input.campaign_id}`)
  if (!callOpen(campaign, new Date(input.now))) throw invalid("지금은 이 특판전의 참여 신청 기간이 아닙니다")
  if (!input.items.length) throw invalid("신청할 상품을 하나 이상 고르세요")

  const products = await readCampaignProducts(container, input.items.map((i) => i.product_id))
  for (const item of input.items) {
    if (products.get(item.product_id)?.maker?.id !== input.maker_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.productNotFound)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status"], filters: { id: input.items.map((i) => i.product_id) } })
  for (const p of data as { id: string; title: string; status: string }[]) {
    if (p.status !== "published") throw invalid(`판매 중인 상품만 신청할 수 있습니다: '${p.title}'`)
  }
  const { errors } = planCampaignPrices(input.items.map((i) => ({ ...i, state: "accepted" as const })), products)
  if (errors.length) throw invalid(errors.slice(0, 5).join(" / ") + (errors.length > 5 ? ` 외 ${errors.length - 5}건` : ""))

  const existing = new Map((campaign.items ?? []).map((i) => [i.product_id, i]))
  const plan: ProposalPlan = { create: [], reopen: [] }
  for (const item of input.items) {
    const there = existing.get(item.product_id)
    const title = products.get(item.product_id)!.title
    if (there && there.state !== "declined") {
      throw invalid(there.state === "proposed" ? `'${title}'은(는) 이미 신청해 심사를 기다리고 있습니다` : `'${title}'은(는) 이미 이 특판전에 들어 있습니다`)
    }
    if (there) plan.reopen.push({ ...item, id: there.id })
    else plan.create.push({ ...item, maker_id: input.maker_id })
  }
  return plan
}
