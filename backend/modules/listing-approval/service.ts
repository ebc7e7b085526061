import { MedusaService } from "@medusajs/framework/utils"
import { ListingRevision } from "./models/listing-revision"

/** CRUD for listing revisions; approving and rejecting are workflows. */
export default class ListingApprovalModuleService extends MedusaService({ ListingRevision }) {}
