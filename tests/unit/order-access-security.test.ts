import { describe, expect, it } from "vitest"
import { clientAddress, trustedProxies } from "../../backend/lib/security/client-address"
import { ORDER_ACCESS_TTL_MS, signOrderAccessToken, verifyOrderAccessToken } from "../../backend/lib/security/order-access-token"

describe("order access token", () => {
  const t0 = Date.UTC(2026, 11, 1)

  it("verifies only for the same order and secret, and tells when it was issued", () => {
    const { token, issued_at, expires_at } = signOrderAccessToken("order_1", "s3cret", t0)
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/)
    expect(expires_at.getTime() - issued_at.getTime()).toBe(ORDER_ACCESS_TTL_MS)
    expect(verifyOrderAccessToken("order_1", token, "s3cret", t0 + 1000)?.getTime()).toBe(t0)
    expect(verifyOrderAccessToken("order_2", token, "s3cret", t0)).toBeNull()
    expect(verifyOrderAccessToken("order_1", token, "other", t0)).toBeNull()
    expect(verifyOrderAccessToken("order_1", token.slice(0, -1), "s3cret", t0)).toBeNull()
    expect(verifyOrderAccessToken("order_1", "", "s3cret", t0)).toBeNull()
  })

  it("expires after 30 days; a changed issue time breaks the MAC; one from the far future is refused", () => {
    const { token } = signOrderAccessToken("order_1", "s3cret", t0)
    expect(verifyOrderAccessToken("order_1", token, "s3cret", t0 + ORDER_ACCESS_TTL_MS)).not.toBeNull()
    expect(verifyOrderAccessToken("order_1", token, "s3cret", t0 + ORDER_ACCESS_TTL_MS + 1)).toBeNull()
    const mac = token.split(".")[1]
    expect(verifyOrderAccessToken("order_1", `${t0 + 86_400_000}.${mac}`, "s3cret", t0 + ORDER_ACCESS_TTL_MS + 1)).toBeNull()
    const future = signOrderAccessToken("order_1", "s3cret", t0 + 3_600_000).token
    expect(verifyOrderAccessToken("order_1", future, "s3cret", t0)).toBeNull()
  })

  it("the never-expiring tokens of before (a bare MAC of the order id) are worthless", () => {
    expect(verifyOrderAccessToken("order_1", "A".repeat(43), "s3cret", t0)).toBeNull()
  })
})

describe("client address", () => {
  const loopback = trustedProxies("")

  it("believes X-Forwarded-For only from a trusted proxy (loopback by default)", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", loopback)).toBe("203.0.113.9")
    expect(clientAddress("127.0.0.1", "198.51.100.1", loopback)).toBe("198.51.100.1")
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.1", loopback)).toBe("198.51.100.1")
    expect(clientAddress("::1", undefined, loopback)).toBe("::1")
  })

  it("takes the right-most address that is not a trusted proxy, so a client cannot prepend its own", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.1", loopback)).toBe("198.51.100.1")
    const internal = trustedProxies("10.0.0.0/8")
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.7", internal)).toBe("198.51.100.1")
    expect(clientAddress("10.0.0.2", "198.51.100.1", loopback)).toBe("10.0.0.2")
    expect(clientAddress("127.0.0.1", "not-an-ip", loopback)).toBe("127.0.0.1")
  })

  it("refuses a malformed JAHWAL_TRUSTED_PROXIES", () => {
    expect(() => trustedProxies("nope")).toThrow(/JAHWAL_TRUSTED_PROXIES/)
  })
})
