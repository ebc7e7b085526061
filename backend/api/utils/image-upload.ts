import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_UPLOAD_BYTES, prepareImage, UnacceptedImageError, type PreparedImage } from "../../lib/images/prepare-image"
import { SELLER_ERRORS } from "../../lib/seller/seller-errors"

/** A Korean error with an HTTP status Medusa's handler keeps (it treats it like body-parser's errors). */
function httpError(status: number, message: string) {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true })
}

// In memory, like Medusa's /admin/uploads: the file is resized before anything is stored.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 2_000, parts: 8, headerPairs: 50 },
})

const MULTER_MESSAGES: Record<string, [number, string]> = {
  LIMIT_FILE_SIZE: [413, SELLER_ERRORS.fileTooLarge],
  LIMIT_FILE_COUNT: [400, "이미지는 한 번에 한 장씩 올려 주세요."],
  LIMIT_UNEXPECTED_FILE: [400, "이미지 파일은 file 항목에 담아 보내 주세요."],
  LIMIT_FIELD_VALUE: [400, "입력한 글이 너무 깁니다."],
  LIMIT_FIELD_COUNT: [400, "보낸 항목이 너무 많습니다."],
  LIMIT_PART_COUNT: [400, "보낸 항목이 너무 많습니다."],
  LIMIT_FIELD_KEY: [400, "항목 이름이 너무 깁니다."],
}

/**
 * One image in the multipart field `file` (plus text fields, validated after this by the
 * route's zod schema). Multer's own errors (a 30 MB file, two files, a broken multipart body)
 * become Korean 413/400s; the rest of an oversized body is drained, nothing is stored.
 */
export function singleImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.single("file")(req as never, res as never, (err?: unknown) => {
    if (!err) return next()
    if (err instanceof multer.MulterError) {
      const [status, message] = MULTER_MESSAGES[err.code] ?? [400, SELLER_ERRORS.multipartRequired]
      return next(httpError(status, message))
    }
    // busboy's parse errors ("Malformed part header", "Unexpected end of form")
    next(new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.multipartRequired))
  })
}

type UploadRequest = MedusaRequest & { file?: multer.File }

/** The uploaded picture, checked and resized (Korean 400 for no file or not a JPEG/PNG/WebP). */
export async function uploadedImage(req: MedusaRequest, maxSize: number): Promise<PreparedImage> {
  const file = (req as UploadRequest).file
  if (!file) {
    const multipart = /^multipart\/form-data\b/i.test(String(req.headers["content-type"] ?? ""))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, multipart ? SELLER_ERRORS.fileRequired : SELLER_ERRORS.multipartRequired)
  }
  try {
    return await prepareImage(file.buffer, maxSize)
  } catch (e) {
    if (e instanceof UnacceptedImageError) throw new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.fileType)
    throw e
  }
}
