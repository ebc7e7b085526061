import Link from "next/link"
import { retrieveCustomer } from "@/lib/data/customer"

/** Header links: 로그인 for guests, 내 계정 for a signed-in customer; 주문조회 for everyone. */
export async function AccountLink() {
  const customer = await retrieveCustomer().catch(() => null)
  return (
    <nav aria-label="회원 메뉴">
      <ul className="flex items-center gap-1 text-sm font-semibold text-ink-700">
        <li>
          <Link href="/orders/lookup" className="block rounded-full px-3 py-2 hover:bg-brand-50">
            주문조회
          </Link>
        </li>
        <li>
          <Link href={customer ? "/account" : "/account/login"} className="block rounded-full px-3 py-2 hover:bg-brand-50">
            {customer ? "내 계정" : "로그인"}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
