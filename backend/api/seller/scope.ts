import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_ERRORS } from "../../lib/seller/seller-errors"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { callOpen } from "../../modules/campaigns/utils/campaign-phase"
import { campaignResults } from "../../workflows/campaigns/campaign-results"
import { sellerCampaignView, type CampaignRecord } from "./campaigns/views"
import { findStatementOr404, listStatementViews } from "../utils/settlements"
import { maskAccountNumber } from "../../modules/settlement/utils/payout-account"
import type { ListingContent } from "../../workflows/listing-approval/types"
import { sellerImagesOf, type SellerImage } from "../../workflows/seller-products/images"
import { SELLER_MAKER_FIELDS } from "./maker/fields"
import type { SellerContext, SellerRequest } from "./types"

/**
 * Every read of 판매자센터 goes through these helpers, which filter by the guard's maker, so a
 * handler cannot forget the scope. Another maker's resource is "not found" (404), never 403:
 * the answer must not confirm that it exists.
 */

export function sellerOf(req: SellerRequest): SellerContext {
  if (!req.seller) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, SELLER_ERRORS.unauthorized)
  return req.seller
}

export function requireOwner(req: SellerRequest): SellerContext {
  const seller = sellerOf(req)
  if (seller.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, SELLER_ERRORS.ownerOnly)
  return seller
}

const queryOf = (req: SellerRequest) => req.scope.resolve(ContainerRegistrationKeys.QUERY)

/** The seller's own maker (the guard's maker id, nothing from the request). */
export async function sellerMaker(req: SellerRequest, fields: string[] = SELLER_MAKER_FIELDS) {
  const { data } = await queryOf(req).graph({ entity: "maker", fields, filters: { id: sellerOf(req).maker_id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.makerNotFound)
  return data[0] as Record<string, unknown>
}

/** Ids of this maker's products (the maker ↔ product link). */
export async function sellerProductIds(req: SellerRequest): Promise<string[]> {
  const { data } = await queryOf(req).graph({ entity: "maker", fields: ["products.id"], filters: { id: sellerOf(req).maker_id } })
  return ((data[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
}

type ListOptions = { fields: string[]; filters?: Record<string, unknown>; skip?: number; take?: number }

/** This maker's products, with extra filters (status, title …) that can only narrow the scope. */
export async function sellerProducts(req: SellerRequest, options: ListOptions) {
  const ids = await sellerProductIds(req)
  if (!ids.length) return { products: [] as Record<string, unknown>[], count: 0 }
  const { data, metadata } = await queryOf(req).graph({
    entity: "product",
    fields: options.fields,
    filters: { ...options.filters, id: ids },
    pagination: { skip: options.skip ?? 0, take: options.take ?? 20, order: { created_at: "DESC" } },
  })
  return { products: data as Record<string, unknown>[], count: metadata?.count ?? data.length }
}

export async function findOwnProductOr404(req: SellerRequest, id: string, fields: string[] = ["id"]) {
  const ids = await sellerProductIds(req)
  if (!ids.includes(id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.productNotFound)
  const { data } = await queryOf(req).graph({ entity: "product", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.productNotFound)
  return data[0] as Record<string, unknown>
}

/** A variant of one of this maker's products (the product must be its own too). */
export async function findOwnVariantOr404(req: SellerRequest, productId: string, variantId: string, fields: string[] = ["id"]) {
  await findOwnProductOr404(req, productId)
  const { data } = await queryOf(req).graph({ entity: "product_variant", fields: [...fields, "product_id"], filters: { id: variantId } })
  const variant = data[0] as Record<string, unknown> | undefined
  if (!variant || variant.product_id !== productId) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.variantNotFound)
  return variant
}

export async function sellerMembers(req: SellerRequest, fields: string[]) {
  const { data } = await queryOf(req).graph({ entity: "seller_member", fields, filters: { maker_id: sellerOf(req).maker_id }, pagination: { order: { created_at: "ASC" } } })
  return data as Record<string, unknown>[]
}

export async function findOwnMemberOr404(req: SellerRequest, id: string, fields: string[] = ["id"]) {
  const { data } = await queryOf(req).graph({ entity: "seller_member", fields, filters: { id, maker_id: sellerOf(req).maker_id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.memberNotFound)
  return data[0] as Record<string, unknown>
}

/** This maker's invites that are neither used nor expired. */
export async function sellerPendingInvites(req: SellerRequest, fields: string[]) {
  const { data } = await queryOf(req).graph({
    entity: "seller_invite",
    fields,
    filters: { maker_id: sellerOf(req).maker_id, accepted_at: null, expires_at: { $gt: new Date() } },
  })
  return data as Record<string, unknown>[]
}

export async function findOwnInviteOr404(req: SellerRequest, id: string, fields: string[] = ["id"]) {
  const { data } = await queryOf(req).graph({ entity: "seller_invite", fields, filters: { id, maker_id: sellerOf(req).maker_id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.inviteNotFound)
  return data[0] as Record<string, unknown>
}

/** The approval requests of an own product, newest first (the caller has checked the product). */
export async function sellerRevisionsOf(req: SellerRequest, productId: string) {
  const { data } = await queryOf(req).graph({
    entity: "listing_revision",
    fields: ["id", "kind", "status", "changes", "reason", "decided_at", "created_at"],
    filters: { product_id: productId, maker_id: sellerOf(req).maker_id },
    pagination: { order: { created_at: "DESC" } },
  })
  return data as Record<string, unknown>[]
}

/** This maker's parcels (one per paid order), newest first; `status` can only narrow the scope. */
export async function sellerParcels(req: SellerRequest, options: { fields: string[]; status?: string; skip?: number; take?: number }) {
  const { data, metadata } = await queryOf(req).graph({
    entity: "parcel",
    fields: options.fields,
    filters: { maker_id: sellerOf(req).maker_id, ...(options.status ? { status: options.status } : {}) },
    pagination: { skip: options.skip ?? 0, take: options.take ?? 20, order: { created_at: "DESC" } },
  })
  return { parcels: data as Record<string, unknown>[], count: metadata?.count ?? data.length }
}

/**
 * An order in which this maker has lines: its parcel once the order is paid (null before), or
 * 404 for an order with none of its lines. Before payment there is no parcel yet, so the lines
 * are told by the products' maker.
 */
export async function findOwnOrderOr404(req: SellerRequest, orderId: string, parcelFields: string[] = ["id"]) {
  const maker_id = sellerOf(req).maker_id
  const { data: parcels } = await queryOf(req).graph({ entity: "parcel", fields: parcelFields, filters: { order_id: orderId, maker_id } })
  if (parcels[0]) return { order_id: orderId, parcel: parcels[0] as Record<string, unknown> }
  const { data: orders } = await queryOf(req).graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: orderId } })
  const productIds = new Set(((orders[0]?.items ?? []) as ({ product_id?: string | null } | null)[]).map((i) => i?.product_id))
  const own = orders[0] ? (await sellerProductIds(req)).some((id) => productIds.has(id)) : false
  if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.orderNotFound)
  return { order_id: orderId, parcel: null }
}

/** This maker's 정산 명세서, newest period first. */
export async function sellerStatements(req: SellerRequest) {
  return (await listStatementViews(req, { maker_id: sellerOf(req).maker_id })).map(maskedForSeller)
}

/** One of this maker's statements with its lines; another maker's is 404. */
export async function findOwnStatementOr404(req: SellerRequest, id: string) {
  const found = await findStatementOr404(req, id, sellerOf(req).maker_id)
  return { ...found, statement: maskedForSeller(found.statement) }
}

/**
 * Statements name the payout account masked but for its last four digits for every member: a
 * 담당자 must not read the full number, and the 대표 sees and changes it at /seller/payout-account.
 */
function maskedForSeller<T extends { payout_account: { account_number: string | null } }>(statement: T): T {
  return { ...statement, payout_account: { ...statement.payout_account, account_number: maskAccountNumber(statement.payout_account.account_number) } }
}

/**
 * The pictures of an own product as the seller edits them: the live ones, or for a published
 * product the list in its pending edit revision (what staff will approve), if it has one.
 */
export async function sellerProductImages(req: SellerRequest, productId: string) {
  const product = await findOwnProductOr404(req, productId, ["id", "status", "images.id", "images.url", "images.rank", "images.metadata"])
  const live = sellerImagesOf(product.images as Parameters<typeof sellerImagesOf>[0])
  const published = product.status === "published"
  let images: SellerImage[] = live
  if (published) {
    const { data } = await queryOf(req).graph({
      entity: "listing_revision",
      fields: ["changes"],
      filters: { product_id: productId, maker_id: sellerOf(req).maker_id, kind: "edit", status: "pending" },
    })
    images = (data[0]?.changes as ListingContent | null | undefined)?.images ?? live
  }
  return { product_id: productId, published, live, images }
}

/** One picture of an own product (live, or pending in its revision); another maker's is a 404. */
export async function findOwnImageOr404(req: SellerRequest, productId: string, imageId: string) {
  const state = await sellerProductImages(req, productId)
  const image = state.images.find((i) => i.id === imageId)
  if (!image) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.imageNotFound)
  return { ...state, image }
}

const campaignsOf = (req: SellerRequest): CampaignsModuleService => req.scope.resolve(CAMPAIGNS_MODULE)

/**
 * 특판전 this maker may see: those whose 참여 신청 is open now, and those in which it has items
 * (proposed, accepted or declined) — each with this maker's items only, newest window first.
 */
export async function sellerCampaigns(req: SellerRequest, now = new Date()) {
  const maker_id = sellerOf(req).maker_id
  const own = await campaignsOf(req).listSaleCampaignItems({ maker_id }, { select: ["campaign_id"], take: null })
  const open = await campaignsOf(req).listSaleCampaigns(
    { call_starts_at: { $lte: now }, call_ends_at: { $gt: now } },
    { select: ["id"], take: null }
  )
  const ids = [...new Set([...own.map((i) => (i as unknown as { campaign_id: string }).campaign_id), ...open.map((c) => c.id)])]
  if (!ids.length) return []
  const campaigns = await campaignsOf(req).listSaleCampaigns({ id: ids }, { relations: ["items"], order: { starts_at: "DESC" }, take: null })
  return Promise.all(
    campaigns.map((c) => sellerCampaignView(req, c as unknown as CampaignRecord, (c.items ?? []).filter((i) => i.maker_id === maker_id), now))
  )
}

/** One campaign this maker may see (an open call, or own items in it), or 404 — a campaign it may not see is not confirmed to exist. */
export async function findSellerCampaignOr404(req: SellerRequest, id: string, now = new Date()) {
  const maker_id = sellerOf(req).maker_id
  const [campaign] = await campaignsOf(req).listSaleCampaigns({ id }, { relations: ["items"] })
  const ownItems = (campaign?.items ?? []).filter((i) => i.maker_id === maker_id)
  if (!campaign || (!ownItems.length && !callOpen(campaign, now))) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.campaignNotFound)
  return sellerCampaignView(req, campaign as unknown as CampaignRecord, ownItems, now)
}

/** This maker's item (proposal) in a campaign it may see; another maker's item, or one of another campaign, is 404. */
export async function findOwnCampaignItemOr404(req: SellerRequest, campaignId: string, itemId: string) {
  const [item] = await campaignsOf(req).listSaleCampaignItems({ id: itemId, campaign_id: campaignId, maker_id: sellerOf(req).maker_id })
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.proposalNotFound)
  return item
}

/** The campaign's results (the admin results query) counting this maker's sales only. */
export async function sellerCampaignResults(req: SellerRequest, campaignId: string) {
  const campaign = await findSellerCampaignOr404(req, campaignId)
  const results = await campaignResults(req.scope, campaign.id, { maker_id: sellerOf(req).maker_id })
  return { campaign: { id: campaign.id, title: campaign.title, handle: campaign.handle }, ...results }
}
