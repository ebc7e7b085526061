/**
 * Seller and staff text, cleaned with the one policy the storefront also renders with. The policy
 * lives in the storefront package because Turbopack only compiles files inside `storefront/`,
 * while `medusa build` (tsc) follows this import and emits the file with the backend.
 * See docs/security.md.
 */
export {
  PLAIN_TEXT_POLICY,
  RICH_TEXT_POLICY,
  sanitizeRichText,
  toPlainText,
} from "../../../storefront/lib/shared/safe-html"
