import { defineLink } from "@medusajs/framework/utils"
import MakersModule from "../modules/makers"
import SellerAccountsModule from "../modules/seller-accounts"

/**
 * A seller member belongs to one maker. Read-only over `seller_member.maker_id` (no pivot
 * table): the scope column is the member's own, so every seller query filters on it directly.
 */
export default defineLink(
  { linkable: SellerAccountsModule.linkable.sellerMember, field: "maker_id" },
  MakersModule.linkable.maker,
  { readOnly: true }
)
