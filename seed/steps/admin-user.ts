import { createUserAccountWorkflow } from "@medusajs/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { DeploymentConfigError, settingOrLocal } from "../../backend/lib/config/deployment"
import { queryOf, SeedContext } from "../context"

/**
 * The first admin user: JAHWAL_ADMIN_EMAIL / JAHWAL_ADMIN_PASSWORD, or — in the embedded local
 * shop only — the documented local admin (README). A deployment without them gets no admin
 * rather than one with a published password.
 */
export function adminCredentials(env: Record<string, string | undefined> = process.env) {
  const email = settingOrLocal("JAHWAL_ADMIN_EMAIL", env)
  const password = settingOrLocal("JAHWAL_ADMIN_PASSWORD", env)
  if (!email || !password) {
    throw new DeploymentConfigError(
      ["JAHWAL_ADMIN_EMAIL", "JAHWAL_ADMIN_PASSWORD"]
        .filter((name) => !env[name]?.trim())
        .map((name) => `${name}: 관리자 계정을 만들 수 없습니다 / needed to create the admin user`)
    )
  }
  return { email, password }
}

export async function ensureAdminUser(ctx: SeedContext) {
  const { email, password } = adminCredentials()
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
