import fs from "node:fs"
import path from "node:path"

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
export type ApiSurface = "store" | "admin" | "seller"

export type RouteEntry = {
  /** Medusa-style path: `/admin/makers/:id` */
  path: string
  method: HttpMethod
  /** the route file, relative to the repository root */
  file: string
  /** path parameters in order, e.g. ["id"] for `[id]` */
  params: string[]
}

const API_ROOT = path.resolve(__dirname, "../../../backend/api")
const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]
// `export async function GET(`, `export function POST(`, `export const DELETE =`, `export { GET }`
const EXPORTED = new RegExp(
  `export\\s+(?:async\\s+)?(?:function\\s*\\*?\\s*|const\\s+|let\\s+)(${METHODS.join("|")})\\b|export\\s*\\{([^}]*)\\}`,
  "g"
)

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return /^route\.(ts|js)$/.test(entry.name) ? [full] : []
  })
}

/** The HTTP methods a route file exports, read from its source (nothing is imported). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>()
  for (const match of source.matchAll(EXPORTED)) {
    if (match[1]) found.add(match[1] as HttpMethod)
    for (const name of (match[2] ?? "").split(",")) {
      const exported = name.trim().split(/\s+as\s+/).pop()?.trim() as HttpMethod
      if (METHODS.includes(exported)) found.add(exported)
    }
  }
  return METHODS.filter((m) => found.has(m))
}

/**
 * Every route × method under `backend/api/<surface>/`, read from the route files the way
 * Medusa's file-based routing reads them (`[id]` folders are `:id` parameters), so a test built
 * on this list covers a new route the day its file lands. Sorted by path, then method.
 */
export function listRoutes(surface: ApiSurface): RouteEntry[] {
  const repoRoot = path.resolve(API_ROOT, "../..")
  return routeFiles(path.join(API_ROOT, surface))
    .flatMap((file) => {
      const relDir = path.relative(API_ROOT, path.dirname(file)).split(path.sep)
      const params: string[] = []
      const segments = relDir.map((segment) => {
        const param = /^\[(\w+)\]$/.exec(segment)
        if (!param) return segment
        params.push(param[1])
        return `:${param[1]}`
      })
      const routePath = `/${segments.join("/")}`
      return exportedMethods(fs.readFileSync(file, "utf8")).map((method) => ({
        path: routePath,
        method,
        file: path.relative(repoRoot, file),
        params: [...params],
      }))
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}
