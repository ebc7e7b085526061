import { MedusaService } from "@medusajs/framework/utils"
import { OrderAccessRevocation } from "./models/order-access-revocation"

export default class OrderAccessModuleService extends MedusaService({ OrderAccessRevocation }) {
  /** The last revocation of the order's tokens, or null when there was none. */
  async revokedAt(orderId: string): Promise<Date | null> {
    const [row] = await this.listOrderAccessRevocations({ order_id: orderId }, { select: ["revoked_at"], take: 1 })
    return row ? new Date(row.revoked_at) : null
  }
}
