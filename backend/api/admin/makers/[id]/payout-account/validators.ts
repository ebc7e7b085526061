import { z } from "@medusajs/framework/zod"
import { isAccountNumber } from "../../../../../modules/settlement/utils/payout-account"

/** 정산 계좌: 은행, 계좌번호 (digits, hyphens allowed), 예금주. All three, or all null to clear. */
export const PayoutAccountBody = z
  .object({
    bank: z.string({ message: "은행(bank)을 입력하세요" }).trim().min(2, "은행 이름을 입력하세요").max(30, "은행 이름은 30자 이하여야 합니다"),
    account_number: z
      .string({ message: "계좌번호(account_number)를 입력하세요" })
      .trim()
      .refine(isAccountNumber, { message: "계좌번호는 숫자 10~16자리(하이픈 가능)여야 합니다" }),
    holder: z.string({ message: "예금주(holder)를 입력하세요" }).trim().min(1, "예금주를 입력하세요").max(50, "예금주는 50자 이하여야 합니다"),
  })
  .strict()
export type PayoutAccountBodyType = z.infer<typeof PayoutAccountBody>

export const AdminSetPayoutAccount = PayoutAccountBody
