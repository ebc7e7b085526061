import type { SeedProduct } from "../../types"
import { MULTI_MAKER_TAG, of, oneOption, paragraphs, tiers, twoOptions } from "./helpers"

// 광주: 광주서구지역자활센터 (내친구김, 맛사랑), 광주북구일터지역자활센터 (행복가게), brand 소소드림.
// Prices of 내친구김 선물세트, 김자반, 전장김 and 도시락김 are taken verbatim from the 광주 webzine
// (2023년 12월호); all other prices are invented (도시락김 1봉 too: the webzine lists only 16봉).
// Gift sets and packs are inventory kits of the single units (1봉, 1개), which hold the stock.

const NCG_STORAGE =
  "직사광선과 습기를 피해 서늘한 곳에 보관하고, 개봉 후에는 밀봉해 빨리 드세요. 상온 택배로 보내 드리며 평일 오후 2시까지 결제하면 당일 출고합니다."

export const gwangjuProducts: SeedProduct[] = [
  {
    handle: "naechingu-gim-gift-set",
    title: "내친구김 선물세트",
    subtitle: "전장김 5봉 + 도시락김 4봉 + 자반김 4봉",
    description: paragraphs(
      "광주서구지역자활센터 내친구김이 국내산 원초로 구운 김을 한 상자에 담았습니다. 광주광역시 자활생산품 공동브랜드 소소드림의 대표 선물세트로, 명절과 연말에 감사 인사를 전하기 좋습니다.",
      "구성은 전장김 5봉, 도시락김 4봉, 자반김(김자반) 4봉입니다. 뜨끈한 밥에 김만 있어도 밥 한 그릇 뚝딱, 고소하고 짭조름해서 다른 반찬이 필요 없어요.",
      NCG_STORAGE
    ),
    category: "gift-sets",
    maker: "naechingu-gim",
    brand: "sosodream",
    tags: ["명절", "감사", "연말"],
    featured: true,
    ...oneOption("구성", [
      [
        "선물세트",
        "NCG-GIFT-SET",
        20000,
        0,
        {
          components: [of("NCG-JEONJANG-1", 5), of("NCG-DOSIRAK-1", 4), of("NCG-JABAN-1", 4)],
          tiers: tiers([30, 18000], [100, 17000]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 150 },
    weight_g: 900,
  },
  {
    handle: "naechingu-gim-jaban",
    title: "내친구김 김자반",
    description: paragraphs(
      "국내산 원초를 잘게 부숴 참기름과 깨를 더해 고소하게 볶은 김자반입니다. 광주서구지역자활센터 내친구김 사업단 참여 주민들이 소량씩 볶아 바삭함을 살렸습니다.",
      "밥에 솔솔 뿌리거나 주먹밥, 김자반 비빔밥으로 즐겨 보세요. 1봉과 2봉 중에서 고를 수 있습니다.",
      NCG_STORAGE
    ),
    category: "laver-seafood",
    maker: "naechingu-gim",
    brand: "sosodream",
    ...oneOption("구성", [
      ["1봉", "NCG-JABAN-1", 3000, 2000],
      ["2봉", "NCG-JABAN-2", 5000, 0, { components: [of("NCG-JABAN-1", 2)] }],
    ]),
    image: { motif: "laver-flakes", hue: 140 },
    weight_g: 160,
  },
  {
    handle: "naechingu-gim-jeonjang",
    title: "내친구김 전장김",
    description: paragraphs(
      "국내산 원초로 만든 큼직한 전장김입니다. 두 번 구워 비린 맛 없이 고소하고, 소금 간을 적당히 해 그대로 먹어도 맛있습니다.",
      "밥을 싸 먹거나 김밥, 김부각 재료로도 좋습니다. 1봉과 3봉 중에서 고를 수 있습니다.",
      NCG_STORAGE
    ),
    category: "laver-seafood",
    maker: "naechingu-gim",
    brand: "sosodream",
    ...oneOption("구성", [
      ["1봉", "NCG-JEONJANG-1", 2000, 3000],
      ["3봉", "NCG-JEONJANG-3", 5000, 0, { components: [of("NCG-JEONJANG-1", 3)], tiers: tiers([20, 4700], [50, 4500]) }],
    ]),
    image: { motif: "laver", hue: 160 },
    weight_g: 120,
  },
  {
    handle: "naechingu-gim-dosirak",
    title: "내친구김 도시락김",
    subtitle: "1봉 · 16봉 묶음",
    description: paragraphs(
      "한 끼에 딱 알맞은 작은 도시락김입니다. 국내산 원초로 굽고 조미해 아이 반찬, 도시락, 캠핑용으로 두루 좋습니다. 낱봉으로도, 넉넉한 16봉 묶음으로도 살 수 있습니다.",
      "광주서구지역자활센터 내친구김 사업단이 만들고 소소드림 이름으로 판매합니다.",
      NCG_STORAGE
    ),
    category: "laver-seafood",
    maker: "naechingu-gim",
    brand: "sosodream",
    ...oneOption("구성", [
      ["1봉", "NCG-DOSIRAK-1", 400, 4800],
      ["16봉", "NCG-DOSIRAK-16", 5500, 0, { components: [of("NCG-DOSIRAK-1", 16)], tiers: tiers([20, 5200], [50, 5000]) }],
    ]),
    image: { motif: "laver", hue: 120 },
    weight_g: 100,
  },
  {
    handle: "naechingu-gim-silsok-set",
    title: "내친구김 실속세트",
    subtitle: "전장김 6봉 + 김자반 2봉",
    description: paragraphs(
      "내친구김을 부담 없는 가격에 선물하고 싶을 때 고르는 실속 구성입니다. 전장김 6봉과 김자반 2봉을 선물 상자에 담았습니다.",
      "국내산 원초로 광주서구지역자활센터 내친구김 사업단이 만들었습니다. 명절 인사, 이웃과 동료에게 드리는 작은 감사 선물로 좋습니다.",
      NCG_STORAGE
    ),
    category: "gift-sets",
    maker: "naechingu-gim",
    brand: "sosodream",
    tags: ["명절", "감사"],
    ...oneOption("구성", [
      ["선물세트", "NCG-SILSOK-SET", 14000, 0, { components: [of("NCG-JEONJANG-1", 6), of("NCG-JABAN-1", 2)] }],
    ]),
    image: { motif: "gift-box", hue: 100 },
    weight_g: 700,
  },
  {
    handle: "matsarang-fruit-cheong",
    title: "맛사랑 수제 과일청",
    description: paragraphs(
      "광주서구지역자활센터 자활근로사업단 맛사랑이 과일을 하나하나 손질해 설탕과 1:1로 재워 만든 수제 과일청입니다. 레몬청, 자몽청, 청귤청 세 가지 맛이 있습니다.",
      "탄산수에 타면 에이드, 따뜻한 물에 타면 차가 됩니다. 맛사랑은 중앙자산기증펀드 창업자금 지원사업에 선정되어 자활기업 창업을 준비하고 있습니다.",
      "냉장 보관하고 개봉 후 한 달 안에 드세요. 유리병 제품이라 완충 포장해 보내 드립니다."
    ),
    category: "meals-drinks",
    maker: "matsarang",
    brand: "sosodream",
    ...twoOptions("맛", "용량", [
      ["레몬청", "500g", "MSR-CHEONG-LEMON-500", 12000, 300],
      ["레몬청", "1kg", "MSR-CHEONG-LEMON-1K", 21000, 80],
      ["자몽청", "500g", "MSR-CHEONG-GRAPEFRUIT-500", 12000, 120],
      ["자몽청", "1kg", "MSR-CHEONG-GRAPEFRUIT-1K", 21000, 80],
      ["청귤청", "500g", "MSR-CHEONG-CHEONGGYUL-500", 13000, 100],
      ["청귤청", "1kg", "MSR-CHEONG-CHEONGGYUL-1K", 23000, 60],
    ]),
    image: { motif: "drink", hue: 50 },
    weight_g: 800,
  },
  {
    handle: "matsarang-sandwich-box",
    title: "맛사랑 수제 샌드위치 박스",
    subtitle: "회의·행사 단체 주문",
    description: paragraphs(
      "맛사랑이 매일 아침 굽는 식빵에 햄, 달걀, 채소를 듬뿍 넣은 수제 샌드위치를 회의와 행사용 상자에 담았습니다. 햄치즈, 에그마요, 닭가슴살 샌드위치가 고르게 들어갑니다.",
      "광주 지역 케이터링 경험을 살려 단체 간식으로 많이 찾습니다. 6입과 12입 중에서 고를 수 있습니다.",
      "신선식품이라 광주광역시 안에서만 당일 배송합니다. 받으신 날 드시고, 드시기 전까지 냉장 보관해 주세요."
    ),
    category: "meals-drinks",
    maker: "matsarang",
    brand: "sosodream",
    ...oneOption("구성", [
      ["6입", "MSR-SANDWICH-6", 24000, 60],
      ["12입", "MSR-SANDWICH-12", 45000, 50],
    ]),
    image: { motif: "sandwich", hue: 35 },
    weight_g: 1500,
  },
  {
    handle: "matsarang-cheong-gift-set",
    title: "맛사랑 과일청 3종 선물세트",
    subtitle: "레몬청 + 자몽청 + 청귤청 (각 500g)",
    description: paragraphs(
      "맛사랑 수제 과일청 세 가지를 500g씩 담은 선물세트입니다. 새콤한 레몬, 쌉싸래한 자몽, 향긋한 청귤을 한 번에 맛볼 수 있습니다.",
      "광주서구지역자활센터 자활근로사업단 맛사랑 참여 주민들이 과일을 직접 씻고 썰어 담갔습니다. 가정의 달, 연말 감사 선물로 좋습니다.",
      "냉장 보관 제품입니다. 유리병을 하나씩 완충재로 감싸 보내 드립니다."
    ),
    category: "gift-sets",
    maker: "matsarang",
    brand: "sosodream",
    tags: ["감사", "가정의달", "연말"],
    ...oneOption("구성", [
      [
        "3종 세트",
        "MSR-CHEONG-GIFT-3",
        35000,
        0,
        { components: [of("MSR-CHEONG-LEMON-500"), of("MSR-CHEONG-GRAPEFRUIT-500"), of("MSR-CHEONG-CHEONGGYUL-500")] },
      ],
    ]),
    image: { motif: "drink", hue: 20 },
    weight_g: 2300,
  },
  {
    handle: "haengbok-gage-natural-soap",
    title: "행복가게 천연 수제비누",
    description: paragraphs(
      "광주북구일터지역자활센터 자활기업 행복가게가 저온 숙성으로 만든 천연 수제비누입니다. 쌀겨, 녹차, 숯, 라벤더 네 가지 중에서 고를 수 있습니다.",
      "쌀겨 비누는 촉촉하게, 녹차 비누는 산뜻하게, 숯 비누는 피지 관리에 좋고, 라벤더 비누는 은은한 향이 오래 갑니다. 생산공정을 분업화해 한 장 한 장 같은 품질로 만듭니다.",
      "1개 100g. 사용 후에는 물이 빠지는 비누받침에 두면 오래 씁니다."
    ),
    category: "reusables",
    maker: "haengbok-gage",
    brand: "sosodream",
    ...oneOption("종류", [
      ["쌀겨", "HBG-SOAP-RICE", 6000, 400],
      ["녹차", "HBG-SOAP-GREENTEA", 6000, 400],
      ["숯", "HBG-SOAP-CHARCOAL", 6000, 300],
      ["라벤더", "HBG-SOAP-LAVENDER", 6000, 300],
    ]),
    image: { motif: "soap", hue: 80 },
    weight_g: 110,
  },
  {
    handle: "haengbok-gage-soap-gift-set",
    title: "행복가게 수제비누 선물세트",
    subtitle: "쌀겨·녹차·숯·라벤더 4입",
    description: paragraphs(
      "행복가게 천연 수제비누 네 가지를 한 상자에 담았습니다. 구성: 쌀겨, 녹차, 숯, 라벤더 비누 각 1개(100g)입니다.",
      "광주북구일터지역자활센터에서 시작한 자활기업 행복가게의 주민들이 만들었습니다. 가정의 달 부모님 선물, 행사 답례품으로 좋습니다.",
      "상온 택배로 보내 드리며, 단체 주문은 문의해 주세요."
    ),
    category: "gift-sets",
    maker: "haengbok-gage",
    brand: "sosodream",
    tags: ["감사", "가정의달"],
    ...oneOption("구성", [
      [
        "4입",
        "HBG-SOAP-GIFT-4",
        22000,
        0,
        { components: [of("HBG-SOAP-RICE"), of("HBG-SOAP-GREENTEA"), of("HBG-SOAP-CHARCOAL"), of("HBG-SOAP-LAVENDER")] },
      ],
    ]),
    image: { motif: "soap", hue: 330 },
    weight_g: 520,
  },
  {
    handle: "haengbok-gage-dish-soap",
    title: "행복가게 쌀뜨물 주방세제",
    subtitle: "500ml",
    description: paragraphs(
      "쌀뜨물 발효액과 식물성 계면활성제로 만든 주방세제입니다. 거품이 부드럽고 헹굼이 빨라 아기 젖병과 과일 세척에도 씁니다.",
      "광주북구일터지역자활센터 자활기업 행복가게가 만들어 소소드림 이름으로 판매합니다.",
      "직사광선을 피해 보관하세요. 1개 또는 3개 묶음으로 고를 수 있습니다."
    ),
    category: "reusables",
    maker: "haengbok-gage",
    brand: "sosodream",
    ...oneOption("구성", [
      ["1개", "HBG-DISHSOAP-1", 8000, 450],
      ["3개", "HBG-DISHSOAP-3", 21000, 0, { components: [of("HBG-DISHSOAP-1", 3)] }],
    ]),
    image: { motif: "cleaning", hue: 190 },
    weight_g: 560,
  },
  {
    handle: "sosodream-gwangju-hanareum-set",
    title: "소소드림 광주 한아름 꾸러미",
    subtitle: "내친구김 + 맛사랑 레몬청 + 행복가게 수제비누",
    description: paragraphs(
      "광주광역시 자활생산품 공동브랜드 소소드림의 상품을 한 상자에 모은 연합 선물 꾸러미입니다. \"작은 웃음, 큰 만족\"이라는 소소드림의 약속처럼 작지만 알찬 선물을 준비했습니다.",
      "구성: 내친구김 전장김 3봉, 도시락김 16봉(광주서구지역자활센터 내친구김), 수제 레몬청 500g(맛사랑), 천연 수제비누 쌀겨·녹차 2입(광주북구일터지역자활센터 행복가게). 세트는 내친구김이 구성해 판매하고 보내 드립니다.",
      "레몬청은 받으신 뒤 냉장 보관해 주세요. 명절과 연말 단체 주문도 받습니다."
    ),
    category: "gift-sets",
    maker: "naechingu-gim",
    brand: "sosodream",
    tags: ["명절", "감사", "연말", MULTI_MAKER_TAG],
    featured: true,
    ...oneOption("구성", [
      [
        "선물세트",
        "SSD-HANAREUM-SET",
        33000,
        0,
        {
          components: [
            of("NCG-JEONJANG-1", 3),
            of("NCG-DOSIRAK-1", 16),
            of("MSR-CHEONG-LEMON-500"),
            of("HBG-SOAP-RICE"),
            of("HBG-SOAP-GREENTEA"),
          ],
          tiers: tiers([30, 31000], [100, 29000]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 10 },
    weight_g: 1600,
  },
]
