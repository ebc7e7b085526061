/**
 * Korean mobile numbers and postal codes, checked the same way by the API and the shop's forms.
 * The rules live in the storefront package (Turbopack compiles only files inside `storefront/`,
 * while `medusa build` follows this import), as the safe-html policy does.
 */
export {
  PHONE_ERROR,
  POSTAL_CODE_ERROR,
  isValidMobilePhone,
  isValidPostalCode,
  normalizeMobilePhone,
  normalizePostalCode,
} from "../../../storefront/lib/shared/korean-contact"
