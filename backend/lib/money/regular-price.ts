/**
 * The 정가 rule (prices of no price list), shared with 판매자센터's pages: it lives in the storefront
 * package (Turbopack compiles only files inside `storefront/`), like the safe-html policy.
 */
export { baseKrwPrice, PRICE_ROW_FIELDS, regularKrwPrices, type PriceRow } from "../../../storefront/lib/shared/regular-price"
