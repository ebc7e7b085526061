import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { orderDetailsMetadata } from "../../../../../lib/orders/order-metadata"
import type { StoreSetOrderDetailsType } from "../../validators"

/**
 * Stores 주문자, 배송 요청사항 and 선물하기 on the cart (metadata, merged with what is there);
 * Medusa copies cart.metadata onto the order when the cart completes.
 */
export async function POST(req: MedusaRequest<StoreSetOrderDetailsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata", "completed_at"], filters: { id: req.params.id } })
  const cart = data[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니를 찾을 수 없습니다.")
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 주문이 끝난 장바구니입니다.")

  const metadata = { ...(cart.metadata ?? {}), ...orderDetailsMetadata(req.validatedBody) }
  await updateCartWorkflow(req.scope).run({ input: { id: cart.id, metadata } })
  res.json({ cart: await refetchCart(cart.id, req.scope, defaultStoreCartFields) })
}
