/**
 * Where uploaded files (product images) go. With S3_BUCKET set, Medusa's S3 provider on any
 * S3-compatible store (AWS S3, Cloudflare R2, MinIO, NCP Object Storage); otherwise the local
 * provider, which writes to static/ and is served by the backend at /static (embedded shop).
 */
type Env = Record<string, string | undefined>

const S3_REQUIRED = ["S3_FILE_URL", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const

export function fileProvidersFromEnv(backendUrl: string, env: Env = process.env) {
  if (!env.S3_BUCKET) {
    return [{ id: "local", resolve: "@medusajs/medusa/file-local", options: { backend_url: `${backendUrl}/static` } }]
  }
  const missing = S3_REQUIRED.filter((name) => !env[name])
  if (missing.length) {
    throw new Error(`S3_BUCKET이 설정되어 ${missing.join(", ")}도 필요합니다 / S3_BUCKET is set: ${missing.join(", ")} must be set too.`)
  }
  return [
    {
      id: "s3",
      resolve: "@medusajs/medusa/file-s3",
      options: {
        bucket: env.S3_BUCKET,
        // public base URL of the bucket (or its CDN); image URLs are built from it
        file_url: env.S3_FILE_URL,
        region: env.S3_REGION,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        // unset for AWS; the provider's URL for R2, MinIO, NCP and other S3-compatible stores
        endpoint: env.S3_ENDPOINT || undefined,
        prefix: env.S3_PREFIX || undefined,
        // MinIO and some others address buckets by path, not by subdomain
        additional_client_config: env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : {},
      },
    },
  ]
}
