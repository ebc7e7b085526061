import sharp from "sharp"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: unknown }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A real picture of the given size and format (a plain colour), optionally with an EXIF orientation. */
export async function picture(format: "jpeg" | "png" | "webp", width: number, height: number, orientation?: number) {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
  if (orientation) image = image.withMetadata({ orientation })
  return image[format]().toBuffer()
}

/** A multipart body with `file` (under the given name and type) and text fields. */
export function imageForm(file: Buffer, filename: string, type: string, fields: Record<string, string> = {}) {
  const form = new FormData()
  form.append("file", new Blob([file], { type }), filename)
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return form
}

/** The stored file behind a file-module URL, read back through the backend's /static route, with its size and format. */
export async function storedImage(api: Api, url: string) {
  const { data } = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
  const buffer = Buffer.from(data as ArrayBuffer)
  const meta = await sharp(buffer).metadata()
  return { width: meta.width, height: meta.height, format: meta.format, exif: meta.exif }
}
