// The launcher's last step at shutdown (scripts/lib/process-tree.mjs): find what it started even
// after that detached itself or lost its parent, and wait until it is gone.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { describe, expect, it } from "vitest"

const tree = () => import("../../scripts/lib/process-tree.mjs")

describe("process-tree", () => {
  it("finds an orphaned process by the mark in its environment, and waits until it is gone", async () => {
    const { descendantsOf, processesWithEnv, waitForTreeGone } = await tree()
    const mark = randomBytes(6).toString("hex")
    // like medusa's telemetry sender: a child that outlives its parent, re-parented to PID 1
    const parent = spawn("sh", ["-c", "sleep 60 & echo $!"], { env: { ...process.env, JAHWAL_TEST_MARK: mark } })
    const orphanPid = await new Promise<number>((resolve) => parent.stdout.once("data", (d) => resolve(Number(String(d).trim()))))
    await new Promise((resolve) => parent.once("exit", resolve))

    expect(descendantsOf(process.pid).map((p) => p.pid)).not.toContain(orphanPid)
    const marked = processesWithEnv("JAHWAL_TEST_MARK", mark)
    expect(marked.map((p) => p.pid)).toEqual([orphanPid])

    const messages: string[] = []
    const left = await waitForTreeGone(marked, { graceMs: 200, log: (m) => messages.push(m) })
    expect(left).toEqual([])
    expect(messages.join("\n")).toContain(`sleep (pid ${orphanPid})`)
    expect(processesWithEnv("JAHWAL_TEST_MARK", mark)).toEqual([])
  }, 60_000)

  it("never touches a process that merely reuses a recorded pid (start time differs)", async () => {
    const { survivors } = await tree()
    const self = { pid: process.pid, name: "node", state: "R", ppid: process.ppid, start: "0" }
    expect(survivors([self])).toEqual([])
  })
})
