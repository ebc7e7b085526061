import { z } from "@medusajs/framework/zod"
import { pagingSchema } from "../../utils/list-query"

const revisionStatus = z.enum(["pending", "approved", "rejected"], { message: "status는 pending, approved, rejected 중 하나여야 합니다" }).default("pending")

export const AdminListListingApprovalsQuery = z.object({ ...pagingSchema, status: revisionStatus }).strict()
export type AdminListListingApprovalsQueryType = z.infer<typeof AdminListListingApprovalsQuery>

/** The navigation's count: only the status, nothing to page. */
export const AdminCountListingApprovalsQuery = z.object({ status: revisionStatus }).strict()
export type AdminCountListingApprovalsQueryType = z.infer<typeof AdminCountListingApprovalsQuery>

export const AdminApproveListing = z.object({}).strict()

export const AdminRejectListing = z
  .object({
    reason: z.string({ message: "반려 사유를 입력하세요" }).trim().min(2, "반려 사유를 입력하세요").max(1000, "반려 사유는 1,000자 이하여야 합니다"),
  })
  .strict()
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>
