import { PencilSquare } from "@medusajs/icons"
import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateMaker } from "../../../hooks/makers"
import type { Maker } from "../../../lib/types"
import { MakerForm } from "./maker-form"
import { makerToValues } from "./maker-form-values"

const FORM_ID = "maker-edit-form"

/** Edits every field of a maker; certifications, when saved, replace the previous list. */
export function MakerEditDrawer({ maker }: { maker: Maker }) {
  const [open, setOpen] = useState(false)
  const [formKey, setFormKey] = useState(0)
  const update = useUpdateMaker(maker.id)

  const onOpenChange = (next: boolean) => {
    if (next) setFormKey((k) => k + 1)
    setOpen(next)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <PencilSquare />
          수정
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>{maker.name} 수정</Drawer.Title>
          <Drawer.Description className="sr-only">만든 곳 정보를 고칩니다</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <MakerForm
            key={formKey}
            formId={FORM_ID}
            initial={makerToValues(maker)}
            onSubmit={async (input) => {
              await update.mutateAsync(input)
              toast.success("저장했습니다.")
              setOpen(false)
            }}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              취소
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={FORM_ID} isLoading={update.isPending}>
            저장
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
