import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateParams } from "../../../../utils/validate-params"
import { StoreCartMakerGroupsParams } from "./validators"

export const storeCartMakerGroupsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/carts/:id/maker-groups", middlewares: [validateParams(StoreCartMakerGroupsParams)] },
]
