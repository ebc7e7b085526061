// Content hashes of build inputs, so `npm start` rebuilds only when sources changed.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".next", ".medusa", ".git", ".data", "static", "coverage"])

function walk(root, entry, files) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return
  const stat = statSync(full)
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!SKIP.has(name)) walk(root, path.join(entry, name), files)
    }
  } else {
    files.push(entry)
  }
}

/** sha256 over the relative paths and contents of `entries` under `root`. */
export function hashInputs(root, entries) {
  const files = []
  for (const entry of entries) walk(root, entry, files)
  const hash = createHash("sha256")
  for (const file of files) {
    hash.update(file)
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest("hex")
}

export function isBuildCurrent(stampFile, hash, output) {
  return existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash
}

export function recordBuild(stampFile, hash) {
  writeFileSync(stampFile, hash)
}
