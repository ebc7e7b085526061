import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MakerShippingProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [MakerShippingProviderService] })
