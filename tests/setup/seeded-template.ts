// Builds, once per test run, the seeded database that integration test files copy by default
// (tests/integration/utils/seeded-database.ts starts it on the first file's demand):
// the migrated template plus the whole seed (seed/seed-all.ts), made by the app itself with its
// subscribers and jobs loaded, as a test file's own seedAll did. Seeding took about 22 s per file
// on an idle machine (45-60 s loaded) in some 50 files; a file's own seedAll on a copy finds
// everything there and returns in under a second (every seed step looks before it writes).
// It seeds under a working name and renames the database when done, so a failed or killed build
// never leaves a half-seeded template behind under the real name.
//   node -r ts-node/register/transpile-only <this> <migrated template> <seeded database>
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function main(template: string, target: string) {
  const database = `${target}_building`
  const runnerUtils = require("@medusajs/test-utils/dist/medusa-test-runner-utils")
  const { waitWorkflowExecutions } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions")
  const { getDatabaseURL } = require("@medusajs/test-utils/dist/database")
  const { onServer } = require("./server-sql") as typeof import("./server-sql")
  await onServer([`DROP DATABASE IF EXISTS "${database}"`, `CREATE DATABASE "${database}" TEMPLATE "${template}"`])
  await runnerUtils.configLoaderOverride(ROOT, { clientUrl: getDatabaseURL(database), debug: false })

  // the app as Medusa's test runner starts it (API, subscribers, jobs), without an HTTP port
  const express = require("express")
  const loaders = require("@medusajs/medusa/loaders/index").default
  const { container, shutdown } = await loaders({ directory: ROOT, expressApp: express() })
  const { seedAll } = require("../../seed/seed-all") as typeof import("../../seed/seed-all")
  await seedAll(container)
  // let the subscribers of the seed's events and their workflows finish before the copy is taken
  for (let round = 0; round < 3; round++) {
    await sleep(500)
    await waitWorkflowExecutions(container)
  }
  await shutdown()
  await onServer([
    // connections the app left (its pool closes asynchronously) would block the rename
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    `ALTER DATABASE "${database}" RENAME TO "${target}"`,
  ])
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
