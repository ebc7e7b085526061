import { MedusaService } from "@medusajs/framework/utils"
import { Parcel } from "./models/parcel"
import { ParcelItem } from "./models/parcel-item"

export default class ShipmentsModuleService extends MedusaService({ Parcel, ParcelItem }) {}
