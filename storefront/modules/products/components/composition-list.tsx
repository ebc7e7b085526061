import type { ReactNode } from "react"
import Link from "next/link"
import { componentLabel, type CompositionComponent } from "@/lib/util/composition"

type CompositionListProps = {
  components: readonly CompositionComponent[]
  headingId: string
  heading: "h2" | "h3"
  /** shown below the list, e.g. how the revenue is shared */
  children?: ReactNode
}

/** "구성": each component of a gift set or pack with its quantity and the maker that made it. */
export function CompositionList({ components, headingId, heading: Heading, children }: CompositionListProps) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading id={headingId} className="text-lg font-bold">
        구성
      </Heading>
      <ul className="divide-y divide-cream-200 rounded-xl border border-cream-200 bg-white">
        {components.map((component, index) => (
          <li key={`${component.product_handle}-${index}`} className="flex flex-col gap-0.5 px-4 py-3">
            {component.product_handle ? (
              <Link href={`/products/${component.product_handle}`} className="font-semibold text-ink-900 hover:underline">
                {componentLabel(component)}
              </Link>
            ) : (
              <span className="font-semibold text-ink-900">{componentLabel(component)}</span>
            )}
            {component.maker && (
              <span className="text-sm text-ink-500">
                만든 곳{" "}
                <Link href={`/makers/${component.maker.handle}`} className="font-semibold text-leaf-700 hover:underline">
                  {component.maker.name}
                </Link>
              </span>
            )}
          </li>
        ))}
      </ul>
      {children}
    </section>
  )
}
