import type { SeedProduct } from "../../types"
import { MEALKIT_NOTE as MEALKIT, MULTI_MAKER_TAG, of, oneOption, paragraphs, tiers } from "./helpers"

// 서울성동지역자활센터 family: 깨끗한세상 1호점 (양곡), 자전거사업단, 맞춤조리 '면사무소', 북카페 '다운',
// 고래왕냉면, 성동희망나르미 (청소), 성동회오리세차. Facilities come from the center's 2016 business
// plan; prices are invented.

const SEONGDONG_PICKUP =
  "서울 성동구 옥수대여소(옥수동 481)에서 직접 받아 가시거나, 서울 지역은 자전거사업단 트럭으로 배송해 드립니다. 지방 배송은 화물 택배로 보내며 추가 운임이 없습니다."

export const seongdongProducts: SeedProduct[] = [
  // 깨끗한세상 1호점 -------------------------------------------------------------------------
  {
    handle: "kkaekkeuthan-sesang-rice",
    title: "깨끗한세상 국내산 햅쌀",
    description: paragraphs(
      "서울성동지역자활센터에서 자란 양곡배송 자활기업 깨끗한세상 1호점이 도정일을 확인한 국내산 햅쌀을 소포장해 보내 드립니다.",
      "4kg, 10kg, 20kg 중에서 고를 수 있습니다. 서울 성동·광진·중구는 직접 배달하고, 다른 지역은 택배로 보냅니다.",
      "쌀은 서늘하고 그늘진 곳에 보관하고, 개봉 후에는 밀폐 용기에 옮겨 담아 주세요."
    ),
    category: "grains",
    maker: "kkaekkeuthan-sesang",
    ...oneOption("중량", [
      ["4kg", "KKS-RICE-4K", 16000, 300],
      ["10kg", "KKS-RICE-10K", 36000, 150, { tiers: tiers([10, 34000], [30, 32000]) }],
      ["20kg", "KKS-RICE-20K", 65000, 80, { tiers: tiers([10, 62000], [30, 59000]) }],
    ]),
    image: { motif: "rice-bag", hue: 45 },
    weight_g: 10000,
  },
  {
    handle: "kkaekkeuthan-sesang-japgok-12",
    title: "깨끗한세상 국산 혼합 12곡",
    description: paragraphs(
      "찰현미, 찰보리, 흑미, 귀리, 서리태, 수수 등 국산 곡물 열두 가지를 고르게 섞었습니다. 백미에 2~3할만 섞어도 밥맛이 구수해집니다.",
      "양곡배송 자활기업 깨끗한세상 1호점이 곡물마다 원산지와 도정일을 확인해 섞습니다.",
      "1kg과 3kg 중에서 고를 수 있습니다. 개봉 후에는 냉장 보관하면 벌레가 생기지 않습니다."
    ),
    category: "grains",
    maker: "kkaekkeuthan-sesang",
    ...oneOption("중량", [
      ["1kg", "KKS-JAPGOK-1K", 11000, 200],
      ["3kg", "KKS-JAPGOK-3K", 30000, 120],
    ]),
    image: { motif: "grain", hue: 30 },
    weight_g: 1000,
  },
  {
    handle: "kkaekkeuthan-sesang-chapssal",
    title: "깨끗한세상 국산 찹쌀",
    description: paragraphs(
      "찰기가 좋은 국산 찹쌀입니다. 약밥, 찰밥, 삼계탕에 넣기 좋고 멥쌀에 섞으면 밥이 부드러워집니다.",
      "깨끗한세상 1호점이 서울의 양곡배송 자활기업들과 함께 공동 구매한 곡물을 소포장했습니다.",
      "2kg과 4kg 중에서 고를 수 있습니다."
    ),
    category: "grains",
    maker: "kkaekkeuthan-sesang",
    ...oneOption("중량", [
      ["2kg", "KKS-CHAPSSAL-2K", 13000, 150],
      ["4kg", "KKS-CHAPSSAL-4K", 24000, 100],
    ]),
    image: { motif: "rice-bag", hue: 60 },
    weight_g: 2000,
  },
  {
    handle: "kkaekkeuthan-sesang-vacuum-1kg",
    title: "깨끗한세상 진공 소포장 곡물 1kg",
    description: paragraphs(
      "국내산 백미, 현미, 찹쌀, 흑미를 1kg씩 진공 포장했습니다. 혼자 사는 분이나 여러 곡물을 조금씩 맛보고 싶은 분께 알맞은 양입니다.",
      "양곡배송 자활기업 깨끗한세상 1호점이 도정일을 확인하고 소포장합니다. 진공 포장이라 오래 두어도 벌레가 생기지 않고 신선합니다.",
      "개봉 후에는 밀폐 용기에 옮겨 서늘한 곳에 보관하세요."
    ),
    category: "grains",
    maker: "kkaekkeuthan-sesang",
    ...oneOption("곡물", [
      ["백미", "KKS-VACUUM-BAEKMI-1K", 6000, 400],
      ["현미", "KKS-VACUUM-HYEONMI-1K", 7000, 300],
      ["찹쌀", "KKS-VACUUM-CHAPSSAL-1K", 8000, 300],
      ["흑미", "KKS-VACUUM-HEUKMI-1K", 10000, 300],
    ]),
    image: { motif: "rice-bag", hue: 20 },
    weight_g: 1050,
  },
  {
    handle: "kkaekkeuthan-sesang-rice-gift-set",
    title: "깨끗한세상 우리쌀 선물세트",
    subtitle: "백미 · 현미 · 찹쌀 · 흑미 각 1kg",
    description: paragraphs(
      "국내산 백미, 현미, 찹쌀, 흑미를 1kg씩 진공 포장해 선물 상자에 담았습니다. 명절에 밥 짓는 정성을 선물해 보세요. 구성: 진공 소포장 백미·현미·찹쌀·흑미 각 1kg.",
      "양곡배송 자활기업 깨끗한세상 1호점이 만들었습니다. 진공 포장이라 오래 두어도 신선합니다.",
      "상온 택배로 보내 드리며, 기관·단체 명절 선물 대량 주문도 받습니다."
    ),
    category: "gift-sets",
    maker: "kkaekkeuthan-sesang",
    tags: ["명절", "감사"],
    ...oneOption("구성", [
      [
        "4종 세트",
        "KKS-RICE-GIFT-4",
        28000,
        0,
        {
          components: [
            of("KKS-VACUUM-BAEKMI-1K"),
            of("KKS-VACUUM-HYEONMI-1K"),
            of("KKS-VACUUM-CHAPSSAL-1K"),
            of("KKS-VACUUM-HEUKMI-1K"),
          ],
        },
      ],
    ]),
    image: { motif: "rice-bag", hue: 35 },
    weight_g: 4300,
  },
  // 성동 자전거사업단 -----------------------------------------------------------------------
  {
    handle: "seongdong-refurbished-city-bike",
    title: "성동 재생 생활자전거",
    subtitle: "정비 완료 · 3개월 무상 점검",
    description: paragraphs(
      "성동 자전거사업단이 버려진 자전거를 수거해 프레임 점검, 체인·브레이크·타이어 교체까지 마친 재생 생활자전거입니다. 자전거고급정비 실무 교육을 수료한 주민들이 정비합니다.",
      "장바구니와 짐받이가 달린 7단 변속 자전거로, 24인치와 26인치 중에서 고를 수 있습니다. 색상은 입고 상황에 따라 다르며 구매 후 3개월 동안 무상 점검해 드립니다.",
      SEONGDONG_PICKUP
    ),
    category: "bicycles",
    maker: "seongdong-bicycle",
    ...oneOption("사이즈", [
      ["24인치", "SDB-CITY-24", 110000, 12],
      ["26인치", "SDB-CITY-26", 120000, 15],
    ]),
    image: { motif: "bicycle", hue: 210 },
    weight_g: 17000,
  },
  {
    handle: "seongdong-refurbished-kids-bike",
    title: "성동 재생 어린이 자전거",
    description: paragraphs(
      "아이들이 금세 자라 작아진 어린이 자전거를 기증받아 새것처럼 정비했습니다. 성동 자전거사업단이 브레이크와 체인을 새 부품으로 바꿨습니다.",
      "16인치(키 105~120cm)와 20인치(키 115~135cm) 중에서 고를 수 있습니다. 16인치에는 보조바퀴를 달아 드립니다.",
      SEONGDONG_PICKUP
    ),
    category: "bicycles",
    maker: "seongdong-bicycle",
    ...oneOption("사이즈", [
      ["16인치", "SDB-KIDS-16", 60000, 10],
      ["20인치", "SDB-KIDS-20", 70000, 10],
    ]),
    image: { motif: "bicycle", hue: 330 },
    weight_g: 11000,
  },
  {
    handle: "seongdong-refurbished-minivelo",
    title: "성동 재생 미니벨로 20인치",
    description: paragraphs(
      "작고 가벼워 지하철 출퇴근과 동네 마실에 좋은 20인치 미니벨로를 재생했습니다. 접이식 여부와 색상은 입고 상황에 따라 다르며, 주문 후 사진으로 확인해 드립니다.",
      "성동 자전거사업단은 옥수·응봉 대여소에서 주민에게 자전거를 무료로 빌려 주고 폐자전거를 되살리는 자활근로사업단입니다.",
      SEONGDONG_PICKUP
    ),
    category: "bicycles",
    maker: "seongdong-bicycle",
    ...oneOption("구성", [["20인치", "SDB-MINIVELO-20", 150000, 6]]),
    image: { motif: "bicycle", hue: 170 },
    weight_g: 13000,
  },
  {
    handle: "seongdong-bike-tuneup-voucher",
    title: "성동 자전거사업단 정비 이용권",
    description: paragraphs(
      "성동 자전거사업단 옥수대여소에서 쓰는 자전거 정비 이용권입니다. 기본 점검은 공기압·브레이크·체인 조정과 주유, 종합 정비는 분해 세척과 소모품 교체 공임까지 포함합니다.",
      "부품값은 따로 받으며, 교체 전 미리 안내해 드립니다.",
      "이용권은 등기우편으로 보내 드리며 구매일로부터 1년 동안 쓸 수 있습니다."
    ),
    category: "bicycles",
    maker: "seongdong-bicycle",
    ...oneOption("구성", [
      ["기본 점검", "SDB-TUNEUP-BASIC", 15000, 100],
      ["종합 정비", "SDB-TUNEUP-FULL", 35000, 60],
    ]),
    image: { motif: "bicycle", hue: 260 },
  },
  // 면사무소 · 고래왕냉면 -----------------------------------------------------------------------
  {
    handle: "myeonsamuso-bajirak-kalguksu",
    title: "면사무소 바지락칼국수 밀키트",
    description: paragraphs(
      "서울성동지역자활센터의 맞춤조리사업단 '면사무소'가 손으로 치댄 생칼국수 면과 바지락 육수를 담았습니다. 면전문점 레시피 교육을 이수한 주민들이 만듭니다.",
      "바지락, 애호박, 대파가 함께 들어가 10분이면 가게 맛 그대로 끓일 수 있습니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "myeonsamuso",
    ...oneOption("구성", [
      ["2인분", "MSS-KALGUKSU-2", 11000, 150],
      ["4인분", "MSS-KALGUKSU-4", 20000, 100],
    ]),
    image: { motif: "noodle", hue: 40 },
    weight_g: 1100,
  },
  {
    handle: "myeonsamuso-deulkkae-sujebi",
    title: "면사무소 들깨수제비 밀키트",
    subtitle: "2인분",
    description: paragraphs(
      "국산 들깻가루를 듬뿍 넣은 걸쭉한 국물에 쫄깃한 수제비 반죽을 담은 면사무소의 겨울 인기 메뉴입니다.",
      "반죽은 얇게 떼어 넣기 좋도록 한 번 숙성해 보내 드립니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "myeonsamuso",
    ...oneOption("구성", [["2인분", "MSS-SUJEBI-2", 12000, 120]]),
    image: { motif: "noodle", hue: 30 },
    weight_g: 1000,
  },
  {
    handle: "goraewang-mul-naengmyeon",
    title: "고래왕냉면 물냉면 밀키트",
    description: paragraphs(
      "서울성동지역자활센터가 키운 자활기업 고래왕냉면의 물냉면을 밀키트로 담았습니다. 사골과 양지로 우려 살얼음이 지게 얼린 육수와 메밀면, 무절임, 편육이 들어갑니다.",
      "육수는 냉동 상태로 보내 드리니 드시기 2시간 전에 냉장실로 옮겨 살얼음 상태로 드세요.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "goraewang-naengmyeon",
    ...oneOption("구성", [
      ["2인분", "GRW-MUL-2", 12000, 150],
      ["4인분", "GRW-MUL-4", 22000, 100],
    ]),
    image: { motif: "noodle", hue: 200 },
    weight_g: 1600,
  },
  {
    handle: "goraewang-bibim-naengmyeon",
    title: "고래왕냉면 비빔냉면 밀키트",
    description: paragraphs(
      "고래왕냉면이 배와 사과를 갈아 숙성한 비빔 양념장과 쫄깃한 메밀면을 담았습니다. 매콤달콤한 양념에 오이채와 삶은 달걀을 곁들이면 가게 맛이 납니다.",
      "면은 끓는 물에 40초 삶아 찬물에 두세 번 헹궈 주세요.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "goraewang-naengmyeon",
    ...oneOption("구성", [
      ["2인분", "GRW-BIBIM-2", 12000, 150],
      ["4인분", "GRW-BIBIM-4", 22000, 100],
    ]),
    image: { motif: "noodle", hue: 5 },
    weight_g: 900,
  },
  // 북카페 다운 ------------------------------------------------------------------------------
  {
    handle: "bookcafe-daun-dripbag",
    title: "북카페 다운 핸드드립 드립백 커피",
    description: paragraphs(
      "서울성동지역자활센터 4층 북카페 '다운'에서 매주 볶은 원두를 드립백에 담았습니다. 고소한 견과류 향의 브라질·콜롬비아 블렌드입니다.",
      "컵에 걸고 뜨거운 물 180ml를 세 번에 나누어 부으면 카페에서 내린 한 잔이 됩니다. 10입과 30입 중에서 고를 수 있습니다.",
      "직사광선을 피해 실온 보관하세요. 로스팅 후 2주 이내의 원두로 만들어 보냅니다."
    ),
    category: "meals-drinks",
    maker: "bookcafe-daun",
    ...oneOption("구성", [
      ["10입", "BCD-DRIPBAG-10", 12000, 300],
      ["30입", "BCD-DRIPBAG-30", 33000, 100],
    ]),
    image: { motif: "drink", hue: 25 },
    weight_g: 150,
  },
  {
    handle: "bookcafe-daun-rice-cookie",
    title: "북카페 다운 수제 쌀쿠키 상자",
    subtitle: "6입 · 12입",
    description: paragraphs(
      "북카페 '다운'이 주민 제과제빵 강좌에서 익힌 솜씨로 굽는 쌀가루 쿠키입니다. 밀가루 대신 국산 쌀가루를 써서 바삭하고 담백합니다.",
      "버터, 흑임자, 녹차 세 가지 맛을 고르게 담았습니다(6입은 2개씩, 12입은 4개씩). 드립백 커피와 잘 어울립니다.",
      "실온에서 2주 동안 맛있게 드실 수 있습니다. 밀, 우유, 달걀을 쓰는 시설에서 만듭니다."
    ),
    category: "meals-drinks",
    maker: "bookcafe-daun",
    ...oneOption("구성", [
      ["6입", "BCD-COOKIE-6", 7000, 200],
      ["12입", "BCD-COOKIE-12", 13000, 120],
    ]),
    image: { motif: "bread", hue: 35 },
    weight_g: 400,
  },
  {
    handle: "bookcafe-daun-picture-book",
    title: "북카페 다운 책장지기 추천 그림책",
    subtitle: "그림책 1권 + 독후 활동지",
    description: paragraphs(
      "북카페 '다운'의 책장지기 주민들이 받는 분의 연령대에 맞춰 고른 그림책 한 권에, 책을 읽고 함께 해 볼 그리기·만들기 독후 활동지를 곁들였습니다. 주문 메모에 받는 분의 나이를 적어 주세요.",
      "북카페 다운은 서울성동지역자활센터 4층에서 주민 소모임과 그림책 읽기 모임이 열리는 동네 사랑방입니다. 활동지는 모임에서 아이들과 직접 해 본 것만 담았습니다.",
      "책 선택 때문에 주문 후 2~3일 안에 출고합니다."
    ),
    category: "craft-kits",
    maker: "bookcafe-daun",
    ...oneOption("구성", [["1권", "BCD-PICTURE-BOOK-1", 16000, 150]]),
    image: { motif: "book", hue: 210 },
    weight_g: 500,
  },
  {
    handle: "bookcafe-daun-book-coffee-set",
    title: "북카페 다운 책과 커피 선물세트",
    subtitle: "주민 추천 그림책 1권 + 드립백 10입 + 쌀쿠키 6입",
    description: paragraphs(
      "북카페 '다운'의 책장지기 주민들이 고른 그림책 한 권에 드립백 커피 10입과 수제 쌀쿠키 6입을 곁들인 선물세트입니다. 책은 받는 분의 연령대를 주문 메모에 적어 주시면 맞춰 고릅니다.",
      "구성: 책장지기 추천 그림책 1권(독후 활동지 포함), 핸드드립 드립백 10입, 수제 쌀쿠키 6입. 북카페 다운은 주민 소모임과 문화 강좌가 열리는 성동의 동네 사랑방입니다. 감사 인사, 가정의 달 선물로 좋습니다.",
      "책 선택 때문에 주문 후 2~3일 안에 출고합니다."
    ),
    category: "gift-sets",
    maker: "bookcafe-daun",
    tags: ["감사", "가정의달"],
    ...oneOption("구성", [
      [
        "선물세트",
        "BCD-BOOK-COFFEE-SET",
        30000,
        0,
        { components: [of("BCD-PICTURE-BOOK-1"), of("BCD-DRIPBAG-10"), of("BCD-COOKIE-6")] },
      ],
    ]),
    image: { motif: "book", hue: 265 },
    weight_g: 900,
  },
  {
    handle: "seongdong-hangawi-set",
    title: "성동 자활 한가위 선물세트",
    subtitle: "깨끗한세상 햅쌀 + 면사무소 칼국수 + 북카페 다운 드립백",
    description: paragraphs(
      "서울성동지역자활센터 가족이 함께 만든 명절 연합 선물세트입니다. 성동의 자활기업과 자활근로사업단이 저마다 자신 있는 상품을 하나씩 담았습니다.",
      "구성: 국내산 햅쌀 4kg(깨끗한세상 1호점), 바지락칼국수 2인분(맞춤조리 '면사무소'), 핸드드립 드립백 10입(북카페 '다운'). 세트는 깨끗한세상 1호점이 구성해 판매하고 배송합니다.",
      "칼국수는 냉장 상품이라 받으신 즉시 냉장 보관해 주세요. 추석·설 2주 전까지 주문하면 명절 전에 받으실 수 있습니다."
    ),
    category: "gift-sets",
    maker: "kkaekkeuthan-sesang",
    tags: ["명절", "감사", MULTI_MAKER_TAG],
    featured: true,
    ...oneOption("구성", [
      [
        "선물세트",
        "SD-HANGAWI-SET",
        38000,
        0,
        {
          components: [of("KKS-RICE-4K"), of("MSS-KALGUKSU-2"), of("BCD-DRIPBAG-10")],
          tiers: tiers([30, 36000], [100, 34000]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 40 },
    weight_g: 5500,
  },
  // 생활서비스 ------------------------------------------------------------------------------
  {
    handle: "seongdong-huimang-nareumi-cleaning",
    title: "성동희망나르미 입주·이사 청소 이용권",
    description: paragraphs(
      "서울성동지역자활센터에서 독립한 청소 자활기업 성동희망나르미가 새집과 이사 갈 집을 구석구석 청소해 드립니다. 주방 후드, 욕실 곰팡이, 창틀과 베란다까지 포함합니다.",
      "친환경 세제를 쓰고, 작업 전후 사진을 남겨 드립니다. 전용면적에 따라 고르세요.",
      "서울 성동·광진·중구·동대문구에서 이용할 수 있습니다. 결제 후 담당자가 전화로 날짜를 정하며, 이용권은 등기우편으로 보내 드립니다."
    ),
    category: "services",
    maker: "seongdong-huimang-nareumi",
    ...oneOption("면적", [
      ["전용 59㎡ 이하", "SHN-CLEAN-59", 240000, 30],
      ["전용 84㎡ 이하", "SHN-CLEAN-84", 320000, 30],
    ]),
    image: { motif: "cleaning", hue: 180 },
  },
  {
    handle: "seongdong-hoeori-steam-carwash",
    title: "성동회오리세차 출장 스팀세차 이용권",
    description: paragraphs(
      "성동회오리세차가 아파트 주차장이나 회사로 찾아가 스팀으로 세차해 드립니다. 물을 적게 써 어디서나 작업할 수 있고, 실내 매트와 유리까지 닦아 드립니다.",
      "성동회오리세차는 세차 자활기업 광역협동조합에 참여한 성동의 자활기업입니다. 차종에 따라 고르세요.",
      "서울 성동·광진·중구에서 이용할 수 있습니다. 이용권은 등기우편으로 보내 드리며 구매일로부터 1년 동안 쓸 수 있습니다."
    ),
    category: "services",
    maker: "seongdong-hoeori-carwash",
    ...oneOption("차종", [
      ["경·소형", "SHO-CARWASH-S", 30000, 80],
      ["중·대형", "SHO-CARWASH-M", 40000, 80],
      ["SUV·RV", "SHO-CARWASH-SUV", 50000, 60],
    ]),
    image: { motif: "cleaning", hue: 215 },
  },
]
