// The deployment rule end to end: the launcher and Medusa itself refuse a deployment that lacks
// its secrets, admin or 무통장입금 account, and the seed never creates the documented local admin
// outside the embedded local shop. See docs/deployment.md.
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { DeploymentConfigError } from "../../backend/lib/config/deployment"
import { ensureAdminUser } from "../../seed/steps/admin-user"
import { queryOf } from "../../seed/context"
import { runMedusa } from "./utils/medusa-runner"

const ROOT = path.resolve(__dirname, "../..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
// nothing listens there: a run that got past the check would fail differently
const EXTERNAL_DB = "postgres://shop:pw@127.0.0.1:9/jahwal"
const SETTINGS = /^(JAHWAL_LOCAL_SHOP|JWT_SECRET|COOKIE_SECRET|JAHWAL_ADMIN_\w+|BANK_TRANSFER_\w+|DB_\w+)$/

/** This test run's env as a deployment would see it: no local flag, none of the settings. */
function deploymentEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.test(name)))
  delete env.VITEST
  // ts-node without type checking, as the launcher runs the CLI (npm run typecheck checks types)
  return { ...env, TS_NODE_TRANSPILE_ONLY: "true", ...extra }
}

/**
 * Runs a command until it exits; one that got past the check and keeps retrying the unreachable
 * database is stopped (with its process group) after `limitMs`, and reports `code: null`.
 */
function runToExit(cmd: string, args: string[], env: NodeJS.ProcessEnv, limitMs: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    let output = ""
    child.stdout.on("data", (c) => (output += c))
    child.stderr.on("data", (c) => (output += c))
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), limitMs)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

const REQUIRED = ["JWT_SECRET", "COOKIE_SECRET", "JAHWAL_ADMIN_EMAIL", "JAHWAL_ADMIN_PASSWORD", "BANK_TRANSFER_BANK", "BANK_TRANSFER_ACCOUNT", "BANK_TRANSFER_HOLDER"]

describe("a deployment without its settings refuses to start", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jahwal-deploy-"))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it("npm start on an external DATABASE_URL stops before anything, saying what to set (Korean and English)", async () => {
    const data = path.join(dataDir, "data")
    const { code, output } = await runToExit(process.execPath, ["scripts/shop.mjs", "start"], deploymentEnv({ DATABASE_URL: EXTERNAL_DB, JAHWAL_DATA_DIR: data }), 45_000)
    expect(code).toBe(1)
    expect(output).toContain("배포 설정이 빠져 있어 시작하지 않습니다.")
    expect(output).toContain("Refusing to start: this deployment is missing settings.")
    for (const name of REQUIRED) expect(output).toContain(`  - ${name}: `)
    // refused before it built, migrated or wrote generated secrets
    expect(output).not.toContain("빌드 중")
    expect(existsSync(data)).toBe(false)
  }, 60_000)

  it("Medusa outside the launcher (NODE_ENV=production) refuses too, and so does the placeholder account", async () => {
    const ready = {
      DATABASE_URL: EXTERNAL_DB,
      NODE_ENV: "production",
      JWT_SECRET: "operator-jwt-secret-0123456789",
      COOKIE_SECRET: "operator-cookie-secret-0123456789",
      JAHWAL_ADMIN_EMAIL: "ops@jahwal.example",
      JAHWAL_ADMIN_PASSWORD: "a-long-operator-password",
      BANK_TRANSFER_BANK: "국민은행",
      BANK_TRANSFER_HOLDER: "(주)자활장터",
    }
    // the placeholder account shown to local customers is not an account on a deployment
    const { code, output } = await runToExit(MEDUSA, ["db:migrate"], deploymentEnv({ ...ready, BANK_TRANSFER_ACCOUNT: "301-0000-0000-00" }), 100_000)
    expect(code).not.toBe(0)
    expect(output).toContain("배포 설정이 빠져 있어 시작하지 않습니다.")
    expect(output).toContain("BANK_TRANSFER_ACCOUNT: 로컬 전용 기본값은 배포에서 쓸 수 없습니다")
    expect(output).not.toContain("JWT_SECRET:")
  }, 120_000)
})

// seeded: false — the seed's admin step is the subject, on an empty database
runMedusa(
  __filename,
  ({ api, getContainer }) => {
  const LOCAL_ADMIN = "admin@jahwal.local"

  /** Runs the seed's admin step with env as a deployment (no local flag) plus `extra`. */
  async function seedAdminAsDeployment(extra: Record<string, string>) {
    const saved = { ...process.env }
    delete process.env.JAHWAL_LOCAL_SHOP
    Object.assign(process.env, extra)
    try {
      await ensureAdminUser({ container: getContainer(), log: () => {} })
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
      Object.assign(process.env, saved)
    }
  }
  const usersWith = async (email: string) =>
    (await queryOf(getContainer()).graph({ entity: "user", fields: ["id"], filters: { email } })).data

  describe("the seed's admin user", () => {
    it("is not the documented local admin on a deployment: no credentials, no admin", async () => {
      await expect(seedAdminAsDeployment({})).rejects.toBeInstanceOf(DeploymentConfigError)
      expect(await usersWith(LOCAL_ADMIN)).toEqual([])
    })

    it("is the operator's JAHWAL_ADMIN_EMAIL / JAHWAL_ADMIN_PASSWORD, who can log in", async () => {
      await seedAdminAsDeployment({ JAHWAL_ADMIN_EMAIL: "ops@jahwal.example", JAHWAL_ADMIN_PASSWORD: "a-long-operator-password" })
      expect(await usersWith("ops@jahwal.example")).toHaveLength(1)
      expect(await usersWith(LOCAL_ADMIN)).toEqual([])
      const { data } = await api.post("/auth/user/emailpass", { email: "ops@jahwal.example", password: "a-long-operator-password" })
      expect(data.token).toBeTruthy()
    })
  })
  },
  { seeded: false }
)
