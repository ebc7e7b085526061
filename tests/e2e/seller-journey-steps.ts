import type { Page } from "playwright-core"

export type Pack = [title: string, price: number, stock: number]
export type SellerSteps = {
  inviteLink: string
  acceptInvite(page: Page, input: { name: string; password: string }): Promise<void>
  login(page: Page, input: { email: string; password: string }): Promise<void>
  createProduct(page: Page, input: { title: string; description: string; packs: Pack[] }): Promise<{ id: string; handle: string }>
  editDescription(page: Page, input: { id: string; title: string; description: string }): Promise<void>
}

/**
 * The member's side of the journey. Until the 판매자센터 pages are on main these steps use the
 * seller API the pages call (same routes, same rules); the browser page is kept in the signature
 * so the steps can move to the pages without touching the journey.
 */
export function sellerSteps({ backend }: { backend: string; storefront: string }): SellerSteps {
  let token = ""
  type Answer = { token: string; product: { id: string; handle: string } }
  const call = async (method: string, url: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`${backend}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await res.json()) as Answer
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`)
    return data
  }
  const steps: SellerSteps = {
    inviteLink: "",
    async acceptInvite(_page, { name, password }) {
      const inviteToken = decodeURIComponent(steps.inviteLink.slice(steps.inviteLink.lastIndexOf("/") + 1))
      await call("POST", "/seller/invites/accept", { token: inviteToken, password, name })
    },
    async login(_page, { email, password }) {
      token = ""
      token = (await call("POST", "/auth/seller/emailpass", { email, password })).token
    },
    async createProduct(_page, { title, description, packs }) {
      const { product } = await call("POST", "/seller/products", {
        title,
        description: `<p>${description}</p>`,
        options: [{ title: "구성", values: packs.map(([t]) => t) }],
        variants: packs.map(([t, price, stock]) => ({ title: t, options: { 구성: t }, price, stock })),
      })
      return { id: product.id, handle: product.handle }
    },
    async editDescription(_page, { id, description }) {
      await call("POST", `/seller/products/${id}`, { description: `<p>${description}</p>` })
    },
  }
  return steps
}
