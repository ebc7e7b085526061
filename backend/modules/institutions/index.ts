import { Module } from "@medusajs/framework/utils"
import InstitutionsModuleService from "./service"

export const INSTITUTIONS_MODULE = "institutions"

export default Module(INSTITUTIONS_MODULE, { service: InstitutionsModuleService })
