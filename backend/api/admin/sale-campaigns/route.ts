import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignView } from "../../../modules/campaigns/utils/campaign-view"
import { createCampaignWorkflow } from "../../../workflows/campaigns/workflows/create-campaign"
import type { CampaignFields } from "../../../workflows/campaigns/types"
import { campaignDetail, campaignsOf } from "./load"
import { normalizeCampaignFields } from "./normalize"
import type { AdminCreateCampaignType, AdminListCampaignsQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCampaignsQueryType>, res: MedusaResponse) {
  const { limit, offset, q, status } = req.validatedQuery as AdminListCampaignsQueryType
  const filters: Record<string, unknown> = {}
  if (q) filters.title = { $ilike: `%${q}%` }
  if (status) filters.status = status
  const [campaigns, count] = await campaignsOf(req).listAndCountSaleCampaigns(filters, { skip: offset, take: limit, order: { starts_at: "DESC" } })
  res.json({ campaigns: campaigns.map((c) => campaignView(c)), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) {
  const body = req.validatedBody
  const fields = {
    co_hosts: [],
    description: "",
    banner_url: null,
    discount_bearer: "maker",
    maker_share_percent: null,
    ...normalizeCampaignFields(body),
  } as CampaignFields
  const { result } = await createCampaignWorkflow(req.scope).run({ input: { fields, items: body.items ?? [] } })
  res.status(201).json({ campaign: await campaignDetail(req, result.id) })
}
