import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { BankTransferOptions, transferInstructions } from "./options"

/**
 * 무통장입금: the order is placed with the payment authorized but not captured; the customer
 * sees the account and the deadline; staff capture the payment in the admin when the money
 * arrives ("mark paid"); a scheduled job cancels orders whose deadline passed unpaid.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  constructor(container: Record<string, unknown>, options: BankTransferOptions) {
    super(container, options)
  }

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["bank_name", "account_number", "account_holder"]) {
      if (!options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `무통장입금 설정에 ${key}가 없습니다.`)
    }
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: randomUUID(), data: transferInstructions(this.config, new Date()) }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    // the deadline counts from the order, not from when the session was opened
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: { ...input.data, ...transferInstructions(this.config, new Date()), awaiting_transfer: true },
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, awaiting_transfer: false, paid_at: new Date().toISOString() } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data ?? {}
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data }
    return { status: data.paid_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, awaiting_transfer: false, canceled_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...input.data, refunded_at: new Date().toISOString() } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
