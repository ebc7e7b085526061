import type { MedusaContainer } from "@medusajs/framework/types"
import { adminCredentials } from "../../../seed/steps/admin-user"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }> }

/** Logs the seeded admin in and returns axios options carrying its bearer token. */
export async function adminHeaders(api: Api, _container?: MedusaContainer) {
  const { email, password } = adminCredentials()
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Resolves an axios error to its response so a test can look at status and body. */
export function responseOf<T = { message: string; type?: string }>(
  promise: Promise<unknown>
): Promise<{ status: number; data: T }> {
  return promise.then(
    (res) => res as { status: number; data: T },
    (err: { response?: { status: number; data: T } }) => {
      if (!err.response) throw err
      return err.response
    }
  )
}
