"use client"

import { usePathname } from "next/navigation"
import { useEffect, useSyncExternalStore } from "react"
import type { VisitorState } from "@/lib/shared/visitor"

/**
 * One read of /api/visitor shared by the header's islands (cart link, account links). It is read
 * again on every new address and whenever the cart changes (visitorChanged(), called by the
 * cart's forms after their action), so the badge follows the cart without the page itself
 * being rendered per visitor.
 */
let state: VisitorState | null = null
let inFlight: Promise<void> | null = null
let again = false
/** the address the last read was for: both islands ask on a new address, one read answers both */
let readFor: string | null = null
const listeners = new Set<() => void>()

function load(): Promise<void> {
  if (inFlight) {
    again = true // a change during a read: read once more after it
    return inFlight
  }
  inFlight = fetch("/api/visitor", { cache: "no-store", credentials: "same-origin" })
    .then((res) => (res.ok ? (res.json() as Promise<VisitorState>) : null))
    .then((next) => {
      if (next) state = next
    })
    .catch(() => undefined)
    .finally(() => {
      inFlight = null
      for (const listener of listeners) listener()
      if (again) {
        again = false
        void load()
      }
    })
  return inFlight
}

/** The cart or the login changed in this tab: every island reads the visitor again. */
export function visitorChanged(): void {
  void load()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The visitor's state, null until the first read has answered. */
export function useVisitor(): VisitorState | null {
  const pathname = usePathname()
  useEffect(() => {
    if (readFor === pathname) return
    readFor = pathname
    void load()
  }, [pathname])
  return useSyncExternalStore(subscribe, () => state, () => null)
}
