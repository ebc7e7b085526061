import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { runInNewContext } from "node:vm"
import { describe, expect, it } from "vitest"
import { koreanIndexHtml } from "../../backend/lib/config/admin-language"
import { assertDeploymentReady, deploymentProblems, secretOrLocal } from "../../backend/lib/config/deployment"
import { fileProvidersFromEnv } from "../../backend/lib/config/file-storage"
import { bankTransferOptionsFromEnv } from "../../backend/modules/bank-transfer/options"
import { adminCredentials } from "../../seed/steps/admin-user"

// the launcher's side of the rule (plain Node ESM)
const launcherRule = () => import("../../scripts/lib/deployment.mjs")

const LOCAL = { JAHWAL_LOCAL_SHOP: "1" }
/** Everything a deployment must set, with the operator's own values. */
const READY = {
  DATABASE_URL: "postgres://shop@db.internal:5432/jahwal",
  NODE_ENV: "production",
  JWT_SECRET: "operator-jwt-secret-0123456789abcdef",
  COOKIE_SECRET: "operator-cookie-secret-0123456789abcdef",
  JAHWAL_ADMIN_EMAIL: "ops@jahwal.example",
  JAHWAL_ADMIN_PASSWORD: "a-long-operator-password",
  BANK_TRANSFER_BANK: "국민은행",
  BANK_TRANSFER_ACCOUNT: "123-45-6789-012",
  BANK_TRANSFER_HOLDER: "(주)자활장터",
}
const without = (env: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)))
const REQUIRED = [
  "JWT_SECRET",
  "COOKIE_SECRET",
  "JAHWAL_ADMIN_EMAIL",
  "JAHWAL_ADMIN_PASSWORD",
  "BANK_TRANSFER_BANK",
  "BANK_TRANSFER_ACCOUNT",
  "BANK_TRANSFER_HOLDER",
]

describe("deployment rule (backend/lib/config/deployment.ts)", () => {
  it("a deployment without its settings refuses with a Korean and English message naming each one", () => {
    const env = { DATABASE_URL: READY.DATABASE_URL }
    expect(() => assertDeploymentReady(env)).toThrow("배포 설정이 빠져 있어 시작하지 않습니다.")
    expect(() => assertDeploymentReady(env)).toThrow("Refusing to start: this deployment is missing settings.")
    const problems = deploymentProblems(env)
    expect(problems.map((p) => p.split(":")[0])).toEqual(REQUIRED)
    // NODE_ENV=production alone (medusa start outside the launcher) is a deployment too
    expect(deploymentProblems({ NODE_ENV: "production" })).toHaveLength(REQUIRED.length)
  })

  it("a deployment with its own settings starts; the local shop needs none", () => {
    expect(deploymentProblems(READY)).toEqual([])
    expect(deploymentProblems(LOCAL)).toEqual([])
    // the flag is explicit: any other value is not local
    expect(deploymentProblems({ JAHWAL_LOCAL_SHOP: "true" })).toHaveLength(REQUIRED.length)
  })

  it("refuses the placeholder 무통장입금 account and the documented local admin on a deployment", () => {
    const placeholder = { ...READY, BANK_TRANSFER_ACCOUNT: "301-0000-0000-00" }
    expect(deploymentProblems(placeholder)).toEqual([
      "BANK_TRANSFER_ACCOUNT: 로컬 전용 기본값은 배포에서 쓸 수 없습니다 / the local-only default cannot be used in a deployment",
    ])
    const localAdmin = { ...READY, JAHWAL_ADMIN_EMAIL: "admin@jahwal.local", JAHWAL_ADMIN_PASSWORD: "jahwal1234" }
    expect(deploymentProblems(localAdmin).map((p) => p.split(":")[0])).toEqual(["JAHWAL_ADMIN_EMAIL", "JAHWAL_ADMIN_PASSWORD"])
  })

  it("a blank value counts as missing", () => {
    expect(deploymentProblems({ ...READY, JWT_SECRET: "  " }).map((p) => p.split(":")[0])).toEqual(["JWT_SECRET"])
  })

  it("the launcher (scripts/lib/deployment.mjs) applies the same rule", async () => {
    const launcher = await launcherRule()
    const cases = [
      {},
      LOCAL,
      READY,
      { DATABASE_URL: READY.DATABASE_URL },
      without(READY, "COOKIE_SECRET", "BANK_TRANSFER_HOLDER"),
      { ...READY, BANK_TRANSFER_ACCOUNT: "301-0000-0000-00", JAHWAL_ADMIN_PASSWORD: "jahwal1234" },
    ]
    for (const env of cases) expect(launcher.deploymentProblems(env)).toEqual(deploymentProblems(env))
    expect(launcher.refusalMessage(["X: y"])).toContain("배포 설정이 빠져 있어")
  })
})

describe("secrets", () => {
  it("the launcher's generated secrets never replace the operator's", async () => {
    const launcher = await launcherRule()
    const generated = { JWT_SECRET: "generated-jwt", COOKIE_SECRET: "generated-cookie" }
    const env = launcher.localShopEnv({ JWT_SECRET: "operator-jwt", COOKIE_SECRET: "" }, generated)
    expect(env.JWT_SECRET).toBe("operator-jwt")
    expect(env.COOKIE_SECRET).toBe("generated-cookie") // blank is unset
    expect(env.JAHWAL_LOCAL_SHOP).toBe("1")
  })

  it("a data folder made before the revalidation secret gets it added, its other secrets kept", async () => {
    const launcher = await launcherRule()
    const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-secrets-"))
    try {
      writeFileSync(path.join(dir, "secrets.json"), JSON.stringify({ JWT_SECRET: "old-jwt", COOKIE_SECRET: "old-cookie" }))
      const secrets = launcher.localSecrets(dir)
      expect(secrets).toMatchObject({ JWT_SECRET: "old-jwt", COOKIE_SECRET: "old-cookie" })
      expect(secrets.JAHWAL_REVALIDATE_SECRET).toMatch(/^[0-9a-f]{64}$/)
      expect(launcher.localSecrets(dir)).toEqual(secrets) // kept for the next start
      // backend and storefront get the same value from the one env
      expect(launcher.localShopEnv({}, secrets).JAHWAL_REVALIDATE_SECRET).toBe(secrets.JAHWAL_REVALIDATE_SECRET)
      expect(launcher.localShopEnv({ JAHWAL_REVALIDATE_SECRET: "operator" }, secrets).JAHWAL_REVALIDATE_SECRET).toBe("operator")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("medusa-config uses the operator's secret; only the local shop gets a generated one", () => {
    expect(secretOrLocal("JWT_SECRET", { JWT_SECRET: "operator-jwt" })).toBe("operator-jwt")
    expect(secretOrLocal("JWT_SECRET", {})).toBeUndefined()
    const local: Record<string, string | undefined> = { ...LOCAL }
    const generated = secretOrLocal("JWT_SECRET", local)
    expect(generated).toMatch(/^[0-9a-f]{64}$/)
    // a second load of the config in the same process signs with the same secret
    expect(secretOrLocal("JWT_SECRET", local)).toBe(generated)
    expect(secretOrLocal("COOKIE_SECRET", { ...LOCAL })).not.toBe(generated)
  })
})

describe("무통장입금 account and admin user", () => {
  it("only the local shop shows the placeholder account", () => {
    expect(bankTransferOptionsFromEnv(LOCAL).account_number).toBe("301-0000-0000-00")
    expect(bankTransferOptionsFromEnv({ DATABASE_URL: READY.DATABASE_URL })).toMatchObject({
      bank_name: "",
      account_number: "",
      account_holder: "",
    })
    expect(bankTransferOptionsFromEnv(READY)).toMatchObject({
      bank_name: "국민은행",
      account_number: "123-45-6789-012",
      account_holder: "(주)자활장터",
    })
  })

  it("the seed creates the local admin only in the local shop", () => {
    expect(adminCredentials(LOCAL)).toEqual({ email: "admin@jahwal.local", password: "jahwal1234" })
    expect(adminCredentials(READY)).toEqual({ email: "ops@jahwal.example", password: "a-long-operator-password" })
    expect(() => adminCredentials({ DATABASE_URL: READY.DATABASE_URL })).toThrow("JAHWAL_ADMIN_PASSWORD")
  })
})

describe("file storage", () => {
  it("local files without S3_BUCKET, Medusa's S3 provider with it", () => {
    expect(fileProvidersFromEnv("http://localhost:9000", {})).toEqual([
      { id: "local", resolve: "@medusajs/medusa/file-local", options: { backend_url: "http://localhost:9000/static" } },
    ])
    const [s3] = fileProvidersFromEnv("https://api.jahwal.example", {
      S3_BUCKET: "jahwal-images",
      S3_FILE_URL: "https://cdn.jahwal.example",
      S3_REGION: "ap-northeast-2",
      S3_ACCESS_KEY_ID: "AKIA-TEST",
      S3_SECRET_ACCESS_KEY: "secret-test",
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_FORCE_PATH_STYLE: "true",
    })
    expect(s3).toMatchObject({
      id: "s3",
      resolve: "@medusajs/medusa/file-s3",
      options: {
        bucket: "jahwal-images",
        file_url: "https://cdn.jahwal.example",
        region: "ap-northeast-2",
        endpoint: "http://minio.internal:9000",
        additional_client_config: { forcePathStyle: true },
      },
    })
    expect(() => fileProvidersFromEnv("x", { S3_BUCKET: "b" })).toThrow("S3_FILE_URL, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY")
  })
})

describe("admin language", () => {
  const page = koreanIndexHtml("<!DOCTYPE html>\n<html>\n<head></head><body></body></html>")
  /** Runs the injected script against a browser's cookie and localStorage. */
  const runScript = (cookie: string, stored: Record<string, string>) => {
    const localStorage = {
      getItem: (k: string) => stored[k] ?? null,
      setItem: (k: string, v: string) => void (stored[k] = v),
    }
    runInNewContext(page.tags[0]!.children, { document: { cookie }, localStorage })
    return stored
  }

  it("marks the page Korean and stores Korean for a browser without a choice", () => {
    expect(page.html).toContain('<html lang="ko">')
    expect(runScript("", {})).toEqual({ lng: "ko" })
  })

  it("keeps a language the user picked (cookie or localStorage)", () => {
    expect(runScript("_medusa_jwt=x; lng=en", {})).toEqual({})
    expect(runScript("", { lng: "en" })).toEqual({ lng: "en" })
  })
})
