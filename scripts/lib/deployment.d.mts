type Env = Record<string, string | undefined>
export const LOCAL_SHOP_FLAG: string
export function deploymentProblems(env: Env): string[]
export function refusalMessage(problems: string[]): string
export function assertDeploymentReady(env: Env): void
export function localSecrets(dataDir: string): Record<"JWT_SECRET" | "COOKIE_SECRET" | "JAHWAL_REVALIDATE_SECRET", string>
export function localShopEnv(env: Env, generated: Record<string, string>): Env
