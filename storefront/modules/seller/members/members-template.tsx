import type { SellerSession } from "@/lib/data/seller"
import type { SellerInvite, SellerMember } from "@/lib/data/seller-members"
import { formatDate } from "@/lib/util/date"
import { roleLabel } from "@/lib/util/seller-forms"
import { InviteMemberForm } from "@/modules/seller/members/invite-member-form"
import { MemberRowAction } from "@/modules/seller/members/member-row-action"

type Props = { seller: SellerSession; members: SellerMember[]; invites: SellerInvite[] }

/** 구성원: everyone sees the list; 대표 also invite, remove and withdraw invites. */
export function MembersTemplate({ seller, members, invites }: Props) {
  const owner = seller.role === "owner"
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-xl font-bold">구성원</h1>
      <section aria-labelledby="members-title" className="space-y-2">
        <h2 id="members-title" className="text-lg font-bold">
          구성원 {members.length}명
        </h2>
        <ul className="divide-y divide-cream-200 rounded-xl border border-cream-200 bg-white" aria-label="구성원 목록">
          {members.map((member) => (
            <li key={member.id} className="flex items-center gap-2 px-3 py-3">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-semibold">
                  {member.name} <span className="text-sm font-normal text-ink-500">{roleLabel(member.role)}</span>
                  {member.id === seller.id && <span className="ml-1 text-xs text-leaf-700">(나)</span>}
                </span>
                <span className="block truncate text-sm text-ink-500">{member.email}</span>
              </span>
              {owner && member.id !== seller.id && <MemberRowAction kind="member" id={member.id} who={member.name} />}
            </li>
          ))}
        </ul>
      </section>

      {invites.length > 0 && (
        <section aria-labelledby="invites-title" className="space-y-2">
          <h2 id="invites-title" className="text-lg font-bold">
            수락 대기 중인 초대 {invites.length}건
          </h2>
          <ul className="divide-y divide-cream-200 rounded-xl border border-cream-200 bg-white" aria-label="초대 목록">
            {invites.map((invite) => (
              <li key={invite.id} className="flex items-center gap-2 px-3 py-3">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold">{invite.email}</span>
                  <span className="block text-sm text-ink-500">
                    {roleLabel(invite.role)} · {formatDate(invite.expires_at)}까지
                  </span>
                </span>
                {owner && <MemberRowAction kind="invite" id={invite.id} who={invite.email} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {owner ? (
        <section aria-labelledby="invite-title" className="space-y-2">
          <h2 id="invite-title" className="text-lg font-bold">구성원 초대</h2>
          <InviteMemberForm />
        </section>
      ) : (
        <p className="text-sm text-ink-500">구성원 초대와 삭제는 대표 계정만 할 수 있습니다.</p>
      )}
    </div>
  )
}
