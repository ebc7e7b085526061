export type ProcessStat = { pid: number; name: string; state: string; ppid: number; start: string }
export function descendantsOf(rootPid: number): ProcessStat[]
export function processesWithEnv(name: string, value: string): ProcessStat[]
export function survivors(snapshot: ProcessStat[]): ProcessStat[]
export function waitForTreeGone(
  snapshot: ProcessStat[],
  options?: { graceMs?: number; reapMs?: number; log?: (message: string) => void }
): Promise<ProcessStat[]>
