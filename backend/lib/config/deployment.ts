import { randomBytes } from "node:crypto"
import requirements from "./deployment-requirements.json"

/**
 * The embedded local shop (the launcher on its embedded PostgreSQL, and the test run) may generate
 * its secrets and use the documented local admin and placeholder 무통장입금 account. Everything
 * else is a deployment and must bring its own values; the rule lives in
 * deployment-requirements.json so the launcher (plain Node, scripts/lib/deployment.mjs) applies
 * the same one before it starts anything.
 */
type Env = Record<string, string | undefined>
type LocalValueName = keyof typeof requirements.localValues

export const LOCAL_SHOP_FLAG = requirements.localFlag

/** Only an explicit flag makes a process local: nothing defaults to the insecure side. */
export function isLocalShop(env: Env = process.env): boolean {
  return env[LOCAL_SHOP_FLAG] === "1"
}

/** One line per missing or local-only setting; empty when the process may start. */
export function deploymentProblems(env: Env = process.env): string[] {
  if (isLocalShop(env)) return []
  const problems: string[] = []
  for (const { name, ko, en } of requirements.required) {
    const value = env[name]?.trim()
    if (!value) problems.push(`${name}: ${ko} / ${en}`)
    else if (value === requirements.localValues[name as LocalValueName]) {
      problems.push(`${name}: ${requirements.localValueProblem.ko} / ${requirements.localValueProblem.en}`)
    }
  }
  return problems
}

export function refusalMessage(problems: string[]): string {
  const { title, footer } = requirements
  return [`${title.ko} / ${title.en}`, ...problems.map((p) => `  - ${p}`), footer.ko, footer.en].join("\n")
}

export class DeploymentConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(refusalMessage(problems))
    this.name = "DeploymentConfigError"
  }
}

/** Throws the Korean/English refusal when a deployment lacks what it must set. */
export function assertDeploymentReady(env: Env = process.env): void {
  const problems = deploymentProblems(env)
  if (problems.length) throw new DeploymentConfigError(problems)
}

/**
 * The operator's value, else (local shop only) the documented local one; a deployment gets ""
 * (it never shows a placeholder; assertDeploymentReady refuses to start it first, except while
 * `medusa build` compiles, which needs no settings).
 */
export function settingOrLocal(name: LocalValueName, env: Env = process.env): string {
  const value = env[name]?.trim()
  if (value) return value
  return isLocalShop(env) ? requirements.localValues[name] : ""
}

/**
 * JWT/cookie secret: the operator's, else (local shop only) a random one for this process. The
 * launcher passes persistent ones from .data/secrets.json; tests live with one per process. Kept
 * in env so a config loaded twice in one process signs with the same secret.
 */
export function secretOrLocal(name: "JWT_SECRET" | "COOKIE_SECRET", env: Env = process.env): string | undefined {
  const value = env[name]?.trim()
  if (value) return value
  if (!isLocalShop(env)) return undefined
  env[name] = randomBytes(32).toString("hex")
  return env[name]
}
