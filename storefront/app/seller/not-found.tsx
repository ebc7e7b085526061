import Link from "next/link"

/** Inside 판매자센터 (another maker's product id, a mistyped address): its own frame, not the shop's. */
export default function SellerNotFound() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-12 text-center">
      <h1 className="text-xl font-bold">찾을 수 없습니다</h1>
      <p className="text-ink-700">주소가 잘못되었거나 이 판매자센터 계정으로 볼 수 없는 항목입니다.</p>
      <Link href="/seller" className="inline-block rounded-full bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700">
        대시보드로 가기
      </Link>
    </div>
  )
}
