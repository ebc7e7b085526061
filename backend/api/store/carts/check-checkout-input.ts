import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkKoreanAddress } from "../../../lib/korean/address"
import { EMAIL_ERROR, isEmail, QUANTITY_ERRORS } from "./validators"

type Body = Record<string, unknown>

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Replaces each address object in the body by its normalized form, or throws the Korean error. */
export function normalizeAddressesIn(body: Body, keys: string[], { partial = false } = {}) {
  for (const key of keys) {
    const value = body[key]
    // an address id (string) or an omitted address is Medusa's business
    if (value === undefined || value === null || typeof value === "string") continue
    const checked = checkKoreanAddress(value, { partial })
    if (!checked.ok) throw invalid(checked.message)
    body[key] = checked.address
  }
}

function checkQuantity(quantity: unknown, min: 0 | 1) {
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < min || quantity > 99) {
    throw invalid(min === 1 ? QUANTITY_ERRORS.add : QUANTITY_ERRORS.update)
  }
}

const CART = /^\/store\/carts(?:\/[^/]+)?\/?$/
const ADD_LINE = /^\/store\/carts\/[^/]+\/line-items\/?$/
const UPDATE_LINE = /^\/store\/carts\/[^/]+\/line-items\/[^/]+\/?$/

/**
 * Korean checks on cart writes (email, 배송지, 수량), ahead of Medusa's own validators so the
 * customer reads a Korean message; addresses are normalized in place (010-1234-5678) before
 * Medusa stores them. Registered on a wildcard because Medusa runs custom middlewares on the same
 * static path after its own.
 */
export function checkCartInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const path = req.path
  if (CART.test(path)) {
    if (body.email !== undefined && body.email !== null && !isEmail(body.email)) throw invalid(EMAIL_ERROR)
    if (typeof body.email === "string") body.email = body.email.trim()
    normalizeAddressesIn(body, ["shipping_address", "billing_address"])
    // a cart may be created with its first items
    if (Array.isArray(body.items)) for (const item of body.items as Body[]) checkQuantity(item?.quantity, 1)
  } else if (ADD_LINE.test(path)) {
    checkQuantity(body.quantity, 1)
  } else if (UPDATE_LINE.test(path)) {
    checkQuantity(body.quantity, 0)
  }
  next()
}

const ADDRESSES = /^\/store\/customers\/me\/addresses\/?$/
const ADDRESS = /^\/store\/customers\/me\/addresses\/[^/]+\/?$/

/** The same address rules for a customer's saved addresses (an update checks what it sends). */
export function checkCustomerAddressInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const holder = { address: req.body }
  if (ADDRESSES.test(req.path)) normalizeAddressesIn(holder, ["address"])
  else if (ADDRESS.test(req.path)) normalizeAddressesIn(holder, ["address"], { partial: true })
  req.body = holder.address
  next()
}
