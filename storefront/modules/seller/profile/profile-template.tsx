import type { SellerMaker } from "@/lib/data/seller-maker"
import { MakerLogoForm } from "@/modules/seller/profile/maker-logo-form"
import { MakerProfileForm } from "@/modules/seller/profile/maker-profile-form"

/** 업체 정보: the legal identity (read-only, kept by the center), the logo, the editable profile. */
export function ProfileTemplate({ maker }: { maker: SellerMaker }) {
  const legal = [
    ["상호", maker.name],
    ["대표자", maker.representative],
    ["사업자등록번호", maker.business_registration_number],
    ["통신판매업 신고번호", maker.mail_order_number],
  ] as const
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-xl font-bold">업체 정보</h1>
      <section aria-labelledby="legal-title" className="space-y-2 rounded-xl border border-cream-200 bg-white p-3">
        <h2 id="legal-title" className="font-bold">사업자 정보</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {legal.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-ink-500">{label}</dt>
              <dd className="break-all">{value || "—"}</dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-ink-500">사업자 정보는 자활센터가 관리합니다. 바뀌었다면 자활센터에 알려 주세요.</p>
      </section>
      <section aria-labelledby="logo-title" className="space-y-2">
        <h2 id="logo-title" className="text-lg font-bold">로고</h2>
        <MakerLogoForm makerName={maker.name} logoUrl={maker.logo_url} />
      </section>
      <section aria-labelledby="profile-title" className="space-y-2">
        <h2 id="profile-title" className="text-lg font-bold">소개와 배송</h2>
        <MakerProfileForm maker={maker} />
      </section>
    </div>
  )
}
