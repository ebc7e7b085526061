import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http"

export const KEY_HEADERS: string[]
export const HIT_HEADER: string
export function responseKey(req: IncomingMessage): string
export function keepSeconds(statusCode: number, headers: OutgoingHttpHeaders | Record<string, unknown>, maxSeconds: number): number
export type ResponseCache = {
  readonly size: number
  invalidate(): void
  serve(req: IncomingMessage, res: ServerResponse): boolean
}
export function createResponseCache(options?: { maxSeconds?: number; maxBytes?: number; now?: () => number }): ResponseCache
