import type { MedusaResponse } from "@medusajs/framework/http"
import { sanitizeRichText } from "../../../../lib/security/safe-html"
import { requestListingEditWorkflow } from "../../../../workflows/listing-approval/workflows/request-listing-edit"
import { updateSellerProductWorkflow } from "../../../../workflows/seller-products/workflows/update-seller-product"
import { findOwnProductOr404, sellerOf, sellerRevisionsOf } from "../../scope"
import type { SellerRequest } from "../../types"
import { SELLER_PRODUCT_FIELDS } from "../fields"
import type { SellerUpdateProductType } from "../validators"

const detail = async (req: SellerRequest, id: string) => ({
  product: await findOwnProductOr404(req, id, SELLER_PRODUCT_FIELDS),
  revisions: await sellerRevisionsOf(req, id),
})

/** An own product with its approval requests (a rejection's reason included). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json(await detail(req, req.params.id))
}

/**
 * Edits an own product. Not on sale yet: applied at once. Published: the change waits as a
 * revision for staff (202) and the store keeps showing the live content.
 */
export async function POST(req: SellerRequest<SellerUpdateProductType>, res: MedusaResponse) {
  const seller = sellerOf(req)
  const product = await findOwnProductOr404(req, req.params.id, ["id", "status", "title", "subtitle", "description", "categories.id"])
  const body = req.validatedBody
  const update = { ...body, ...(body.description === undefined ? {} : { description: sanitizeRichText(body.description) }) }
  if (product.status === "published") {
    const categories = (product.categories ?? []) as { id: string }[]
    await requestListingEditWorkflow(req.scope).run({
      input: {
        product_id: req.params.id,
        maker_id: seller.maker_id,
        member_id: seller.member_id,
        changes: update,
        previous: {
          title: product.title as string,
          subtitle: (product.subtitle as string | null) ?? undefined,
          description: (product.description as string | null) ?? undefined,
          category_id: categories[0]?.id,
        },
      },
    })
    return res.status(202).json(await detail(req, req.params.id))
  }
  await updateSellerProductWorkflow(req.scope).run({ input: { product_id: req.params.id, update } })
  res.json(await detail(req, req.params.id))
}

/** Archives an own product: status `draft`, out of the store, kept for its orders and history. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await findOwnProductOr404(req, req.params.id)
  await updateSellerProductWorkflow(req.scope).run({ input: { product_id: req.params.id, update: { status: "draft" } } })
  res.json({ id: req.params.id, object: "product", archived: true })
}
