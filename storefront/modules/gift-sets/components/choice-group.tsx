type Choice = { value: string; label: string }

type ChoiceGroupProps = {
  name: string
  legend: string
  /** label of the "no filter" choice, e.g. "전체" */
  allLabel: string
  value: string | undefined
  choices: readonly Choice[]
}

/** A row of radio chips for a GET filter form; the empty choice means "no filter". */
export function ChoiceGroup({ name, legend, allLabel, value, choices }: ChoiceGroupProps) {
  const all = [{ value: "", label: allLabel }, ...choices]
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-ink-700">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {all.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-center gap-2 rounded-full border border-cream-200 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:checked]:text-brand-700"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={(value ?? "") === choice.value}
              className="size-4 accent-brand-600"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
