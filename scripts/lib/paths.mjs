import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const SERVER_DIR = path.join(ROOT, ".medusa", "server")
export const STOREFRONT = path.join(ROOT, "storefront")
