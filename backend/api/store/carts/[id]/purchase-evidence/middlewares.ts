import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { institutionCartOnly } from "../../../../utils/institution-access"
import { rejectAnyBody } from "../../../../utils/no-body"
import { validateKoreanBody } from "../../../../utils/validate-korean-body"
import { StoreSetPurchaseEvidence } from "./validators"

// Medusa's authenticate answers a guest itself, in English; allowing the guest through lets
// institutionCartOnly answer the Korean 401 (as own-order-only does for orders).
const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeCartPurchaseEvidenceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/carts/:id/purchase-evidence", middlewares: [customer, institutionCartOnly] },
  { method: ["POST"], matcher: "/store/carts/:id/purchase-evidence", middlewares: [customer, institutionCartOnly, validateKoreanBody(StoreSetPurchaseEvidence)] },
  { method: ["DELETE"], matcher: "/store/carts/:id/purchase-evidence", middlewares: [customer, institutionCartOnly, rejectAnyBody] },
]
