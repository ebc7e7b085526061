type BuildOptions = { quiet?: boolean; log?: (message: string) => void }
export function buildBackendIfNeeded(env: NodeJS.ProcessEnv, options?: BuildOptions): Promise<void>
export function buildStorefrontIfNeeded(env: NodeJS.ProcessEnv, options?: BuildOptions): Promise<void>
