// What the bench reads and edits: the seeded admin's token, a product to load and to re-price,
// its category, the region, and the Store API queries the storefront's pages make.
const ADMIN = {
  email: process.env.JAHWAL_ADMIN_EMAIL || "admin@jahwal.local",
  password: process.env.JAHWAL_ADMIN_PASSWORD || "jahwal1234",
}

async function json(url, init = {}) {
  const res = await fetch(url, init)
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${body.message ?? ""}`)
  return body
}

export async function adminToken(backendUrl) {
  const { token } = await json(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  return { authorization: `Bearer ${token}` }
}

/**
 * A published one-variant product whose category fits on the category page's first page
 * (12 cards, title order) and which no live 특판전 prices: its own price is what the pages show.
 */
export async function pickProduct(shop, admin) {
  const { products } = await json(
    `${shop.backendUrl}/admin/products?limit=500&status[]=published&fields=id,handle,title,*variants,*variants.prices,*categories`,
    { headers: admin }
  )
  const overview = await json(`${shop.backendUrl}/store/campaigns`, { headers: { "x-publishable-api-key": shop.publishableKey } })
  const onSale = new Set((overview.on_sale ?? []).map((s) => s.product_id))
  const perCategory = new Map()
  for (const p of products) for (const c of p.categories ?? []) perCategory.set(c.id, (perCategory.get(c.id) ?? 0) + 1)
  const product = products.find(
    (p) => p.variants?.length === 1 && p.categories?.length && (perCategory.get(p.categories[0].id) ?? 99) <= 12 && !onSale.has(p.id)
  )
  if (!product) throw new Error("no product fits the bench (one variant, a small category, not on sale)")
  return { product, category: product.categories[0] }
}

export async function storeRegionId(shop) {
  const { regions } = await json(`${shop.backendUrl}/store/regions?fields=id,*countries&limit=100`, {
    headers: { "x-publishable-api-key": shop.publishableKey },
  })
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "kr"))
  if (!region) throw new Error("no region serves kr")
  return region.id
}

// Field sets of storefront/lib/data/products.ts (CARD_FIELDS): keep in step with it.
const MAKER_FIELDS = "+maker.handle,+maker.name,+maker.region,+maker.kind,+joint_brand.handle,+joint_brand.name"
const STOCK_FIELDS = "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"
const CARD_FIELDS = `*variants.calculated_price,${STOCK_FIELDS},+metadata,${MAKER_FIELDS}`

const qs = (query) => new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()

/**
 * The Store API reads behind the pages, as lib/data/ makes them: the home page's newest products
 * (listNewestProducts(8)), a category page's first 12 (listCategoryProducts), the search page
 * (searchProducts: toSearchApiQuery, 24 per page) and the campaigns overview.
 */
export function storeApiPaths({ regionId, categoryId, query }) {
  return {
    "/store/products (home)": `/store/products?${qs({ fields: CARD_FIELDS, order: "-created_at", limit: 8, region_id: regionId })}`,
    "/store/products (category)": `/store/products?${qs({ category_id: categoryId, fields: CARD_FIELDS, order: "title", limit: 12, offset: 0, region_id: regionId })}`,
    "/store/search": `/store/search?${qs({ sort: "relevance", page: 1, limit: 24, q: query })}`,
    "/store/campaigns": "/store/campaigns",
  }
}

/**
 * The same two product lists as a stock Medusa storefront asks for them: the Next.js starter's
 * field set (nextjs-starter-medusa, lib/data/products.ts: every variant's prices, images, tags
 * and metadata), on the same page of the same list, so only the field sets differ. Measured with
 * our caches off, beside our lean reads, for the target "on a cache miss at least 1.5× stock".
 */
const STARTER_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*variants.images,+metadata,+tags,"

export function starterApiPaths({ regionId, categoryId }) {
  return {
    "/store/products (home)": `/store/products?${qs({ fields: STARTER_FIELDS, order: "-created_at", limit: 8, region_id: regionId })}`,
    "/store/products (category)": `/store/products?${qs({ category_id: categoryId, fields: STARTER_FIELDS, order: "title", limit: 12, offset: 0, region_id: regionId })}`,
  }
}

export function pagePaths({ categoryHandle, productHandle, query }) {
  return {
    "/ (home)": "/",
    "/categories/…": `/categories/${categoryHandle}`,
    "/products/…": `/products/${productHandle}`,
    "/gift-sets": "/gift-sets",
    "/makers": "/makers",
    "/campaigns": "/campaigns",
    "/search?q=…": `/search?q=${encodeURIComponent(query)}`,
  }
}

/** Sets the variant's KRW price through the admin API (what staff do in the admin). */
export async function setPrice(shop, admin, productId, amount) {
  const { product } = await json(`${shop.backendUrl}/admin/products/${productId}?fields=id,*variants,*variants.prices`, { headers: admin })
  const variant = product.variants[0]
  const prices = variant.prices.map((p) => ({
    id: p.id,
    currency_code: p.currency_code,
    amount: p.currency_code === "krw" && !p.min_quantity ? amount : p.amount,
  }))
  await json(`${shop.backendUrl}/admin/products/${productId}/variants/${variant.id}`, {
    method: "POST",
    headers: { ...admin, "content-type": "application/json" },
    body: JSON.stringify({ prices }),
  })
}

export const krwPrice = (product) =>
  product.variants[0].prices.find((p) => p.currency_code === "krw" && !p.min_quantity)?.amount
