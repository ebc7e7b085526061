import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductMakerWorkflow } from "../../../../../workflows/makers/workflows/set-product-maker"
import type { AdminSetProductMakerType } from "./validators"

async function fetchLinks(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "maker.id", "maker.name", "maker.handle", "joint_brand.id", "joint_brand.name", "joint_brand.handle"],
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품을 찾을 수 없습니다: ${id}`)
  const product = data[0] as unknown as { maker?: unknown; joint_brand?: unknown }
  return { maker: product.maker ?? null, joint_brand: product.joint_brand ?? null }
}

/** GET /admin/products/:id/maker — the product's maker and joint brand. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await fetchLinks(req, req.params.id))
}

/** POST /admin/products/:id/maker — set the maker (and optionally the joint brand). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductMakerType>, res: MedusaResponse) {
  await fetchLinks(req, req.params.id)
  await setProductMakerWorkflow(req.scope).run({ input: { product_id: req.params.id, ...req.validatedBody } })
  res.json(await fetchLinks(req, req.params.id))
}
