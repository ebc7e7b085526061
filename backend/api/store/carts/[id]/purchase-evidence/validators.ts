import { z } from "@medusajs/framework/zod"
import { businessNumber, email, mobilePhone, plainText } from "../../../../utils/institution-fields"

const KIND_ERROR = "증빙 종류(kind)는 tax_invoice(세금계산서) 또는 cash_receipt(현금영수증)여야 합니다."

const TaxInvoice = z
  .object({
    kind: z.literal("tax_invoice"),
    business_number: businessNumber,
    company_name: plainText("상호", 100),
    representative: plainText("대표자", 50),
    email,
  })
  .strict()

/** 지출증빙: a business number or a mobile number, exactly one. */
const CashReceipt = z
  .object({ kind: z.literal("cash_receipt"), business_number: businessNumber.optional(), phone: mobilePhone.optional() })
  .strict()
  .refine((v) => (v.business_number ? 1 : 0) + (v.phone ? 1 : 0) === 1, {
    message: "현금영수증(지출증빙)은 사업자등록번호와 휴대폰 번호 중 하나만 입력해 주세요.",
  })

/** 세금계산서 or 현금영수증 request for an institution's cart. */
export const StoreSetPurchaseEvidence = z.discriminatedUnion("kind", [TaxInvoice, CashReceipt], { error: KIND_ERROR })
export type StoreSetPurchaseEvidenceType = z.infer<typeof StoreSetPurchaseEvidence>
