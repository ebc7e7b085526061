import type { Metadata } from "next"
import Link from "next/link"
import { previewInvite } from "@/lib/data/seller-invites"
import { formatDateTime } from "@/lib/util/date"
import { roleLabel } from "@/lib/util/seller-forms"
import { InviteAcceptForm } from "@/modules/seller/auth/invite-accept-form"
import { SellerAuthFrame } from "@/modules/seller/auth/seller-auth-frame"

export const metadata: Metadata = { title: "초대 수락", referrer: "no-referrer" }

type Props = { params: Promise<{ token: string }> }

export default async function SellerInvitePage({ params }: Props) {
  const { token } = await params
  const preview = await previewInvite(token)
  if ("error" in preview) {
    return (
      <SellerAuthFrame title="판매자센터 초대">
        <p role="alert" className="rounded-lg bg-brand-50 px-4 py-3 text-sm font-semibold text-brand-700">
          {preview.error}
        </p>
        <p className="text-ink-700">
          초대한 대표나 자활센터에 새 초대 메일을 요청해 주세요. 이미 가입했다면{" "}
          <Link href="/seller/login" className="font-semibold text-brand-700 hover:underline">
            로그인
          </Link>
          하세요.
        </p>
      </SellerAuthFrame>
    )
  }
  const { invite } = preview
  return (
    <SellerAuthFrame
      title="판매자센터 초대"
      intro={
        <p>
          <strong>{invite.maker_name}</strong>의 {roleLabel(invite.role)}(으)로 초대받았습니다. 이름과 비밀번호를 정하면 바로
          판매자센터를 쓸 수 있습니다. 초대는 {formatDateTime(invite.expires_at)}까지 유효합니다.
        </p>
      }
    >
      <InviteAcceptForm token={token} email={invite.email} />
    </SellerAuthFrame>
  )
}
