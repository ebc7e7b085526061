import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { useMaker } from "../../../hooks/makers"
import { STATUS_LABELS, kindLabel } from "../../../lib/format"
import { ErrorState, LoadingState } from "../../../lib/states"
import { MakerEditDrawer } from "../components/maker-edit-drawer"
import { SellerMembersSection } from "../components/seller-members-section"
import {
  MakerBrandsSection, MakerCertificationsSection, MakerInfoSection, MakerProductsSection,
} from "../components/maker-sections"

/** One maker: who it is, its certifications and brands, its products; "수정" edits it. */
const MakerDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useMaker(id)

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState rows={8} />
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error} />
        <div className="px-6 pb-4">
          <Link to="/makers" className="text-ui-fg-interactive text-sm">← 만든 곳 목록</Link>
        </div>
      </Container>
    )
  }

  const { maker } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{maker.name}</Heading>
            <StatusBadge color={maker.status === "active" ? "green" : "grey"}>
              {STATUS_LABELS[maker.status] ?? maker.status}
            </StatusBadge>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Badge size="2xsmall">{kindLabel(maker.kind)}</Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {maker.center?.name ?? "센터 없음"} · {maker.region}
            </Text>
          </div>
        </div>
        <MakerEditDrawer maker={maker} />
      </Container>
      {maker.story ? (
        <Container className="px-6 py-4">
          <Heading level="h2" className="mb-2">소개</Heading>
          {/* The story is sanitized by the server before it is stored. */}
          <div className="txt-small text-ui-fg-subtle [&_p]:mb-2" dangerouslySetInnerHTML={{ __html: maker.story }} />
        </Container>
      ) : null}
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-y-3">
          <MakerInfoSection maker={maker} />
          <MakerProductsSection maker={maker} />
          <SellerMembersSection maker={maker} />
        </div>
        <div className="flex flex-col gap-y-3">
          <MakerCertificationsSection maker={maker} />
          <MakerBrandsSection maker={maker} />
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "만든 곳 상세",
}

export default MakerDetailPage
