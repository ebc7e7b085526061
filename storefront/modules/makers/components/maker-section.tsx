import type { ReactNode } from "react"

type MakerSectionProps = {
  id: string
  title: string
  children: ReactNode
  className?: string
}

/** A titled block of a maker's or a brand's page. */
export function MakerSection({ id, title, children, className = "" }: MakerSectionProps) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${className}`}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}
