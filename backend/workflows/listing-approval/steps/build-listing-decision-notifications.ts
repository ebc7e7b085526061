import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { storefrontBaseUrl } from "../../../lib/seller/seller-mail"

export const buildListingDecisionNotificationsStepId = "build-listing-decision-notifications"
export const LISTING_DECISION_TEMPLATE = "seller-listing-decision"

/** The decision mail to every member of the maker (the seller sees a rejection's reason). Reads only. */
export const buildListingDecisionNotificationsStep = createStep(
  buildListingDecisionNotificationsStepId,
  async (input: { revision_id: string; maker_id: string; product_id: string; status: "approved" | "rejected"; reason?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: members } = await query.graph({ entity: "seller_member", fields: ["id", "email"], filters: { maker_id: input.maker_id } })
    const { data: products } = await query.graph({ entity: "product", fields: ["title"], filters: { id: input.product_id } })
    const title = (products[0]?.title as string | undefined) ?? ""
    const notifications: SendNotificationsStepInput = members.map((m) => ({
      to: m.email as string,
      channel: "email",
      template: LISTING_DECISION_TEMPLATE,
      data: {
        subject: `[자활장터 판매자센터] ${title} ${input.status === "approved" ? "승인" : "반려"}`,
        product_title: title,
        status: input.status,
        reason: input.reason ?? null,
        link: `${storefrontBaseUrl()}/seller/products/${input.product_id}`,
      },
      trigger_type: LISTING_DECISION_TEMPLATE,
      resource_id: input.revision_id,
      resource_type: "listing_revision",
      idempotency_key: `${LISTING_DECISION_TEMPLATE}:${input.revision_id}:${m.id}`,
    }))
    return new StepResponse(notifications)
  }
)
