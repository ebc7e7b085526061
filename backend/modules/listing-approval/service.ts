import { MedusaService } from "@medusajs/framework/utils"
import { ListingChangeLog } from "./models/listing-change-log"
import { ListingRevision } from "./models/listing-revision"

/** CRUD for listing revisions and the price/stock change log; approving and rejecting are workflows. */
export default class ListingApprovalModuleService extends MedusaService({ ListingRevision, ListingChangeLog }) {}
