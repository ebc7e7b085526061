import { Module } from "@medusajs/framework/utils"
import SellerAccountsModuleService from "./service"

export const SELLER_ACCOUNTS_MODULE = "seller_accounts"

export default Module(SELLER_ACCOUNTS_MODULE, { service: SellerAccountsModuleService })
