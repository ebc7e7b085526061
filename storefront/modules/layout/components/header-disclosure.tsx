"use client"

import { usePathname } from "next/navigation"
import { useEffect, useId, useRef, useState, type ReactNode } from "react"

type HeaderDisclosureProps = {
  /** the button's name; aria-expanded tells whether the panel is open */
  label: string
  icon: ReactNode
  /** shown on the button while the panel is open (e.g. a close cross) */
  openIcon?: ReactNode
  /** extra classes of the button, e.g. `md:hidden` where the panel is always shown */
  buttonClassName?: string
  /**
   * The panel's classes. The panel carries `data-open` while open: CSS decides what that shows
   * (`hidden data-open:block md:block`), so wide screens can show the panel without the button.
   */
  panelClassName: string
  /** put the caret in the panel's first field on opening (the search box) */
  focusField?: boolean
  /** server-rendered content of the panel */
  children: ReactNode
}

/**
 * A header button that shows or hides a panel below the phone header row (the menu, the search
 * box). Escape or a press elsewhere closes it and gives the focus back to the button; going to
 * another page closes it too. The panel follows the button in the DOM, so Tab goes into it next.
 */
export function HeaderDisclosure({
  label,
  icon,
  openIcon,
  buttonClassName = "",
  panelClassName,
  focusField = false,
  children,
}: HeaderDisclosureProps) {
  const pathname = usePathname()
  // Remember the page it was opened on: on any other page it is closed, with no effect to run.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    if (focusField) panel.current?.querySelector<HTMLInputElement>("input")?.focus()
    const onKey = (event: KeyboardEvent) => {
      // the search box uses Escape itself first (close its suggestions, clear the words)
      if (event.key !== "Escape" || event.defaultPrevented) return
      setOpenOn(null)
      button.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpenOn(null)
    }
    document.addEventListener("keydown", onKey)
    document.addEventListener("pointerdown", onPointer)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("pointerdown", onPointer)
    }
  }, [open, focusField])

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className={`flex size-11 shrink-0 items-center justify-center rounded-full text-ink-900 transition-colors hover:bg-cream-100 ${buttonClassName}`}
      >
        {open && openIcon ? openIcon : icon}
      </button>
      <div
        ref={panel}
        id={panelId}
        // a link to the page already shown changes no path: close on the click itself
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpenOn(null)
        }}
        data-open={open ? "" : undefined}
        className={panelClassName}
      >
        {children}
      </div>
    </>
  )
}
