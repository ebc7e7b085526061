import Link from "next/link"
import type { CampaignDetail } from "@/lib/data/campaigns"
import { formatWon } from "@/lib/util/money"
import { Countdown } from "@/modules/campaigns/components/countdown"
import { ProductImage } from "@/modules/products/components/product-image"

/** The landing page: banner, hosts, the window with a KST countdown, products grouped by maker with 정가 struck through and 특판가. */
export function CampaignTemplate({ campaign, now }: { campaign: CampaignDetail; now: number }) {
  const live = campaign.phase === "live"
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
      <header className="flex flex-col gap-3">
        {campaign.banner_url && (
          // eslint-disable-next-line @next/next/no-img-element -- staff banners may be on any allowed host
          <img src={campaign.banner_url} alt="" className="w-full rounded-xl object-cover" />
        )}
        <span className="w-fit rounded-full bg-red-600 px-2.5 py-1 text-xs font-bold text-white">{campaign.phase_label}</span>
        <h1 className="text-2xl font-bold text-ink-900">{campaign.title}</h1>
        <p className="text-ink-700">
          주최 {campaign.host_center}
          {campaign.co_hosts.length > 0 && <> · 함께하는 곳 {campaign.co_hosts.join(", ")}</>}
        </p>
        <p className="text-ink-700">
          기간 <time dateTime={campaign.starts_at}>{campaign.starts_at_kst}</time> ~ <time dateTime={campaign.ends_at}>{campaign.ends_at_kst}</time> (한국 시간)
        </p>
        {campaign.phase !== "ended" && (
          <Countdown to={live ? campaign.ends_at : campaign.starts_at} label={live ? "종료까지" : "시작까지"} initialNow={now} />
        )}
        {campaign.description && <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: campaign.description }} />}
      </header>
      {campaign.makers.map((group) => (
        <section key={group.maker.id} aria-labelledby={`maker-${group.maker.id}`} className="flex flex-col gap-4">
          <h2 id={`maker-${group.maker.id}`} className="text-xl font-bold text-ink-900">{group.maker.name}</h2>
          <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-4">
            {group.products.map((p) => (
              <li key={p.id}>
                <Link href={`/products/${p.handle}`} className="group flex flex-col gap-2 rounded-xl p-2 hover:bg-cream-100">
                  <ProductImage src={p.thumbnail} alt={p.title} size={480} />
                  <h3 className="text-sm font-medium text-ink-900 group-hover:underline">{p.title}</h3>
                  <p className="flex flex-wrap items-baseline gap-2">
                    <del className="text-sm text-ink-500"><span className="sr-only">정가 </span>{formatWon(p.regular_price)}</del>
                    <strong className="text-red-700"><span className="sr-only">특판가 </span>{formatWon(p.sale_price)}</strong>
                    <span className="text-xs font-bold text-red-700">{p.discount_percent}%</span>
                  </p>
                  {p.per_customer_limit && <p className="text-xs text-ink-500">1인 {p.per_customer_limit}개까지</p>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
