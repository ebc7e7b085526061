import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seoulMonth } from "../../../lib/dates/seoul-range"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { SELLER_PRODUCT_STATUSES } from "../products/validators"
import { sellerOf, sellerProductIds } from "../scope"
import type { SellerRequest } from "../types"
import { lowStockOf, type StockProduct } from "./low-stock"

/**
 * 판매자센터 home: products per status, open approval requests, variants running out (on sale
 * or waiting for approval) and this Seoul calendar month's sales from the order-time
 * attribution snapshots (canceled orders excluded), all of the guard's maker only.
 */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { maker_id } = sellerOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await sellerProductIds(req)
  const { data } = ids.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id", "title", "status", "variants.id", "variants.title", "variants.manage_inventory",
          "variants.inventory_items.required_quantity", "variants.inventory_items.inventory.location_levels.stocked_quantity",
        ],
        filters: { id: ids },
      })
    : { data: [] }
  const products = data as unknown as StockProduct[]
  const counts = Object.fromEntries(SELLER_PRODUCT_STATUSES.map((s) => [s, products.filter((p) => p.status === s).length]))
  const { data: pending } = await query.graph({ entity: "listing_revision", fields: ["id"], filters: { maker_id, status: "pending" } })

  const month = seoulMonth(new Date())
  const attribution: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const { makers } = await attribution.summarizeSalesByMaker(month, maker_id)
  const sales = makers.find((m) => m.maker_id === maker_id)
  // a canceled order keeps its rows (netted by adjustments): count only orders still standing
  const { data: standing } = await query.graph({
    entity: "line_attribution",
    fields: ["order_id"],
    filters: { maker_id, canceled_at: null, placed_at: { $gte: month.gte, $lt: month.lt } },
  })
  const standingOrders = new Set(standing.map((r) => r.order_id as string)).size

  res.json({
    products: counts,
    pending_revisions: pending.length,
    low_stock: lowStockOf(products),
    sales_this_month: { amount: sales?.net_amount ?? 0, orders: sales ? standingOrders : 0, units: sales ? Math.max(0, sales.units - sales.refunded_units) : 0, month: month.month },
  })
}
