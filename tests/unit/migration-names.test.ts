// Medusa records every module's migrations by name in one shared table (mikro_orm_migrations):
// two modules with a migration of the same name would let the second one be taken as already
// run, and its tables would never be created (it happened: order-access and seller-accounts).
import { readdirSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

const MODULES = path.resolve(__dirname, "../../backend/modules")

function migrationNames(): { module: string; name: string }[] {
  return readdirSync(MODULES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = path.join(MODULES, entry.name, "migrations")
      let files: string[] = []
      try {
        files = readdirSync(dir)
      } catch {
        return []
      }
      return files.filter((file) => /^Migration\d+\.ts$/.test(file)).map((file) => ({ module: entry.name, name: file.replace(/\.ts$/, "") }))
    })
}

describe("module migrations", () => {
  it("have names unique across all our modules", () => {
    const all = migrationNames()
    expect(all.length).toBeGreaterThan(5)
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const { module, name } of all) {
      const other = seen.get(name)
      if (other) clashes.push(`${name}: ${other} and ${module}`)
      seen.set(name, module)
    }
    expect(clashes).toEqual([])
  })
})
