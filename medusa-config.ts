import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { adminKoreanByDefault } from "./src/lib/config/admin-language"
import { assertDeploymentReady, secretOrLocal } from "./src/lib/config/deployment"
import { fileProvidersFromEnv } from "./src/lib/config/file-storage"
import { bankTransferOptionsFromEnv } from "./src/modules/bank-transfer/options"
import { stripeOptionsFromEnv } from "./src/modules/stripe-payment/options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * With no configuration the shop runs on embedded defaults (the launcher in scripts/shop.mjs
 * starts PostgreSQL and sets DATABASE_URL; event bus, cache, workflows and locking stay
 * in-memory). Each real service is switched on by its env var — see README "환경 변수".
 */
const redisUrl = process.env.REDIS_URL
const stripeOptions = stripeOptionsFromEnv()
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
// `medusa build` only compiles (Medusa itself loads the config leniently then); everything that
// runs — start, develop, exec, db:migrate, the test runner — must be the embedded local shop or a
// deployment with its own secrets, admin and 무통장입금 account (docs/deployment.md).
const building = process.argv[2] === "build"
if (!building) assertDeploymentReady(process.env)
// shared (default): one process does everything; with Redis the launcher can run a `server`
// (HTTP only) beside `worker`s (subscribers, scheduled jobs, workflow queues); see docs/operations.md
const workerMode = (["shared", "server", "worker"] as const).find((m) => m === process.env.MEDUSA_WORKER_MODE) ?? "shared"

const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { url: redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              id: "locking-redis",
              // Medusa's provider, taking several keys in order (medusajs/medusa#16285)
              resolve: "./src/modules/redis-locking",
              is_default: true,
              // A checkout waits for the stock lock as long as Medusa waits for the cart's own
              // lock (30 s) instead of 5 s, and polls at most every 250 ms: a crowd buying one
              // item queues rather than answering 409 while stock is left.
              options: { redisUrl, waitLockingTimeout: 30, maximumRetryInterval: 250 },
            },
          ],
        },
      },
    ]
  : []

// 무통장입금 is always there (the built-in method); Stripe cards when STRIPE_API_KEY is set.
const paymentProviders = [
  { id: "bank-transfer", resolve: "./src/modules/bank-transfer", options: bankTransferOptionsFromEnv() },
  // Medusa's Stripe provider, with a configurable API host (tests); see docs/payments.md.
  ...(stripeOptions ? [{ id: "stripe", resolve: "./src/modules/stripe-payment", options: stripeOptions }] : []),
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // The launcher sets this when it serves on plain http; Medusa otherwise marks the admin's
    // session cookie Secure in production and the server then never sends it over http.
    ...(process.env.JAHWAL_INSECURE_COOKIES === "1" ? { cookieOptions: { secure: false } } : {}),
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: secretOrLocal("JWT_SECRET"),
      cookieSecret: secretOrLocal("COOKIE_SECRET"),
      // Explicit per actor: without an entry Medusa lets an actor use every provider. `seller` is
      // 판매자센터 (docs/seller-portal.md).
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass"], seller: ["emailpass"] },
    },
  },
  admin: {
    // "/" = the origin the admin is served from, so one build works on any host and port
    // (the launcher, the bench and tests run on other ports); set it when the admin is hosted apart.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
    // a worker serves no HTTP routes, so no admin either
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true" || workerMode === "worker",
    // The dashboard ships Korean; staff get it unless they picked another language (profile).
    vite: () => ({ plugins: [adminKoreanByDefault()] }),
  },
  modules: [
    ...redisModules,
    { resolve: "./src/modules/makers" },
    { resolve: "./src/modules/attribution" },
    { resolve: "./src/modules/search" },
    { resolve: "./src/modules/seller-accounts" },
    { resolve: "./src/modules/listing-approval" },
    { resolve: "./src/modules/campaigns" },
    // revocations of guests' order access tokens (docs/orders.md "Who may see an order")
    { resolve: "./src/modules/order-access" },
    // each maker's parcel of a paid order: shipping, 송장번호, 구매확정 (docs/shipping-and-settlement.md)
    { resolve: "./src/modules/shipments" },
    // 정산: fee snapshots, periods, statements, payout-account changes (docs/shipping-and-settlement.md)
    { resolve: "./src/modules/settlement" },
    // 공공기관 구매: institution accounts and their 세금계산서/현금영수증 requests (docs/institutions.md)
    { resolve: "./src/modules/institutions" },
    // Product images: S3-compatible storage with S3_BUCKET, else the local provider (static/).
    { key: Modules.FILE, resolve: "@medusajs/medusa/file", options: { providers: fileProvidersFromEnv(backendUrl) } },
    { key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
    // Order mails (주문 접수, 입금 확인) are logged by the local provider until a mail provider is set up.
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { id: "local", resolve: "@medusajs/medusa/notification-local", options: { channels: ["email"] } },
        ],
      },
    },
    // 업체별 배송 (calculated per maker, docs/shipping.md) beside Medusa's default manual provider.
    {
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { id: "manual", resolve: "@medusajs/medusa/fulfillment-manual" },
          { id: "maker-shipping", resolve: "./src/modules/maker-shipping" },
        ],
      },
    },
  ],
})
