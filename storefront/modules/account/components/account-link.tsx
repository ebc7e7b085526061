"use client"

import Link from "next/link"
import { useVisitor } from "@/modules/layout/visitor-store"

/**
 * Header links: 로그인 for guests, 내 계정 for a signed-in customer; 주문조회 for everyone. A client
 * island, like the cart link: it shows 로그인 until /api/visitor says otherwise.
 */
export function AccountLink() {
  const signedIn = useVisitor()?.signedIn ?? false
  const link = "flex h-12 items-center rounded-lg px-3 hover:bg-brand-50 md:h-10 md:rounded-full"
  return (
    <nav aria-label="회원 메뉴" className="border-t border-cream-200 pt-2 md:border-0 md:pt-0">
      <ul className="grid grid-cols-2 gap-1 text-base font-semibold text-ink-700 md:flex md:items-center md:text-sm">
        <li>
          <Link href="/orders/lookup" className={link}>
            주문조회
          </Link>
        </li>
        <li>
          <Link href={signedIn ? "/account" : "/account/login"} className={link}>
            {signedIn ? "내 계정" : "로그인"}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
