import { createUserAccountWorkflow } from "@medusajs/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { queryOf, SeedContext } from "../context"

/**
 * Local development admin. Production passes JAHWAL_ADMIN_EMAIL / JAHWAL_ADMIN_PASSWORD;
 * the defaults are documented in the README and only meant for a developer's machine.
 */
export const LOCAL_ADMIN = {
  email: process.env.JAHWAL_ADMIN_EMAIL || "admin@jahwal.local",
  password: process.env.JAHWAL_ADMIN_PASSWORD || "jahwal1234",
}

export async function ensureAdminUser(ctx: SeedContext) {
  const { email, password } = LOCAL_ADMIN
  const { data: users } = await queryOf(ctx.container).graph({
    entity: "user",
    fields: ["id"],
    filters: { email },
  })
  if (users.length) return

  const auth = ctx.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`관리자 계정 등록 실패: ${error}`)
  await createUserAccountWorkflow(ctx.container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: "자활장터", last_name: "관리자" },
    },
  })
  ctx.log(`관리자 계정 생성: ${email}`)
}
