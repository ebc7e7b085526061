import { describe, expect, it } from "vitest"
import { formatSeoulDateTime } from "../../backend/admin/lib/format"
import { rejectReasonError } from "../../backend/admin/routes/listing-approvals/components/labels"
import { AdminRejectListing } from "../../backend/api/admin/listing-approvals/validators"

describe("승인 대기 page helpers", () => {
  it("shows request times in Asia/Seoul whatever the machine's zone (UTC 15:30 is the next Seoul day)", () => {
    expect(formatSeoulDateTime("2026-11-30T15:30:00.000Z")).toMatch(/2026\. 12\. 01\.\s*00:30/)
    expect(formatSeoulDateTime(null)).toBe("-")
  })

  it("the reject form refuses exactly what the server refuses, with the server's Korean message", () => {
    for (const reason of ["", " ", "a", "  가 ", "x".repeat(1001), "사진", "사진을 더 선명하게 올려 주세요", "x".repeat(1000)]) {
      const server = AdminRejectListing.safeParse({ reason })
      const client = rejectReasonError(reason)
      expect(client === undefined, JSON.stringify(reason)).toBe(server.success)
      if (!server.success) expect(client).toBe(server.error.issues[0].message)
    }
  })
})
