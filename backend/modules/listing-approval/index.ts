import { Module } from "@medusajs/framework/utils"
import ListingApprovalModuleService from "./service"

export const LISTING_APPROVAL_MODULE = "listing_approval"

export default Module(LISTING_APPROVAL_MODULE, { service: ListingApprovalModuleService })
