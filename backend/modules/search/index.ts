import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

// Not "search": that key belongs to a legacy Medusa module type.
export const SEARCH_MODULE = "productSearch"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
