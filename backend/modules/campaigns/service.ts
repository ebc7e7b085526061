import { MedusaService } from "@medusajs/framework/utils"
import { Campaign } from "./models/campaign"
import { CampaignItem } from "./models/campaign-item"
import { CampaignSale } from "./models/campaign-sale"

/** CRUD for 특판전 campaigns, their items and the sales made at their prices; rules live in the workflows. */
export default class CampaignsModuleService extends MedusaService({ SaleCampaign: Campaign, SaleCampaignItem: CampaignItem, CampaignSale }) {}
