export function storefrontWorkers(env?: NodeJS.ProcessEnv): number
export function storefrontStartCommand(options: { port: number | string; host?: string; env?: NodeJS.ProcessEnv; nextBin: string }): { command: string; args: string[] }
