// A generated catalog of realistic Korean products for the search benchmark: makers named like
// 자활 enterprises (희망마을, 두레밥상 …), product words from the real catalog (김자반, 부대찌개,
// 다회용컵 …), modifiers, pack sizes and short descriptions. Deterministic (seeded random).

export const REGIONS = ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"]
const MAKER_HEADS = ["행복", "희망", "나눔", "햇살", "푸른", "함께", "동행", "새벽", "온누리", "두레", "한마음", "다온", "늘봄", "새싹", "바른", "참좋은", "고운", "우리", "정성", "손맛"]
const MAKER_TAILS = ["마을", "밥상", "공방", "살림", "나래", "일터", "농원", "상회", "누리", "솜씨", "곳간"]
const MAKER_KINDS = ["사업단", "협동조합", "자활기업", "사회적협동조합"]
const BRANDS = [["sosodream", "소소드림"], ["jaemina", "재미나"], ["plate-eco", "플레이트에코"], ["hanareum", "한아름"], ["nuri-table", "누리식탁"]]

/** Product words by category, as in the seed catalog. */
export const NOUNS = {
  "laver-seafood": ["김자반", "전장김", "도시락김", "멸치", "건다시마", "미역", "황태채", "새우젓"],
  "side-dishes": ["장조림", "포기김치", "깍두기", "멸치볶음", "나물반찬", "밑반찬", "도시락", "주먹밥", "잡채"],
  "meals-drinks": ["부대찌개", "김치찌개", "된장찌개", "비빔밥", "제육덮밥", "칼국수", "수제비", "잔치국수", "비빔국수", "물냉면", "과일청", "샌드위치", "식혜", "수정과"],
  "rice-grains": ["햅쌀", "찹쌀", "현미", "혼합곡", "찰보리쌀", "서리태", "귀리", "수수"],
  "crafts": ["코르크공예", "냅킨아트", "양말인형", "한지부채", "천연비누", "손뜨개", "가죽공예", "도자기컵"],
  "living": ["주방세제", "다회용컵", "밀폐용기", "스테인리스식판", "텀블러", "행주", "수세미", "장바구니"],
  "tea-snacks": ["녹차", "발효차", "드립백커피", "쌀쿠키", "누룽지", "약과", "유과", "강정"],
}
export const CATEGORY_NAMES = {
  "laver-seafood": "김·수산", "side-dishes": "반찬·도시락", "meals-drinks": "간편식·음료", "rice-grains": "쌀·잡곡",
  crafts: "공예·체험키트", living: "생활·다회용기", "tea-snacks": "차·간식",
}
const MODIFIERS = ["", "", "수제", "국내산", "유기농", "친환경", "전통", "프리미엄", "실속", "명절", "가정식", "무첨가"]
const UNITS = ["", "1kg", "500g", "10입", "3종 세트", "선물세트", "2봉", "소포장", "대용량", "1인분"]
const CERTS = ["소규모 HACCP (식품안전관리인증)", "친환경농산물 인증", "우수자활상품 인증"]

function random(seed) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

export function makeMakers(rand) {
  const makers = []
  for (const head of MAKER_HEADS) for (const tail of MAKER_TAILS) {
    const short = `${head}${tail}`
    const region = REGIONS[Math.floor(rand() * REGIONS.length)]
    const kind = MAKER_KINDS[Math.floor(rand() * MAKER_KINDS.length)]
    makers.push({ handle: `m-${makers.length}`, short, name: `${short} ${kind}`, region, cert: rand() < 0.3 ? CERTS[Math.floor(rand() * CERTS.length)] : null })
  }
  return makers
}

/** `count` search documents (the shape the search module indexes). */
export function generateCatalog(count = 10_000, seed = 20261123) {
  const rand = random(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const makers = makeMakers(rand)
  const categories = Object.keys(NOUNS)
  const docs = []
  for (let i = 0; i < count; i++) {
    const maker = makers[i % makers.length]
    const category = categories[(i * 7 + Math.floor(i / makers.length)) % categories.length]
    const noun = pick(NOUNS[category])
    const modifier = pick(MODIFIERS)
    const unit = pick(UNITS)
    // Most titles start with the maker's short name, as in the seed catalog; some do not.
    const withMaker = rand() < 0.8
    const title = [withMaker ? maker.short : "", modifier, noun, unit].filter(Boolean).join(" ")
    const brand = rand() < 0.25 ? BRANDS[Math.floor(rand() * BRANDS.length)] : null
    const price = Math.round((3000 + rand() * 120000) / 100) * 100
    docs.push({
      id: `prod_bench_${String(i).padStart(5, "0")}`,
      handle: `bench-${i}`,
      title,
      subtitle: rand() < 0.3 ? `${pick(["정성 가득", "당일 제조", "산지 직송", "단체 주문 환영"])} ${noun}` : null,
      description: `${maker.region} ${maker.name}에서 만든 ${modifier ? modifier + " " : ""}${noun}입니다. ${pick([
        "국내산 재료로 정성껏 만들었습니다.", "자활 참여자들이 직접 손질하고 포장합니다.", "선물로도 좋고 집에서 드시기에도 좋습니다.",
        "지역 농가와 함께 만듭니다.", "매출은 모두 만든 곳에 돌아갑니다.",
      ])}`,
      thumbnail: null,
      status: "published",
      sales_channel_ids: ["sc_bench"],
      maker_handle: maker.handle,
      maker_name: maker.name,
      region: maker.region,
      brand_handle: brand?.[0] ?? null,
      brand_name: brand?.[1] ?? null,
      category_handles: [category],
      category_names: [CATEGORY_NAMES[category]],
      tags: rand() < 0.2 ? [pick(["명절", "감사", "연말", "가정의달"])] : [],
      certifications: maker.cert ? [maker.cert] : [],
      price,
      in_stock: rand() < 0.9,
      product_created_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      // kept for labelling, stripped before indexing
      _maker_short: maker.short,
      _noun: noun,
    })
  }
  return { docs, makers }
}
