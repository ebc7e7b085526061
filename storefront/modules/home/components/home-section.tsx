import type { ReactNode } from "react"
import Link from "next/link"

type HomeSectionProps = {
  id: string
  title: string
  description?: string
  /** a link to the full list, e.g. "선물세트 전체 보기" */
  more?: { href: string; label: string }
  children: ReactNode
}

export function HomeSection({ id, title, description, more, children }: HomeSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mx-auto max-w-6xl space-y-4 px-4 py-6 sm:space-y-5 sm:py-10">
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="space-y-1">
          <h2 id={`${id}-title`} className="text-lg font-bold sm:text-2xl">
            {title}
          </h2>
          {description && <p className="text-sm text-ink-500 sm:text-base">{description}</p>}
        </div>
        {more && (
          <Link href={more.href} className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
            {more.label} <span aria-hidden="true">›</span>
          </Link>
        )}
      </div>
      {children}
    </section>
  )
}
