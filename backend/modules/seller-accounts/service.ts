import { MedusaService } from "@medusajs/framework/utils"
import { SellerInvite } from "./models/seller-invite"
import { SellerMember } from "./models/seller-member"

/** CRUD for seller members and invites; the rules (roles, expiry, scope) live in the workflows. */
export default class SellerAccountsModuleService extends MedusaService({ SellerMember, SellerInvite }) {}
