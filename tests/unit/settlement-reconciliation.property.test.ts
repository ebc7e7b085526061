import { describe, expect, it } from "vitest"
import { simulateSettlement } from "../bench/settlement-simulation"

/**
 * Issue #12 point 6, in CI: 3,000 randomized orders (mixed makers, gift sets split over their
 * makers, tier prices, fixed and percentage codes, shipping over and under the free threshold,
 * canceled parcels and partial cancellations, returns after 구매확정, refunds recorded after
 * their period was locked, 특판전 lines whose discount the center bears wholly or partly) settled
 * period by period. For every order Σ makers' lines + shipping = paid − refunds + Σ 특판 할인 보전,
 * to the won; for every period Σ statements + Σ fees = Σ confirmed net sales + Σ 특판 할인 보전;
 * every line's subsidy lines add up to subsidy_of(its final net).
 * `npm run bench:settlement` runs the same with 10,000 orders.
 */
describe("settlement reconciliation (property)", () => {
  it("reconciles every order and every period to the won", () => {
    const report = simulateSettlement(Number(process.env.SETTLEMENT_ORDERS ?? 3000), Number(process.env.SETTLEMENT_SEED ?? 20261201))
    const { periods, mismatches, ...figures } = report
    console.log(JSON.stringify(figures, null, 1))
    console.table(periods)
    expect(mismatches).toEqual([])
    // the run exercised what it claims to
    expect(report.gift_set_lines).toBeGreaterThan(100)
    expect(report.discounted_orders.percentage).toBeGreaterThan(100)
    expect(report.discounted_orders.fixed).toBeGreaterThan(100)
    expect(report.parcels.free_shipping).toBeGreaterThan(100)
    expect(report.parcels.paid_shipping).toBeGreaterThan(100)
    expect(report.parcels.canceled).toBeGreaterThan(50)
    expect(report.adjustments.after_confirmation).toBeGreaterThan(100)
    expect(report.adjustment_lines).toBeGreaterThan(10)
    expect(report.totals.fees).toBeGreaterThan(0)
    expect(report.campaign_lines.center).toBeGreaterThan(100)
    expect(report.campaign_lines.split).toBeGreaterThan(100)
    expect(report.totals.subsidies).toBeGreaterThan(0)
    expect(report.totals.net_sales).toBe(report.totals.paid - report.totals.refunded)
  }, 900_000) // seconds on an idle machine; the shared CI box can be far slower
})
