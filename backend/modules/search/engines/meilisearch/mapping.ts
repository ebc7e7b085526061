import { toChoseong, toKeyboardKeys } from "../../../../lib/korean/hangul"
import { indexWords } from "../../../../lib/korean/query-match"
import { tokenize } from "../../../../lib/korean/normalize"
import { priceBandOf } from "../../utils/price-band"
import type { SearchDocument } from "../../types"

export type MeilisearchDocument = Omit<SearchDocument, "product_created_at"> & {
  price_band: string | null
  stock_rank: number
  created_at_ts: number
  title_stems: string
  title_keys: string
  title_choseong: string
  party_keys: string
  party_choseong: string
}

/** 초성 of each word in keyboard keys (김자반 → rwq), so Meilisearch's tokenizer keeps it whole. */
export function choseongKeys(text: string): string {
  return tokenize(text)
    .map((word) => toKeyboardKeys(toChoseong(word)).replace(/ /g, ""))
    .filter(Boolean)
    .join(" ")
}

/**
 * A search document as Meilisearch stores it: the plain fields plus the Korean matching
 * fields (particle-stripped stems, keystrokes for jamo-level typos, 초성 keys).
 */
export function toMeilisearchDocument(doc: SearchDocument): MeilisearchDocument {
  const { product_created_at, ...rest } = doc
  const party = [doc.maker_name ?? "", doc.brand_name ?? ""].join(" ")
  return {
    ...rest,
    price_band: priceBandOf(doc.price),
    stock_rank: doc.in_stock ? 1 : 0,
    created_at_ts: Math.floor(new Date(product_created_at).getTime() / 1000),
    title_stems: indexWords(doc.title).join(" "),
    title_keys: toKeyboardKeys(doc.title),
    title_choseong: choseongKeys(doc.title),
    party_keys: toKeyboardKeys(party),
    party_choseong: choseongKeys(party),
  }
}
