import type { SeedMaker } from "../../types"
import { daejeonMakers } from "./daejeon"
import { gwangjuMakers } from "./gwangju"
import { gyeongnamMakers } from "./gyeongnam"
import { seoulMakers } from "./seoul"

// Makers (자활기업, 광역자활기업, 자활근로사업단) of the seed catalog. Names, centers, menus and
// events come from /work/shared/seeds; founding dates, representatives, phones, addresses,
// business registration numbers (checksum-valid but invented) and mail-order numbers are invented
// unless a comment says otherwise.

export const makers: SeedMaker[] = [...gwangjuMakers, ...seoulMakers, ...daejeonMakers, ...gyeongnamMakers]
