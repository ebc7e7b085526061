import { InputField, SelectField, TextAreaField } from "@/modules/seller/components/form-fields"

export type CategoryOption = { id: string; name: string }

type Props = {
  categories: CategoryOption[]
  values: Record<string, string | undefined>
  errors: Record<string, string | undefined>
  /** the product's current content, when editing */
  initial?: { title?: string; subtitle?: string | null; description?: string | null; category_id?: string }
}

/** 상품명, 부제, 설명, 카테고리: shared by 상품 등록 and 상품 정보 수정. */
export function ProductContentFields({ categories, values, errors, initial = {} }: Props) {
  return (
    <div className="space-y-4">
      <InputField
        id="product-title"
        name="title"
        label="상품명"
        required
        maxLength={100}
        defaultValue={values.title ?? initial.title}
        error={errors.title}
      />
      <InputField
        id="product-subtitle"
        name="subtitle"
        label="부제"
        hint="한 줄 소개 (선택)"
        maxLength={200}
        defaultValue={values.subtitle ?? initial.subtitle ?? ""}
        error={errors.subtitle}
      />
      <TextAreaField
        id="product-description"
        name="description"
        label="설명"
        hint="빈 줄로 문단을 나눕니다. 허용되지 않는 HTML은 저장할 때 지워집니다."
        rows={8}
        defaultValue={values.description ?? initial.description ?? ""}
        error={errors.description}
      />
      <SelectField
        // remounted when the kept value changes: React 19's form reset after an action puts a
        // <select> back on its first mount's default otherwise (the category would be lost)
        key={values.category_id ?? initial.category_id ?? ""}
        id="product-category"
        name="category_id"
        label="카테고리"
        required
        defaultValue={values.category_id ?? initial.category_id ?? ""}
        error={errors.category_id}
      >
        <option value="" disabled>
          카테고리를 고르세요
        </option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </SelectField>
    </div>
  )
}
