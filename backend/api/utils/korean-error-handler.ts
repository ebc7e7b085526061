import { errorHandler, type MedusaErrorHandlerFunction, type MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { koreanErrorMessage } from "./korean-error-messages"

const medusaErrorHandler = errorHandler()

// Our API surfaces; /auth and /hooks (Stripe) keep Medusa's answers untouched.
const KOREAN_SURFACES = /^\/(store|admin|seller)(\/|$)/

type RawError = Error & { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown; limit?: unknown }

const BODY_PARSER_MESSAGES: Record<string, string> = {
  "entity.parse.failed": "요청 본문의 JSON 형식이 올바르지 않습니다.",
  "entity.too.large": "요청 본문이 너무 큽니다. 내용을 줄여 다시 보내 주세요.",
  "parameters.too.many": "요청 항목이 너무 많습니다.",
  "encoding.unsupported": "지원하지 않는 본문 인코딩입니다.",
  "charset.unsupported": "지원하지 않는 문자 집합입니다. UTF-8로 보내 주세요.",
  "request.aborted": "요청이 중간에 끊겼습니다.",
}

const clientStatus = (err: RawError) => {
  const status = Number(err.status ?? err.statusCode)
  return status >= 400 && status < 500 ? status : undefined
}

/**
 * Errors that are the client's doing but which Medusa's handler would answer with a 500 or in
 * English: Express's undecodable path parameters, body-parser's errors, query keys nested too
 * deep, and PostgreSQL "data exceptions" (SQLSTATE class 22, e.g. a value the column cannot hold).
 */
function asClientError(err: RawError): unknown {
  if (MedusaError.isMedusaError(err)) {
    if ((err as MedusaError).type === MedusaError.Types.INVALID_ARGUMENT && /^Key accessor more than 2 levels deep/.test(err.message)) {
      return new MedusaError(MedusaError.Types.INVALID_DATA, "검색 조건의 이름은 두 단계(a.b)까지만 쓸 수 있습니다.")
    }
    return err
  }
  const status = clientStatus(err)
  if (status) {
    if (/^Failed to decode param/.test(err.message)) {
      return new MedusaError(MedusaError.Types.INVALID_DATA, "주소(URL)에 올바르지 않은 문자가 들어 있습니다.")
    }
    // body-parser's errors are http-errors: Medusa answers them with their status and message
    err.message = BODY_PARSER_MESSAGES[String(err.type)] ?? koreanErrorMessage(status, err.message)
    return err
  }
  if (typeof err.code === "string" && /^22[0-9A-Z]{3}$/.test(err.code)) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, "입력값에 저장할 수 없는 문자나 값이 들어 있습니다.")
  }
  return err
}

/**
 * The global error handler (defineMiddlewares({ errorHandler })): Medusa's own, with every error
 * answer on our surfaces in Korean and client mistakes answered 4xx instead of 500. See
 * docs/api-errors.md.
 */
export const koreanErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (!KOREAN_SURFACES.test((req as MedusaRequest).path)) return medusaErrorHandler(error, req, res, next)
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (body && typeof body === "object" && res.statusCode >= 400) {
      const b = body as { message?: unknown; detail?: unknown }
      const original = b.message
      b.message = koreanErrorMessage(res.statusCode, original, { keepDetail: req.path.startsWith("/admin") })
      // the English original stays readable for developers of API clients (never on a 5xx)
      if (b.message !== original && typeof original === "string" && res.statusCode < 500) b.detail = original
    }
    return json(body)
  }
  return medusaErrorHandler(asClientError(error), req, res, next)
}
