import { FIELD_WEIGHT } from "../../utils/document-words"
import type { FacetName, SearchFilters, SearchSort } from "../../types"
import { textArray } from "./render-sql"

const fieldWeight = `case p.field ${Object.entries(FIELD_WEIGHT).map(([f, w]) => `when ${f} then ${w}`).join(" ")} else 0 end`

/**
 * Documents matching the query with their score: every query word must hit (through one of its
 * dictionary words) unless {{needed}} says fewer; the best field counts for each word; the
 * run-together title containing the whole query also matches, with a bonus.
 */
export function scoredCte(): string {
  return `q as (
    select * from jsonb_to_recordset({{expansions}}::jsonb) as q(word text, token int, score float8, max_field int)
  ),
  token_hits as (
    select p.document_id, q.token, max(q.score * ${fieldWeight}) as s
    from search_posting p join q on q.word = p.word
    -- the word list lets the planner look postings up by index instead of scanning them all
    where p.word = any(${textArray("words")}) and p.field <= q.max_field
    group by p.document_id, q.token
  ),
  compact_hits as (
    select id as document_id, -1 as token, 30::float8 as s
    from search_document where {{compactLike}}::text is not null and title_compact like {{compactLike}}
  ),
  scored as (
    select document_id, sum(s) as score, count(*) filter (where token >= 0) as matched, bool_or(token = -1) as whole
    from (select * from token_hits union all select * from compact_hits) t
    group by document_id
  )`
}

const FILTER_SQL: Record<FacetName, string> = {
  category: `d.category_handles && ${textArray("f_category")}`,
  maker: `d.maker_handle = any(${textArray("f_maker")})`,
  region: `d.region = any(${textArray("f_region")})`,
  brand: `d.brand_handle = any(${textArray("f_brand")})`,
  price_band: `d.price_band = any(${textArray("f_price_band")})`,
  certification: `d.certifications && ${textArray("f_certification")}`,
}

export function filterParams(filters: SearchFilters): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [`f_${k}`, v]))
}

const ORDER_BY: Record<SearchSort, string> = {
  relevance: "score desc, in_stock desc, product_created_at desc, id",
  price_asc: "price asc nulls last, score desc, id",
  price_desc: "price desc nulls last, score desc, id",
  newest: "product_created_at desc, id",
}

/**
 * The matching documents, narrowed to what sorting and facets read (the page of hits is joined
 * back to search_document at the end), with one boolean column per active filter.
 */
function matchedCte(hasQuery: boolean, filters: SearchFilters): string {
  const flags = (Object.keys(FILTER_SQL) as FacetName[])
    .map((f) => `${filters[f].length ? FILTER_SQL[f] : "true"} as f_${f}`)
    .join(",\n      ")
  return `m as (
    select d.id, d.price, d.price_band, d.in_stock, d.product_created_at,
      d.maker_handle, d.maker_name, d.region, d.brand_handle, d.brand_name, d.category_handles, d.category_names,
      d.certifications, ${hasQuery ? "s.score" : "0::float8 as score"},
      ${flags}
    from ${hasQuery ? "scored s join search_document d on d.id = s.document_id and (s.matched >= {{needed}} or s.whole)" : "search_document d"}
    where d.status = 'published' and d.sales_channel_ids && ${textArray("sales_channel_ids")}
  )`
}

const ALL = (except?: FacetName) =>
  (["category", "maker", "region", "brand", "price_band", "certification"] as FacetName[])
    .filter((f) => f !== except)
    .map((f) => `f_${f}`)
    .join(" and ")

const FACET_SQL: Record<FacetName, string> = {
  category: `select c.value, c.label, count(*)::int as count from m, unnest(m.category_handles, m.category_names) as c(value, label)
    where ${ALL("category")} group by c.value, c.label`,
  maker: `select maker_handle as value, max(maker_name) as label, count(*)::int as count from m
    where ${ALL("maker")} and maker_handle is not null group by maker_handle`,
  region: `select region as value, region as label, count(*)::int as count from m
    where ${ALL("region")} and region is not null group by region`,
  brand: `select brand_handle as value, max(brand_name) as label, count(*)::int as count from m
    where ${ALL("brand")} and brand_handle is not null group by brand_handle`,
  price_band: `select price_band as value, price_band as label, count(*)::int as count from m
    where ${ALL("price_band")} and price_band is not null group by price_band`,
  certification: `select c as value, c as label, count(*)::int as count from m, unnest(m.certifications) as c
    where ${ALL("certification")} group by c`,
}

const HIT_COLUMNS = ["id", "handle", "title", "subtitle", "thumbnail", "price", "maker_handle", "maker_name", "brand_handle", "brand_name"]
  .map((c) => `d.${c}`)
  .join(", ")

/**
 * One round trip for a results page: total, the page of hits and, unless `facets` is false,
 * every facet counted over the matches filtered by all the other facets (so that choosing a
 * value leaves its siblings' counts visible: OR within a facet, AND across facets).
 */
export function searchSql(opts: { hasQuery: boolean; filters: SearchFilters; sort: SearchSort; facets: boolean }): string {
  const ctes = [...(opts.hasQuery ? [scoredCte()] : []), matchedCte(opts.hasQuery, opts.filters)]
  const facetColumns = opts.facets
    ? (Object.keys(FACET_SQL) as FacetName[]).map(
        (f) => `(select coalesce(json_agg(x order by x.count desc, x.label), '[]') from (${FACET_SQL[f]}) x) as facet_${f}`
      )
    : []
  return `with ${ctes.join(",\n")}
  select
    (select count(*)::int from m where ${ALL()}) as total,
    (select coalesce(json_agg(h order by h.ord), '[]') from (
      select ${HIT_COLUMNS}, page.ord from (
        select id, row_number() over (order by ${ORDER_BY[opts.sort]}) as ord
        from m where ${ALL()} order by ${ORDER_BY[opts.sort]} limit {{limit}} offset {{offset}}
      ) page join search_document d on d.id = page.id
    ) h) as hits${facetColumns.length ? ",\n    " + facetColumns.join(",\n    ") : ""}`
}

/** Makers (field 2) or joint brands (field 3) whose names match, for the suggestions while typing. */
export function partySql(kind: "maker" | "brand"): string {
  const field = kind === "maker" ? 2 : 3
  // Postings first (materialized), then the few documents they name, by primary key.
  return `with q as (
    select * from jsonb_to_recordset({{expansions}}::jsonb) as q(word text, token int, score float8, max_field int)
  ),
  hits as materialized (
    select p.document_id, max(q.score) as s
    from search_posting p join q on q.word = p.word
    where p.field = ${field} and p.word = any(${textArray("words")})
    group by p.document_id
  )
  select d.${kind}_handle as handle, max(d.${kind}_name) as name, max(h.s) as s
  from hits h join search_document d on d.id = h.document_id
  where d.status = 'published' and d.sales_channel_ids && ${textArray("sales_channel_ids")} and d.${kind}_handle is not null
  group by d.${kind}_handle
  order by s desc, name
  limit {{limit}}`
}
