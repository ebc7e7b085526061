import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCampaignsMiddlewares } from "./admin/sale-campaigns/middlewares"
import { adminGiftSetsMiddlewares } from "./admin/gift-sets/middlewares"
import { adminListingApprovalsMiddlewares } from "./admin/listing-approvals/middlewares"
import { adminMakersMiddlewares } from "./admin/makers/middlewares"
import { adminOrdersMiddlewares } from "./admin/orders/middlewares"
import { adminProductsMiddlewares } from "./admin/products/middlewares"
import { adminSettlementsMiddlewares } from "./admin/settlements/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { sellerOrdersMiddlewares } from "./seller/orders/middlewares"
import { sellerSettlementsMiddlewares } from "./seller/settlements/middlewares"
import { stripeWebhookMiddlewares } from "./hooks/payment/middlewares"
import { storeCampaignsMiddlewares } from "./store/campaigns/middlewares"
import { storeCartCardPaymentMiddlewares } from "./store/carts/[id]/card-payment/middlewares"
import { storeCartMakerGroupsMiddlewares } from "./store/carts/[id]/maker-groups/middlewares"
import { storeCartOrderAccessMiddlewares } from "./store/carts/[id]/order-access/middlewares"
import { storeCheckoutMiddlewares } from "./store/carts/middlewares"
import { storeMakersMiddlewares } from "./store/makers/middlewares"
import { storeOrderAccessMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeReservedMetadataMiddlewares } from "./store/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { koreanErrorHandler } from "./utils/korean-error-handler"
import { inputGuardMiddlewares } from "./utils/reject-unstorable-text"

export default defineMiddlewares({
  errorHandler: koreanErrorHandler,
  routes: [...inputGuardMiddlewares, ...sellerMiddlewares, ...sellerOrdersMiddlewares, ...sellerSettlementsMiddlewares, ...storeReservedMetadataMiddlewares, ...storeMakersMiddlewares, ...storeProductsMiddlewares, ...storeSearchMiddlewares, ...adminMakersMiddlewares, ...adminProductsMiddlewares, ...adminOrdersMiddlewares, ...adminListingApprovalsMiddlewares, ...adminGiftSetsMiddlewares, ...adminSettlementsMiddlewares, ...adminCampaignsMiddlewares, ...storeCampaignsMiddlewares, ...stripeWebhookMiddlewares, ...storeCartMakerGroupsMiddlewares, ...storeCartOrderAccessMiddlewares, ...storeCartCardPaymentMiddlewares, ...storeCheckoutMiddlewares, ...storeOrderAccessMiddlewares],
})
