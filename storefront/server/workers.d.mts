export function storefrontWorkers(env?: NodeJS.ProcessEnv): number
export function responseCacheSeconds(env?: NodeJS.ProcessEnv): number
export function storefrontStartCommand(options: { port: number | string; host?: string; env?: NodeJS.ProcessEnv }): { command: string; args: string[] }
