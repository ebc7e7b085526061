// The TypeScript twin of scripts/lib/free-port.mjs: the tests compile as CommonJS, which cannot
// import that ES module (TS1479), so the few lines live on both sides of that boundary.
import net from "node:net"

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
