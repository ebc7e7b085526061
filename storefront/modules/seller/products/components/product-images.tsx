"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { deleteSellerProductImage, uploadSellerProductImage } from "@/lib/data/seller-product-actions"
import { FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField } from "@/modules/seller/components/form-fields"

type Image = { id: string; url: string; alt?: string | null }

function DeleteImageButton({ productId, image, position }: { productId: string; image: Image; position: number }) {
  const [state, action] = useActionState(deleteSellerProductImage, EMPTY_FORM_STATE)
  return (
    <form action={action}>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="image_id" value={image.id} />
      {state.error && <p role="alert" className="text-xs font-semibold text-brand-700">{state.error}</p>}
      <button type="submit" className="min-h-11 w-full rounded-lg text-sm text-ink-500 hover:bg-cream-100" aria-label={`사진 ${position} 지우기`}>
        지우기
      </button>
    </form>
  )
}

/** 사진: the product's pictures (first = the list thumbnail) and an upload with its 사진 설명. */
export function ProductImages({ productId, images }: { productId: string; images: Image[] }) {
  const [state, action] = useActionState(uploadSellerProductImage, EMPTY_FORM_STATE)
  return (
    <div className="space-y-3">
      {images.length === 0 ? (
        <p className="text-sm text-ink-500">아직 사진이 없습니다. 쇼핑몰에는 사진이 있는 상품이 더 잘 보입니다.</p>
      ) : (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5" aria-label="상품 사진">
          {images.map((image, index) => (
            <li key={image.id} className="space-y-1">
              <img src={image.url} alt={image.alt ?? ""} width={120} height={120} className="aspect-square w-full rounded-lg object-cover" />
              <DeleteImageButton productId={productId} image={image} position={index + 1} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} noValidate className="space-y-3" aria-label="사진 올리기">
        <input type="hidden" name="product_id" value={productId} />
        <FormMessage state={state} />
        <InputField
          id="image-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          label="사진 파일"
          hint="JPG, PNG, WebP"
          required
          error={state.fieldErrors?.file}
        />
        <InputField
          id="image-alt"
          name="alt"
          label="사진 설명"
          hint="사진을 볼 수 없는 분께 읽어 주는 글 (예: 김 3봉 선물 포장)"
          required
          maxLength={200}
          defaultValue={state.values?.alt}
          error={state.fieldErrors?.alt}
        />
        <SubmitButton pendingLabel="올리는 중…">사진 올리기</SubmitButton>
      </form>
    </div>
  )
}
