/** Where customers send a 무통장입금 and how long they have. Env-configurable; defaults are local. */
export type BankTransferOptions = {
  bank_name: string
  account_number: string
  account_holder: string
  /** Hours after the order within which the transfer must arrive (default 72). */
  deadline_hours: number
}

export function bankTransferOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BankTransferOptions {
  return {
    bank_name: env.BANK_TRANSFER_BANK || "농협은행",
    account_number: env.BANK_TRANSFER_ACCOUNT || "301-0000-0000-00",
    account_holder: env.BANK_TRANSFER_HOLDER || "자활장터 운영사무국",
    deadline_hours: Number(env.BANK_TRANSFER_DEADLINE_HOURS || 72),
  }
}

/** The payment data shown to the customer: account and deadline (ISO instant). */
export function transferInstructions(options: BankTransferOptions, now: Date) {
  return {
    bank_name: options.bank_name,
    account_number: options.account_number,
    account_holder: options.account_holder,
    deadline: new Date(now.getTime() + options.deadline_hours * 3600_000).toISOString(),
  }
}
