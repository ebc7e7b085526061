"use client"

import { useEffect, useState } from "react"
import { countdownParts } from "@/lib/util/countdown"

type CountdownProps = {
  /** ISO instant the countdown runs to (the window's start before it, its end inside it). */
  to: string
  label: string
  /** Rendered on the server, so the first paint already shows the right numbers. */
  initialNow: number
}

/** "종료까지 2일 03:12:45": a small client island that ticks every second; the page around it stays server-rendered. */
export function Countdown({ to, label, initialNow }: CountdownProps) {
  const [now, setNow] = useState(initialNow)
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  const parts = countdownParts(new Date(to).getTime() - now)
  return (
    <p className="font-semibold tabular-nums" role="timer" aria-live="off">
      {label} {parts.days > 0 && `${parts.days}일 `}
      {parts.clock}
    </p>
  )
}
