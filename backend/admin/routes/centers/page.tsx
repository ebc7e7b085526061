import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Tabs, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCenters, useRegionalCenters } from "../../hooks/centers"
import { LEVEL_LABELS } from "../../lib/format"
import { usePaging } from "../../lib/paging"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"
import type { Center, CenterLevel } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { CenterFormDrawer } from "./components/center-form-drawer"

type LevelTab = CenterLevel | "all"

/** 자활센터: 광역자활센터 and the 지역자활센터 under them. */
const CentersPage = () => {
  const [level, setLevel] = useState<LevelTab>("all")
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const paging = usePaging(20)
  const { reset } = paging
  useEffect(() => reset(), [q, level])

  const [editing, setEditing] = useState<Center | "new" | null>(null)
  const { data, isLoading, isError, error } = useCenters({
    limit: paging.limit,
    offset: paging.offset,
    level: level === "all" ? undefined : level,
    q: q || undefined,
  })
  const regional = useRegionalCenters()
  const parentName = (id: string | null) =>
    id ? regional.data?.centers.find((c) => c.id === id)?.name ?? "-" : "-"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">자활센터</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            광역자활센터와 그 아래 지역자활센터를 관리합니다.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          자활센터 등록
        </Button>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-3">
        <Tabs value={level} onValueChange={(v) => setLevel(v as LevelTab)}>
          <Tabs.List>
            <Tabs.Trigger value="all">전체</Tabs.Trigger>
            <Tabs.Trigger value="regional">{LEVEL_LABELS.regional}</Tabs.Trigger>
            <Tabs.Trigger value="local">{LEVEL_LABELS.local}</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        <Input
          type="search"
          size="small"
          className="w-64"
          placeholder="이름으로 검색"
          aria-label="자활센터 이름으로 검색"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : !data?.centers.length ? (
        <EmptyState
          title={q || level !== "all" ? "조건에 맞는 자활센터가 없습니다" : "아직 등록된 자활센터가 없습니다"}
          description="‘자활센터 등록’으로 광역자활센터부터 등록하세요."
        />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>이름</Table.HeaderCell>
                <Table.HeaderCell>구분</Table.HeaderCell>
                <Table.HeaderCell>상위 센터</Table.HeaderCell>
                <Table.HeaderCell>시·도</Table.HeaderCell>
                <Table.HeaderCell>전화번호</Table.HeaderCell>
                <Table.HeaderCell className="text-right">만든 곳</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.centers.map((center) => (
                <Table.Row
                  key={center.id}
                  className="cursor-pointer"
                  tabIndex={0}
                  onClick={() => setEditing(center)}
                  onKeyDown={(e) => e.key === "Enter" && setEditing(center)}
                >
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <Text size="small" weight="plus">{center.name}</Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">{center.handle}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={center.level === "regional" ? "blue" : "grey"}>
                      {LEVEL_LABELS[center.level]}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{center.level === "local" ? parentName(center.parent_id) : "-"}</Table.Cell>
                  <Table.Cell>{center.region}</Table.Cell>
                  <Table.Cell>{center.phone ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">{center.makers?.length ?? 0}곳</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination {...paging.paginationProps(data.count)} />
        </div>
      )}
      <CenterFormDrawer
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        center={editing && editing !== "new" ? editing : undefined}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "자활센터",
  icon: Buildings,
  rank: 2,
})

export default CentersPage
