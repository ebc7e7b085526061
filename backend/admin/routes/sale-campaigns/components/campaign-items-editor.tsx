import { Button, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useMakers } from "../../../hooks/makers"
import { useCampaignProductSearch, useSetCampaignItems, type ItemInput, type SaleCampaign } from "../../../hooks/sale-campaigns"
import { errorMessage } from "../../../lib/errors"
import { FormError } from "../../../lib/form-field"
import { formatWon } from "../../../lib/format"
import { SearchablePicker } from "../../../lib/searchable-picker"
import { useDebouncedValue } from "../../../lib/use-debounced-value"

type Row = ItemInput & { title: string; maker: string }

/**
 * The campaign's products: search the catalogue on the server (so it scales to thousands), add
 * products or every product of a maker, set each discount, save. Saving a published campaign
 * re-prices it at once.
 */
export function CampaignItemsEditor({ campaign }: { campaign: SaleCampaign }) {
  const [rows, setRows] = useState<Row[]>(() =>
    // makers' open and declined proposals are decided in the 참여 신청 section and kept by the API
    (campaign.items ?? []).filter((i) => i.state === "accepted").map((i) => ({
      product_id: i.product_id, discount_type: i.discount_type, discount_value: i.discount_value, per_customer_limit: i.per_customer_limit,
      title: i.product?.title ?? i.product_id, maker: i.maker?.name ?? "",
    }))
  )
  const [search, setSearch] = useState("")
  const [makerSearch, setMakerSearch] = useState("")
  const [makerId, setMakerId] = useState<string[]>([])
  const [error, setError] = useState<string>()
  const q = useDebouncedValue(search.trim())
  const mq = useDebouncedValue(makerSearch.trim())
  const products = useCampaignProductSearch(q, makerId[0])
  const makers = useMakers({ q: mq || undefined, limit: 20, status: "active" })
  const save = useSetCampaignItems(campaign.id)

  const options = useMemo(
    () => (products.data?.products ?? []).map((p) => ({
      value: p.id,
      label: p.title,
      description: `${p.maker?.name ?? "만든 곳 미지정"}${p.maker?.status === "suspended" ? " (판매 중지)" : ""} · ${formatWon(Math.min(...p.variants.map((v) => v.regular_price ?? Infinity)))}`,
    })),
    [products.data]
  )
  const selected = rows.map((r) => r.product_id)
  const pick = (ids: string[]) => {
    const added = ids.filter((id) => !selected.includes(id))
    const removed = selected.filter((id) => !ids.includes(id) && options.some((o) => o.value === id))
    const found = products.data?.products ?? []
    setRows((current) => [
      ...current.filter((r) => !removed.includes(r.product_id)),
      ...added.map((id) => {
        const p = found.find((x) => x.id === id)
        return { product_id: id, discount_type: "percent" as const, discount_value: 20, per_customer_limit: null, title: p?.title ?? id, maker: p?.maker?.name ?? "" }
      }),
    ])
  }
  const update = (id: string, patch: Partial<Row>) => setRows((current) => current.map((r) => (r.product_id === id ? { ...r, ...patch } : r)))

  const submit = async (extra?: { maker_id: string }) => {
    try {
      await save.mutateAsync({
        items: rows.map(({ title: _t, maker: _m, ...item }) => item),
        ...(extra ? { makers: [{ maker_id: extra.maker_id, discount_type: "percent" as const, discount_value: 20, per_customer_limit: null }] } : {}),
      })
      setError(undefined)
      toast.success(campaign.status === "published" ? "상품을 저장하고 가격을 다시 반영했습니다." : "상품을 저장했습니다.")
      if (extra) window.location.reload()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">상품과 할인</Heading>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">만든 곳으로 좁히기 (선택)</Text>
          <SearchablePicker id="cmp-maker-picker" options={(makers.data?.makers ?? []).map((m) => ({ value: m.id, label: m.name, description: m.region }))}
            selected={makerId} onChange={(ids) => setMakerId(ids[0] === makerId[0] ? [] : ids)} query={makerSearch} onQueryChange={setMakerSearch}
            loading={makers.isLoading} placeholder="만든 곳 이름으로 찾기" />
          {makerId[0] && <Button size="small" variant="secondary" onClick={() => submit({ maker_id: makerId[0] })} isLoading={save.isPending}>이 만든 곳의 모든 상품 추가 (20%)</Button>}
        </div>
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">상품 찾기 ({products.data?.count ?? 0}개 중 30개까지 보기)</Text>
          <SearchablePicker id="cmp-product-picker" multiple options={options} selected={selected} onChange={pick} query={search} onQueryChange={setSearch}
            loading={products.isLoading} placeholder="상품 이름으로 찾기" />
        </div>
      </div>
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>상품</Table.HeaderCell>
              <Table.HeaderCell>만든 곳</Table.HeaderCell>
              <Table.HeaderCell>할인 방식</Table.HeaderCell>
              <Table.HeaderCell>값 (% 또는 원)</Table.HeaderCell>
              <Table.HeaderCell>1인 한도</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.product_id}>
                <Table.Cell>{r.title}</Table.Cell>
                <Table.Cell>{r.maker}</Table.Cell>
                <Table.Cell>
                  <Select size="small" value={r.discount_type} onValueChange={(v) => update(r.product_id, { discount_type: v as Row["discount_type"] })}>
                    <Select.Trigger aria-label={`${r.title} 할인 방식`}><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value="percent">할인율 (%)</Select.Item>
                      <Select.Item value="fixed_price">특판가 (원)</Select.Item>
                    </Select.Content>
                  </Select>
                </Table.Cell>
                <Table.Cell><Input size="small" type="number" aria-label={`${r.title} 할인 값`} value={r.discount_value} onChange={(e) => update(r.product_id, { discount_value: Number(e.target.value) })} /></Table.Cell>
                <Table.Cell><Input size="small" type="number" aria-label={`${r.title} 1인 한도`} value={r.per_customer_limit ?? ""} onChange={(e) => update(r.product_id, { per_customer_limit: e.target.value ? Number(e.target.value) : null })} /></Table.Cell>
                <Table.Cell><Button size="small" variant="transparent" onClick={() => setRows((c) => c.filter((x) => x.product_id !== r.product_id))}>빼기</Button></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <FormError message={error} />
      <Button size="small" className="self-start" onClick={() => submit()} isLoading={save.isPending}>상품 저장</Button>
    </div>
  )
}
