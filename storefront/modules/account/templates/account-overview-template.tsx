import Link from "next/link"
import type { Customer, CustomerOrderSummary } from "@/lib/data/customer"
import { AddressCard } from "@/modules/account/components/address-card"
import { OrderHistoryTable } from "@/modules/account/components/order-history-table"
import { AccountFrame } from "@/modules/account/templates/account-frame"

type AccountOverviewProps = { customer: Customer; recentOrders: CustomerOrderSummary[] }

/** 내 정보, 기본 배송지 and the latest orders. */
export function AccountOverviewTemplate({ customer, recentOrders }: AccountOverviewProps) {
  const name = `${customer.last_name ?? ""}${customer.first_name ?? ""}`.trim()
  const defaultAddress = customer.addresses.find((a) => a.is_default_shipping) ?? null
  return (
    <AccountFrame title="내 계정" current="/account">
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="my-info" className="space-y-3 rounded-2xl bg-cream-100 p-5">
          <h2 id="my-info" className="text-lg font-bold">내 정보</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-ink-500">이름</dt>
            <dd>{name || "-"}</dd>
            <dt className="text-ink-500">이메일</dt>
            <dd>{customer.email}</dd>
            <dt className="text-ink-500">휴대폰</dt>
            <dd>{customer.phone || "-"}</dd>
          </dl>
        </section>
        <section aria-labelledby="my-default-address" className="space-y-3">
          <h2 id="my-default-address" className="text-lg font-bold">기본 배송지</h2>
          {defaultAddress ? (
            <AddressCard address={defaultAddress} actions={false} />
          ) : (
            <p className="text-sm text-ink-700">저장된 기본 배송지가 없습니다.</p>
          )}
          <Link href="/account/addresses" className="text-sm font-semibold text-brand-700 hover:underline">
            배송지 관리
          </Link>
        </section>
      </div>
      <section aria-labelledby="recent-orders" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="recent-orders" className="text-lg font-bold">최근 주문</h2>
          <Link href="/account/orders" className="text-sm font-semibold text-brand-700 hover:underline">
            전체 주문 내역
          </Link>
        </div>
        <OrderHistoryTable orders={recentOrders} caption="최근 주문" />
      </section>
    </AccountFrame>
  )
}
