import type { MedusaResponse } from "@medusajs/framework/http"
import { updateMakerWorkflow } from "../../../workflows/makers/workflows/update-maker"
import { sellerMaker, sellerOf } from "../scope"
import type { SellerRequest } from "../types"
import type { SellerUpdateMakerType } from "./validators"

/** The seller's own maker: profile, shipping terms and the (read-only) legal identity. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ maker: await sellerMaker(req) })
}

/**
 * Edits contact, story and shipping terms through the same workflow staff use (the story is
 * sanitized there; the makers module's update event reindexes search). Legal fields never
 * reach this handler (validators.ts).
 */
export async function POST(req: SellerRequest<SellerUpdateMakerType>, res: MedusaResponse) {
  const { maker_id } = sellerOf(req)
  if (Object.keys(req.validatedBody).length) {
    await updateMakerWorkflow(req.scope).run({ input: { id: maker_id, data: req.validatedBody } })
  }
  res.json({ maker: await sellerMaker(req) })
}
