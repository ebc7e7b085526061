/**
 * What the header shows of the visitor (GET /api/visitor): the cart badge and preview, and
 * 로그인 or 내 계정. Asked for by the browser, so the catalog pages themselves read nothing of
 * the visitor and can be cached (issue #14).
 */
export type VisitorLine = { id: string; title: string; quantity: number; amount: string }

export type VisitorState = {
  /** null when the cart could not be read (the badge is then left out) */
  cart: { count: number; itemTotal: string; lines: VisitorLine[] } | null
  signedIn: boolean
}
