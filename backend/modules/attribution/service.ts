import { MedusaService } from "@medusajs/framework/utils"
import { AttributionAdjustment } from "./models/attribution-adjustment"
import { LineAttribution } from "./models/line-attribution"
import { summarizeByMaker, type MakerSalesSummary } from "./utils/summarize-by-maker"

export default class AttributionModuleService extends MedusaService({ LineAttribution, AttributionAdjustment }) {
  /**
   * Sales per maker for orders placed in [gte, lt), net of every cancel, return and refund of
   * those orders (whenever it happened; settlement reads adjustments by occurred_at instead).
   */
  async summarizeSalesByMaker(range: { gte: Date; lt: Date }, makerId?: string): Promise<MakerSalesSummary> {
    const rows = await this.listLineAttributions(
      { placed_at: { $gte: range.gte, $lt: range.lt }, ...(makerId ? { maker_id: makerId } : {}) },
      { take: null }
    )
    const orderIds = [...new Set(rows.map((r) => r.order_id))]
    const adjustments = orderIds.length
      ? await this.listAttributionAdjustments({ order_id: orderIds, ...(makerId ? { maker_id: makerId } : {}) }, { take: null })
      : []
    return summarizeByMaker(rows, adjustments)
  }
}
