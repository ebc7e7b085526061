import { Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useNavigate, useParams } from "react-router-dom"
import { useCampaignAction, useCampaignPreview, useCampaignResults, useSaleCampaign, useUpdateSaleCampaign } from "../../../hooks/sale-campaigns"
import { errorMessage } from "../../../lib/errors"
import { formatCount, formatWon } from "../../../lib/format"
import { ErrorState, LoadingState } from "../../../lib/states"
import { CampaignFieldsForm } from "../components/campaign-fields-form"
import { CampaignItemsEditor } from "../components/campaign-items-editor"
import { CampaignProposalsSection } from "../components/campaign-proposals-section"

/** One 특판전: its fields, products and discounts, the resulting prices, publishing, and the results per maker. */
const SaleCampaignPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, isError, error } = useSaleCampaign(id)
  const preview = useCampaignPreview(id)
  const results = useCampaignResults(id)
  const update = useUpdateSaleCampaign(id)
  const action = useCampaignAction(id)
  if (isLoading) return <Container><LoadingState /></Container>
  if (isError || !data) return <Container><ErrorState error={error} /></Container>
  const c = data.campaign

  const run = async (what: "publish" | "unpublish" | "delete") => {
    if (what === "delete" && !(await prompt({ title: "특판전을 지울까요?", description: "공개 중이면 특판가가 바로 없어집니다. 기록된 판매 실적은 남습니다.", confirmText: "지우기", cancelText: "취소" }))) return
    try {
      await action.mutateAsync(what)
      toast.success({ publish: "공개했습니다. 기간이 되면 특판가가 적용됩니다.", unpublish: "공개를 취소했습니다. 특판가가 바로 없어집니다.", delete: "지웠습니다." }[what])
      if (what === "delete") navigate("/sale-campaigns")
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">{c.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{c.starts_at_kst} ~ {c.ends_at_kst} (한국 시간) · 주최 {c.host_center}{c.co_hosts.length ? ` · ${c.co_hosts.join(", ")}` : ""}</Text>
        </div>
        <div className="flex items-center gap-2">
          <StatusBadge color={c.status === "draft" ? "orange" : c.phase === "live" ? "green" : c.phase === "upcoming" ? "blue" : "grey"}>{c.phase_label}</StatusBadge>
          {c.status === "draft" ? (
            <Button size="small" onClick={() => run("publish")} isLoading={action.isPending}>공개</Button>
          ) : (
            <>
              <Button size="small" variant="secondary" onClick={() => run("publish")} isLoading={action.isPending}>가격 다시 반영</Button>
              <Button size="small" variant="secondary" onClick={() => run("unpublish")} isLoading={action.isPending}>공개 취소</Button>
            </>
          )}
          <Button size="small" variant="danger" onClick={() => run("delete")}>지우기</Button>
        </div>
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-3">기본 정보</Heading>
        <CampaignFieldsForm key={c.id + c.starts_at + c.ends_at + c.call_starts_at + c.call_ends_at} campaign={c} submitLabel="저장"
          onSubmit={async (input) => { await update.mutateAsync(input); toast.success("저장했습니다.") }} />
      </Container>

      <Container className="p-0"><CampaignProposalsSection campaign={c} /></Container>

      <Container className="p-0"><CampaignItemsEditor key={(c.items ?? []).map((i) => i.id + i.state).join()} campaign={c} /></Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">가격 미리 보기</Heading>
          <Text size="small" className="text-ui-fg-subtle">할인율은 원 단위로 내림합니다 (20% 할인 2,999원 → 2,399원).</Text>
        </div>
        {preview.data?.errors.length ? <div className="px-6 pb-3"><Text size="small" className="text-ui-fg-error">{preview.data.errors.join(" / ")}</Text></div> : null}
        <Table>
          <Table.Header><Table.Row><Table.HeaderCell>만든 곳</Table.HeaderCell><Table.HeaderCell>상품 (옵션)</Table.HeaderCell><Table.HeaderCell className="text-right">정가</Table.HeaderCell><Table.HeaderCell className="text-right">특판가</Table.HeaderCell><Table.HeaderCell className="text-right">할인</Table.HeaderCell></Table.Row></Table.Header>
          <Table.Body>
            {(preview.data?.prices ?? []).map((p) => (
              <Table.Row key={p.variant_id}>
                <Table.Cell>{p.maker_name}</Table.Cell><Table.Cell>{p.product_title} ({p.variant_title})</Table.Cell>
                <Table.Cell className="text-right tabular-nums"><s>{formatWon(p.regular_price)}</s></Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(p.sale_price)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(p.discount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">실적</Heading>
            <Text size="small" className="text-ui-fg-subtle">특판가로 팔린 주문 상품만, 취소 주문 제외, 부가세 포함.</Text>
          </div>
          <Button size="small" variant="secondary" asChild><a href={`/admin/sale-campaigns/${c.id}/results?format=csv`} download>CSV 내려받기</a></Button>
        </div>
        <Table>
          <Table.Header><Table.Row><Table.HeaderCell>만든 곳</Table.HeaderCell><Table.HeaderCell className="text-right">주문</Table.HeaderCell><Table.HeaderCell className="text-right">수량</Table.HeaderCell><Table.HeaderCell className="text-right">매출</Table.HeaderCell><Table.HeaderCell className="text-right">할인액</Table.HeaderCell></Table.Row></Table.Header>
          <Table.Body>
            {(results.data?.makers ?? []).map((m) => (
              <Table.Row key={m.maker_id}>
                <Table.Cell>{m.maker_name}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(m.orders)}건</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(m.units)}개</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(m.revenue)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(m.discount)}</Table.Cell>
              </Table.Row>
            ))}
            {results.data && (
              <Table.Row className="bg-ui-bg-subtle font-medium">
                <Table.Cell>합계</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(results.data.totals.orders)}건</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatCount(results.data.totals.units)}개</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(results.data.totals.revenue)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatWon(results.data.totals.discount)}</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
        {results.data && results.data.products.length > 0 && (
          <Table>
            <Table.Header><Table.Row><Table.HeaderCell>상품</Table.HeaderCell><Table.HeaderCell>만든 곳</Table.HeaderCell><Table.HeaderCell className="text-right">수량</Table.HeaderCell><Table.HeaderCell className="text-right">매출</Table.HeaderCell><Table.HeaderCell className="text-right">할인액</Table.HeaderCell></Table.Row></Table.Header>
            <Table.Body>
              {results.data.products.map((p) => (
                <Table.Row key={p.product_id}>
                  <Table.Cell>{p.product_title}</Table.Cell><Table.Cell>{p.maker_name}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(p.units)}개</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(p.revenue)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatWon(p.discount)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default SaleCampaignPage
