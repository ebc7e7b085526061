import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { SELLER_PASSWORD_RESET_TEMPLATE, sellerResetLink } from "../../../lib/seller/seller-mail"

export const buildSellerPasswordResetNotificationStepId = "build-seller-password-reset-notification"

/**
 * The reset mail for a 판매자센터 member; an email that is no member gets none (Medusa's
 * reset route answers 201 either way, so nobody learns which emails are sellers).
 */
export const buildSellerPasswordResetNotificationStep = createStep(
  buildSellerPasswordResetNotificationStepId,
  async (input: { email: string; token: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "seller_member", fields: ["id", "email", "name"], filters: { email: input.email } })
    const member = data[0] as { id: string; email: string; name: string } | undefined
    const notifications: SendNotificationsStepInput = member
      ? [
          {
            to: member.email,
            channel: "email",
            template: SELLER_PASSWORD_RESET_TEMPLATE,
            data: {
              subject: "[자활장터 판매자센터] 비밀번호 재설정",
              name: member.name,
              link: sellerResetLink(input.token, member.email),
            },
            trigger_type: SELLER_PASSWORD_RESET_TEMPLATE,
            resource_id: member.id,
            resource_type: "seller_member",
          },
        ]
      : []
    return new StepResponse(notifications)
  }
)
