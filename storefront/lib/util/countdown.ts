/** Days and an HH:MM:SS clock for a remaining duration (never negative). */
export function countdownParts(ms: number): { days: number; clock: string } {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86_400)
  const rest = total % 86_400
  const pad = (n: number) => String(n).padStart(2, "0")
  return { days, clock: `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}` }
}
