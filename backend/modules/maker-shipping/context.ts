/** Key under which the pricing hook hands the product → maker shipping policies to the provider. */
export const MAKER_SHIPPING_CONTEXT_KEY = "maker_shipping_policies"

export const MAKER_SHIPPING_PROVIDER_ID = "maker-shipping_maker-shipping"
