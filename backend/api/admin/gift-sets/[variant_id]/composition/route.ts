import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { describeCompositions } from "../../../../../workflows/gift-sets/describe-composition"
import { setKitCompositionWorkflow } from "../../../../../workflows/gift-sets/workflows/set-kit-composition"
import type { AdminSetKitCompositionType } from "../../validators"

/** How many sets the components' available stock allows, over all stock locations. */
async function availableSets(req: AuthenticatedMedusaRequest, variantId: string): Promise<number | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = req.scope.resolve(Modules.INVENTORY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantId },
  })
  const items = (data[0]?.inventory_items ?? []) as { inventory_item_id: string; required_quantity: number }[]
  if (!items.length) return null
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"] })
  const locationIds = locations.map((l) => l.id as string)
  let sets = Infinity
  for (const item of items) {
    const available = Number(await inventory.retrieveAvailableQuantity(item.inventory_item_id, locationIds))
    sets = Math.min(sets, Math.floor(Math.max(available, 0) / item.required_quantity))
  }
  return sets
}

async function describe(req: AuthenticatedMedusaRequest, variantId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [view] = await describeCompositions(query, { id: variantId })
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품 옵션을 찾을 수 없습니다: ${variantId}`)
  return { composition: { ...view, available_sets: await availableSets(req, variantId) } }
}

/** GET /admin/gift-sets/:variant_id/composition — components, availability, maker split preview. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await describe(req, req.params.variant_id))
}

/** POST /admin/gift-sets/:variant_id/composition — replace the set's components. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetKitCompositionType>, res: MedusaResponse) {
  await setKitCompositionWorkflow(req.scope).run({
    input: { variant_id: req.params.variant_id, components: req.validatedBody.components },
  })
  res.json(await describe(req, req.params.variant_id))
}
