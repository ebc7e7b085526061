import Link from "next/link"

type BreadcrumbProps = {
  /** the pages above the current one, from the home page down */
  trail: { href: string; label: string }[]
  current: string
}

export function Breadcrumb({ trail, current }: BreadcrumbProps) {
  return (
    <nav aria-label="현재 위치" className="text-sm text-ink-500">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((item, index) => (
          <li key={item.href} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            <Link href={item.href} className="hover:underline">
              {item.label}
            </Link>
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden="true">›</span>
          <span aria-current="page" className="text-ink-700">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  )
}
