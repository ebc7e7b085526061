import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { newCertificationRow, type CertificationRow } from "./maker-form-values"

type Props = {
  rows: CertificationRow[]
  onChange: (rows: CertificationRow[]) => void
  invalid?: boolean
}

/** 품질인증·HACCP rows: name, number and an optional expiry date; add and remove freely. */
export function CertificationsEditor({ rows, onChange, invalid }: Props) {
  const update = (key: string, patch: Partial<CertificationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          등록된 인증이 없습니다.
        </Text>
      ) : (
        rows.map((row, i) => (
          <div key={row.key} className="grid grid-cols-[1fr_1fr_9rem_auto] items-center gap-2">
            <Input
              size="small"
              placeholder="인증 이름 (예: 소규모 HACCP)"
              aria-label={`인증 ${i + 1} 이름`}
              value={row.name}
              aria-invalid={(invalid && !row.name.trim()) || undefined}
              onChange={(e) => update(row.key, { name: e.target.value })}
            />
            <Input
              size="small"
              placeholder="인증 번호"
              aria-label={`인증 ${i + 1} 번호`}
              value={row.number}
              aria-invalid={(invalid && !row.number.trim()) || undefined}
              onChange={(e) => update(row.key, { number: e.target.value })}
            />
            <Input
              size="small"
              type="date"
              aria-label={`인증 ${i + 1} 유효기간`}
              title="유효기간 (선택)"
              value={row.valid_until}
              onChange={(e) => update(row.key, { valid_until: e.target.value })}
            />
            <IconButton
              type="button"
              size="small"
              variant="transparent"
              aria-label={`인증 ${i + 1} 삭제`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              <Trash />
            </IconButton>
          </div>
        ))
      )}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...rows, newCertificationRow()])}>
          <Plus />
          인증 추가
        </Button>
      </div>
    </div>
  )
}
