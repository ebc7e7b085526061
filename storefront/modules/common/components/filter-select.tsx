type Option = { value: string; label: string }

type FilterSelectProps = {
  id: string
  name: string
  label: string
  /** label of the "no filter" choice, e.g. "전체 지역" */
  allLabel: string
  value: string | undefined
  options?: Option[]
  /** choices grouped under a heading (e.g. makers by 시·도) */
  groups?: { label: string; options: Option[] }[]
}

/** A labelled <select> for a GET filter form; the empty choice means "no filter". */
export function FilterSelect({ id, name, label, allLabel, value, options = [], groups = [] }: FilterSelectProps) {
  const renderOption = (option: Option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  )
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="h-11 rounded-lg border border-cream-200 bg-white px-3 text-ink-900"
      >
        <option value="">{allLabel}</option>
        {options.map(renderOption)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(renderOption)}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
