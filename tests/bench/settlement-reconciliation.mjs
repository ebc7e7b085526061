#!/usr/bin/env node
// Issue #12 point 6 at full size: 10,000 randomized orders through the real money path
// (tests/bench/settlement-simulation.ts), settled period by period. Prints the figures; exits 1
// if any order or period does not reconcile to the won (no time limits).
//   npm run bench:settlement          (SETTLEMENT_ORDERS=20000 SETTLEMENT_SEED=7 to change)
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } })
const { simulateSettlement } = require("./settlement-simulation.ts")

const ORDERS = Number(process.env.SETTLEMENT_ORDERS || 10_000)
const SEED = Number(process.env.SETTLEMENT_SEED || 20261201)

const started = performance.now()
const { periods, mismatches, ...figures } = simulateSettlement(ORDERS, SEED)
const seconds = ((performance.now() - started) / 1000).toFixed(1)

const won = (n) => `${n.toLocaleString("ko-KR")}원`
console.log(`정산 대사(reconciliation): 주문 ${ORDERS.toLocaleString("ko-KR")}건, seed ${SEED}, ${seconds}s`)
console.log(JSON.stringify(figures, null, 1))
console.table(periods.map((p) => ({ 기간: p.code, 명세서: p.statements, 순매출: won(p.net_sales), 수수료: won(p.fees), 명세서순액: won(p.statements_net), 지급액: won(p.payouts), 이월입: won(p.carry_in), 이월출: won(p.carry_out) })))
const t = figures.totals
console.log(`결제 ${won(t.paid)} − 환불 ${won(t.refunded)} = 순매출 ${won(t.net_sales)}; 수수료 ${won(t.fees)}; 지급 ${won(t.payouts)} + 미수 ${won(t.outstanding)} = ${won(t.payouts + t.outstanding)}`)
if (mismatches.length) {
  console.error(`불일치 ${mismatches.length}건:\n${mismatches.join("\n")}`)
  process.exit(1)
}
console.log("모든 주문과 모든 기간이 원 단위까지 맞습니다.")
