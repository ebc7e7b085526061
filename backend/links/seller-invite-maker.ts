import { defineLink } from "@medusajs/framework/utils"
import MakersModule from "../modules/makers"
import SellerAccountsModule from "../modules/seller-accounts"

/** An invite is to one maker (read-only over `seller_invite.maker_id`, like the member's link). */
export default defineLink(
  { linkable: SellerAccountsModule.linkable.sellerInvite, field: "maker_id" },
  MakersModule.linkable.maker,
  { readOnly: true }
)
