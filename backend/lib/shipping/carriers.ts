/**
 * 택배사: the carriers a maker can name for its parcel, with the page where a customer follows a
 * 송장번호. The one place carrier codes, Korean names and tracking addresses live (pure; see
 * tests/unit/carriers.test.ts). Codes are stored on the parcel (modules/shipments); names are what
 * sellers type in their CSV (the form 택배사 exports and 판매자센터 lists already use).
 */

export type CarrierCode = "cj" | "hanjin" | "lotte" | "epost" | "logen" | "kdexp" | "direct"

export type Carrier = {
  code: CarrierCode
  /** the name customers and sellers know */
  name: string
  /** other spellings accepted in a CSV (compared without spaces and case) */
  aliases: string[]
  /** `{n}` is replaced by the 송장번호; null = nothing to follow (직접배송) */
  tracking_url: string | null
  /** whether a 송장번호 is required (a maker delivering by hand has none) */
  requires_tracking: boolean
}

export const CARRIERS: readonly Carrier[] = [
  {
    code: "cj",
    name: "CJ대한통운",
    aliases: ["CJ", "대한통운", "CJ택배", "CJ대한통운택배"],
    tracking_url: "https://trace.cjlogistics.com/next/tracking.html?wblNo={n}",
    requires_tracking: true,
  },
  {
    code: "hanjin",
    name: "한진택배",
    aliases: ["한진"],
    tracking_url: "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={n}",
    requires_tracking: true,
  },
  {
    code: "lotte",
    name: "롯데택배",
    aliases: ["롯데", "롯데글로벌로지스"],
    tracking_url: "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={n}",
    requires_tracking: true,
  },
  {
    code: "epost",
    name: "우체국택배",
    aliases: ["우체국", "우편", "우체국소포"],
    tracking_url: "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={n}",
    requires_tracking: true,
  },
  {
    code: "logen",
    name: "로젠택배",
    aliases: ["로젠"],
    tracking_url: "https://www.ilogen.com/web/personal/trace/{n}",
    requires_tracking: true,
  },
  {
    code: "kdexp",
    name: "경동택배",
    aliases: ["경동"],
    tracking_url: "https://kdexp.com/service/delivery/etc/delivery.do?barcode={n}",
    requires_tracking: true,
  },
  {
    code: "direct",
    name: "직접배송",
    aliases: ["직접전달", "직접", "방문전달", "퀵"],
    tracking_url: null,
    requires_tracking: false,
  },
]

export const CARRIER_CODES = CARRIERS.map((c) => c.code) as [CarrierCode, ...CarrierCode[]]

export function carrierByCode(code: string | null | undefined): Carrier | undefined {
  return CARRIERS.find((c) => c.code === code)
}

const fold = (text: string) => text.normalize("NFC").replace(/\s+/g, "").toLowerCase()

/** The carrier a seller named (its Korean name, an alias, or the code), or undefined. */
export function carrierByName(name: string | null | undefined): Carrier | undefined {
  if (!name) return undefined
  const key = fold(name)
  if (!key) return undefined
  return CARRIERS.find((c) => c.code === key || fold(c.name) === key || c.aliases.some((a) => fold(a) === key))
}

/**
 * A 송장번호 as carriers print it may carry hyphens or spaces (1234-5678-9012); it is stored as
 * digits only. Parcel carriers use 10–14 digits; 8–20 are accepted so a new format is not refused.
 */
export function normalizeTrackingNumber(value: string | null | undefined): string {
  return (value ?? "").replace(/[\s-]/g, "")
}

export type TrackingCheck = { ok: true; tracking_number: string | null } | { ok: false; message: string }

/** Checks a carrier code and 송장번호 together; the message is the Korean one an API answers with. */
export function checkTracking(code: string, raw: string | null | undefined): TrackingCheck {
  const carrier = carrierByCode(code)
  if (!carrier) return { ok: false, message: `알 수 없는 택배사입니다: ${code}` }
  const number = normalizeTrackingNumber(raw)
  // 직접배송: nothing to follow, so nothing is kept (a number typed anyway would mislead the customer)
  if (!carrier.requires_tracking) return { ok: true, tracking_number: null }
  if (!number) return { ok: false, message: `${carrier.name} 송장번호를 입력해 주세요.` }
  if (!/^\d{8,20}$/.test(number)) return { ok: false, message: "송장번호는 숫자 8~20자리로 입력해 주세요. (하이픈은 빼도 됩니다)" }
  return { ok: true, tracking_number: number }
}

/** Where the customer follows the parcel, or null (직접배송, no number). */
export function trackingUrl(code: string | null | undefined, trackingNumber: string | null | undefined): string | null {
  const carrier = carrierByCode(code)
  if (!carrier?.tracking_url || !trackingNumber) return null
  return carrier.tracking_url.replace("{n}", encodeURIComponent(trackingNumber))
}

export const carrierName = (code: string | null | undefined) => carrierByCode(code)?.name ?? null
