import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Container, Heading, Input, StatusBadge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useSaleCampaigns, type SaleCampaign } from "../../hooks/sale-campaigns"
import { usePaging } from "../../lib/paging"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { CampaignCreateDrawer } from "./components/campaign-create-drawer"

const PHASE_COLOR: Record<string, "green" | "blue" | "grey" | "orange"> = { live: "green", upcoming: "blue", ended: "grey" }
const color = (c: SaleCampaign) => (c.status === "draft" ? "orange" : PHASE_COLOR[c.phase])

/** 특판전: centers' time-boxed special sales, their window in Korean time and their state. */
const SaleCampaignsPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const paging = usePaging(20)
  const { reset } = paging
  useEffect(() => reset(), [q])
  const { data, isLoading, isError, error } = useSaleCampaigns({ limit: paging.limit, offset: paging.offset, q: q || undefined })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">특판전</Heading>
          <Text size="small" className="text-ui-fg-subtle">기간 한정 특별 판매전을 만들고, 공개하고, 만든 곳별 실적을 봅니다. 시각은 모두 한국 시간입니다.</Text>
        </div>
        <CampaignCreateDrawer onCreated={(id) => navigate(`/sale-campaigns/${id}`)} />
      </div>
      <div className="px-6 py-3">
        <Input type="search" size="small" placeholder="제목으로 찾기" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="특판전 찾기" />
      </div>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : !data?.campaigns.length ? (
        <EmptyState title="특판전이 없습니다" description="오른쪽 위 ‘특판전 만들기’로 시작하세요." />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>제목</Table.HeaderCell>
                <Table.HeaderCell>주최</Table.HeaderCell>
                <Table.HeaderCell>기간 (한국 시간)</Table.HeaderCell>
                <Table.HeaderCell>상태</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.campaigns.map((c) => (
                <Table.Row key={c.id} className="cursor-pointer" onClick={() => navigate(`/sale-campaigns/${c.id}`)}>
                  <Table.Cell>{c.title}</Table.Cell>
                  <Table.Cell>{c.host_center}</Table.Cell>
                  <Table.Cell>{c.starts_at_kst} ~ {c.ends_at_kst}</Table.Cell>
                  <Table.Cell><StatusBadge color={color(c)}>{c.phase_label}</StatusBadge></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination {...paging.paginationProps(data.count)} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "특판전", icon: Tag, rank: 5 })

export default SaleCampaignsPage
