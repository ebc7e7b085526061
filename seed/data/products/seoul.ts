import type { SeedProduct } from "../../types"
import { MEALKIT_NOTE as MEALKIT, MULTI_MAKER_TAG, of, oneOption, paragraphs, tiers } from "./helpers"

// 서울 (except 성동, see seongdong.ts): 외식업종 자활기업 (행복한반찬가게, 참맛, 꼬미로떼), 도봉
// (협동조합 함께밥상), 양천 (이린찌개), 구로 (에코-손모아). Menus come from the seeds; prices are invented.

const CHILLED =
  "냉장 상품이라 아이스박스와 아이스팩으로 포장해 월~목요일에만 출고합니다. 받으신 즉시 냉장 보관하고 표시된 소비기한 안에 드세요."

export const seoulProducts: SeedProduct[] = [
  // 행복한반찬가게 ---------------------------------------------------------------------------
  {
    handle: "haengbok-banchan-mitbanchan-4",
    title: "행복한반찬가게 엄마손 밑반찬 4종 세트",
    subtitle: "멸치볶음 · 진미채볶음 · 메추리알장조림 · 검은콩자반",
    description: paragraphs(
      "서울의 외식업종 자활기업 행복한반찬가게가 매일 아침 만드는 인기 밑반찬 네 가지를 200g씩 담았습니다. 달지 않게, 짜지 않게 집에서 먹는 맛을 지킵니다.",
      "원재료비가 올라도 국내산 콩과 메추리알을 고집합니다. 배송은 사회적협동조합 행복플러스와 협업합니다.",
      CHILLED
    ),
    category: "side-dishes",
    maker: "haengbok-banchan",
    ...oneOption("구성", [["4종 (각 200g)", "HBC-MITBANCHAN-4", 22000, 120]]),
    image: { motif: "side-dish", hue: 30 },
    weight_g: 1100,
  },
  {
    handle: "haengbok-banchan-jangjorim",
    title: "행복한반찬가게 소고기 장조림",
    description: paragraphs(
      "국내산 소고기 홍두깨살을 결대로 찢어 꽈리고추, 메추리알과 함께 간장에 조렸습니다. 행복한반찬가게에서 가장 많이 찾는 반찬입니다.",
      "아이 밥반찬, 도시락 반찬으로 좋습니다. 300g과 600g 중에서 고를 수 있습니다.",
      CHILLED
    ),
    category: "side-dishes",
    maker: "haengbok-banchan",
    ...oneOption("용량", [
      ["300g", "HBC-JANGJORIM-300", 12000, 150],
      ["600g", "HBC-JANGJORIM-600", 22000, 100],
    ]),
    image: { motif: "side-dish", hue: 20 },
    weight_g: 650,
  },
  {
    handle: "haengbok-banchan-pogi-kimchi",
    title: "행복한반찬가게 포기김치",
    description: paragraphs(
      "국내산 배추와 고춧가루로 담근 포기김치입니다. 행복한반찬가게 주민들이 절이고 속을 넣는 과정을 모두 손으로 합니다.",
      "갓 담근 김치로 보내 드려 받으신 뒤 하루 이틀 실온에 두었다가 냉장하면 알맞게 익습니다.",
      CHILLED
    ),
    category: "side-dishes",
    maker: "haengbok-banchan",
    ...oneOption("용량", [
      ["1kg", "HBC-KIMCHI-1K", 12000, 150],
      ["3kg", "HBC-KIMCHI-3K", 33000, 80],
    ]),
    image: { motif: "side-dish", hue: 5 },
    weight_g: 3200,
  },
  // 참맛 -------------------------------------------------------------------------------------
  {
    handle: "chammat-health-dosirak",
    title: "참맛 영양 건강도시락",
    subtitle: "영양사 식단 · 주 1회 냉장 배송",
    description: paragraphs(
      "취약계층 도시락 지원 사업에서 출발한 자활기업 참맛이 영양사 식단으로 만드는 건강 도시락입니다. 잡곡밥에 단백질 반찬 하나와 나물 두 가지를 매주 다르게 담습니다.",
      "혼자 사시는 부모님 식사나 바쁜 직장인의 점심으로 정기 주문하는 분이 많습니다. 5식과 10식 중에서 고를 수 있습니다.",
      "서울 지역에 한해 냉장 차량으로 배송합니다. 받으신 뒤 냉장 보관하고 전자레인지에 2분 데워 드세요."
    ),
    category: "side-dishes",
    maker: "chammat",
    ...oneOption("구성", [
      ["5식", "CMT-DOSIRAK-5", 35000, 100],
      ["10식", "CMT-DOSIRAK-10", 66000, 80],
    ]),
    image: { motif: "lunch-box", hue: 100 },
    weight_g: 2000,
  },
  {
    handle: "chammat-namul-3",
    title: "참맛 제철 나물 반찬 3종",
    description: paragraphs(
      "참맛 주방에서 그날 들어온 제철 나물로 무친 반찬 세 가지입니다. 시금치, 고사리, 도라지처럼 계절에 따라 구성이 바뀝니다.",
      "들기름과 국간장으로 슴슴하게 간해 비빔밥 재료로도 좋습니다. 각 150g씩 담았습니다.",
      CHILLED
    ),
    category: "side-dishes",
    maker: "chammat",
    ...oneOption("구성", [["3종 (각 150g)", "CMT-NAMUL-3", 15000, 120]]),
    image: { motif: "side-dish", hue: 90 },
    weight_g: 500,
  },
  // 꼬미로떼 --------------------------------------------------------------------------------
  {
    handle: "kkomirote-haccp-dosirak",
    title: "꼬미로떼 HACCP 수제 도시락",
    description: paragraphs(
      "소규모 HACCP 인증 시설에서 만드는 꼬미로떼의 수제 도시락입니다. 제육볶음, 닭갈비, 소불고기 가운데 메뉴를 고르면 잡곡밥과 반찬 세 가지가 함께 들어갑니다.",
      "꼬미로떼는 서울 외식업종 자활기업들이 HACCP 시설을 견학하러 찾아오는 곳입니다. 매일 위생 점검 기록을 남기며 만듭니다.",
      "서울 지역 당일 냉장 배송 상품입니다. 받으신 날 드시고, 드시기 전까지 냉장 보관해 주세요."
    ),
    category: "side-dishes",
    maker: "kkomirote",
    tags: ["HACCP"],
    ...oneOption("메뉴", [
      ["제육볶음", "KMR-DOSIRAK-JEYUK", 8500, 120],
      ["닭갈비", "KMR-DOSIRAK-DAKGALBI", 8500, 120],
      ["소불고기", "KMR-DOSIRAK-BULGOGI", 9500, 100],
    ]),
    image: { motif: "lunch-box", hue: 15 },
    weight_g: 450,
  },
  {
    handle: "kkomirote-haccp-jumeokbap",
    title: "꼬미로떼 HACCP 냉동 주먹밥 10입",
    description: paragraphs(
      "꼬미로떼가 HACCP 인증 시설에서 빚어 급속 냉동한 주먹밥 10개 묶음입니다. 참치마요, 소불고기, 김치볶음 중에서 고를 수 있습니다.",
      "전자레인지에 1분 30초면 아침 한 끼, 아이 간식으로 충분합니다.",
      "냉동 배송 상품입니다. 받으신 즉시 냉동 보관하고 해동한 제품은 다시 얼리지 마세요."
    ),
    category: "meals-drinks",
    maker: "kkomirote",
    tags: ["HACCP"],
    ...oneOption("맛", [
      ["참치마요", "KMR-JUMEOKBAP-TUNA", 16000, 150],
      ["소불고기", "KMR-JUMEOKBAP-BULGOGI", 17000, 150],
      ["김치볶음", "KMR-JUMEOKBAP-KIMCHI", 16000, 150],
    ]),
    image: { motif: "lunch-box", hue: 45 },
    weight_g: 1100,
  },
  {
    handle: "kkomirote-haccp-myeolchi-hodu",
    title: "꼬미로떼 HACCP 멸치호두볶음",
    description: paragraphs(
      "남해안 잔멸치에 국산 호두를 듬뿍 넣고 조청으로 윤기 나게 볶은 밑반찬입니다. 소규모 HACCP 인증 시설에서 꼬미로떼 주민들이 매일 조금씩 볶아 바삭합니다.",
      "짜지 않고 달지 않아 아이 밥반찬, 도시락 반찬으로 좋습니다. 200g과 400g 중에서 고를 수 있습니다.",
      CHILLED
    ),
    category: "side-dishes",
    maker: "kkomirote",
    tags: ["HACCP"],
    ...oneOption("용량", [
      ["200g", "KMR-MYEOLCHI-HODU-200", 11000, 250],
      ["400g", "KMR-MYEOLCHI-HODU-400", 20000, 120],
    ]),
    image: { motif: "side-dish", hue: 40 },
    weight_g: 250,
  },
  {
    handle: "seoul-banchan-union-set",
    title: "서울 자활 반찬 연합 선물세트",
    subtitle: "행복한반찬가게 · 참맛 · 꼬미로떼",
    description: paragraphs(
      "서울의 외식업종 자활기업 세 곳이 간담회에서 머리를 맞대 만든 연합 반찬 선물세트입니다. 각 기업이 가장 자신 있는 반찬을 하나씩 골랐습니다.",
      "구성: 소고기 장조림 300g(행복한반찬가게), 제철 나물 반찬 3종(참맛), HACCP 멸치호두볶음 200g(꼬미로떼). 세트는 행복한반찬가게가 구성해 판매하고, 사회적협동조합 행복플러스가 배송을 맡습니다.",
      CHILLED
    ),
    category: "gift-sets",
    maker: "haengbok-banchan",
    tags: ["명절", "감사", MULTI_MAKER_TAG],
    featured: true,
    ...oneOption("구성", [
      [
        "선물세트",
        "SEOUL-BANCHAN-UNION-SET",
        35000,
        0,
        {
          components: [of("HBC-JANGJORIM-300"), of("CMT-NAMUL-3"), of("KMR-MYEOLCHI-HODU-200")],
          tiers: tiers([20, 33000], [50, 31000]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 25 },
    weight_g: 1400,
  },
  // 협동조합 함께밥상 ----------------------------------------------------------------------
  {
    handle: "hamkke-bapsang-dolsot-bibimbap",
    title: "함께밥상 전주돌솥비빔밥 밀키트",
    description: paragraphs(
      "도봉지역자활센터에서 창업한 협동조합 함께밥상의 대표 메뉴 전주돌솥비빔밥을 집에서 만들 수 있게 담았습니다. 나물 다섯 가지, 소고기 볶음고추장, 참기름이 들어갑니다.",
      "함께밥상은 창동 하나로마트 푸드코트에서 16종의 한식·분식을 파는 자활기업입니다. 돌솥이 없으면 달군 프라이팬에 밥을 눌려 누룽지를 만들어 보세요.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "hamkke-bapsang",
    ...oneOption("구성", [
      ["2인분", "HKB-BIBIMBAP-2", 15000, 150],
      ["4인분", "HKB-BIBIMBAP-4", 28000, 100],
    ]),
    image: { motif: "bibimbap", hue: 15 },
    weight_g: 900,
  },
  {
    handle: "hamkke-bapsang-jeyuk-deopbap",
    title: "함께밥상 직화제육덮밥 밀키트",
    description: paragraphs(
      "불 향을 입혀 직화로 구운 제육을 양념째 담은 덮밥 밀키트입니다. 협동조합 함께밥상의 대표 메뉴로, 데우기만 하면 가게 맛 그대로입니다.",
      "국내산 돼지 앞다릿살을 고추장 양념에 재워 구웠습니다. 양파채와 쌈채소를 곁들이면 더 좋습니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "hamkke-bapsang",
    ...oneOption("구성", [
      ["2인분", "HKB-JEYUK-2", 13000, 150],
      ["4인분", "HKB-JEYUK-4", 24000, 100],
    ]),
    image: { motif: "bibimbap", hue: 355 },
    weight_g: 800,
  },
  {
    handle: "hamkke-bapsang-chadol-doenjang",
    title: "함께밥상 차돌된장찌개 밀키트",
    subtitle: "2인분",
    description: paragraphs(
      "함께밥상 메뉴판의 찌개 가운데 가장 인기 있는 차돌된장찌개를 2인분 밀키트로 담았습니다. 국산 콩 된장, 차돌박이, 애호박, 두부가 들어갑니다.",
      "물 500ml에 된장 양념을 풀고 재료를 넣어 10분이면 완성됩니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "hamkke-bapsang",
    ...oneOption("구성", [["2인분", "HKB-DOENJANG-2", 12000, 150]]),
    image: { motif: "stew", hue: 40 },
    weight_g: 900,
  },
  // 이린찌개 --------------------------------------------------------------------------------
  {
    handle: "irin-budae-jjigae",
    title: "이린부대찌개 밀키트",
    description: paragraphs(
      "서울양천지역자활센터 자활근로사업단 이린찌개의 시그니처 메뉴 이린부대찌개를 밀키트로 만들었습니다. 햄과 소시지, 다진 고기 양념, 김치, 라면사리까지 모두 들어 있습니다.",
      "이린찌개는 혼밥 문화에 맞춘 1인 상차림 찌개전문점으로, 외식 기술훈련을 마친 주민 9명이 일합니다. 진한 사골 육수를 따로 담아 보내 드려 끓이기만 하면 됩니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "irin-jjigae",
    ...oneOption("구성", [
      ["2인분", "IRN-BUDAE-2", 14000, 200],
      ["4인분", "IRN-BUDAE-4", 26000, 120],
    ]),
    image: { motif: "stew", hue: 10 },
    weight_g: 1300,
  },
  {
    handle: "irin-saengdwaeji-kimchi-jjigae",
    title: "이린찌개 생돼지김치찌개 밀키트",
    description: paragraphs(
      "얼리지 않은 생돼지고기와 잘 익은 묵은지로 끓이는 이린찌개의 생돼지김치찌개 밀키트입니다. 두툼한 고기가 듬뿍 들어가 밥 한 공기가 모자랍니다.",
      "서울 양천구 은행정로 이린찌개 매장에서 직장인 점심 메뉴로 사랑받는 맛을 그대로 담았습니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "irin-jjigae",
    ...oneOption("구성", [
      ["2인분", "IRN-KIMCHI-2", 13000, 200],
      ["4인분", "IRN-KIMCHI-4", 24000, 120],
    ]),
    image: { motif: "stew", hue: 0 },
    weight_g: 1200,
  },
  {
    handle: "irin-honbap-jjigae-5",
    title: "이린찌개 혼밥 1인 찌개 5팩",
    subtitle: "부대찌개 3팩 + 생돼지김치찌개 2팩",
    description: paragraphs(
      "1인 상차림 찌개전문점 이린찌개가 혼자 먹기 좋은 1인분 포장으로 만든 찌개 5팩 묶음입니다. 이린부대찌개 3팩과 생돼지김치찌개 2팩이 들어갑니다.",
      "냄비 하나에 팩 하나, 끓이기만 하면 한 끼가 완성됩니다. 자취생과 1인 가구에게 추천합니다.",
      "냉동 배송 상품입니다. 받으신 즉시 냉동 보관하고, 조리 전날 냉장실에서 해동하세요."
    ),
    category: "meals-drinks",
    maker: "irin-jjigae",
    ...oneOption("구성", [["1인분 5팩", "IRN-HONBAP-5", 29000, 120]]),
    image: { motif: "stew", hue: 20 },
    weight_g: 2600,
  },
  // 에코-손모아 -----------------------------------------------------------------------------
  {
    handle: "eco-sonmoa-event-rental",
    title: "에코-손모아 행사용 다회용기 대여·세척",
    subtitle: "식판 · 수저 · 컵 세트, 사용 후 수거 세척",
    description: paragraphs(
      "서울구로지역자활센터 에코-손모아 사업단이 행사와 단체 급식에 친환경 다회용기(식판, 수저, 컵)를 빌려 드리고, 사용 후 수거해 세척하는 서비스 이용권입니다.",
      "서울시 최대 규모의 세척 사업장에서 6단계 세척 공정과 용기별 두 개의 세척라인으로 관리합니다. 일회용품 없는 행사를 만들고 주민 일자리도 함께 만듭니다.",
      "서울 지역에서만 이용할 수 있습니다. 결제 후 담당자가 전화로 행사 날짜와 배송·수거 시간을 정합니다. 이용권은 등기우편으로 보내 드립니다."
    ),
    category: "services",
    maker: "eco-sonmoa",
    ...oneOption("규모", [
      ["50인", "ECS-RENTAL-50", 150000, 30],
      ["100인", "ECS-RENTAL-100", 280000, 20],
    ]),
    image: { motif: "container", hue: 200 },
  },
  {
    handle: "eco-sonmoa-stainless-cup",
    title: "에코-손모아 스테인리스 다회용컵 350ml",
    description: paragraphs(
      "에코-손모아가 행사 대여용으로 쓰는 것과 같은 스테인리스 다회용컵입니다. 가볍고 깨지지 않아 사무실, 캠핑, 아이 물컵으로 좋습니다.",
      "식기세척기에 넣어도 되며, 뜨거운 음료를 담으면 손잡이 없는 컵이라 겉면이 뜨거울 수 있습니다.",
      "1개 또는 4개 묶음으로 고를 수 있습니다. 판매 수익은 다회용기 세척 일자리를 늘리는 데 쓰입니다."
    ),
    category: "reusables",
    maker: "eco-sonmoa",
    ...oneOption("구성", [
      ["1개", "ECS-CUP-1", 9000, 900],
      ["4개", "ECS-CUP-4", 32000, 0, { components: [of("ECS-CUP-1", 4)] }],
    ]),
    image: { motif: "tumbler", hue: 190 },
    weight_g: 150,
  },
]
