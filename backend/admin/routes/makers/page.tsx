import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useMakers } from "../../hooks/makers"
import { STATUS_LABELS, kindLabel } from "../../lib/format"
import { usePaging } from "../../lib/paging"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"
import type { MakerStatus } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { MakerCreateDrawer } from "./components/maker-create-drawer"

const ALL = "all"

/** 만든 곳: the 자활기업, 광역자활기업 and 자활근로사업단 whose products the shop sells. */
const MakersPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<MakerStatus | typeof ALL>(ALL)
  const q = useDebouncedValue(search.trim())
  const paging = usePaging(20)
  const { reset } = paging
  useEffect(() => reset(), [q, status])

  const { data, isLoading, isError, error } = useMakers({
    limit: paging.limit,
    offset: paging.offset,
    q: q || undefined,
    status: status === ALL ? undefined : status,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">만든 곳</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            자활기업·광역자활기업·자활근로사업단을 등록하고 관리합니다.
          </Text>
        </div>
        <MakerCreateDrawer />
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-64"
          placeholder="이름으로 검색"
          aria-label="만든 곳 이름으로 검색"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select size="small" value={status} onValueChange={(v) => setStatus(v as MakerStatus | typeof ALL)}>
          <Select.Trigger className="w-36" aria-label="상태로 거르기">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>모든 상태</Select.Item>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>{label}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : !data?.makers.length ? (
        <EmptyState
          title={q || status !== ALL ? "조건에 맞는 만든 곳이 없습니다" : "아직 등록된 만든 곳이 없습니다"}
          description={q || status !== ALL ? "검색어나 상태를 바꿔 보세요." : "‘만든 곳 등록’으로 첫 자활기업을 등록하세요."}
        />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>이름</Table.HeaderCell>
                <Table.HeaderCell>종류</Table.HeaderCell>
                <Table.HeaderCell>자활센터</Table.HeaderCell>
                <Table.HeaderCell>시·도</Table.HeaderCell>
                <Table.HeaderCell>상태</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.makers.map((maker) => (
                <Table.Row
                  key={maker.id}
                  className="cursor-pointer"
                  tabIndex={0}
                  onClick={() => navigate(`/makers/${maker.id}`)}
                  onKeyDown={(e) => e.key === "Enter" && navigate(`/makers/${maker.id}`)}
                >
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <Text size="small" weight="plus">{maker.name}</Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">{maker.handle}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{kindLabel(maker.kind)}</Table.Cell>
                  <Table.Cell>{maker.center?.name ?? "-"}</Table.Cell>
                  <Table.Cell>{maker.region}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={maker.status === "active" ? "green" : "grey"}>
                      {STATUS_LABELS[maker.status] ?? maker.status}
                    </StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination {...paging.paginationProps(data.count)} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "만든 곳",
  icon: BuildingStorefront,
  rank: 1,
})

export default MakersPage
