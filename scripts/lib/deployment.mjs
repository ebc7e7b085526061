// The launcher's side of the deployment rule (backend/lib/config/deployment.ts holds the same
// for medusa-config and the seed; both read backend/lib/config/deployment-requirements.json, and
// tests/unit/deployment-config.test.ts checks that they agree). The launcher cannot load
// TypeScript, and it should refuse before it builds or migrates anything.
import { randomBytes } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./paths.mjs"

const requirements = JSON.parse(
  readFileSync(path.join(ROOT, "backend", "lib", "config", "deployment-requirements.json"), "utf8")
)

export const LOCAL_SHOP_FLAG = requirements.localFlag
// JAHWAL_REVALIDATE_SECRET: the backend and the storefront share it (POST /api/revalidate)
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "JAHWAL_REVALIDATE_SECRET"]

/** One line per missing or local-only setting of a deployment; empty when it may start. */
export function deploymentProblems(env) {
  if (env[LOCAL_SHOP_FLAG] === "1") return []
  const problems = []
  for (const { name, ko, en } of requirements.required) {
    const value = env[name]?.trim()
    if (!value) problems.push(`${name}: ${ko} / ${en}`)
    else if (value === requirements.localValues[name]) {
      problems.push(`${name}: ${requirements.localValueProblem.ko} / ${requirements.localValueProblem.en}`)
    }
  }
  return problems
}

export function refusalMessage(problems) {
  const { title, footer } = requirements
  return [`${title.ko} / ${title.en}`, ...problems.map((p) => `  - ${p}`), footer.ko, footer.en].join("\n")
}

/** Refuses a deployment (the launcher on an external DATABASE_URL) that lacks its settings. */
export function assertDeploymentReady(env) {
  const problems = deploymentProblems(env)
  if (problems.length) throw new Error(refusalMessage(problems))
}

/**
 * JWT/cookie/revalidation secrets made once per data folder, so the local shop never runs on a
 * known one. A folder made before a secret existed gets just that one added; the others stay.
 */
export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json")
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const missing = SECRET_NAMES.filter((name) => typeof secrets[name] !== "string" || !secrets[name])
  if (missing.length) {
    for (const name of missing) secrets[name] = randomBytes(32).toString("hex")
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}

/**
 * The env of the embedded local shop: marked local (generated secrets, local admin and
 * placeholder account allowed) and with generated secrets only where the operator set none —
 * the operator's JWT_SECRET / COOKIE_SECRET / JAHWAL_REVALIDATE_SECRET always win.
 */
export function localShopEnv(env, generated) {
  const out = { ...env, [LOCAL_SHOP_FLAG]: "1" }
  for (const name of SECRET_NAMES) {
    if (!env[name]?.trim() && generated[name]) out[name] = generated[name]
  }
  return out
}
