import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeCardProviderService from "./service"

/** Stripe card payments (Payment Element) — registered only when STRIPE_API_KEY is set. */
export default ModuleProvider(Modules.PAYMENT, { services: [StripeCardProviderService] })
