import { MedusaService } from "@medusajs/framework/utils"
import { LineAttribution } from "./models/line-attribution"
import { summarizeByMaker, type MakerSalesSummary } from "./utils/summarize-by-maker"

export default class AttributionModuleService extends MedusaService({ LineAttribution }) {
  /** Sales per maker for orders placed in [gte, lt), canceled orders excluded. */
  async summarizeSalesByMaker(range: { gte: Date; lt: Date }, makerId?: string): Promise<MakerSalesSummary> {
    const rows = await this.listLineAttributions(
      {
        placed_at: { $gte: range.gte, $lt: range.lt },
        canceled_at: null,
        ...(makerId ? { maker_id: makerId } : {}),
      },
      { take: null }
    )
    return summarizeByMaker(rows)
  }
}
