export const DB_USER: string
export const DB_PASSWORD: string
export function isPortFree(port: number, host?: string): Promise<boolean>
export type EmbeddedDatabase = {
  port: number
  url(db: string): string
  ensureDatabase(name: string): Promise<void>
  stop(): Promise<void>
}
export function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  log?: (message: string) => void
}): Promise<EmbeddedDatabase>
