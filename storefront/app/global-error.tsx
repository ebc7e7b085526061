"use client"

import "./globals.css"

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ko">
      <body className="font-sans">
        <title>오류 | 자활장터</title>
        <main className="mx-auto max-w-xl space-y-4 px-4 py-20 text-center">
          <h1 className="text-2xl font-bold">자활장터에 연결할 수 없습니다</h1>
          <p className="text-ink-700">잠시 후 다시 시도해 주세요.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
          >
            다시 시도
          </button>
        </main>
      </body>
    </html>
  )
}
