"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { messageOf, sellerFetch, sellerUpload, statusOf, SELLER_TRY_AGAIN } from "@/lib/data/seller-fetch"
import { retrieveSellerProduct } from "@/lib/data/seller-products"
import {
  contentChanges,
  fieldOfApiMessage,
  parseNewProduct,
  parseProductContent,
  parseVariantUpdate,
} from "@/lib/util/seller-product-form"
import { isKorean } from "@/lib/util/seller-forms"

const TRY_AGAIN = SELLER_TRY_AGAIN

/**
 * A failed seller API call as form state: no session → login; a Korean 4xx at its field when
 * the message names one, else for the whole form.
 */
function apiErrorState(error: unknown, values?: Record<string, string>, fieldOf = fieldOfApiMessage): FormState {
  const status = statusOf(error)
  if (status === 401) redirect("/seller/login")
  const message = messageOf(error)
  if (status !== undefined && status < 500 && isKorean(message)) {
    const field = fieldOf(message)
    return field ? { fieldErrors: { [field]: message }, values } : { error: message, values }
  }
  return { error: TRY_AGAIN, values }
}

const idOf = (formData: FormData, key: string) => String(formData.get(key) ?? "")

/** 상품 등록 → `proposed` (승인 대기); then its page, where photos are added. */
export async function createSellerProduct(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = parseNewProduct(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  let id: string
  try {
    id = (await sellerFetch<{ product: { id: string } }>("/seller/products", { method: "POST", body: checked.values })).product.id
  } catch (error) {
    return apiErrorState(error, values)
  }
  revalidatePath("/seller", "layout")
  redirect(`/seller/products/${id}?created=1`)
}

/**
 * 상품 정보 저장. Only changed fields are sent: for a product on sale they wait as one approval
 * request (202) and the shop keeps the old text meanwhile.
 */
export async function updateSellerProduct(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const id = idOf(formData, "product_id")
  const errors: Record<string, string> = {}
  const next = parseProductContent(Object.fromEntries(formData), errors)
  if (Object.keys(errors).length) return { fieldErrors: errors, values }
  const current = await retrieveSellerProduct(id)
  if (!current) return { error: "상품을 찾을 수 없습니다.", values }
  const { product } = current
  const changes = contentChanges(
    {
      title: product.title,
      subtitle: product.subtitle ?? undefined,
      description: product.description ?? undefined,
      category_id: product.categories?.[0]?.id,
    },
    next
  )
  if (!Object.keys(changes).length) return { success: "바뀐 내용이 없습니다.", values }
  try {
    await sellerFetch(`/seller/products/${encodeURIComponent(id)}`, { method: "POST", body: changes })
  } catch (error) {
    return apiErrorState(error, values)
  }
  revalidatePath(`/seller/products/${id}`)
  return product.status === "published"
    ? { success: "수정 요청을 보냈습니다. 승인되면 쇼핑몰에 반영됩니다.", values }
    : { success: "상품 정보를 저장했습니다.", values }
}

/** 가격·재고 저장 of one variant: applies at once (also on sale). */
export async function updateSellerVariant(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const productId = idOf(formData, "product_id")
  const variantId = idOf(formData, "variant_id")
  const checked = parseVariantUpdate(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  try {
    await sellerFetch(`/seller/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`, {
      method: "POST",
      body: checked.values,
    })
  } catch (error) {
    return apiErrorState(error, values, (m) => (/^구간/.test(m) ? "tiers" : /^가격/.test(m) ? "price" : /^재고/.test(m) ? "stock" : undefined))
  }
  revalidatePath(`/seller/products/${productId}`)
  return { success: "가격과 재고를 저장했습니다.", values }
}

/** 보관: out of the shop (status draft), kept for its orders. */
export async function archiveSellerProduct(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData, "product_id")
  try {
    await sellerFetch(`/seller/products/${encodeURIComponent(id)}`, { method: "DELETE" })
  } catch (error) {
    return apiErrorState(error)
  }
  revalidatePath("/seller", "layout")
  redirect(`/seller/products?status=draft`)
}

/** 사진 올리기 (multipart `file`, `alt`); the server checks type and size and resizes. */
export async function uploadSellerProductImage(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData, "product_id")
  const file = formData.get("file")
  const alt = String(formData.get("alt") ?? "").trim()
  const values = { alt }
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: "올릴 사진을 고르세요." }, values }
  if (!alt) return { fieldErrors: { alt: "사진 설명(대체 텍스트)을 입력하세요." }, values }
  const upload = new FormData()
  upload.set("file", file, file.name)
  upload.set("alt", alt)
  let pending = false
  try {
    pending = (await sellerUpload<{ pending?: boolean }>(`/seller/products/${encodeURIComponent(id)}/images`, upload)).pending === true
  } catch (error) {
    return apiErrorState(error, values, (m) => (/설명|대체/.test(m) ? "alt" : "file"))
  }
  revalidatePath(`/seller/products/${id}`)
  // a product on sale: the picture waits in its approval request (202) until staff approve
  return { success: pending ? "사진을 올렸습니다. 판매 중인 상품이라 승인 후 쇼핑몰에 보입니다." : "사진을 올렸습니다." }
}

export async function deleteSellerProductImage(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData, "product_id")
  const imageId = idOf(formData, "image_id")
  try {
    await sellerFetch(`/seller/products/${encodeURIComponent(id)}/images/${encodeURIComponent(imageId)}`, { method: "DELETE" })
  } catch (error) {
    return apiErrorState(error)
  }
  revalidatePath(`/seller/products/${id}`)
  return { success: "사진을 지웠습니다." }
}
