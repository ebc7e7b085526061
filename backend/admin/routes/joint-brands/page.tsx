import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useJointBrands } from "../../hooks/joint-brands"
import { usePaging } from "../../lib/paging"
import { EmptyState, ErrorState, LoadingState } from "../../lib/states"
import type { JointBrand } from "../../lib/types"
import { JointBrandFormDrawer } from "./components/joint-brand-form-drawer"

const MAX_MEMBER_BADGES = 3

/** 공동브랜드: brands of a 광역자활센터 over products of several makers (소소드림, 재미나 …). */
const JointBrandsPage = () => {
  const paging = usePaging(20)
  const [editing, setEditing] = useState<JointBrand | "new" | null>(null)
  const { data, isLoading, isError, error } = useJointBrands({ limit: paging.limit, offset: paging.offset })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">공동브랜드</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            광역자활센터가 여러 만든 곳의 상품을 묶어 내는 브랜드입니다.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          공동브랜드 등록
        </Button>
      </div>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : !data?.joint_brands.length ? (
        <EmptyState title="아직 등록된 공동브랜드가 없습니다" description="‘공동브랜드 등록’으로 첫 브랜드를 만드세요." />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>이름</Table.HeaderCell>
                <Table.HeaderCell>슬로건</Table.HeaderCell>
                <Table.HeaderCell>소유 광역자활센터</Table.HeaderCell>
                <Table.HeaderCell>참여 만든 곳</Table.HeaderCell>
                <Table.HeaderCell className="text-right">상품</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.joint_brands.map((brand) => (
                <Table.Row
                  key={brand.id}
                  className="cursor-pointer"
                  tabIndex={0}
                  onClick={() => setEditing(brand)}
                  onKeyDown={(e) => e.key === "Enter" && setEditing(brand)}
                >
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <Text size="small" weight="plus">{brand.name}</Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">{brand.handle}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{brand.slogan || "-"}</Table.Cell>
                  <Table.Cell>{brand.owner_center?.name ?? "-"}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap gap-1 py-1">
                      {brand.members.length === 0 ? "-" : null}
                      {brand.members.slice(0, MAX_MEMBER_BADGES).map((m) => (
                        <Badge key={m.id} size="2xsmall">{m.name}</Badge>
                      ))}
                      {brand.members.length > MAX_MEMBER_BADGES ? (
                        <Badge size="2xsmall" color="grey">+{brand.members.length - MAX_MEMBER_BADGES}</Badge>
                      ) : null}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">{brand.products?.length ?? 0}개</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination {...paging.paginationProps(data.count)} />
        </div>
      )}
      <JointBrandFormDrawer
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        brand={editing && editing !== "new" ? editing : undefined}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "공동브랜드",
  icon: Tag,
  rank: 3,
})

export default JointBrandsPage
