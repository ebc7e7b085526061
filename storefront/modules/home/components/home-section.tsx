import type { ReactNode } from "react"

type HomeSectionProps = {
  id: string
  title: string
  description?: string
  children: ReactNode
}

export function HomeSection({ id, title, description, children }: HomeSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mx-auto max-w-6xl space-y-5 px-4 py-10">
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-xl font-bold sm:text-2xl">
          {title}
        </h2>
        {description && <p className="text-ink-500">{description}</p>}
      </div>
      {children}
    </section>
  )
}
