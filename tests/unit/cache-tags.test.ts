import { describe, expect, it } from "vitest"
import { eventIds } from "../../backend/lib/storefront/event-ids"
import { productTags } from "../../backend/lib/storefront/cache-tags"

describe("storefront cache tags of a product change", () => {
  it("name its page (id and handle), its categories with their parents, collection, maker, brand, home and campaigns", () => {
    const tags = productTags({
      id: "prod_1",
      handle: "gim-jaban",
      categories: [{ id: "pcat_child", mpath: "pcat_root.pcat_child" }],
      collection_id: "pcol_1",
      maker: { handle: "naechingu-gim" },
      joint_brand: { handle: "sosodream" },
    })
    expect(tags.sort()).toEqual(
      [
        "product:prod_1", "product:gim-jaban", "category:pcat_child", "category:pcat_root", "collection:pcol_1",
        "maker:naechingu-gim", "brand:sosodream", "products:newest", "campaigns",
      ].sort()
    )
  })

  it("leave out what the product has not, and never name search (the search sync does, once written)", () => {
    const tags = productTags({ id: "prod_2", handle: "x", categories: null, maker: null })
    expect(tags.sort()).toEqual(["campaigns", "product:prod_2", "product:x", "products:newest"])
  })

  it("an event's id may be one or many", () => {
    expect(eventIds({ id: "a" })).toEqual(["a"])
    expect(eventIds({ id: ["a", "b"] })).toEqual(["a", "b"])
    expect(eventIds(undefined)).toEqual([])
  })
})
