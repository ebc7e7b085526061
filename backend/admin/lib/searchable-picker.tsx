import { CheckMini } from "@medusajs/icons"
import { Badge, Checkbox, Input, Text, clx } from "@medusajs/ui"
import { useMemo, useState } from "react"

export type PickerOption = { value: string; label: string; description?: string }

type PickerProps = {
  id: string
  options: PickerOption[]
  selected: string[]
  onChange: (selected: string[]) => void
  multiple?: boolean
  loading?: boolean
  placeholder?: string
  emptyText?: string
  invalid?: boolean
  /** Server-side search: the parent owns the search text and `options` are already filtered. */
  query?: string
  onQueryChange?: (query: string) => void
}

/** A filterable list: pick one option (radio-like) or several (checkboxes). */
export function SearchablePicker(props: PickerProps) {
  const { id, options, selected, onChange, multiple, loading, placeholder, emptyText, invalid } = props
  const [localQuery, setLocalQuery] = useState("")
  const serverSide = Boolean(props.onQueryChange)
  const query = serverSide ? props.query ?? "" : localQuery
  const setQuery = props.onQueryChange ?? setLocalQuery
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    if (!q || serverSide) return options
    return options.filter((o) => `${o.label} ${o.description ?? ""}`.toLowerCase().includes(q))
  }, [options, query, serverSide])

  const toggle = (value: string) => {
    if (!multiple) return onChange([value])
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value])
  }
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        type="search"
        size="small"
        placeholder={placeholder ?? "이름으로 찾기"}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-invalid={invalid || undefined}
      />
      {multiple && selected.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {selected.map((value) => (
            <Badge key={value} size="2xsmall">
              {labelOf(value)}
            </Badge>
          ))}
        </div>
      ) : null}
      <div
        role="listbox"
        aria-multiselectable={multiple || undefined}
        className={clx(
          "border-ui-border-base max-h-56 overflow-y-auto rounded-md border",
          invalid && "border-ui-border-error"
        )}
      >
        {loading ? (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            불러오는 중…
          </Text>
        ) : visible.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            {emptyText ?? "찾는 항목이 없습니다."}
          </Text>
        ) : (
          visible.map((option) => {
            const isSelected = selected.includes(option.value)
            return (
              <div
                key={option.value}
                role="option"
                aria-selected={isSelected}
                tabIndex={0}
                onClick={() => toggle(option.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault()
                    toggle(option.value)
                  }
                }}
                className={clx(
                  "hover:bg-ui-bg-base-hover flex cursor-pointer items-center gap-x-2 px-3 py-1.5 outline-none",
                  "focus-visible:bg-ui-bg-base-hover",
                  isSelected && "bg-ui-bg-highlight"
                )}
              >
                {multiple ? (
                  <Checkbox checked={isSelected} tabIndex={-1} className="pointer-events-none" />
                ) : (
                  <span className="flex size-4 items-center justify-center">
                    {isSelected ? <CheckMini className="text-ui-fg-interactive" /> : null}
                  </span>
                )}
                <div className="flex min-w-0 flex-col">
                  <Text size="small" className="truncate">
                    {option.label}
                  </Text>
                  {option.description ? (
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {option.description}
                    </Text>
                  ) : null}
                </div>
              </div>
            )
          })
        )}
      </div>
    </div>
  )
}
