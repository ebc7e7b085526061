import { z } from "@medusajs/framework/zod"
import { businessNumber, contactPhone, email, plainText } from "../../utils/institution-fields"
import { pagingSchema } from "../../utils/list-query"

const institutionFields = {
  name: plainText("기관명", 100),
  business_number: businessNumber,
  contact_name: plainText("담당자", 50),
  contact_phone: contactPhone.nullish(),
  contact_email: email.nullish(),
}

/** Marks a customer account as an institution (기관명, 사업자등록번호, 담당자). */
export const AdminCreateInstitution = z
  .object({ customer_id: z.string({ error: "고객(customer_id)을 지정해 주세요." }).min(1, "고객(customer_id)을 지정해 주세요."), ...institutionFields })
  .strict()
export type AdminCreateInstitutionType = z.infer<typeof AdminCreateInstitution>

/** Edits any of the fields; the customer stays the same (unmark and mark again to move it). */
export const AdminUpdateInstitution = z.object(institutionFields).partial().strict()
export type AdminUpdateInstitutionType = z.infer<typeof AdminUpdateInstitution>

export const AdminListInstitutionsQuery = z
  .object({ ...pagingSchema, q: z.string().trim().max(100).optional(), customer_id: z.string().optional() })
  .strict()
export type AdminListInstitutionsQueryType = z.infer<typeof AdminListInstitutionsQuery>
