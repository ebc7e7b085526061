import { z } from "@medusajs/framework/zod"
import { ACCOUNT_NUMBER } from "../../lib/orders/bank-refunds"

/** The account a 무통장입금 refund goes to, as the customer (or staff for them) types it. */
export const RefundAccountInput = z
  .object({
    bank: z.string().trim().min(1, "은행 이름을 입력해 주세요.").max(30, "은행 이름은 30자 이하로 입력해 주세요."),
    account_number: z
      .string()
      .trim()
      .regex(ACCOUNT_NUMBER, "계좌번호는 숫자와 하이픈(-)으로 6~20자리를 입력해 주세요."),
    holder: z.string().trim().min(1, "예금주를 입력해 주세요.").max(30, "예금주는 30자 이하로 입력해 주세요."),
  })
  .strict()
