import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { SELLER_ERRORS } from "../../backend/lib/seller/seller-errors"
import { SELLER_ACCOUNTS_MODULE } from "../../backend/modules/seller-accounts"
import type SellerAccountsModuleService from "../../backend/modules/seller-accounts/service"
import { seedAll } from "../../seed/seed-all"
import { localSellerAccountsAllowed } from "../../seed/steps/seller-accounts"
import { adminHeaders, responseOf } from "./utils/admin"
import { runMedusa } from "./utils/medusa-runner"
import { createSellerAccount, inviteTokenOf, latestMail, sellerHeaders } from "./utils/seller"

type Headers = { headers: Record<string, string> }

runMedusa(__filename, ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers
  let makerId: string
  let otherMakerId: string

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const sellerService = () => getContainer().resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE)
  const count = async (entity: string) => (await query().graph({ entity, fields: ["id"] })).data.length
  const makerByHandle = async (handle: string) => (await query().graph({ entity: "maker", fields: ["id"], filters: { handle } })).data[0].id as string

  /** Staff invite → the mail's token. */
  async function invite(email: string, role = "staff", maker = makerId) {
    const { status, data } = await api.post(`/admin/makers/${maker}/seller-invites`, { email, role }, admin)
    expect(status).toBe(201)
    expect(data.invite).not.toHaveProperty("token")
    expect(data.invite).not.toHaveProperty("token_hash")
    return inviteTokenOf(await latestMail(getContainer(), email, "seller-invite"))
  }

  beforeAll(async () => {
    const seeded = await seedAll(getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminHeaders(api)
    makerId = await makerByHandle("naechingu-gim")
    const { data } = await query().graph({ entity: "maker", fields: ["id"], filters: { handle: { $ne: "naechingu-gim" } } })
    otherMakerId = data[0].id as string
    // The runner restores the database to this point before every test: shared accounts live here.
    await createSellerAccount(getContainer(), { maker_id: makerId, email: "owner@example.kr", role: "owner", name: "김대표" })
    await createSellerAccount(getContainer(), { maker_id: makerId, email: "staff@example.kr", role: "staff", name: "이담당", password: "담당비번1234" })
  })

  it("sets authMethodsPerActor explicitly: emailpass only, for customer, user and seller", async () => {
    const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    expect(config.projectConfig.http.authMethodsPerActor).toEqual({ user: ["emailpass"], customer: ["emailpass"], seller: ["emailpass"] })
    expect((await responseOf(api.post("/auth/seller/google", {}))).status).toBe(400)
  })

  it("the seed gives each maker with products a local owner account (<handle>@seller.jahwal.local / jahwal1234)", async () => {
    const { data: makers } = await query().graph({ entity: "maker", fields: ["handle", "products.id"] })
    const withProducts = makers.filter((m) => ((m.products ?? []) as unknown[]).length).map((m) => `${m.handle}@seller.jahwal.local`)
    const { data: members } = await query().graph({ entity: "seller_member", fields: ["email", "role"], filters: { email: withProducts } })
    expect(members.map((m) => m.email).sort()).toEqual(withProducts.sort())
    expect(members.every((m) => m.role === "owner")).toBe(true)
    const seller = await sellerHeaders(api, "naechingu-gim@seller.jahwal.local", "jahwal1234")
    expect((await api.get("/seller/me", seller)).data.member.maker.handle).toBe("naechingu-gim")
    // the seed looks before it writes: a second run adds no account
    const before = await count("seller_member")
    await seedAll(getContainer())
    expect(await count("seller_member")).toBe(before)
    expect(localSellerAccountsAllowed({ JAHWAL_ADMIN_EMAIL: "ops@jahwal.kr", JAHWAL_ADMIN_PASSWORD: "secret" })).toBe(false)
    expect(localSellerAccountsAllowed({ JAHWAL_LOCAL_SHOP: "1" })).toBe(true)
  })

  describe("invite → password → login", () => {
    it("staff invite a person; the mailed link sets the password; the member logs in and sees its maker", async () => {
      const token = await invite("dam@example.kr")
      const mail = await latestMail(getContainer(), "dam@example.kr", "seller-invite")
      expect(mail.data.link).toMatch(/\/seller\/invite\/[A-Za-z0-9_-]{40,}$/)
      expect(mail.data.role_label).toBe("담당자")

      const preview = await api.get(`/seller/invites/accept?token=${token}`)
      expect(preview.data.invite).toMatchObject({ email: "dam@example.kr", role: "staff" })

      const accepted = await api.post("/seller/invites/accept", { token, password: "새비밀번호123", name: "김담당" })
      expect(accepted.status).toBe(201)
      expect(accepted.data.member).toMatchObject({ email: "dam@example.kr", role: "staff", name: "김담당" })

      const seller = await sellerHeaders(api, "dam@example.kr", "새비밀번호123")
      const { data } = await api.get("/seller/me", seller)
      expect(data.member).toMatchObject({ email: "dam@example.kr", role: "staff", maker: { id: makerId, handle: "naechingu-gim" } })
    })

    it("refuses a used, expired, unknown or revoked token, and weak input, in Korean, creating nothing", async () => {
      const used = await invite("once@example.kr")
      await api.post("/seller/invites/accept", { token: used, password: "비밀번호1234", name: "한번" })
      const expired = await invite("late@example.kr")
      const [row] = await sellerService().listSellerInvites({ email: "late@example.kr" })
      await sellerService().updateSellerInvites({ id: row.id, expires_at: new Date(Date.now() - 1000) })

      const members = await count("seller_member")
      for (const token of [used, expired, "x".repeat(43)]) {
        const res = await responseOf(api.post("/seller/invites/accept", { token, password: "비밀번호1234", name: "누구" }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/이미 판매자센터 회원|초대 링크가 유효하지 않거나 만료/)
        expect((await responseOf(api.get(`/seller/invites/accept?token=${token}`))).status).toBe(400)
      }
      const fresh = await invite("weak@example.kr")
      const weak = await responseOf(api.post("/seller/invites/accept", { token: fresh, password: "123", name: "약함" }))
      expect(weak.status).toBe(400)
      expect(weak.data.message).toBe("비밀번호는 8자 이상이어야 합니다")
      const extra = await responseOf(api.post("/seller/invites/accept", { token: fresh, password: "비밀번호1234", name: "x", maker_id: otherMakerId }))
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("알 수 없는 항목입니다: maker_id")
      expect(await count("seller_member")).toBe(members)
    })

    it("staff invites: unknown maker is 404, bad email and existing members are Korean 400s", async () => {
      expect((await responseOf(api.post("/admin/makers/mkr_missing/seller-invites", { email: "a@example.kr" }, admin))).status).toBe(404)
      const bad = await responseOf(api.post(`/admin/makers/${makerId}/seller-invites`, { email: "not-an-email", role: "staff" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toBe("이메일 형식이 올바르지 않습니다")
      const role = await responseOf(api.post(`/admin/makers/${makerId}/seller-invites`, { email: "a@example.kr", role: "admin" }, admin))
      expect(role.data.message).toContain("역할(role)")
      const dup = await responseOf(api.post(`/admin/makers/${makerId}/seller-invites`, { email: "STAFF@example.kr" }, admin))
      expect(dup.status).toBe(400)
      expect(dup.data.message).toBe(SELLER_ERRORS.alreadyMember)
      expect((await responseOf(api.post(`/admin/makers/${makerId}/seller-invites`, { email: "a@example.kr" }))).status).toBe(401)
    })
  })

  describe("one email, one auth identity (Medusa shares it across actor types)", () => {
    it("a customer's email becomes a seller only with that identity's password; both logins then work", async () => {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "both@example.kr", password: "고객비번1234" })
      await api.post("/store/customers", { email: "both@example.kr", first_name: "둘", last_name: "김" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })

      // a customer identity logging in as seller gets a token with no seller id: refused
      const { data: actorless } = await api.post("/auth/seller/emailpass", { email: "both@example.kr", password: "고객비번1234" })
      expect((await responseOf(api.get("/seller/me", { headers: { authorization: `Bearer ${actorless.token}` } }))).status).toBe(401)

      const token = await invite("both@example.kr")
      const members = await count("seller_member")
      const wrong = await responseOf(api.post("/seller/invites/accept", { token, password: "다른비번1234", name: "둘" }))
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toBe(SELLER_ERRORS.existingIdentityPassword)
      expect(await count("seller_member")).toBe(members)

      await api.post("/seller/invites/accept", { token, password: "고객비번1234", name: "둘" })
      const seller = await sellerHeaders(api, "both@example.kr", "고객비번1234")
      expect((await api.get("/seller/me", seller)).data.member.email).toBe("both@example.kr")
      const { data: login } = await api.post("/auth/customer/emailpass", { email: "both@example.kr", password: "고객비번1234" })
      const me = await api.get("/store/customers/me", { headers: { ...store.headers, authorization: `Bearer ${login.token}` } })
      expect(me.data.customer.email).toBe("both@example.kr")
      const identities = await getContainer().resolve("auth").listAuthIdentities({}, { relations: ["provider_identities"] })
      const mine = identities.filter((i: { provider_identities?: { entity_id: string }[] }) => i.provider_identities?.some((p) => p.entity_id === "both@example.kr"))
      expect(mine).toHaveLength(1)
      expect(mine[0].app_metadata).toMatchObject({ customer_id: expect.any(String), seller_id: expect.stringMatching(/^smem_/) })
    })

    it("a registered seller identity without a member (no seller id) cannot reach seller routes", async () => {
      const { data } = await api.post("/auth/seller/emailpass/register", { email: "self@example.kr", password: "가입비번1234" })
      expect((await responseOf(api.get("/seller/me", { headers: { authorization: `Bearer ${data.token}` } }))).status).toBe(401)
      const { data: login } = await api.post("/auth/seller/emailpass", { email: "self@example.kr", password: "가입비번1234" })
      const res = await responseOf(api.get("/seller/me", { headers: { authorization: `Bearer ${login.token}` } }))
      expect(res.status).toBe(401)
      expect(res.data.message).toBe(SELLER_ERRORS.unauthorized)
    })
  })

  describe("members", () => {
    it("an owner invites and removes its members; staff may not; a removed member's token stops working", async () => {
      const owner = await sellerHeaders(api, "owner@example.kr", "jahwal1234")
      const staff = await sellerHeaders(api, "staff@example.kr", "담당비번1234")

      const denied = await responseOf(api.post("/seller/members", { email: "new@example.kr", role: "staff" }, staff))
      expect(denied.status).toBe(403)
      expect(denied.data.message).toBe(SELLER_ERRORS.ownerOnly)

      const { status } = await api.post("/seller/members", { email: "new@example.kr", role: "staff" }, owner)
      expect(status).toBe(201)
      const token = inviteTokenOf(await latestMail(getContainer(), "new@example.kr", "seller-invite"))
      await api.post("/seller/invites/accept", { token, password: "신입비번1234", name: "신입" })
      const { data: list } = await api.get("/seller/members", owner)
      const newcomer = list.members.find((m: { email: string }) => m.email === "new@example.kr")
      expect(newcomer.role).toBe("staff")
      const newcomerHeaders = await sellerHeaders(api, "new@example.kr", "신입비번1234")

      expect((await responseOf(api.delete(`/seller/members/${newcomer.id}`, staff))).status).toBe(403)
      const self = await responseOf(api.delete(`/seller/members/${list.members.find((m: { email: string }) => m.email === "owner@example.kr").id}`, owner))
      expect(self.data.message).toBe(SELLER_ERRORS.cannotRemoveSelf)
      expect((await api.delete(`/seller/members/${newcomer.id}`, owner)).data.deleted).toBe(true)
      expect((await responseOf(api.get("/seller/me", newcomerHeaders))).status).toBe(401)
      const { data: relogin } = await api.post("/auth/seller/emailpass", { email: "new@example.kr", password: "신입비번1234" })
      expect((await responseOf(api.get("/seller/me", { headers: { authorization: `Bearer ${relogin.token}` } }))).status).toBe(401)

      // an owner withdraws a pending invite: the link dies
      await api.post("/seller/members", { email: "maybe@example.kr" }, owner)
      const pending = inviteTokenOf(await latestMail(getContainer(), "maybe@example.kr", "seller-invite"))
      const { data: withInvite } = await api.get("/seller/members", owner)
      const inviteId = withInvite.invites.find((i: { email: string }) => i.email === "maybe@example.kr").id
      await api.delete(`/seller/invites/${inviteId}`, owner)
      expect((await responseOf(api.get(`/seller/invites/accept?token=${pending}`))).status).toBe(400)
    })
  })

  describe("password reset by mail", () => {
    it("Medusa's reset route mails our link; the token from it sets a new password", async () => {
      expect((await api.post("/auth/seller/emailpass/reset-password", { identifier: "staff@example.kr" })).status).toBe(201)
      const mail = await latestMail(getContainer(), "staff@example.kr", "seller-password-reset")
      const link = new URL(String(mail.data.link))
      expect(link.pathname).toBe("/seller/reset-password")
      const token = link.searchParams.get("token")!
      await api.post("/auth/seller/emailpass/update", { email: "staff@example.kr", password: "바뀐비번5678" }, { headers: { authorization: `Bearer ${token}` } })
      const seller = await sellerHeaders(api, "staff@example.kr", "바뀐비번5678")
      expect((await api.get("/seller/me", seller)).status).toBe(200)
      // a non-member gets the same 201 and no mail
      expect((await api.post("/auth/seller/emailpass/reset-password", { identifier: "nobody@example.kr" })).status).toBe(201)
    })
  })

  describe("suspended maker", () => {
    it("its members cannot log in, and tokens issued before cannot read or write", async () => {
      const owner = await sellerHeaders(api, "owner@example.kr", "jahwal1234")
      await api.post(`/admin/makers/${makerId}`, { status: "suspended" }, admin)
      try {
        const login = await responseOf(api.post("/auth/seller/emailpass", { email: "owner@example.kr", password: "jahwal1234" }))
        expect(login.status).toBe(401)
        expect(login.data.message).toBe(SELLER_ERRORS.suspended)
        const read = await responseOf(api.get("/seller/me", owner))
        expect(read.status).toBe(403)
        expect(read.data.message).toBe(SELLER_ERRORS.suspended)
        const invites = await count("seller_invite")
        expect((await responseOf(api.post("/seller/members", { email: "x@example.kr" }, owner))).status).toBe(403)
        expect((await responseOf(api.post(`/admin/makers/${makerId}/seller-invites`, { email: "x@example.kr" }, admin))).data.message).toBe(SELLER_ERRORS.suspended)
        expect(await count("seller_invite")).toBe(invites)
      } finally {
        await api.post(`/admin/makers/${makerId}`, { status: "active" }, admin)
      }
      expect((await api.get("/seller/me", owner)).status).toBe(200)
    })
  })
})
