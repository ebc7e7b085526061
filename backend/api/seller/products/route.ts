import type { MedusaResponse } from "@medusajs/framework/http"
import { sanitizeRichText } from "../../../lib/security/safe-html"
import { createSellerProductWorkflow } from "../../../workflows/seller-products/workflows/create-seller-product"
import { findOwnProductOr404, sellerOf, sellerProducts } from "../scope"
import type { SellerRequest } from "../types"
import { SELLER_PRODUCT_FIELDS, SELLER_PRODUCT_LIST_FIELDS } from "./fields"
import type { SellerCreateProductType, SellerListProductsQueryType } from "./validators"

/** This maker's products, by status and title search. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { limit, offset, status, q } = req.validatedQuery as SellerListProductsQueryType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.title = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  const { products, count } = await sellerProducts(req, { fields: SELLER_PRODUCT_LIST_FIELDS, filters, skip: offset, take: limit })
  res.json({ products, count, limit, offset })
}

/** A new listing of this maker, `proposed` until staff approve it. */
export async function POST(req: SellerRequest<SellerCreateProductType>, res: MedusaResponse) {
  const { maker_id, member_id } = sellerOf(req)
  const body = req.validatedBody
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { maker_id, member_id, product: { ...body, description: body.description === undefined ? undefined : sanitizeRichText(body.description) } },
  })
  res.status(201).json({ product: await findOwnProductOr404(req, result.id, SELLER_PRODUCT_FIELDS) })
}
