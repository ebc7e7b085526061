import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateSaleCampaign } from "../../../hooks/sale-campaigns"
import { CampaignFieldsForm } from "./campaign-fields-form"

/** 특판전 만들기: the fields first (a draft); products, preview and publishing follow on its page. */
export function CampaignCreateDrawer({ onCreated }: { onCreated: (id: string) => void }) {
  const [open, setOpen] = useState(false)
  const create = useCreateSaleCampaign()
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild><Button size="small">특판전 만들기</Button></Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>특판전 만들기</Drawer.Title>
          <Drawer.Description className="sr-only">특판전의 제목, 주최, 기간을 입력합니다</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {open ? (
            <CampaignFieldsForm
              submitLabel="작성 중으로 저장"
              onSubmit={async (input) => {
                const { campaign } = await create.mutateAsync(input)
                toast.success("특판전을 만들었습니다. 상품을 고르고 공개하세요.")
                setOpen(false)
                onCreated(campaign.id)
              }}
            />
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
