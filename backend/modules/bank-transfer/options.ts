import { settingOrLocal } from "../../lib/config/deployment"

/**
 * Where customers send a 무통장입금 and how long they have. The account comes from
 * BANK_TRANSFER_*; only the embedded local shop falls back to the placeholder account, a
 * deployment refuses to start without its own (backend/lib/config/deployment.ts).
 */
export type BankTransferOptions = {
  bank_name: string
  account_number: string
  account_holder: string
  /** Hours after the order within which the transfer must arrive (default 72). */
  deadline_hours: number
}

export function bankTransferOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BankTransferOptions {
  return {
    bank_name: settingOrLocal("BANK_TRANSFER_BANK", env),
    account_number: settingOrLocal("BANK_TRANSFER_ACCOUNT", env),
    account_holder: settingOrLocal("BANK_TRANSFER_HOLDER", env),
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
