import { describe, expect, it } from "vitest"
import {
  checkPayoutAccount, exportFormatOf, formatRateBp, maskAccountNumber, payoutFieldOfApiMessage, periodDates, withFees,
} from "../../storefront/lib/util/seller-settlements"

type L = { id: string; kind: string; order_id: string | null; line_item_id: string | null; reference: string | null }
const line = (id: string, kind: string, order_id: string | null, line_item_id: string | null, reference: string | null = null): L => ({ id, kind, order_id, line_item_id, reference })

describe("판매자센터 정산 helpers", () => {
  it("masks every digit of an account number but the last four, keeping the hyphens", () => {
    expect(maskAccountNumber("301-1234-5678-91")).toBe("***-****-**78-91")
    expect(maskAccountNumber("123456-01-234567")).toBe("******-**-**4567")
    expect(maskAccountNumber(null)).toBeNull()
  })

  it("puts each fee beside the line it was charged or given back on; a fee without its source stays alone", () => {
    const lines = [
      line("1", "sale", "o1", "li1"), line("2", "fee", "o1", "li1"),
      line("3", "shipping", "o1", null),
      line("4", "refund", "o1", "li1", "ret_1"), line("5", "fee", "o1", "li1", "ret_1"),
      line("6", "fee", "o2", "li9"),
      line("7", "adjustment", "o3", "li3"), line("8", "fee", "o3", "li3"), line("9", "fee", "o3", "li3"),
    ]
    expect(withFees(lines).map((r) => [r.line.id, r.fee?.id ?? null])).toEqual([
      ["1", "2"], ["3", null], ["4", "5"], ["6", null], ["7", "8"], ["9", null],
    ])
  })

  it("formats rates, Seoul period dates and the download formats", () => {
    expect(formatRateBp(1050)).toBe("10.5%")
    expect(formatRateBp(0)).toBe("0%")
    // December 2026 in Seoul: 2026-11-30T15:00Z up to (not including) 2026-12-31T15:00Z
    expect(periodDates("2026-11-30T15:00:00.000Z", "2026-12-31T15:00:00.000Z")).toBe("2026년 12월 1일 ~ 2026년 12월 31일")
    expect(exportFormatOf("csv")).toBe("csv")
    expect(exportFormatOf("xlsx")).toBe("xlsx")
    expect(exportFormatOf("pdf")).toBeNull()
  })

  it("checks the 정산 계좌 form with the API's rules and words, and maps API messages to fields", () => {
    expect(checkPayoutAccount({ bank: " 농협은행 ", account_number: "301-1234-5678-91", holder: "내친구김" })).toEqual({
      ok: true, values: { bank: "농협은행", account_number: "301-1234-5678-91", holder: "내친구김" },
    })
    expect(checkPayoutAccount({ bank: "농", account_number: "12-34", holder: "" })).toEqual({
      ok: false,
      errors: { bank: "은행 이름을 입력하세요", account_number: "계좌번호는 숫자 10~16자리(하이픈 가능)여야 합니다", holder: "예금주를 입력하세요" },
    })
    expect(checkPayoutAccount({ bank: "농협은행", account_number: "301--1234-5678", holder: "x" }).ok).toBe(false)
    expect(payoutFieldOfApiMessage("계좌번호는 숫자 10~16자리(하이픈 가능)여야 합니다")).toBe("account_number")
    expect(payoutFieldOfApiMessage("대표만 할 수 있습니다")).toBeUndefined()
  })
})
