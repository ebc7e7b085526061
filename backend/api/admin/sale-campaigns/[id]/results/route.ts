import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignResults, resultsCsv } from "../../../../../workflows/campaigns/campaign-results"
import { loadCampaign } from "../../load"

/** Sales at the campaign's prices, per maker and per product, with totals; `?format=csv` for a spreadsheet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const campaign = await loadCampaign(req)
  const results = await campaignResults(req.scope, campaign.id)
  if ((req.validatedQuery as { format?: string }).format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="campaign-${campaign.handle}-results.csv"`)
    res.send(resultsCsv(results))
    return
  }
  res.json({ campaign: { id: campaign.id, title: campaign.title, handle: campaign.handle }, ...results })
}
