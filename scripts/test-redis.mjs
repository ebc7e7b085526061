#!/usr/bin/env node
// `npm run test:redis`: the Redis profile's tests. Starts a throw-away redis-server (Debian:
// `apt-get install redis-server`) on a free loopback port, runs Vitest with REDIS_URL pointing at
// it over vitest.redis.config.mts (extra arguments go to Vitest), and stops the server again.
// With REDIS_URL already set, that server is used and none is started.
import { spawn, spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { ROOT } from "./lib/paths.mjs"
import { stopGroup } from "./lib/processes.mjs"
import { freePort } from "./lib/free-port.mjs"

const say = (message) => console.log(`[test:redis] ${message}`)

async function ping(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const answered = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write("PING\r\n"))
      socket.once("data", (data) => (socket.destroy(), resolve(data.toString().startsWith("+PONG"))))
      socket.once("error", () => resolve(false))
    })
    if (answered) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`redis-server가 포트 ${port}에서 응답하지 않습니다`)
}

async function startRedis() {
  if (spawnSync("redis-server", ["--version"]).error) {
    console.error("[test:redis] redis-server가 없습니다: Debian/Ubuntu에서는 `apt-get install redis-server`로 설치하세요.")
    process.exit(1)
  }
  const port = await freePort()
  // no persistence: the data lives as long as the run; enough databases for one per test worker
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--databases", "32"]
  const child = spawn("redis-server", args, { stdio: ["ignore", "ignore", "inherit"], detached: true })
  await ping(port)
  say(`redis-server 시작 (127.0.0.1:${port})`)
  return { url: `redis://127.0.0.1:${port}`, child }
}

const redis = process.env.REDIS_URL ? { url: process.env.REDIS_URL, child: null } : await startRedis()
const stopRedis = async () => redis.child && (await stopGroup(redis.child, { graceMs: 5_000 }))

const vitest = spawn(
  path.join(ROOT, "node_modules", ".bin", "vitest"),
  ["run", "--config", "vitest.redis.config.mts", ...process.argv.slice(2)],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, REDIS_URL: redis.url } }
)
// Ctrl-C reaches Vitest through the terminal's group; a signal to us alone is passed on
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => vitest.kill(signal))
vitest.on("exit", async (code, signal) => {
  await stopRedis()
  process.exit(code ?? (signal ? 1 : 0))
})
