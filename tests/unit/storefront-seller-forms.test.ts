import { describe, expect, it } from "vitest"
import {
  checkInviteAccept,
  checkMemberInvite,
  checkNewPassword,
  checkResetRequest,
  isKorean,
  roleLabel,
  safeSellerPath,
} from "../../storefront/lib/util/seller-forms"
import {
  contentChanges,
  descriptionHtml,
  fieldOfApiMessage,
  parseNewProduct,
  parseVariantUpdate,
  parseWholeNumber,
  PRICE_ERROR,
  rowIndexes,
  STOCK_ERROR,
  TIER_PRICE_ERROR,
  TIER_QUANTITY_ERROR,
} from "../../storefront/lib/util/seller-product-form"
import {
  basePriceOf,
  parseStatusParam,
  productStatusLabel,
  revisionNotice,
  stockOf,
  tierPricesOf,
} from "../../storefront/lib/util/seller-product-view"
import { checkMakerProfile, profileFieldOfApiMessage } from "../../storefront/lib/util/seller-profile-form"
import { currentNavHref, SELLER_NAV } from "../../storefront/modules/seller/nav"

/** The pure parts of 판매자센터's forms and pages (storefront/lib/util/seller-*.ts). */

const product = (over: Record<string, string> = {}) => ({
  title: "김자반",
  category_id: "pcat_1",
  option_title: "구성",
  "variants.0.value": "1봉",
  "variants.0.price": "5,000",
  "variants.0.stock": "30",
  "variants.1.value": "3봉",
  "variants.1.price": "13500원",
  "variants.1.stock": "10",
  ...over,
})

describe("parseWholeNumber", () => {
  it("reads whole numbers as typed, with thousands separators and a 원/개 suffix", () => {
    expect(parseWholeNumber("20,000")).toBe(20000)
    expect(parseWholeNumber(" 20000원 ")).toBe(20000)
    expect(parseWholeNumber("3개")).toBe(3)
    expect(parseWholeNumber("0")).toBe(0)
  })
  it("never rounds or accepts signs, decimals, exponents or words", () => {
    for (const raw of ["1.5", "-1", "+3", "1e3", "abc", "", "0x10", "1,000.5", "1234567890"]) expect(parseWholeNumber(raw), raw).toBeNull()
  })
})

describe("parseNewProduct", () => {
  it("builds the API body: one option kind, a variant per value, prices in whole won, tiers sorted", () => {
    const checked = parseNewProduct(
      product({ "variants.1.tiers.0.min_quantity": "20", "variants.1.tiers.0.price": "11000", "variants.1.tiers.1.min_quantity": "10", "variants.1.tiers.1.price": "12,000", description: "첫 줄\n둘째 줄\n\n새 문단 & 끝" })
    )
    expect(checked).toEqual({
      ok: true,
      values: {
        title: "김자반",
        description: "<p>첫 줄<br>둘째 줄</p><p>새 문단 &amp; 끝</p>",
        category_id: "pcat_1",
        options: [{ title: "구성", values: ["1봉", "3봉"] }],
        variants: [
          { title: "1봉", options: { 구성: "1봉" }, price: 5000, stock: 30, tier_prices: [] },
          { title: "3봉", options: { 구성: "3봉" }, price: 13500, stock: 10, tier_prices: [{ min_quantity: 10, price: 12000 }, { min_quantity: 20, price: 11000 }] },
        ],
      },
    })
  })

  it("puts each wrong price, stock and tier at its own row's field", () => {
    const checked = parseNewProduct(
      product({ "variants.0.price": "1.5", "variants.1.price": "-13500", "variants.1.stock": "2.5", "variants.1.tiers.0.min_quantity": "1", "variants.1.tiers.0.price": "0" })
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toEqual({
      "variants.0.price": PRICE_ERROR,
      "variants.1.price": PRICE_ERROR,
      "variants.1.stock": STOCK_ERROR,
      "variants.1.tiers.0.min_quantity": TIER_QUANTITY_ERROR,
      "variants.1.tiers.0.price": TIER_PRICE_ERROR,
    })
  })

  it("refuses a price over 10,000,000원, duplicate option values, HTML titles and a missing category", () => {
    const checked = parseNewProduct(product({ "variants.0.price": "10000001", "variants.1.value": "1봉", title: "<b>김</b>", category_id: "" }))
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors["variants.0.price"]).toBe(PRICE_ERROR)
    expect(checked.errors["variants.1.value"]).toBe('옵션 값 "1봉"이(가) 두 번 있습니다')
    expect(checked.errors.title).toBe("상품명에는 HTML을 쓸 수 없습니다")
    expect(checked.errors.category_id).toBe("카테고리를 고르세요")
  })

  it("skips empty tier rows, keeps sparse row numbers (a removed row), and needs at least one option", () => {
    const sparse = parseNewProduct({ ...product(), "variants.0.tiers.3.min_quantity": "", "variants.0.tiers.3.price": " ", "variants.5.value": "5봉", "variants.5.price": "20000", "variants.5.stock": "0" })
    expect(sparse.ok && sparse.values.variants.map((v) => [v.title, v.tier_prices.length])).toEqual([["1봉", 0], ["3봉", 0], ["5봉", 0]])
    const none = parseNewProduct({ title: "김", category_id: "c", option_title: "구성" })
    expect(none.ok ? null : none.errors.variants).toBe("옵션을 하나 이상 입력하세요")
    expect(rowIndexes({ "variants.10.value": "", "variants.2.price": "", "other.1.x": "" }, "variants")).toEqual([2, 10])
  })
})

describe("parseVariantUpdate", () => {
  it("reads a variant's own form; an empty tier list clears the tiers", () => {
    expect(parseVariantUpdate({ price: "5500", stock: "0" })).toEqual({ ok: true, values: { price: 5500, stock: 0, tier_prices: [] } })
    expect(parseVariantUpdate({ price: "-5", stock: "3" })).toEqual({ ok: false, errors: { price: PRICE_ERROR } })
    const twice = parseVariantUpdate({ price: "5000", stock: "1", "tiers.0.min_quantity": "10", "tiers.0.price": "4500", "tiers.1.min_quantity": "10", "tiers.1.price": "4000" })
    expect(twice).toEqual({ ok: false, errors: { tiers: "같은 최소 수량의 구간 가격이 두 번 있습니다" } })
  })
})

describe("content edits", () => {
  it("sends only what changed", () => {
    const current = { title: "김", subtitle: "바삭", description: "<p>a</p>", category_id: "c1" }
    expect(contentChanges(current, { title: "김", subtitle: "바삭", description: "<p>a</p>", category_id: "c1" })).toEqual({})
    expect(contentChanges(current, { title: "새 김", description: "<p>a</p>", category_id: "c2" })).toEqual({ title: "새 김", category_id: "c2" })
  })
  it("passes HTML descriptions through for the server to sanitize", () => {
    expect(descriptionHtml("<p>이미 HTML</p>")).toBe("<p>이미 HTML</p>")
    expect(descriptionHtml("  ")).toBe("")
    expect(descriptionHtml("a < b")).toBe("<p>a &lt; b</p>")
  })
  it("maps an API message to the field it names, else to the whole form", () => {
    expect(fieldOfApiMessage("상품명은(는) 100자 이하여야 합니다")).toBe("title")
    expect(fieldOfApiMessage("카테고리를 찾을 수 없습니다")).toBe("category_id")
    expect(fieldOfApiMessage("상품을 찾을 수 없습니다.")).toBeUndefined()
  })
})

describe("account forms", () => {
  it("invite acceptance: a new password twice, or an existing account's current one", () => {
    expect(checkInviteAccept({ name: " 박담당 ", password: "staff-pass-1", password_confirm: "staff-pass-1" }, false)).toEqual({
      ok: true,
      values: { name: "박담당", password: "staff-pass-1" },
    })
    expect(checkInviteAccept({ name: "", password: "short", password_confirm: "short" }, false)).toEqual({
      ok: false,
      errors: { name: "이름을 입력해 주세요.", password: "비밀번호는 8자 이상으로 입력해 주세요." },
    })
    expect(checkInviteAccept({ name: "a", password: "long-enough", password_confirm: "other-one" }, false)).toMatchObject({ errors: { password_confirm: expect.any(String) } })
    // an old shop password may be shorter than today's rule: only its presence is checked
    expect(checkInviteAccept({ name: "a", password: "1234" }, true)).toEqual({ ok: true, values: { name: "a", password: "1234" } })
    expect(checkInviteAccept({ name: "a", password: "" }, true)).toMatchObject({ errors: { password: "기존 계정의 비밀번호를 입력해 주세요." } })
  })
  it("reset, new password, member invite", () => {
    expect(checkResetRequest({ email: " Owner@Example.KR " })).toEqual({ ok: true, values: { email: "owner@example.kr" } })
    expect(checkResetRequest({ email: "nope" }).ok).toBe(false)
    expect(checkNewPassword({ password: "new-pass-1", password_confirm: "new-pass-1" })).toEqual({ ok: true, values: { password: "new-pass-1" } })
    expect(checkMemberInvite({ email: "a@b.kr", role: "owner" })).toEqual({ ok: true, values: { email: "a@b.kr", role: "owner" } })
    expect(checkMemberInvite({ email: "a@b.kr", role: "admin" })).toEqual({ ok: false, errors: { role: "역할을 골라 주세요." } })
    expect([roleLabel("owner"), roleLabel("staff")]).toEqual(["대표", "담당자"])
  })
  it("after login only a 판매자센터 path, never the shop or another site", () => {
    expect(safeSellerPath("/seller/products?status=draft")).toBe("/seller/products?status=draft")
    for (const bad of ["/account", "//evil.example", "https://evil.example", "/sellerx", undefined]) expect(safeSellerPath(bad)).toBe("/seller")
  })
  it("tells Korean API messages from Medusa's English ones", () => {
    expect(isKorean("이용이 정지된 판매자입니다.")).toBe(true)
    expect(isKorean("Invalid email or password")).toBe(false)
  })
})

describe("product view", () => {
  const variant = {
    prices: [
      { amount: 12000, currency_code: "krw", min_quantity: 10 },
      { amount: 13500, currency_code: "krw", min_quantity: null },
      { amount: 9, currency_code: "usd", min_quantity: null },
    ],
    inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 7 }, { stocked_quantity: 3 }] } }],
  }
  it("reads the unit price, tier prices and stock", () => {
    expect(basePriceOf(variant)).toBe(13500)
    expect(tierPricesOf(variant)).toEqual([{ min_quantity: 10, price: 12000 }])
    expect(stockOf(variant)).toBe(10)
    expect(stockOf({})).toBe(0)
  })
  it("labels statuses and reads ?status=", () => {
    expect(["published", "proposed", "rejected", "draft"].map(productStatusLabel)).toEqual(["판매 중", "승인 대기", "반려", "보관"])
    expect(parseStatusParam("proposed")).toBe("proposed")
    expect(parseStatusParam(["draft", "x"])).toBe("draft")
    expect(parseStatusParam("deleted")).toBeUndefined()
  })
  it("shows a pending request first, else a rejection when it is the latest decision", () => {
    const rev = (status: string, created_at: string, reason: string | null = null) => ({ kind: "edit", status, reason, created_at })
    expect(revisionNotice([rev("approved", "2026-01-01"), rev("pending", "2026-01-02")])?.kind).toBe("pending")
    expect(revisionNotice([rev("rejected", "2026-01-03", "사진 부족"), rev("approved", "2026-01-01")])).toMatchObject({ kind: "rejected", revision: { reason: "사진 부족" } })
    expect(revisionNotice([rev("rejected", "2026-01-01"), rev("approved", "2026-01-03")])).toBeNull()
    expect(revisionNotice([])).toBeNull()
  })
})

describe("seller nav", () => {
  it("marks the longest matching entry; 대시보드 only on /seller itself", () => {
    expect(currentNavHref("/seller")).toBe("/seller")
    expect(currentNavHref("/seller/products/prod_1")).toBe("/seller/products")
    expect(currentNavHref("/seller/members")).toBe("/seller/members")
    expect(currentNavHref("/seller/productsx")).toBeUndefined()
    expect(currentNavHref("/seller/orders/order_1/packing-list")).toBe("/seller/orders")
    expect(SELLER_NAV.map((i) => i.label)).toEqual(["대시보드", "상품", "주문·배송", "정산", "특판전", "구성원", "업체 정보"])
  })
})

describe("maker profile", () => {
  it("sends contact, story and shipping terms; empty optional fields clear", () => {
    expect(checkMakerProfile({ story: "첫 문단\n\n둘째", phone: "062-367-3027", email: "", address: " 광주 서구 ", shipping_base_fee: "3,500", free_shipping_threshold: "" })).toEqual({
      ok: true,
      values: { story: "<p>첫 문단</p><p>둘째</p>", phone: "062-367-3027", email: null, address: "광주 서구", shipping_base_fee: 3500, free_shipping_threshold: null },
    })
  })
  it("puts wrong fees and phone numbers at their fields, in the API's words", () => {
    const checked = checkMakerProfile({ shipping_base_fee: "1.5", free_shipping_threshold: "-1", phone: "12345" })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors.shipping_base_fee).toBe("기본 배송비는 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요")
    expect(checked.errors.free_shipping_threshold).toBe("무료배송 기준 금액은 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요")
    expect(checked.errors.phone).toMatch(/^전화번호는/)
    expect(profileFieldOfApiMessage("무료배송 기준 금액은 0원부터 …")).toBe("free_shipping_threshold")
  })
})
