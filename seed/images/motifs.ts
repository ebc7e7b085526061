// Which drawing belongs to which ImageMotif. Every motif of seed/types.ts must be listed here;
// the Record type makes the compiler check that.
import type { ImageMotif } from "../types"
import * as food from "./motifs-food"
import * as goods from "./motifs-goods"
import type { Palette } from "./palette"

export type MotifDrawing = (palette: Palette) => string

export const MOTIFS: Record<ImageMotif, MotifDrawing> = {
  laver: food.laver,
  "laver-flakes": food.laverFlakes,
  "gift-box": goods.giftBox,
  sandwich: food.sandwich,
  drink: food.drink,
  "side-dish": food.sideDish,
  "lunch-box": food.lunchBox,
  bibimbap: food.bibimbap,
  stew: food.stew,
  noodle: food.noodle,
  "rice-bag": food.riceBag,
  grain: food.grain,
  bicycle: goods.bicycle,
  "craft-kit": goods.craftKit,
  "sock-doll": goods.sockDoll,
  cork: goods.cork,
  "napkin-art": goods.napkinArt,
  container: goods.container,
  tumbler: goods.tumbler,
  cleaning: goods.cleaning,
  book: goods.book,
  bread: food.bread,
  soap: goods.soap,
  tea: food.tea,
}

export const MOTIF_NAMES = Object.keys(MOTIFS) as ImageMotif[]
