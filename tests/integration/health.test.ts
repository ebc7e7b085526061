import { expect, it } from "vitest"
import { runMedusa } from "./utils/medusa-runner"

runMedusa(__filename, ({ api }) => {
  it("boots Medusa on the embedded PostgreSQL and answers /health", async () => {
    const res = await api.get("/health")
    expect(res.status).toBe(200)
  })
})
