import { MedusaService } from "@medusajs/framework/utils"
import { Institution } from "./models/institution"
import { PurchaseEvidence } from "./models/purchase-evidence"

export default class InstitutionsModuleService extends MedusaService({ Institution, PurchaseEvidence }) {}
