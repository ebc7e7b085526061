import { Badge, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatWon, PRODUCT_STATUS_LABELS } from "../../../lib/format"
import { EmptyState } from "../../../lib/states"
import type { Maker } from "../../../lib/types"

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-[10rem_1fr] items-start px-6 py-3">
      <Text size="small" weight="plus">{label}</Text>
      <Text size="small" className="text-ui-fg-base break-words">{children || "-"}</Text>
    </div>
  )
}

/** Contact and registration data of a maker, as the receipt and the maker page show them. */
export function MakerInfoSection({ maker }: { maker: Maker }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">기본 정보</Heading>
      </div>
      <Row label="핸들">{maker.handle}</Row>
      <Row label="법인 형태">{maker.legal_form}</Row>
      <Row label="대표자">{maker.representative}</Row>
      <Row label="설립일">{maker.founded_on}</Row>
      <Row label="사업자등록번호">{maker.business_registration_number}</Row>
      <Row label="통신판매업 신고번호">{maker.mail_order_number}</Row>
      <Row label="전화번호">{maker.phone}</Row>
      <Row label="이메일">{maker.email}</Row>
      <Row label="주소">{maker.address}</Row>
      <Row label="배송비">
        {`${formatWon(maker.shipping_base_fee)} · ${
          maker.free_shipping_threshold === null ? "무료배송 없음" : `${formatWon(maker.free_shipping_threshold)} 이상 무료배송`
        }`}
      </Row>
      <Row label="로고">
        {maker.logo_url ? <img src={maker.logo_url} alt={`${maker.name} 로고`} className="h-10 w-auto" /> : null}
      </Row>
    </Container>
  )
}

export function MakerCertificationsSection({ maker }: { maker: Maker }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">인증</Heading>
      </div>
      {maker.certifications.length === 0 ? (
        <EmptyState title="등록된 인증이 없습니다" />
      ) : (
        maker.certifications.map((c) => (
          <Row key={c.id ?? c.number} label={c.name}>
            {c.number}
            {c.valid_until ? ` (${c.valid_until}까지)` : ""}
          </Row>
        ))
      )}
    </Container>
  )
}

export function MakerBrandsSection({ maker }: { maker: Maker }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">참여 공동브랜드</Heading>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {maker.brands.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">참여 중인 공동브랜드가 없습니다.</Text>
        ) : (
          maker.brands.map((b) => <Badge key={b.id} size="small">{b.name}</Badge>)
        )}
      </div>
    </Container>
  )
}

export function MakerProductsSection({ maker }: { maker: Maker }) {
  const products = maker.products ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">상품</Heading>
        <Text size="small" className="text-ui-fg-subtle">{products.length}개</Text>
      </div>
      {products.length === 0 ? (
        <EmptyState title="연결된 상품이 없습니다" description="상품 상세 화면의 ‘만든 곳’ 카드에서 연결합니다." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>상품명</Table.HeaderCell>
              <Table.HeaderCell>핸들</Table.HeaderCell>
              <Table.HeaderCell>상태</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {products.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link to={`/products/${p.id}`} className="text-ui-fg-interactive hover:underline">
                    {p.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{p.handle}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={p.status === "published" ? "green" : p.status === "rejected" ? "red" : "grey"}>
                    {PRODUCT_STATUS_LABELS[p.status] ?? p.status}
                  </StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
