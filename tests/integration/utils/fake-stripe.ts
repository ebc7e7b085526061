import { randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A stand-in for the Stripe API (api.stripe.com cannot be reached from tests): a local HTTP server
 * that speaks the parts of the real API that Medusa's Stripe provider uses, with Stripe's wire
 * format (form-encoded requests, JSON objects back, errors as { error: { type, code, ... } }) and
 * Stripe's Idempotency-Key semantics (a repeated key returns the first response). It records
 * every request so tests can see exactly what our backend asked Stripe to do.
 */

export type RecordedRequest = {
  method: string
  path: string
  body: Record<string, unknown>
  idempotencyKey?: string
  /** The HTTP status the fake answered with. */
  status?: number
}

export type FakePaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual"
  status: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  customer: string | null
  description: string | null
  last_payment_error: null
  created: number
  livemode: false
}

export type FakeStripe = {
  url: string
  requests: RecordedRequest[]
  intents: Map<string, FakePaymentIntent>
  /** The requests matching method and path (a string prefix or a pattern). */
  calls: (method: string, path: string | RegExp) => RecordedRequest[]
  /** What Stripe.js does when the customer pays with a test card in the Payment Element. */
  confirm: (intentId: string) => Promise<FakePaymentIntent>
  close: () => Promise<void>
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/** Stripe's form encoding: a[b]=1&a[c][0]=x → { a: { b: "1", c: { "0": "x" } } }. */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.replace(/\]/g, "").split("[")
    let node = out as Record<string, unknown>
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value
      else node = (node[part] ??= {}) as Record<string, unknown>
    })
  }
  return out
}

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message))
  }
}

function intentOrThrow(intents: Map<string, FakePaymentIntent>, intentId: string) {
  const intent = intents.get(intentId)
  if (!intent) {
    throw new StripeApiError(404, {
      type: "invalid_request_error",
      code: "resource_missing",
      message: `No such payment_intent: '${intentId}'`,
    })
  }
  return intent
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = []
  const intents = new Map<string, FakePaymentIntent>()
  const customers = new Map<string, Record<string, unknown>>()
  const idempotent = new Map<string, { status: number; body: unknown }>()

  function confirmIntent(intentId: string, paymentMethod = "pm_card_visa") {
    const intent = intentOrThrow(intents, intentId)
    if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) {
      throw new StripeApiError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent's status is ${intent.status}, so it cannot be confirmed.`,
        payment_intent: intent,
      })
    }
    intent.payment_method = paymentMethod
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  function handle(method: string, path: string, body: Record<string, unknown>): unknown {
    let m: RegExpMatchArray | null
    if (method === "POST" && path === "/v1/payment_intents") {
      const amount = Number(body.amount)
      if (!Number.isInteger(amount) || amount < 1) {
        throw new StripeApiError(400, { type: "invalid_request_error", code: "parameter_invalid_integer", param: "amount", message: "Invalid integer" })
      }
      const intentId = id("pi")
      const intent: FakePaymentIntent = {
        id: intentId,
        object: "payment_intent",
        amount,
        amount_capturable: 0,
        amount_received: 0,
        currency: String(body.currency).toLowerCase(),
        capture_method: body.capture_method === "manual" ? "manual" : "automatic",
        status: "requires_payment_method",
        client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
        metadata: (body.metadata ?? {}) as Record<string, string>,
        payment_method: null,
        customer: (body.customer as string) ?? null,
        description: (body.description as string) ?? null,
        last_payment_error: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      intents.set(intentId, intent)
      return intent
    }
    if ((m = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) {
      const intent = intentOrThrow(intents, m[1])
      if (method === "POST" && body.amount !== undefined) intent.amount = Number(body.amount)
      return intent
    }
    if (method === "POST" && (m = path.match(/^\/v1\/payment_intents\/([^/]+)\/confirm$/))) {
      return confirmIntent(m[1], body.payment_method as string | undefined)
    }
    if (method === "POST" && (m = path.match(/^\/v1\/payment_intents\/([^/]+)\/capture$/))) {
      const intent = intentOrThrow(intents, m[1])
      if (intent.status !== "requires_capture") {
        throw new StripeApiError(400, {
          type: "invalid_request_error",
          code: "payment_intent_unexpected_state",
          message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
          payment_intent: intent,
        })
      }
      intent.amount_received = body.amount_to_capture ? Number(body.amount_to_capture) : intent.amount_capturable
      intent.amount_capturable = 0
      intent.status = "succeeded"
      return intent
    }
    if (method === "POST" && (m = path.match(/^\/v1\/payment_intents\/([^/]+)\/cancel$/))) {
      const intent = intentOrThrow(intents, m[1])
      if (intent.status === "succeeded" || intent.status === "canceled") {
        throw new StripeApiError(400, {
          type: "invalid_request_error",
          code: "payment_intent_unexpected_state",
          message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
          payment_intent: intent,
        })
      }
      intent.status = "canceled"
      return intent
    }
    if (method === "POST" && path === "/v1/customers") {
      const customer = { id: id("cus"), object: "customer", ...body }
      customers.set(customer.id, customer)
      return customer
    }
    if ((m = path.match(/^\/v1\/customers\/([^/]+)$/))) {
      const customer = customers.get(m[1])
      if (!customer) throw new StripeApiError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such customer: '${m[1]}'` })
      if (method === "DELETE") {
        customers.delete(m[1])
        return { id: m[1], object: "customer", deleted: true }
      }
      if (method === "POST") Object.assign(customer, body)
      return customer
    }
    if (method === "POST" && path === "/v1/refunds") {
      return { id: id("re"), object: "refund", amount: Number(body.amount), payment_intent: body.payment_intent, status: "succeeded" }
    }
    if (method === "GET" && path === "/v1/charges") {
      const captured = [...intents.values()].filter((i) => i.id === body.payment_intent && i.amount_received > 0)
      const data = captured.map((i) => ({ id: `ch_${i.id.slice(3)}`, object: "charge", amount: i.amount, amount_captured: i.amount_received, currency: i.currency, payment_intent: i.id }))
      return { object: "list", data, has_more: false, url: "/v1/charges" }
    }
    if (method === "GET" && (m = path.match(/^\/v1\/payment_methods\/([^/]+)$/))) {
      return { id: m[1], object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } }
    }
    throw new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` })
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stripe.local")
      const method = req.method ?? "GET"
      const raw = method === "GET" || method === "DELETE" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8")
      const body = parseStripeForm(raw)
      const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) || undefined
      const recorded: RecordedRequest = { method, path: url.pathname, body, idempotencyKey }
      requests.push(recorded)

      const send = (status: number, payload: unknown) => {
        recorded.status = status
        res.writeHead(status, { "content-type": "application/json", "request-id": id("req") })
        res.end(JSON.stringify(payload))
      }
      if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_")) {
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
      }
      const replayKey = idempotencyKey && method === "POST" ? `${url.pathname} ${idempotencyKey}` : null
      const earlier = replayKey ? idempotent.get(replayKey) : undefined
      if (earlier) return send(earlier.status, earlier.body)

      let status = 200
      let payload: unknown
      try {
        // A snapshot, so later changes to the object do not leak into a replayed response.
        payload = JSON.parse(JSON.stringify(handle(method, url.pathname, body)))
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error
        status = error.status
        payload = { error: error.body }
      }
      if (replayKey) idempotent.set(replayKey, { status, body: payload })
      send(status, payload)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    intents,
    calls: (method, path) =>
      requests.filter((r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path))),
    confirm: async (intentId) => JSON.parse(JSON.stringify(confirmIntent(intentId))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
