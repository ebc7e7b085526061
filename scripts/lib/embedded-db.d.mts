export const DB_USER: string
export const DB_PASSWORD: string
export function isPortFree(port: number, host?: string): Promise<boolean>
export type EmbeddedDatabaseOptions = {
  dataDir: string
  port: number
  log?: (message: string) => void
  /** own process group: stopped only by stop(), not by a terminal's Ctrl-C to our group */
  ownGroup?: boolean
  /** false: fsync, full-page writes and synchronous commit off (throw-away test clusters) */
  durable?: boolean
}
export type EmbeddedDatabase = {
  port: number
  url(db: string): string
  start(): Promise<void>
  ensureDatabase(name: string): Promise<void>
  stop(options?: { graceMs?: number }): Promise<void>
}
export function embeddedPostgres(options: EmbeddedDatabaseOptions): EmbeddedDatabase
export function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase>
