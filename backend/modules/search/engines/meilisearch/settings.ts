import { SYNONYMS } from "../../../../lib/korean/synonyms"

/**
 * Index settings. The order of searchableAttributes is Meilisearch's attribute ranking, so
 * title (and its Korean matching forms) > maker/brand > the rest > description, as in the
 * built-in engine. Typo budgets follow backend/lib/korean typoBudget on the keystroke fields:
 * one wrong key from 4 keys (two syllables), two from 8.
 */
export const MEILISEARCH_SETTINGS = {
  searchableAttributes: [
    "title", "title_stems", "title_keys", "title_choseong",
    "maker_name", "brand_name", "party_keys", "party_choseong",
    "subtitle", "category_names", "tags", "certifications", "region",
    "description",
  ],
  filterableAttributes: [
    "id", "status", "sales_channel_ids", "category_handles", "maker_handle", "region", "brand_handle", "price_band",
    "certifications", "in_stock",
  ],
  sortableAttributes: ["price", "created_at_ts"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "stock_rank:desc", "created_at_ts:desc"],
  displayedAttributes: ["*"],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    // 초성 keys are abbreviations: a "typo" there is a different word.
    disableOnAttributes: ["title_choseong", "party_choseong"],
    disableOnNumbers: true,
  },
  synonyms: SYNONYMS,
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { "*": "count" as const } },
  pagination: { maxTotalHits: 10000 },
}

/** Fields searched for each reading of the query (see request.ts). */
export const LITERAL_FIELDS = [
  "title", "title_stems", "maker_name", "brand_name", "subtitle", "category_names", "tags", "certifications", "region", "description",
]
export const KEY_FIELDS = ["title_keys", "party_keys"]
export const CHOSEONG_FIELDS = ["title_choseong", "party_choseong"]
