import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_BRAND_FIELDS, STORE_MAKER_CARD_FIELDS, STORE_PRODUCT_SUMMARY_FIELDS } from "../../makers/fields"

/** GET /store/brands/:handle — a joint brand with its member makers and its products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "joint_brand",
    fields: [
      ...STORE_BRAND_FIELDS,
      "members.status",
      ...STORE_MAKER_CARD_FIELDS.filter((f) => !f.startsWith("center") && !f.startsWith("certifications")).map((f) => `members.${f}`),
      ...STORE_PRODUCT_SUMMARY_FIELDS.map((f) => `products.${f}`),
    ],
    filters: { handle: req.params.handle },
  })
  const brand = data[0] as (Record<string, unknown> & { members?: { status: string }[]; products?: { status: string }[] }) | undefined
  if (!brand) throw new MedusaError(MedusaError.Types.NOT_FOUND, `공동브랜드를 찾을 수 없습니다: ${req.params.handle}`)
  const { members = [], products = [], ...rest } = brand
  res.json({
    brand: rest,
    members: members.filter((m) => m?.status === "active"),
    products: products.filter((p) => p?.status === "published"),
  })
}
