import type { SeedProduct } from "../../types"
import { MULTI_MAKER_TAG, of, oneOption, paragraphs, tiers } from "./helpers"

// 경남: 다회용기 공동브랜드 플레이트에코 (마산·김해 work units) and a few invented 경남 food makers
// (하동 차, 밀양 곡물, 거제 멸치) whose products appear at the 2024 가정의달 하루장터. Prices invented.

const STEEL_NOTE =
  "식품용 스테인리스(STS304)로 만들어 냄새와 색이 배지 않습니다. 식기세척기 사용이 가능하며, 전자레인지에는 넣지 마세요."

export const gyeongnamProducts: SeedProduct[] = [
  {
    handle: "plate-eco-stainless-container-3",
    title: "플레이트에코 스테인리스 밀폐용기 3종 세트",
    subtitle: "소 450ml · 중 900ml · 대 1.6L",
    description: paragraphs(
      "경남광역자활센터의 다회용기 공동브랜드 플레이트에코가 고른 스테인리스 밀폐용기 세 가지 크기 세트입니다. 반찬 보관, 포장 주문용 다회용기로 쓰기 좋습니다.",
      "마산지역자활센터 다회용기사업단 주민들이 한 개씩 검수하고 포장합니다. 실리콘 패킹이 있는 네 면 잠금 뚜껑이라 국물도 새지 않습니다.",
      STEEL_NOTE
    ),
    category: "reusables",
    maker: "plate-eco-masan",
    brand: "plate-eco",
    ...oneOption("구성", [["3종 세트", "PLE-CONTAINER-3", 29000, 200]]),
    image: { motif: "container", hue: 190 },
    weight_g: 1200,
  },
  {
    handle: "plate-eco-stainless-tray",
    title: "플레이트에코 스테인리스 식판",
    description: paragraphs(
      "어린이집과 단체급식에서 쓰는 것과 같은 5칸 스테인리스 식판입니다. 플레이트에코가 행사 대여용으로 쓰는 제품을 가정용으로도 판매합니다.",
      "모서리를 둥글게 말아 손을 다치지 않고, 깊이가 있어 국물 반찬도 담을 수 있습니다. 유아용과 성인용 중에서 고르세요.",
      STEEL_NOTE
    ),
    category: "reusables",
    maker: "plate-eco-masan",
    brand: "plate-eco",
    ...oneOption("크기", [
      ["유아용", "PLE-TRAY-KIDS", 13000, 200],
      ["성인용", "PLE-TRAY-ADULT", 16000, 200],
    ]),
    image: { motif: "container", hue: 170 },
    weight_g: 450,
  },
  {
    handle: "plate-eco-reusable-cup-10",
    title: "플레이트에코 다회용컵 10개입",
    subtitle: "400ml · 뚜껑 포함",
    description: paragraphs(
      "김해지역자활센터 그린세척사업단이 카페와 공공기관에 공급하는 다회용컵을 가정과 사무실용 10개 묶음으로 판매합니다. 가볍고 튼튼한 PP 재질에 뚜껑이 함께 들어 있습니다.",
      "수백 번 씻어 써도 변형이 적어 일회용컵 수백 개를 줄일 수 있습니다. 사무실 탕비실과 모임에 추천합니다.",
      "식기세척기 사용 가능, 내열 온도 100℃입니다."
    ),
    category: "reusables",
    maker: "plate-eco-gimhae",
    brand: "plate-eco",
    ...oneOption("구성", [["10개입", "PLE-CUP-10", 15000, 250]]),
    image: { motif: "tumbler", hue: 150 },
    weight_g: 700,
  },
  {
    handle: "plate-eco-vacuum-tumbler-500",
    title: "플레이트에코 진공 텀블러 500ml",
    description: paragraphs(
      "이중 진공 구조로 따뜻한 음료는 6시간, 차가운 음료는 12시간 온도를 지켜 주는 텀블러입니다. 경남 다회용기 공동브랜드 플레이트에코 로고를 새겼습니다.",
      "김해지역자활센터 그린세척사업단이 판매하며, 수익은 다회용컵 세척 일자리를 늘리는 데 쓰입니다. 민트, 네이비, 아이보리 세 가지 색이 있습니다.",
      "본체는 식기세척기에 넣지 말고 손으로 씻어 주세요."
    ),
    category: "reusables",
    maker: "plate-eco-gimhae",
    brand: "plate-eco",
    ...oneOption("색상", [
      ["민트", "PLE-TUMBLER-MINT", 22000, 120],
      ["네이비", "PLE-TUMBLER-NAVY", 22000, 120],
      ["아이보리", "PLE-TUMBLER-IVORY", 22000, 120],
    ]),
    image: { motif: "tumbler", hue: 165 },
    weight_g: 380,
  },
  {
    handle: "plate-eco-event-rental-100",
    title: "플레이트에코 행사용 다회용기 대여·세척 100인",
    subtitle: "식기 · 수저 · 컵, 사용 후 수거 세척",
    description: paragraphs(
      "축제, 장터, 기관 행사에 100인분 다회용 식기와 수저, 컵을 빌려 드리고 행사가 끝나면 수거해 세척하는 플레이트에코 이용권입니다. 경남광역자활센터 하루장터 같은 자활 행사에서도 씁니다.",
      "마산지역자활센터 다회용기사업단이 배송, 수거, 세척을 모두 맡습니다. 일회용품 사용량을 줄인 실적을 행사 후 보고서로 드립니다.",
      "경상남도에서만 이용할 수 있습니다. 결제 후 담당자가 전화로 행사 일정을 확인합니다."
    ),
    category: "services",
    maker: "plate-eco-masan",
    brand: "plate-eco",
    ...oneOption("규모", [["100인", "PLE-RENTAL-100", 220000, 20]]),
    image: { motif: "container", hue: 130 },
  },
  {
    handle: "hadong-deokkeum-green-tea",
    title: "하동 덖음 녹차 (잎차)",
    description: paragraphs(
      "하동지역자활센터 차향기사업단이 하동 농가의 찻잎을 가마솥에 아홉 번 덖고 비벼 만든 잎차입니다. 구수하고 맑은 맛이 납니다.",
      "70~80℃ 물에 찻잎 한 작은술을 넣어 1분 우리세요. 두세 번 우려 마실 수 있습니다.",
      "습기와 냄새를 피해 밀봉 보관하세요. 50g과 100g 중에서 고를 수 있습니다."
    ),
    category: "meals-drinks",
    maker: "hadong-tea",
    ...oneOption("용량", [
      ["50g", "HDT-GREEN-50", 15000, 150],
      ["100g", "HDT-GREEN-100", 28000, 100],
    ]),
    image: { motif: "tea", hue: 110 },
    weight_g: 150,
  },
  {
    handle: "hadong-balhyo-tea-teabag",
    title: "하동 발효차 티백 20입",
    description: paragraphs(
      "하동 찻잎을 충분히 발효시켜 떫은맛을 줄이고 단맛을 살린 발효차(황차)를 티백에 담았습니다. 카페인이 부담스러운 저녁에도 부드럽게 마실 수 있습니다.",
      "하동지역자활센터 차향기사업단이 만들었으며, 경남 자활생산물품 하루장터의 인기 상품입니다.",
      "뜨거운 물 200ml에 티백 하나를 2~3분 우려 드세요."
    ),
    category: "meals-drinks",
    maker: "hadong-tea",
    ...oneOption("구성", [["20입", "HDT-BALHYO-20", 12000, 200]]),
    image: { motif: "tea", hue: 25 },
    weight_g: 80,
  },
  {
    handle: "miryang-chalborissal",
    title: "밀양 찰보리쌀",
    description: paragraphs(
      "밀양 들녘에서 거둔 찰보리를 밀양햇살농산이 깨끗하게 손질해 소포장했습니다. 쌀에 섞어 지으면 톡톡 씹히는 식감과 구수한 맛이 납니다.",
      "밀양햇살농산은 밀양지역자활센터에서 창업한 자활기업으로, 밀양농협과의 협약으로 지역 농가의 곡물을 받아 가공합니다.",
      "1kg과 3kg 중에서 고를 수 있습니다. 개봉 후에는 밀폐해 서늘한 곳에 두세요."
    ),
    category: "grains",
    maker: "miryang-haetsal",
    ...oneOption("중량", [
      ["1kg", "MRH-CHALBORI-1K", 8000, 200],
      ["3kg", "MRH-CHALBORI-3K", 22000, 120],
    ]),
    image: { motif: "grain", hue: 50 },
    weight_g: 1000,
  },
  {
    handle: "miryang-ogok-japgok",
    title: "밀양 오곡 혼합곡 1kg",
    description: paragraphs(
      "찰보리, 찰현미, 서리태, 수수, 차조를 고르게 섞은 오곡 혼합곡입니다. 정월 대보름 오곡밥은 물론 매일 밥에 섞어 드시기 좋습니다.",
      "밀양햇살농산 주민들이 곡물마다 이물질을 골라내고 섞는 과정을 직접 합니다.",
      "서리태는 불려서 지으면 더 부드럽습니다."
    ),
    category: "grains",
    maker: "miryang-haetsal",
    ...oneOption("중량", [["1kg", "MRH-OGOK-1K", 10000, 150]]),
    image: { motif: "grain", hue: 20 },
    weight_g: 1000,
  },
  {
    handle: "geoje-myeolchi",
    title: "거제 멸치",
    description: paragraphs(
      "거제 앞바다에서 잡아 바로 삶아 말린 멸치를 거제바다살림이 크기별로 골라 담았습니다. 볶음용 잔멸치(200g·300g)와 국물용 대멸치(300g·500g) 중에서 고르세요.",
      "볶음용은 짜지 않아 아이 반찬으로 좋고, 국물용은 머리와 내장을 떼고 쓰면 맑은 육수가 나옵니다.",
      "받으신 뒤 냉동 보관하면 오래 두고 드실 수 있습니다."
    ),
    category: "laver-seafood",
    maker: "geoje-badasallim",
    ...oneOption("종류", [
      ["볶음용 잔멸치 200g", "GJB-MYEOLCHI-SMALL-200", 9000, 300],
      ["볶음용 잔멸치 300g", "GJB-MYEOLCHI-SMALL-300", 13000, 150],
      ["국물용 대멸치 300g", "GJB-MYEOLCHI-LARGE-300", 10000, 300],
      ["국물용 대멸치 500g", "GJB-MYEOLCHI-LARGE-500", 15000, 150],
    ]),
    image: { motif: "side-dish", hue: 205 },
    weight_g: 550,
  },
  {
    handle: "geoje-dasima",
    title: "거제 남해안 건다시마",
    description: paragraphs(
      "거제 앞바다에서 거둔 두툼한 다시마를 햇볕에 말려 거제바다살림이 국물용 크기로 잘라 담았습니다. 멸치와 함께 넣으면 감칠맛 나는 육수가 됩니다.",
      "겉에 생기는 흰 가루는 감칠맛 성분(만니톨)이니 씻어 내지 말고 마른 행주로 가볍게 닦아 쓰세요.",
      "습기를 피해 밀봉 보관하세요. 100g과 300g 중에서 고를 수 있습니다."
    ),
    category: "laver-seafood",
    maker: "geoje-badasallim",
    ...oneOption("중량", [
      ["100g", "GJB-DASIMA-100", 5000, 300],
      ["300g", "GJB-DASIMA-300", 12000, 150],
    ]),
    image: { motif: "laver", hue: 90 },
    weight_g: 120,
  },
  {
    handle: "geoje-myeolchi-gift-set",
    title: "거제 멸치 선물세트",
    subtitle: "볶음용 잔멸치 + 국물용 대멸치 + 다시마",
    description: paragraphs(
      "거제바다살림이 거제 멸치 가운데 상품만 골라 볶음용 400g, 국물용 600g에 남해안 다시마 100g을 더해 선물 상자에 담았습니다. 구성: 볶음용 잔멸치 200g 2봉, 국물용 대멸치 300g 2봉, 건다시마 100g 1봉.",
      "명절 밥상과 김장철 육수 준비에 요긴해 어르신 선물로 많이 찾습니다. 거제지역자활센터에서 출발한 자활기업이 손질합니다.",
      "상온 택배로 보내 드리며, 받으신 뒤 냉동 보관하세요."
    ),
    category: "gift-sets",
    maker: "geoje-badasallim",
    tags: ["명절", "감사"],
    ...oneOption("구성", [
      [
        "선물세트",
        "GJB-MYEOLCHI-GIFT",
        35000,
        0,
        { components: [of("GJB-MYEOLCHI-SMALL-200", 2), of("GJB-MYEOLCHI-LARGE-300", 2), of("GJB-DASIMA-100")] },
      ],
    ]),
    image: { motif: "gift-box", hue: 205 },
    weight_g: 1400,
  },
  {
    handle: "gyeongnam-family-month-haru-set",
    title: "경남 가정의달 하루장터 선물세트",
    subtitle: "하동 녹차 + 밀양 찰보리쌀 + 플레이트에코 밀폐용기",
    description: paragraphs(
      "「2024년 경상남도와 함께하는 가정의달 맞이 자활생산물품 하루장터」(2024년 5월 3일, 경상남도청 신관 앞)에 선보인 경남 자활 연합 선물세트입니다. 경남광역자활센터와 (사)경남지역자활센터협회가 주최·주관하고 경상남도가 후원한 특판전의 상품을 한 상자에 담았습니다.",
      "구성: 덖음 녹차 50g(하동 차향기사업단), 찰보리쌀 1kg(밀양햇살농산), 스테인리스 밀폐용기 3종(플레이트에코 마산 다회용기사업단). 세트는 밀양햇살농산이 구성해 판매합니다.",
      "상온 택배로 보내 드립니다. 부모님, 은사님께 드리는 가정의 달 감사 선물로 좋습니다."
    ),
    category: "gift-sets",
    maker: "miryang-haetsal",
    tags: ["가정의달", "감사", MULTI_MAKER_TAG],
    featured: true,
    ...oneOption("구성", [
      [
        "선물세트",
        "GN-HARU-FAMILY-SET",
        45000,
        0,
        {
          components: [of("HDT-GREEN-50"), of("MRH-CHALBORI-1K"), of("PLE-CONTAINER-3")],
          tiers: tiers([30, 42000], [100, 40000]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 345 },
    weight_g: 2600,
  },
]
