import { translateCheckoutMessage } from "../store/carts/korean-checkout-errors"
import { HANGUL } from "./korean-issue"

/** What a client reads when all we know is the status (an English message of Medusa's or a library's). */
export const STATUS_MESSAGES: Record<number, string> = {
  400: "요청이 올바르지 않습니다.",
  401: "로그인이 필요합니다.",
  403: "이 작업을 할 권한이 없습니다.",
  404: "요청한 정보를 찾을 수 없습니다.",
  405: "지원하지 않는 요청 방식입니다.",
  409: "다른 요청과 겹쳐 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.",
  413: "요청이 너무 큽니다. 내용을 줄여 다시 보내 주세요.",
  415: "지원하지 않는 요청 형식입니다. JSON으로 보내 주세요.",
  422: "요청을 처리할 수 없습니다.",
  429: "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.",
  500: "일시적인 오류로 요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.",
}

export const statusMessage = (status: number) =>
  STATUS_MESSAGES[status] ?? (status >= 500 ? STATUS_MESSAGES[500] : status === 404 ? STATUS_MESSAGES[404] : STATUS_MESSAGES[400])

const field = (path: string) => `${path.replace(/, /g, ".")} 항목`

// Medusa's zod formatter (framework/zod/zod-helpers.js) words each issue in one of these shapes.
const VALIDATION_PARTS: [RegExp, (...m: string[]) => string][] = [
  [/^Expected type: '([^']*)' for field '([^']*)', got: /s, (type, path) => `${field(path)}의 형식이 올바르지 않습니다. (${type} 형식이어야 합니다)`],
  [/^Field '([^']*)' is required$/s, (path) => `${field(path)}을(를) 입력해 주세요.`],
  [/^Expected: '([^']*)' for field '([^']*)', but got: /s, (values, path) => `${field(path)}은(는) ${values} 중 하나여야 합니다.`],
  [/^Unrecognized fields: '([^']*)'$/s, (keys) => `알 수 없는 항목입니다: ${keys}`],
  [/^Value for field '([^']*)' too small, expected at least: '([^']*)'$/s, (path, min) => `${field(path)}의 값이 너무 작거나 짧습니다. (최소 ${min})`],
  [/^Value for field '([^']*)' too big, expected at most: '([^']*)'$/s, (path, max) => `${field(path)}의 값이 너무 크거나 깁니다. (최대 ${max})`],
  [/^Value for field '([^']*)' not multiple of: '([^']*)'$/s, (path, d) => `${field(path)}은(는) ${d}의 배수여야 합니다.`],
]

// English messages of Medusa's core store routes a shopper (or the storefront) runs into.
const CORE_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/already has an account/i, () => "이미 가입된 이메일입니다. 로그인해 주세요."],
  [/^The promotion code (.+) is invalid$/s, (code) => `할인 코드 "${code}"를 찾을 수 없습니다. 코드를 다시 확인해 주세요.`],
  [/^(Region id not found|No regions found)/, () => "배송 지역(region)을 찾을 수 없습니다."],
  [/^You tried to set relationship (\w+): .*, but such entity does not exist/s, (key) => `${field(key)}의 정보를 찾을 수 없습니다.`],
  [/^Cart id not found|^Cart with id: .* was not found/s, () => "장바구니를 찾을 수 없습니다."],
]

const translateCore = (message: string) => {
  for (const [pattern, word] of CORE_MESSAGES) {
    const m = pattern.exec(message)
    if (m) return word(...m.slice(1))
  }
  return undefined
}

/** "Invalid request: a; b" from Medusa's validators, issue by issue in Korean (our own Korean issues kept). */
function translateValidation(message: string): string | undefined {
  const match = /^Invalid request: (.*)$/s.exec(message)
  if (!match) return undefined
  const parts = match[1].split("; ").map((part) => {
    if (HANGUL.test(part)) return part
    for (const [pattern, word] of VALIDATION_PARTS) {
      const m = pattern.exec(part)
      if (m) return word(...m.slice(1))
    }
    return "입력값이 올바르지 않습니다."
  })
  return [...new Set(parts)].join("; ")
}

/**
 * A Korean message for an error answer: Korean messages pass through; Medusa's validation
 * wording, the checkout errors and a few core store errors are translated; anything else gets
 * the status's Korean sentence (STATUS_MESSAGES), and `keepDetail` appends the original (staff in
 * the admin still see which record).
 */
export function koreanErrorMessage(status: number, message: unknown, { keepDetail = false } = {}): string {
  if (typeof message === "string" && HANGUL.test(message)) return message
  if (typeof message !== "string" || !message.trim() || status >= 500) return statusMessage(status)
  const checkout = translateCheckoutMessage(message)
  if (checkout !== message) return checkout
  const known = translateValidation(message) ?? translateCore(message)
  if (known) return known
  return keepDetail ? `${statusMessage(status)} (${message})` : statusMessage(status)
}
