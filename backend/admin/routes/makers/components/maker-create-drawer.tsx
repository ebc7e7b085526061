import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateMaker } from "../../../hooks/makers"
import { MakerForm } from "./maker-form"
import { emptyMakerValues } from "./maker-form-values"

const FORM_ID = "maker-create-form"

/** "만든 곳 등록": the full maker form in a drawer; opens the new maker's page when saved. */
export function MakerCreateDrawer() {
  const [open, setOpen] = useState(false)
  const [formKey, setFormKey] = useState(0)
  const create = useCreateMaker()
  const navigate = useNavigate()

  const onOpenChange = (next: boolean) => {
    if (next) setFormKey((k) => k + 1)
    setOpen(next)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          만든 곳 등록
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>만든 곳 등록</Drawer.Title>
          <Drawer.Description className="sr-only">자활기업·사업단 정보를 입력합니다</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <MakerForm
            key={formKey}
            formId={FORM_ID}
            initial={emptyMakerValues()}
            onSubmit={async (input) => {
              const { maker } = await create.mutateAsync(input)
              toast.success(`${maker.name}을(를) 등록했습니다.`)
              setOpen(false)
              navigate(`/makers/${maker.id}`)
            }}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              취소
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={FORM_ID} isLoading={create.isPending}>
            등록
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
