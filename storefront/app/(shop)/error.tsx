"use client"

import Link from "next/link"

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">잠시 문제가 생겼습니다</h1>
      <p className="text-ink-700">
        페이지를 불러오는 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요. 문제가 계속되면 고객센터로
        알려 주세요.
      </p>
      <div className="flex justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
        >
          다시 시도
        </button>
        <Link href="/" className="rounded-full border border-brand-600 px-6 py-3 font-semibold text-brand-700">
          홈으로 가기
        </Link>
      </div>
    </div>
  )
}
