import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateKitCompositionStepId = "validate-kit-composition"

export type KitCompositionInput = { variant_id: string; components: { variant_id: string; quantity: number }[] }
export type ResolvedComponent = { inventory_item_id: string; required_quantity: number }

type VariantRow = { id: string; manage_inventory: boolean; inventory_items?: { inventory_item_id: string; required_quantity: number }[] }

/**
 * A set's components must be other, plain variants (one inventory item each, not kits
 * themselves), each named once with a positive quantity. Returns their inventory items.
 */
export const validateKitCompositionStep = createStep(
  validateKitCompositionStepId,
  async (input: KitCompositionInput, { container }) => {
    const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
    const ids = input.components.map((c) => c.variant_id)
    if (!ids.length) throw invalid("구성품을 하나 이상 지정하세요.")
    if (new Set(ids).size !== ids.length) throw invalid("같은 구성품이 두 번 들어 있습니다. 수량을 합쳐 주세요.")
    if (ids.includes(input.variant_id)) throw invalid("세트는 자기 자신을 구성품으로 가질 수 없습니다.")

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: [input.variant_id, ...ids] },
    })
    const byId = new Map((data as unknown as VariantRow[]).map((v) => [v.id, v]))
    if (!byId.has(input.variant_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품 옵션을 찾을 수 없습니다: ${input.variant_id}`)
    }
    const resolved: ResolvedComponent[] = input.components.map((c) => {
      const v = byId.get(c.variant_id)
      if (!v) throw invalid(`알 수 없는 구성품입니다: ${c.variant_id}`)
      const items = v.inventory_items ?? []
      if (!v.manage_inventory || items.length !== 1 || items[0].required_quantity !== 1) {
        throw invalid(`구성품 ${c.variant_id}은(는) 재고를 직접 가진 단품이어야 합니다(세트나 묶음은 구성품이 될 수 없습니다).`)
      }
      return { inventory_item_id: items[0].inventory_item_id, required_quantity: c.quantity }
    })
    return new StepResponse(resolved)
  }
)
