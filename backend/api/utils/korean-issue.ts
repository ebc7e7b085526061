import type { z } from "@medusajs/framework/zod"

export const HANGUL = /[\uac00-\ud7a3]/

const TYPE_NAMES: Record<string, string> = {
  string: "문자열",
  number: "숫자",
  int: "정수",
  boolean: "참/거짓(true/false)",
  array: "목록(배열)",
  object: "객체",
  date: "날짜",
  bigint: "정수",
}

const fieldOf = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join(".") : "")
const subject = (field: string, fallback = "요청 내용") => (field ? `${field} 항목` : fallback)

/**
 * The Korean message for one zod issue: the schema's own message when it has one in Korean,
 * otherwise a Korean wording of zod's default (which is English) naming the field.
 */
export function koreanIssueMessage(issue: z.core.$ZodIssue): string {
  if (HANGUL.test(issue.message)) return issue.message
  const field = fieldOf(issue.path)
  const it = subject(field)
  switch (issue.code) {
    case "invalid_type": {
      if (/received undefined/.test(issue.message)) return `${it}을(를) 입력해 주세요.`
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected
      return field ? `${it}은(는) ${expected} 형식이어야 합니다.` : `요청 내용은 JSON ${expected} 형식이어야 합니다.`
    }
    case "too_big":
      return issue.origin === "string"
        ? `${it}은(는) ${issue.maximum}자 이하로 입력해 주세요.`
        : issue.origin === "array" || issue.origin === "set"
          ? `${it}은(는) ${issue.maximum}개까지 입력할 수 있습니다.`
          : `${it}은(는) ${issue.maximum} 이하여야 합니다.`
    case "too_small":
      return issue.origin === "string"
        ? Number(issue.minimum) <= 1
          ? `${it}을(를) 입력해 주세요.`
          : `${it}은(는) ${issue.minimum}자 이상 입력해 주세요.`
        : issue.origin === "array" || issue.origin === "set"
          ? `${it}은(는) ${issue.minimum}개 이상이어야 합니다.`
          : `${it}은(는) ${issue.minimum} 이상이어야 합니다.`
    case "invalid_value":
      return `${it}은(는) ${issue.values.map(String).join(", ")} 중 하나여야 합니다.`
    case "unrecognized_keys":
      return `알 수 없는 항목입니다: ${issue.keys.join(", ")}`
    case "invalid_format":
      return `${it}의 형식이 올바르지 않습니다.`
    case "not_multiple_of":
      return `${it}은(는) ${issue.divisor}의 배수여야 합니다.`
    default:
      return `${it}이(가) 올바르지 않습니다.`
  }
}

/** The first few issues of a failed parse, in Korean, joined. */
export function koreanIssuesMessage(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const messages = [...new Set(issues.slice(0, max).map(koreanIssueMessage))]
  return messages.join("; ") || "입력값이 올바르지 않습니다."
}
