import type { ExecArgs } from "@medusajs/framework/types"
import { reindexSearch } from "../workflows/search/reindex"

function bar(done: number, total: number): string {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`
}

/** `npm run search:reindex` (medusa exec): rebuilds the product search index with a progress bar. */
export default async function searchReindex({ container }: ExecArgs) {
  const started = Date.now()
  const tty = process.stdout.isTTY
  const { indexed, examined } = await reindexSearch(container, (done, total) => {
    if (tty) process.stdout.write(`\r검색 색인 ${bar(done, total)}`)
    else if (done === total || done === 0) process.stdout.write(`검색 색인 ${bar(done, total)}\n`)
  })
  if (tty) process.stdout.write("\n")
  process.stdout.write(`검색 색인 완료: 검색되는 상품 ${indexed}개 (전체 ${examined}개), ${((Date.now() - started) / 1000).toFixed(1)}초\n`)
}
