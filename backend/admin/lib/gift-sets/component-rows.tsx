import { Trash } from "@medusajs/icons"
import { Hint, IconButton, Input, Table, Text } from "@medusajs/ui"
import { formatWon } from "../format"

/** A component row of the editor; `variant_id` is null when a current component could not be found. */
export type ComponentRow = { key: string; variant_id: string | null; label: string; quantity: string; unit_price: number | null }

export function quantityError(value: string): string | undefined {
  const n = Number(value)
  if (!value.trim() || !Number.isInteger(n)) return "수량은 정수로 입력하세요."
  if (n < 1 || n > 1000) return "수량은 1~1000 사이여야 합니다."
}

type Props = { rows: ComponentRow[]; submitted: boolean; onChange: (rows: ComponentRow[]) => void }

/** The set's components with editable quantities and a remove button per row. */
export function ComponentRows({ rows, submitted, onChange }: Props) {
  const setQuantity = (key: string, quantity: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, quantity } : r)))
  if (rows.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle">아직 구성품이 없습니다. 위에서 찾아 추가하세요.</Text>
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>상품 · 옵션</Table.HeaderCell>
          <Table.HeaderCell className="w-28">수량</Table.HeaderCell>
          <Table.HeaderCell className="w-12" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r) => {
          const error = !r.variant_id
            ? "이 구성품의 옵션을 찾지 못했습니다. 삭제하고 다시 추가하세요."
            : submitted ? quantityError(r.quantity) : undefined
          return (
            <Table.Row key={r.key}>
              <Table.Cell className="whitespace-normal py-2">
                <Text size="small">{r.label}</Text>
                {r.unit_price !== null ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">개당 {formatWon(Math.round(r.unit_price))}</Text>
                ) : null}
                {error ? <Hint variant="error">{error}</Hint> : null}
              </Table.Cell>
              <Table.Cell>
                <Input
                  type="number" size="small" min={1} max={1000} step={1}
                  aria-label={`${r.label} 수량`}
                  aria-invalid={Boolean(error) || undefined}
                  value={r.quantity}
                  onChange={(e) => setQuantity(r.key, e.target.value)}
                />
              </Table.Cell>
              <Table.Cell>
                <IconButton type="button" size="small" variant="transparent" aria-label={`${r.label} 삭제`}
                  onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                  <Trash />
                </IconButton>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
