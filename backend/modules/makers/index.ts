import { Module } from "@medusajs/framework/utils"
import MakersModuleService from "./service"

export const MAKERS_MODULE = "makers"

export default Module(MAKERS_MODULE, { service: MakersModuleService })
