import { Badge, Button, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDecideProposal, type SaleCampaign, type SaleCampaignItem } from "../../../hooks/sale-campaigns"
import { errorMessage } from "../../../lib/errors"

const discountText = (i: SaleCampaignItem) => (i.discount_type === "percent" ? `${i.discount_value}% 할인` : `특판가 ${i.discount_value.toLocaleString("ko-KR")}원`)

function ProposalRow({ campaignId, item }: { campaignId: string; item: SaleCampaignItem }) {
  const [reason, setReason] = useState("")
  const decide = useDecideProposal(campaignId)
  const run = async (decision: "accept" | "decline") => {
    try {
      await decide.mutateAsync({ item_id: item.id, decision, reason })
      toast.success(decision === "accept" ? "승인했습니다. 공개 중이면 특판가가 바로 반영됩니다." : "거절했습니다. 만든 곳이 사유를 봅니다.")
    } catch (e) {
      // e.g. the product is already in an overlapping published campaign
      toast.error(errorMessage(e))
    }
  }
  return (
    <Table.Row>
      <Table.Cell>{item.maker?.name ?? item.maker_id}</Table.Cell>
      <Table.Cell>{item.product?.title ?? item.product_id}</Table.Cell>
      <Table.Cell>{discountText(item)}{item.per_customer_limit ? ` · 1인 ${item.per_customer_limit}개` : ""}</Table.Cell>
      <Table.Cell>
        {item.state === "proposed" ? (
          <div className="flex items-center gap-2">
            <Input size="small" aria-label="거절 사유" placeholder="거절 사유 (선택)" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            <Button size="small" onClick={() => run("accept")} isLoading={decide.isPending}>승인</Button>
            <Button size="small" variant="secondary" onClick={() => run("decline")} isLoading={decide.isPending}>거절</Button>
          </div>
        ) : (
          <div className="flex items-center gap-2"><Badge color="red" size="2xsmall">거절</Badge><Text size="small" className="text-ui-fg-subtle">{item.decline_reason || "사유 없음"}</Text></div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/** 참여 신청: makers' proposals waiting for a decision (and the declined ones with their reason). */
export function CampaignProposalsSection({ campaign }: { campaign: SaleCampaign }) {
  const rows = (campaign.items ?? []).filter((i) => i.state !== "accepted").sort((a, b) => (a.state === b.state ? 0 : a.state === "proposed" ? -1 : 1))
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">참여 신청</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {campaign.call_starts_at_kst ? `신청 기간 ${campaign.call_starts_at_kst} ~ ${campaign.call_ends_at_kst} (한국 시간)${campaign.call_open ? " · 접수 중" : ""}` : "참여 신청 기간이 없습니다 (기본 정보에서 정합니다)."}
          {" "}승인하면 상품 목록에 들어가고, 공개 중인 특판전은 바로 다시 가격을 반영합니다.
        </Text>
      </div>
      {rows.length === 0 ? (
        <div className="px-6 pb-4"><Text size="small" className="text-ui-fg-subtle">받은 신청이 없습니다.</Text></div>
      ) : (
        <Table>
          <Table.Header><Table.Row><Table.HeaderCell>만든 곳</Table.HeaderCell><Table.HeaderCell>상품</Table.HeaderCell><Table.HeaderCell>신청 할인</Table.HeaderCell><Table.HeaderCell>처리</Table.HeaderCell></Table.Row></Table.Header>
          <Table.Body>{rows.map((item) => <ProposalRow key={item.id} campaignId={campaign.id} item={item} />)}</Table.Body>
        </Table>
      )}
    </>
  )
}
