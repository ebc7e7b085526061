import { describe, expect, it } from "vitest"
import { CARRIERS, carrierByCode, carrierByName, carrierName, checkTracking, normalizeTrackingNumber, trackingUrl } from "../../backend/lib/shipping/carriers"
import { parseBulkShipCsv, parseCsv } from "../../backend/lib/shipping/bulk-ship-csv"

describe("carriers", () => {
  it("has the carriers Korean sellers use, each code once, every tracking page on https", () => {
    expect(CARRIERS.map((c) => c.name)).toEqual(expect.arrayContaining(["CJ대한통운", "한진택배", "롯데택배", "우체국택배", "로젠택배", "직접배송"]))
    expect(new Set(CARRIERS.map((c) => c.code)).size).toBe(CARRIERS.length)
    for (const c of CARRIERS) {
      if (c.tracking_url) {
        expect(c.tracking_url.startsWith("https://"), c.code).toBe(true)
        expect(c.tracking_url, c.code).toContain("{n}")
      } else expect(c.requires_tracking).toBe(false)
    }
  })

  it("finds a carrier by its Korean name, a short name or the code, ignoring spaces and case", () => {
    expect(carrierByName("CJ대한통운")?.code).toBe("cj")
    expect(carrierByName(" cj 대한통운 ")?.code).toBe("cj")
    expect(carrierByName("대한통운")?.code).toBe("cj")
    expect(carrierByName("한진")?.code).toBe("hanjin")
    expect(carrierByName("롯데택배")?.code).toBe("lotte")
    expect(carrierByName("우체국")?.code).toBe("epost")
    expect(carrierByName("로젠택배")?.code).toBe("logen")
    expect(carrierByName("직접배송")?.code).toBe("direct")
    expect(carrierByName("epost")?.code).toBe("epost")
    expect(carrierByName("DHL")).toBeUndefined()
    expect(carrierByName("")).toBeUndefined()
    expect(carrierByCode("nope")).toBeUndefined()
    expect(carrierName("hanjin")).toBe("한진택배")
  })

  it("builds the tracking link with the number, and none for 직접배송 or without a number", () => {
    expect(trackingUrl("cj", "123456789012")).toBe("https://trace.cjlogistics.com/next/tracking.html?wblNo=123456789012")
    expect(trackingUrl("epost", "6012345678901")).toBe("https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6012345678901")
    expect(trackingUrl("logen", "12345678901")).toBe("https://www.ilogen.com/web/personal/trace/12345678901")
    expect(trackingUrl("direct", "123")).toBeNull()
    expect(trackingUrl("cj", null)).toBeNull()
    expect(trackingUrl("unknown", "123456789012")).toBeNull()
  })

  it("keeps the digits of a 송장번호 and refuses what no carrier prints, in Korean", () => {
    expect(normalizeTrackingNumber(" 1234-5678 9012 ")).toBe("123456789012")
    expect(checkTracking("cj", "1234-5678-9012")).toEqual({ ok: true, tracking_number: "123456789012" })
    expect(checkTracking("cj", "")).toMatchObject({ ok: false, message: expect.stringMatching(/CJ대한통운 송장번호를 입력/) })
    expect(checkTracking("hanjin", "6.01234E+11")).toMatchObject({ ok: false, message: expect.stringMatching(/숫자/) })
    expect(checkTracking("lotte", "1234567")).toMatchObject({ ok: false })
    expect(checkTracking("direct", "")).toEqual({ ok: true, tracking_number: null })
    expect(checkTracking("direct", "아무거나")).toEqual({ ok: true, tracking_number: null })
    expect(checkTracking("fedex", "123456789012")).toMatchObject({ ok: false, message: expect.stringMatching(/알 수 없는 택배사/) })
  })
})

describe("송장 CSV", () => {
  it("reads quoted fields, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e"""\r\n1,2,3\n')).toEqual([["a", "b,c", 'd "e"'], ["1", "2", "3"]])
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]])
  })

  it("turns rows into parcels, with spreadsheet row numbers, extra columns and blank lines ignored", () => {
    const csv = "주문번호,수령인,택배사,송장번호\n1001,홍길동,CJ대한통운,1234-5678-9012\n\n#1002,김철수,직접배송,\n"
    expect(parseBulkShipCsv(csv)).toEqual({
      rows: [
        { row: 2, order_number: 1001, carrier: "cj", tracking_number: "123456789012" },
        { row: 4, order_number: 1002, carrier: "direct", tracking_number: null },
      ],
      errors: [],
    })
  })

  it("reports every bad row in Korean: number, carrier, 송장번호, a repeated order", () => {
    const csv = ["주문번호,택배사,송장번호", "abc,CJ대한통운,123456789012", "1001,DHL,123456789012", "1002,한진택배,", "1003,롯데택배,123456789012", "1003,롯데택배,223456789012"].join("\n")
    const { rows, errors } = parseBulkShipCsv(csv)
    expect(rows.map((r) => r.order_number)).toEqual([1003])
    expect(errors).toEqual([
      { row: 2, message: expect.stringMatching(/주문번호가 올바르지 않습니다: abc/) },
      { row: 3, message: expect.stringMatching(/알 수 없는 택배사입니다: DHL/) },
      { row: 4, message: expect.stringMatching(/한진택배 송장번호를 입력/) },
      { row: 6, message: expect.stringMatching(/1003.*5행/) },
    ])
  })

  it("needs the header row and at least one line", () => {
    expect(parseBulkShipCsv("1001,CJ대한통운,123456789012").errors).toEqual([{ row: 1, message: expect.stringMatching(/주문번호,택배사,송장번호/) }])
    expect(parseBulkShipCsv("주문번호,택배사,송장번호\n").errors).toEqual([{ row: 2, message: "등록할 행이 없습니다." }])
  })
})
