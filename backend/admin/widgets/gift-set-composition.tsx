import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useGiftSetComposition, useProductVariants, type ProductVariantRow } from "../hooks/gift-set-composition"
import { CompositionEditorDrawer } from "../lib/gift-sets/composition-editor"
import { CompositionView } from "../lib/gift-sets/composition-view"
import { EmptyState, ErrorState, LoadingState } from "../lib/states"

/**
 * "세트 구성" card on the product page: for each variant, what a gift set or pack contains
 * (Medusa inventory kit), what the components are worth alone, how many sets the stock allows,
 * how revenue is shared by makers, and its bulk prices. Staff edit the components in a drawer.
 */
const GiftSetCompositionWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const variants = useProductVariants(product.id)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">세트 구성</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          선물세트·묶음 옵션은 구성품의 재고로 판매되고, 매출은 구성품을 만든 곳에 나뉘어 귀속됩니다.
        </Text>
      </div>
      {variants.isLoading ? (
        <LoadingState rows={3} />
      ) : variants.isError || !variants.data ? (
        <ErrorState error={variants.error} />
      ) : variants.data.length === 0 ? (
        <EmptyState title="옵션이 없습니다" description="옵션을 추가하면 세트 구성을 정할 수 있습니다." />
      ) : (
        variants.data.map((variant) => <VariantSection key={variant.id} variant={variant} />)
      )}
    </Container>
  )
}

function VariantSection({ variant }: { variant: ProductVariantRow }) {
  const composition = useGiftSetComposition(variant.id)
  const [editing, setEditing] = useState(false)
  const isKit = Boolean(composition.data?.components.length)

  return (
    <section className="flex flex-col gap-y-3 px-6 py-4" aria-label={`옵션 ${variant.title}`}>
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex min-w-0 items-center gap-x-2">
          <Text size="small" weight="plus" className="truncate">{variant.title}</Text>
          {variant.sku ? <Badge size="2xsmall">{variant.sku}</Badge> : null}
          {composition.data ? (
            <Badge size="2xsmall" color={isKit ? "blue" : "grey"}>{isKit ? "세트" : "단품"}</Badge>
          ) : null}
        </div>
        {composition.data ? (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            구성 편집
          </Button>
        ) : null}
      </div>
      {composition.isLoading ? (
        <LoadingState rows={2} />
      ) : composition.isError || !composition.data ? (
        <ErrorState error={composition.error} />
      ) : (
        <>
          <CompositionView composition={composition.data} />
          <CompositionEditorDrawer open={editing} onOpenChange={setEditing} composition={composition.data} />
        </>
      )}
    </section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default GiftSetCompositionWidget
