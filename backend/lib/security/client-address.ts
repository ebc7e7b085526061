import { BlockList, isIP } from "node:net"

/**
 * The address of the client a request comes from, for per-address limits. Medusa sets Express's
 * `trust proxy` to 1, so `req.ip` is the last X-Forwarded-For entry whoever sent it: a direct
 * caller could pick its own address. Here X-Forwarded-For is only believed when the hop that
 * added it is a trusted proxy: by default loopback (the storefront's server and a reverse proxy
 * on the same machine); more with JAHWAL_TRUSTED_PROXIES (comma-separated addresses or CIDRs,
 * e.g. "10.0.0.0/8,192.168.1.5"). Walking right to left, the first address that is not a
 * trusted proxy is the client (the rule Express's proxy-addr applies).
 */
export function trustedProxies(spec = process.env.JAHWAL_TRUSTED_PROXIES): BlockList {
  const list = new BlockList()
  list.addSubnet("127.0.0.0", 8, "ipv4")
  list.addAddress("::1", "ipv6")
  for (const raw of (spec ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = raw.split("/")
    const family = isIP(address) === 6 ? "ipv6" : isIP(address) === 4 ? "ipv4" : null
    if (!family) throw new Error(`JAHWAL_TRUSTED_PROXIES: not an address: ${raw}`)
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return list
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; anything that is not an IP → null. */
function normalize(address: string | undefined): string | null {
  const value = (address ?? "").trim().replace(/^\[|\]$/g, "")
  const plain = value.startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value
  return isIP(plain) ? plain : null
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4")
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList = defaultTrusted()
): string {
  let current = normalize(socketAddress)
  if (!current) return "unknown"
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "").split(",")
  for (let i = hops.length - 1; i >= 0 && isTrusted(trusted, current); i--) {
    const next = normalize(hops[i])
    // a malformed entry ends the walk: the last address we could vouch for is the client
    if (!next) break
    current = next
  }
  return current
}

let cached: BlockList | undefined
function defaultTrusted(): BlockList {
  return (cached ??= trustedProxies())
}
