// Read-only questions the launcher asks the shop's database before Medusa is running.
import pg from "pg"

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** The seed version that ran to the end (the seed sets store.metadata last), or null. */
export function seededVersion(url) {
  return withClient(url, async (client) => {
    const table = await client.query("select to_regclass('public.store') as t")
    if (!table.rows[0].t) return null
    const res = await client.query(
      "select metadata->>'jahwal_seed_version' as v from store where deleted_at is null and metadata->>'jahwal_seed_version' is not null limit 1"
    )
    return res.rows[0]?.v ?? null
  })
}

/** The storefront's publishable key created by the seed. */
export function findPublishableKey(url) {
  return withClient(url, async (client) => {
    const res = await client.query(
      `select token from api_key
        where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
        order by created_at limit 1`,
      ["자활장터 스토어프론트"]
    )
    return res.rows[0]?.token ?? null
  })
}

/** Whether the seeded region 대한민국 offers the payment provider (false when there is no region). */
export function regionOffersProvider(url, providerId) {
  return withClient(url, async (client) => {
    const res = await client.query(
      `select 1 from region r
         join region_payment_provider rpp on rpp.region_id = r.id and rpp.deleted_at is null
        where r.name = $1 and r.deleted_at is null and rpp.payment_provider_id = $2
        limit 1`,
      ["대한민국", providerId]
    )
    return res.rowCount > 0
  })
}
