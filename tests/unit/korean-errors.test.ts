import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { koreanErrorMessage } from "../../backend/api/utils/korean-error-messages"
import { koreanIssueMessage } from "../../backend/api/utils/korean-issue"
import { hasUnstorableText } from "../../backend/api/utils/reject-unstorable-text"

const issueOf = (schema: z.ZodTypeAny, value: unknown) => schema.safeParse(value).error!.issues[0]

describe("Korean error messages", () => {
  it("words zod's English default issues in Korean, naming the field, and keeps Korean ones", () => {
    const schema = z.object({ name: z.string().max(3), kind: z.enum(["a", "b"]), note: z.string().min(1, "메모를 입력하세요") }).strict()
    expect(koreanIssueMessage(issueOf(schema, { name: 1, kind: "a", note: "x" }))).toBe("name 항목은(는) 문자열 형식이어야 합니다.")
    expect(koreanIssueMessage(issueOf(schema, { kind: "a", note: "x" }))).toBe("name 항목을(를) 입력해 주세요.")
    expect(koreanIssueMessage(issueOf(schema, { name: "abcd", kind: "a", note: "x" }))).toBe("name 항목은(는) 3자 이하로 입력해 주세요.")
    expect(koreanIssueMessage(issueOf(schema, { name: "a", kind: "c", note: "x" }))).toBe("kind 항목은(는) a, b 중 하나여야 합니다.")
    expect(koreanIssueMessage(issueOf(schema, { name: "a", kind: "a", note: "" }))).toBe("메모를 입력하세요")
    expect(koreanIssueMessage(issueOf(schema, { name: "a", kind: "a", note: "x", zz: 1 }))).toBe("알 수 없는 항목입니다: zz")
    expect(koreanIssueMessage(issueOf(schema, "text"))).toBe("요청 내용은 JSON 객체 형식이어야 합니다.")
  })

  it("translates Medusa's validation wording issue by issue and falls back to the status", () => {
    expect(koreanErrorMessage(400, "Invalid request: Field 'region_id' is required; Unrecognized fields: 'zz'")).toBe(
      "region_id 항목을(를) 입력해 주세요.; 알 수 없는 항목입니다: zz"
    )
    expect(koreanErrorMessage(400, "Invalid request: Expected type: 'number' for field 'items, 0, quantity', got: 'x'")).toBe(
      "items.0.quantity 항목의 형식이 올바르지 않습니다. (number 형식이어야 합니다)"
    )
    expect(koreanErrorMessage(404, "Shipping option with id: x was not found")).toBe("요청한 정보를 찾을 수 없습니다.")
    expect(koreanErrorMessage(400, "The promotion code SUMMER is invalid")).toBe('할인 코드 "SUMMER"를 찾을 수 없습니다. 코드를 다시 확인해 주세요.')
    expect(koreanErrorMessage(422, "Customer with this email already has an account")).toBe("이미 가입된 이메일입니다. 로그인해 주세요.")
    expect(koreanErrorMessage(404, "Product with id: x was not found", { keepDetail: true })).toBe(
      "요청한 정보를 찾을 수 없습니다. (Product with id: x was not found)"
    )
    expect(koreanErrorMessage(500, "relation does not exist", { keepDetail: true })).toMatch(/^일시적인 오류/)
    expect(koreanErrorMessage(400, "이미 한국어입니다")).toBe("이미 한국어입니다")
  })

  it("finds NUL characters and lone surrogates anywhere in a body, keys included", () => {
    expect(hasUnstorableText({ a: [{ b: "ok 🙂 한글 \u202e" }] })).toBe(false)
    expect(hasUnstorableText({ a: [{ b: "x\u0000" }] })).toBe(true)
    expect(hasUnstorableText({ a: "\ud800" })).toBe(true)
    expect(hasUnstorableText({ ["k\u0000"]: 1 })).toBe(true)
  })
})
