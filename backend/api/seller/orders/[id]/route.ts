import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../types"
import { ownOrderView } from "../own-order"

/** One own order: this maker's lines, the recipient, the delivery note, the gift card, the parcel. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ order: await ownOrderView(req) })
}
