import fs from "node:fs"
import path from "node:path"
import type { RouteEntry } from "./route-list"

/** One malformed request for a route; bodies and query strings are sent byte for byte. */
export type FuzzCase = {
  label: string
  path: string
  /** raw query string without "?" */
  query?: string
  /** raw request body (JSON text unless contentType says otherwise) */
  body?: string
  contentType?: string
  /**
   * The request cannot be valid: it must be refused with a 4xx. The others may be accepted
   * (`{"name":"x"}` is a valid partial update); a refused request never writes either way.
   */
  mustReject: boolean
}

const REPO = path.resolve(__dirname, "../../..")

/** Bad values for a path parameter, already URL-encoded the way a client could send them. */
export const BAD_IDS: [string, string][] = [
  ["x", "x"],
  ["sql", encodeURIComponent("' OR 1=1 --")],
  ["5000 chars", "a".repeat(5000)],
  ["NUL", "%00"],
  ["unicode", encodeURIComponent("한글🙂\u202e\u200b")],
  ["../", encodeURIComponent("../../etc/passwd")],
  ["bad utf-8", "%ED%A0%80%FF"],
  ["-1e309", "-1e309"],
]

const nested = (depth: number, open: string, close: string, leaf: string) => open.repeat(depth) + leaf + close.repeat(depth)
const deepObject = (depth: number) => nested(depth, '{"a":', "}", "1")
const deepArray = (depth: number) => nested(depth, "[", "]", "1")

/** Values of every JSON type, as raw JSON: each field of a route gets all of them. */
const TYPE_VALUES: [string, string][] = [
  ["number", "1"],
  ["string", '"x"'],
  ["array", '[1,"a",null]'],
  ["object", '{"a":{"b":[]}}'],
  ["null", "null"],
  ["boolean", "true"],
]

/** Odd values, as raw JSON (so 1e309, -0 and lone surrogates survive): the first fields get all, the others a rotating few. */
const SPECIAL_VALUES: [string, string][] = [
  ["fraction won", "1000.5"],
  ["sql", JSON.stringify("' OR 1=1 --")],
  ["1e309", "1e309"],
  ["-0", "-0"],
  ["NaN string", '"NaN"'],
  ["NUL", '"a\\u0000b"'],
  ["lone surrogate", '"\\ud800x\\udfff"'],
  ["RTL + zero-width", JSON.stringify("\u202e\u200b\ufeff관리자\u2066")],
  ["20k chars", JSON.stringify("가".repeat(20_000))],
]

/** Query values; the query string is parsed by qs (brackets make arrays and objects). */
const QUERY_VALUES: [string, (key: string) => string][] = [
  ["number", (k) => `${k}=1`],
  ["negative fraction", (k) => `${k}=-1.5`],
  ["array", (k) => `${k}[]=a&${k}[]=b`],
  ["object", (k) => `${k}[a]=b`],
  ["empty", (k) => `${k}=`],
  ["1e309", (k) => `${k}=1e309`],
  ["NaN", (k) => `${k}=NaN`],
  ["NUL", (k) => `${k}=a%00b`],
  ["bad utf-8", (k) => `${k}=%ED%A0%80%FF`],
  ["RTL + zero-width", (k) => `${k}=${encodeURIComponent("\u202e\u200b관리자")}`],
  ["sql", (k) => `${k}=${encodeURIComponent("' OR 1=1 --")}`],
  ["8k chars", (k) => `${k}=${"a".repeat(8000)}`],
]

/** Whole-query cases that do not depend on the route's fields. */
const QUERY_SHAPES: [string, string][] = [
  ["unknown key", "zz_unknown=1"],
  ["3-level dotted key", "a.b.c=1"],
  ["deep brackets", `a${"[a]".repeat(60)}=1`],
  ["__proto__", "__proto__[polluted]=1&constructor[prototype][x]=1"],
  ["bad percent", "q=%E0%A4%A"],
  ["many keys", Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join("&")],
]

/** Whole-body cases; `{}` is the only one a route may accept (an empty partial update, a new cart). */
const BODY_SHAPES: [string, string, Partial<FuzzCase>][] = [
  ["invalid JSON", '{"a":', {}],
  ["single quotes", "{'a':1}", {}],
  ["top-level array", "[]", {}],
  ["top-level string", '"x"', {}],
  ["top-level number", "1", {}],
  ["top-level null", "null", {}],
  ["unknown field", '{"zz_unknown":1}', {}],
  ["__proto__", '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}', {}],
  ["1000-deep object", `{"zz":${deepObject(1000)}}`, {}],
  ["1000-deep array", `{"zz":${deepArray(1000)}}`, {}],
  ["1 MB string", `{"zz":"${"가".repeat(350_000)}"}`, {}],
  ["text/plain body", "hello", { contentType: "text/plain" }],
  ["urlencoded body", "a[b][c]=1&zz=2", { contentType: "application/x-www-form-urlencoded" }],
  ["empty object", "{}", { mustReject: false }],
]

type Block = { keys: string[]; refs: string[] }

/** Top-level `const X = …` / `export const X = …` blocks of a validators file: their keys and the names they use. */
function blocksOf(text: string): Map<string, Block> {
  const blocks = new Map<string, Block>()
  const starts = [...text.matchAll(/^(?:export\s+)?const\s+(\w+)\s*=/gm)]
  starts.forEach((m, i) => {
    const body = text.slice(m.index! + m[0].length, starts[i + 1]?.index ?? text.length)
    // `key: z…` or `key: someShape`, not `max: number` (a parameter) or `error: SOME_MESSAGE`
    const keys = [...body.matchAll(/(?:^|[{,(]\s*|\n\s*)([a-z_][a-z0-9_]*)\s*:\s*(?=[a-z(])(?!(?:number|string|boolean|unknown)\b)/g)].map((k) => k[1])
    const shorthand = [...body.matchAll(/^\s*([a-z_][a-z0-9_]*),\s*$/gm)].map((k) => k[1])
    const refs = [...body.matchAll(/\b([A-Za-z_]\w*)\b/g)].map((r) => r[1])
    blocks.set(m[1], { keys: [...keys, ...shorthand], refs })
  })
  return blocks
}

function keysOf(name: string, blocks: Map<string, Block>, seen = new Set<string>()): string[] {
  const block = blocks.get(name)
  if (!block || seen.has(name)) return []
  seen.add(name)
  return [...block.keys, ...block.refs.flatMap((ref) => keysOf(ref, blocks, seen))]
}

/**
 * The fields a route reads, from the schemas it imports out of validators files (`…Type` of a
 * `…Query` schema for GET, of the others for writes), following the shapes they spread or wrap
 * (`z.object(makerFields)`, `...pagingSchema`) one file deep.
 */
export function fieldsOf(route: RouteEntry): string[] {
  const source = fs.readFileSync(path.join(REPO, route.file), "utf8")
  const dir = path.dirname(path.join(REPO, route.file))
  const names = new Set<string>()
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"(\.[^"]*validators)"/g)) {
    const file = path.resolve(dir, `${m[2]}.ts`)
    if (!fs.existsSync(file)) continue
    const text = fs.readFileSync(file, "utf8")
    const blocks = blocksOf(text)
    // shapes imported from elsewhere (pagingSchema, handleSchema) are read from their file too
    for (const imp of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+"(\.[^"]*)"/g)) {
      const other = path.resolve(path.dirname(file), `${imp[2]}.ts`)
      if (fs.existsSync(other)) for (const [k, v] of blocksOf(fs.readFileSync(other, "utf8"))) if (!blocks.has(k)) blocks.set(k, v)
    }
    for (const imported of m[1].split(",").map((n) => n.replace(/^\s*type\s+/, "").trim()).filter(Boolean)) {
      const schema = imported.replace(/Type$/, "")
      if (schema.includes("Query") !== (route.method === "GET")) continue
      for (const key of keysOf(schema, blocks)) names.add(key)
    }
  }
  return [...names].sort()
}

const withParams = (route: RouteEntry, values: Record<string, string>, override: Record<string, string> = {}) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => override[name] ?? values[name] ?? "x")

/**
 * The malformed requests for one route × method: bad path parameters, then (with real
 * parameters, so validation is reached) wrong query or body values per field and shapes.
 */
export function casesFor(route: RouteEntry, realParams: Record<string, string>, fields: string[]): FuzzCase[] {
  const cases: FuzzCase[] = []
  const ok = withParams(route, realParams)
  const hasBody = route.method !== "GET"
  for (const param of route.params) {
    for (const [label, bad] of BAD_IDS) {
      cases.push({
        label: `param ${param}=${label}`,
        path: withParams(route, realParams, { [param]: bad }),
        body: hasBody ? '{"zz_unknown":1}' : undefined,
        mustReject: true,
      })
    }
  }
  if (!hasBody) {
    for (const field of fields) {
      for (const [label, make] of QUERY_VALUES) cases.push({ label: `query ${field}=${label}`, path: ok, query: make(field), mustReject: false })
    }
    for (const [label, query] of QUERY_SHAPES) cases.push({ label: `query ${label}`, path: ok, query, mustReject: false })
    return cases
  }
  fields.forEach((field, i) => {
    const specials = i < 3 ? SPECIAL_VALUES : [0, 1, 2].map((k) => SPECIAL_VALUES[(i * 3 + k) % SPECIAL_VALUES.length])
    for (const [label, value] of [...TYPE_VALUES, ...specials]) {
      cases.push({ label: `body ${field}=${label}`, path: ok, body: `{"${field}":${value}}`, mustReject: false })
    }
  })
  for (const [label, body, extra] of BODY_SHAPES) cases.push({ label: `body ${label}`, path: ok, body, mustReject: true, ...extra })
  cases.push({ label: "query unknown key on a write", path: ok, query: "zz_unknown=1&a.b.c=1", body: "{}", mustReject: false })
  return cases
}
