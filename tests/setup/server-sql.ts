import { Client } from "pg"

/**
 * A session on the test server's maintenance database ("postgres", DB_* from the run's env), for
 * what a database cannot do to itself: create, copy, rename or drop databases, advisory locks.
 * The session ends (and with it any advisory lock it held) when `fn` settles.
 */
export async function withServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Runs the statements one after another in one such session. */
export const onServer = (statements: string[]) =>
  withServer(async (client) => {
    for (const statement of statements) await client.query(statement)
  })
