import { Module } from "@medusajs/framework/utils"
import ShipmentsModuleService from "./service"

export const SHIPMENTS_MODULE = "shipments"

export default Module(SHIPMENTS_MODULE, { service: ShipmentsModuleService })
