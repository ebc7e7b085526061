import { Button, Container, Heading, Input, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import {
  ROLE_LABELS, useInviteSellerMember, useSellerMembers, useWithdrawSellerInvite, type SellerRole,
} from "../../../hooks/seller-members"
import { errorMessage, toFieldErrors, type FieldErrors } from "../../../lib/errors"
import { Field, FormError } from "../../../lib/form-field"
import { formatSeoulDateTime } from "../../../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../../../lib/states"
import type { Maker } from "../../../lib/types"

type InviteField = "email" | "role"
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * 판매자센터 구성원: who of this maker can log in to 판매자센터, the invites not yet used, and
 * an invite form (the person gets a mail with a link to set a password).
 */
export function SellerMembersSection({ maker }: { maker: Maker }) {
  const { data, isLoading, isError, error } = useSellerMembers(maker.id)
  const withdraw = useWithdrawSellerInvite(maker.id)
  const prompt = usePrompt()

  async function onWithdraw(id: string, email: string) {
    const confirmed = await prompt({
      title: "초대를 취소할까요?",
      description: `${email} 님에게 보낸 초대 링크가 더 이상 열리지 않습니다.`,
      confirmText: "초대 취소",
      cancelText: "닫기",
    })
    if (!confirmed) return
    try {
      await withdraw.mutateAsync(id)
      toast.success("초대를 취소했습니다.")
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Container className="divide-y p-0" aria-label="판매자센터 구성원">
      <div className="px-6 py-4">
        <Heading level="h2">판매자센터 구성원</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          판매자센터에서 이 곳의 상품을 등록·관리하는 사람들입니다. 대표는 다른 구성원을 초대할 수 있습니다.
        </Text>
      </div>
      {isLoading ? (
        <LoadingState rows={3} />
      ) : isError || !data ? (
        <ErrorState error={error} />
      ) : (
        <>
          {data.members.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>이름</Table.HeaderCell>
                  <Table.HeaderCell>이메일</Table.HeaderCell>
                  <Table.HeaderCell>역할</Table.HeaderCell>
                  <Table.HeaderCell>가입</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.members.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>{m.name || "-"}</Table.Cell>
                    <Table.Cell>{m.email}</Table.Cell>
                    <Table.Cell>{ROLE_LABELS[m.role] ?? m.role}</Table.Cell>
                    <Table.Cell>{formatSeoulDateTime(m.created_at)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <EmptyState title="아직 구성원이 없습니다" description="아래에서 대표나 담당자를 초대하세요." />
          )}
          {data.invites.length ? (
            <div className="flex flex-col gap-y-2 px-6 py-4" aria-label="대기 중인 초대">
              <Text size="small" weight="plus">대기 중인 초대</Text>
              <ul className="flex flex-col gap-y-2">
                {data.invites.map((invite) => (
                  <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Text size="small">
                      {invite.email} · {ROLE_LABELS[invite.role] ?? invite.role} · {formatSeoulDateTime(invite.expires_at)}까지
                    </Text>
                    <Button size="small" variant="transparent" onClick={() => onWithdraw(invite.id, invite.email)} aria-label={`${invite.email} 초대 취소`}>
                      초대 취소
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <InviteForm maker={maker} />
        </>
      )}
    </Container>
  )
}

function InviteForm({ maker }: { maker: Maker }) {
  const invite = useInviteSellerMember(maker.id)
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<SellerRole>("staff")
  const [errors, setErrors] = useState<FieldErrors<InviteField>>({})

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    const trimmed = email.trim()
    if (!trimmed) return setErrors({ email: "이메일을 입력하세요" })
    if (!EMAIL.test(trimmed)) return setErrors({ email: "이메일 형식이 올바르지 않습니다" })
    setErrors({})
    try {
      await invite.mutateAsync({ email: trimmed, role })
      toast.success(`${trimmed} 님에게 초대 메일을 보냈습니다.`)
      setEmail("")
      setRole("staff")
    } catch (error) {
      setErrors(toFieldErrors(error, ["email", "role"] as const, { email: ["이메일", "구성원"], role: ["역할"] }))
    }
  }

  if (maker.status !== "active") {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">판매가 중지된 곳에는 초대할 수 없습니다.</Text>
      </div>
    )
  }
  return (
    <form id="seller-invite-form" className="flex flex-col gap-y-3 px-6 py-4" onSubmit={onSubmit} noValidate>
      <Text size="small" weight="plus">구성원 초대</Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_10rem]">
        <Field id="seller-invite-email" label="이메일" required error={errors.email}>
          <Input
            id="seller-invite-email"
            type="email"
            size="small"
            value={email}
            autoComplete="off"
            aria-invalid={Boolean(errors.email)}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field id="seller-invite-role" label="역할" error={errors.role}>
          <Select size="small" value={role} onValueChange={(v) => setRole(v as SellerRole)}>
            <Select.Trigger id="seller-invite-role" aria-label="역할">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="owner">{ROLE_LABELS.owner}</Select.Item>
              <Select.Item value="staff">{ROLE_LABELS.staff}</Select.Item>
            </Select.Content>
          </Select>
        </Field>
      </div>
      <FormError message={errors.form} />
      <div className="flex justify-end">
        <Button size="small" type="submit" isLoading={invite.isPending}>초대 메일 보내기</Button>
      </div>
    </form>
  )
}
