import type { SeedProduct } from "../../types"
import { daejeonProducts } from "./daejeon"
import { gwangjuProducts } from "./gwangju"
import { gyeongnamProducts } from "./gyeongnam"
import { seongdongProducts } from "./seongdong"
import { seoulProducts } from "./seoul"

export { MULTI_MAKER_TAG } from "./helpers"

/** The whole seed catalog, grouped by region of the maker. */
export const products: SeedProduct[] = [
  ...gwangjuProducts,
  ...seoulProducts,
  ...seongdongProducts,
  ...daejeonProducts,
  ...gyeongnamProducts,
]
