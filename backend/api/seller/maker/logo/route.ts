import type { MedusaResponse } from "@medusajs/framework/http"
import { LOGO_WIDTH } from "../../../../lib/images/prepare-image"
import { setMakerLogoWorkflow } from "../../../../workflows/makers/workflows/set-maker-logo"
import { uploadedImage } from "../../../utils/image-upload"
import { sellerMaker, sellerOf } from "../../scope"
import type { SellerRequest } from "../../types"

/** A new logo for the own maker (multipart `file`): checked by its bytes, resized to 400 px, stored, set as logo_url. */
export async function POST(req: SellerRequest, res: MedusaResponse) {
  const { maker_id } = sellerOf(req)
  const prepared = await uploadedImage(req, LOGO_WIDTH)
  await setMakerLogoWorkflow(req.scope).run({
    input: { maker_id, file: { filename: `logo-${maker_id}.${prepared.extension}`, mimeType: prepared.mimeType, content: prepared.buffer.toString("base64") } },
  })
  res.json({ maker: await sellerMaker(req) })
}
