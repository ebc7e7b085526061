import { MedusaService } from "@medusajs/framework/utils"
import { LineAttribution } from "./models/line-attribution"

export default class AttributionModuleService extends MedusaService({ LineAttribution }) {}
