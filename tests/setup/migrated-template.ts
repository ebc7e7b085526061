// Builds, once per test run, the migrated empty database that every integration test file copies
// (CREATE DATABASE ... TEMPLATE) instead of running all of Medusa's and our migrations itself:
// about 10 s per file on an idle machine, 30-40 s on a loaded one, times some 60 files.
// It does what Medusa's test runner does before it starts the app (module migrations, then the
// link tables), with the same config, so a file's own migrate-and-sync finds nothing left to do;
// anything a file's env adds (another module) it still applies itself.
// Run by tests/setup/global-db.mts as a child process: node -r ts-node/register <this> <database>.
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

async function main(database: string) {
  const runnerUtils = require("@medusajs/test-utils/dist/medusa-test-runner-utils")
  const { getDatabaseURL } = require("@medusajs/test-utils/dist/database")
  const credentials = {
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
  }
  await runnerUtils.createDatabase({ databaseName: database, errorIfExist: true }, credentials)
  await runnerUtils.configLoaderOverride(ROOT, { clientUrl: getDatabaseURL(database), debug: false })

  const { container, MedusaAppLoader, logger, pgConnectionLoader } = await import("@medusajs/framework")
  const { ContainerRegistrationKeys, getResolvedPlugins, mergePluginModules } = await import("@medusajs/framework/utils")
  const { Migrator } = await import("@medusajs/framework/migrations")
  const { asValue } = await import("@medusajs/framework/awilix")
  const appLoader = new MedusaAppLoader({ medusaConfigPath: ROOT, cwd: ROOT })
  const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  mergePluginModules(configModule, await getResolvedPlugins(ROOT, configModule), ROOT)
  container.register({ [ContainerRegistrationKeys.LOGGER]: asValue(logger) })
  const pg = await pgConnectionLoader()
  await new Migrator({ container }).ensureMigrationsTable()
  await runnerUtils.migrateDatabase(appLoader)
  await runnerUtils.syncLinks(appLoader, ROOT, container, logger)
  await pg.destroy()
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
