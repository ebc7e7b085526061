import type { SeedProduct } from "../../types"
import { MULTI_MAKER_TAG, of, oneOption, paragraphs, tiers } from "./helpers"

// 대전: 좋은날엔국수 (가오점 = 동구, 용문점 = 서구), 재미나 (five work units, brand jaemina),
// 대전 제1호 광역자활기업 (housing), (유)행복한밥상, (주)극단 아낌없이주는나무. Prices invented.

const MEALKIT =
  "손질한 재료와 육수를 한 상자에 담아 냉장 배송합니다. 받으신 날부터 3일 안에 조리하시고, 바로 드시지 않을 재료는 냉동 보관하세요."
const KIT_NOTE =
  "재료와 그림 설명서, 동영상 안내 QR코드가 함께 들어 있습니다. 작은 부품이 있어 만 5세 이하 어린이는 보호자와 함께 해 주세요."

export const daejeonProducts: SeedProduct[] = [
  // 좋은날엔국수 -----------------------------------------------------------------------------
  {
    handle: "joeunnal-guksu-yukjeon",
    title: "좋은날엔국수 소고기 육전",
    description: paragraphs(
      "대전동구지역자활센터와 대전서구지역자활센터가 함께 운영하는 좋은날엔국수 가오점이 엄마의 정성을 담아 부친 육전입니다. 얇게 저민 소고기 우둔살에 찹쌀가루와 달걀옷을 입혀 부드럽습니다.",
      "프라이팬에 기름 없이 앞뒤로 1분씩 데우면 가게에서 막 부친 맛이 납니다. 잔치국수에 올려 먹어도 좋습니다.",
      "한 번 부쳐 급속 냉동한 상품으로, 냉동 보관해 주세요."
    ),
    category: "meals-drinks",
    maker: "joeunnal-guksu-gao",
    ...oneOption("용량", [
      ["300g", "JNG-YUKJEON-300", 15000, 150],
      ["600g", "JNG-YUKJEON-600", 28000, 100],
    ]),
    image: { motif: "side-dish", hue: 35 },
    weight_g: 650,
  },
  {
    handle: "joeunnal-guksu-yukjeon-janchi-guksu",
    title: "좋은날엔국수 육전 잔치국수 밀키트",
    description: paragraphs(
      "멸치와 다시마로 우린 맑은 육수에 소면을 말고 육전을 곁들이는 좋은날엔국수의 대표 메뉴 잔치국수입니다. 육수, 소면, 육전, 고명(애호박·달걀지단·김가루)을 모두 담았습니다.",
      "좋은날엔국수는 2017년 대전 가오점을 시작으로 용문점까지 두 곳을 운영하는 자활 국숫집입니다. 가족에게 드린다는 마음으로 최고의 재료를 씁니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "joeunnal-guksu-gao",
    ...oneOption("구성", [
      ["2인분", "JNG-JANCHI-2", 13000, 250],
      ["4인분", "JNG-JANCHI-4", 24000, 100],
    ]),
    image: { motif: "noodle", hue: 45 },
    weight_g: 1300,
  },
  {
    handle: "joeunnal-guksu-bibim-guksu",
    title: "좋은날엔국수 비빔국수 밀키트",
    description: paragraphs(
      "대전서구지역자활센터의 좋은날엔국수 용문점이 만드는 새콤달콤한 비빔국수입니다. 고추장에 과일을 갈아 넣고 일주일 숙성한 양념장이 맛의 비결입니다.",
      "소면, 양념장, 오이·상추 고명을 담았습니다. 면을 삶아 찬물에 헹군 뒤 양념에 비비기만 하면 됩니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "joeunnal-guksu-yongmun",
    ...oneOption("구성", [
      ["2인분", "JNG-BIBIM-2", 11000, 150],
      ["4인분", "JNG-BIBIM-4", 20000, 100],
    ]),
    image: { motif: "noodle", hue: 0 },
    weight_g: 900,
  },
  {
    handle: "joeunnal-guksu-hwangtae-gukbap",
    title: "좋은날엔국수 황태국밥 밀키트",
    description: paragraphs(
      "좋은날엔국수 용문점의 황태국밥을 밀키트로 담았습니다. 들기름에 볶은 황태채로 뽀얗게 우린 국물에 무, 두부, 달걀을 넣어 속이 편안합니다.",
      "국물은 진하게 농축해 보내 드리니 물만 더해 끓이세요. 밥은 들어 있지 않습니다.",
      MEALKIT
    ),
    category: "meals-drinks",
    maker: "joeunnal-guksu-yongmun",
    ...oneOption("구성", [
      ["2인분", "JNG-HWANGTAE-2", 13000, 150],
      ["4인분", "JNG-HWANGTAE-4", 24000, 100],
    ]),
    image: { motif: "stew", hue: 45 },
    weight_g: 1200,
  },
  {
    handle: "joeunnal-guksu-janchisang-set",
    title: "좋은날엔국수 잔칫상 선물세트",
    subtitle: "육전 + 잔치국수 + 비빔국수 + 황태국밥",
    description: paragraphs(
      "좋은날엔국수 가오점과 용문점의 대표 메뉴를 한 상자에 모은 잔칫상 세트입니다. 가족이 모이는 날, 좋은 날에 국수 한 그릇 나누시라는 마음을 담았습니다.",
      "구성: 소고기 육전 300g과 육전 잔치국수 2인분(가오점·대전동구지역자활센터), 비빔국수 2인분과 황태국밥 2인분(용문점·대전서구지역자활센터). 세트는 가오점이 구성해 판매하고 보내 드립니다.",
      "냉장·냉동 상품이 함께 들어 있어 아이스박스로 보내 드립니다. 받으신 즉시 육전은 냉동, 나머지는 냉장 보관하세요."
    ),
    category: "gift-sets",
    maker: "joeunnal-guksu-gao",
    tags: ["명절", "가정의달", MULTI_MAKER_TAG],
    ...oneOption("구성", [
      [
        "선물세트",
        "JNG-JANCHISANG-SET",
        48000,
        0,
        { components: [of("JNG-YUKJEON-300"), of("JNG-JANCHI-2"), of("JNG-BIBIM-2"), of("JNG-HWANGTAE-2")] },
      ],
    ]),
    image: { motif: "gift-box", hue: 50 },
    weight_g: 3800,
  },
  // 재미나 ----------------------------------------------------------------------------------
  {
    handle: "jaemina-cork-trivet-kit",
    title: "재미나 코르크 냄비받침 만들기 키트",
    description: paragraphs(
      "대전 체험학습 공동브랜드 재미나의 인기 프로그램 코르크공예를 집에서 할 수 있는 키트입니다. 와인 코르크를 반으로 잘라 원형 틀에 붙여 튼튼한 냄비받침을 만듭니다.",
      "대전동구지역자활센터 체험학습운영사업단 강사들이 학교와 지역아동센터를 찾아가 진행하던 수업을 그대로 옮겼습니다. 1인용과 5인용(교실·모임용)이 있습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-donggu",
    brand: "jaemina",
    ...oneOption("구성", [
      ["1인용", "JMN-CORK-TRIVET-1", 9000, 200],
      ["5인용", "JMN-CORK-TRIVET-5", 40000, 80],
    ]),
    image: { motif: "cork", hue: 30 },
    weight_g: 350,
  },
  {
    handle: "jaemina-cork-memo-board-kit",
    title: "재미나 코르크 메모보드 꾸미기 키트",
    description: paragraphs(
      "A4 크기 코르크판에 원목 액자 틀을 두르고 펠트 스티커와 압정으로 꾸미는 메모보드 키트입니다. 공부방이나 현관에 걸어 두기 좋습니다.",
      "재미나 다섯 사업단 가운데 대전유성지역자활센터 체험학습운영사업단이 만들었습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-yuseong",
    brand: "jaemina",
    ...oneOption("구성", [["1인용", "JMN-CORK-MEMO-1", 12000, 150]]),
    image: { motif: "cork", hue: 280 },
    weight_g: 600,
  },
  {
    handle: "jaemina-sock-doll-kit",
    title: "재미나 양말 인형 만들기 키트",
    description: paragraphs(
      "양말 한 켤레로 말랑말랑한 인형을 만드는 재미나의 양말 인형 키트입니다. 곰돌이, 토끼, 강아지 가운데 하나를 고르세요.",
      "바늘 없이 고무줄과 단추로 만드는 과정이라 초등학생도 혼자 할 수 있습니다. 대전서구지역자활센터 체험학습운영사업단이 준비했습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-seogu",
    brand: "jaemina",
    ...oneOption("종류", [
      ["곰돌이", "JMN-SOCKDOLL-BEAR", 11000, 150],
      ["토끼", "JMN-SOCKDOLL-RABBIT", 11000, 150],
      ["강아지", "JMN-SOCKDOLL-PUPPY", 11000, 150],
    ]),
    image: { motif: "sock-doll", hue: 340 },
    weight_g: 200,
  },
  {
    handle: "jaemina-napkin-art-tray-kit",
    title: "재미나 냅킨아트 원목 쟁반 키트",
    description: paragraphs(
      "꽃무늬 냅킨을 원목 쟁반에 붙이고 코팅해 나만의 쟁반을 만드는 냅킨아트 키트입니다. 냅킨 석 장 가운데 마음에 드는 무늬를 골라 쓰세요.",
      "대전중구지역자활센터 체험학습운영사업단이 복지관과 어린이집에서 진행하는 재미나 냅킨아트 수업을 담았습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-junggu",
    brand: "jaemina",
    ...oneOption("구성", [["1인용", "JMN-NAPKIN-TRAY-1", 14000, 150]]),
    image: { motif: "napkin-art", hue: 100 },
    weight_g: 500,
  },
  {
    handle: "jaemina-napkin-art-jar-lamp-kit",
    title: "재미나 냅킨아트 유리병 무드등 키트",
    description: paragraphs(
      "유리병에 냅킨아트로 무늬를 입히고 LED 와이어 전구를 넣어 무드등을 만드는 키트입니다. 완성하면 은은한 불빛에 냅킨 무늬가 비칩니다.",
      "재미나 냅킨아트 강사들이 어른 수강생에게 가장 인기 있는 수업을 키트로 만들었습니다. 건전지(AA 2개)는 들어 있지 않습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-junggu",
    brand: "jaemina",
    ...oneOption("구성", [["1인용", "JMN-NAPKIN-LAMP-1", 16000, 120]]),
    image: { motif: "napkin-art", hue: 300 },
    weight_g: 700,
  },
  {
    handle: "jaemina-hanji-fan-kit",
    title: "재미나 한지 부채 만들기 키트",
    description: paragraphs(
      "대나무 부채살에 전통 한지를 붙이고 색한지로 무늬를 오려 붙이는 부채 만들기 키트입니다. 여름 방학 숙제, 외국인 친구 선물로도 좋습니다.",
      "대전유성지역자활센터 체험학습운영사업단이 재미나 31개 프로그램 가운데 하나로 운영하는 수업입니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-yuseong",
    brand: "jaemina",
    ...oneOption("구성", [
      ["1인용", "JMN-HANJI-FAN-1", 8000, 200],
      ["5인용", "JMN-HANJI-FAN-5", 35000, 80],
    ]),
    image: { motif: "craft-kit", hue: 200 },
    weight_g: 250,
  },
  {
    handle: "jaemina-natural-soap-kit",
    title: "재미나 천연비누 만들기 키트",
    description: paragraphs(
      "비누 베이스를 녹여 천연 색소와 향을 넣고 실리콘 틀에 굳히는 천연비누 만들기 키트입니다. 비누 네 개를 만들 수 있습니다.",
      "대전대덕지역자활센터 체험학습운영사업단 강사들이 자격증 과정을 거쳐 익힌 배합을 그대로 담았습니다. 전자레인지로 녹이므로 불을 쓰지 않습니다.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "jaemina-daedeok",
    brand: "jaemina",
    ...oneOption("구성", [["1인용", "JMN-SOAP-KIT-1", 15000, 150]]),
    image: { motif: "craft-kit", hue: 160 },
    weight_g: 600,
  },
  {
    handle: "jaemina-group-class-pack",
    title: "재미나 단체 체험 키트 20인",
    subtitle: "어린이집 · 지역아동센터 · 복지관용",
    description: paragraphs(
      "재미나를 찾아가는 체험으로 불러 주던 어린이집, 지역아동센터, 복지관을 위해 20인분 재료를 한 상자에 담은 단체 키트입니다. 코르크공예, 양말 인형, 냅킨아트 가운데 하나를 고르세요.",
      "대전 지역 기관은 주문 메모에 희망 날짜를 적어 주시면 대전대덕지역자활센터 체험학습운영사업단 강사 방문 수업을 함께 안내해 드립니다.",
      "공공기관 우선구매 실적 증빙용 거래명세서를 발행해 드립니다."
    ),
    category: "craft-kits",
    maker: "jaemina-daedeok",
    brand: "jaemina",
    ...oneOption("프로그램", [
      ["코르크공예", "JMN-CLASS20-CORK", 170000, 30],
      ["양말 인형", "JMN-CLASS20-SOCKDOLL", 200000, 30],
      ["냅킨아트", "JMN-CLASS20-NAPKIN", 250000, 30],
    ]),
    image: { motif: "craft-kit", hue: 60 },
    weight_g: 6000,
  },
  {
    handle: "jaemina-family-craft-set",
    title: "재미나 가족 체험 키트 3종 세트",
    subtitle: "코르크 냄비받침 + 양말 인형 + 냅킨아트 쟁반",
    description: paragraphs(
      "대전 체험학습 공동브랜드 재미나의 대표 프로그램 세 가지를 한 상자에 담은 가족용 세트입니다. 주말에 아이와 함께 하나씩 만들어 보세요.",
      "구성: 코르크 냄비받침 키트(동구 체험학습사업단), 양말 인형 키트(서구 체험학습사업단, 곰돌이), 냅킨아트 원목 쟁반 키트(중구 체험학습사업단). 세트는 동구 체험학습사업단이 구성해 판매합니다.",
      KIT_NOTE
    ),
    category: "gift-sets",
    maker: "jaemina-donggu",
    brand: "jaemina",
    tags: ["가정의달", "연말", MULTI_MAKER_TAG],
    featured: true,
    ...oneOption("구성", [
      [
        "3종 세트",
        "JMN-FAMILY-SET-3",
        31000,
        0,
        {
          components: [of("JMN-CORK-TRIVET-1"), of("JMN-SOCKDOLL-BEAR"), of("JMN-NAPKIN-TRAY-1")],
          tiers: tiers([20, 29000], [50, 27500]),
        },
      ],
    ]),
    image: { motif: "gift-box", hue: 280 },
    weight_g: 1100,
  },
  {
    handle: "giving-tree-hand-puppet-kit",
    title: "극단 아낌없이주는나무 손인형극 만들기 키트",
    subtitle: "손인형 2개 + 창작 대본 3편",
    description: paragraphs(
      "대전의 자활기업 (주)극단 아낌없이주는나무가 공연에서 쓰는 손인형을 가족이 직접 만들 수 있게 키트로 만들었습니다. 펠트 손인형 두 개와 극단이 쓴 짧은 창작 대본 세 편이 들어 있습니다.",
      "인형을 완성하면 상자를 접어 작은 무대로 쓸 수 있습니다. 아이와 함께 인형극을 올려 보세요.",
      KIT_NOTE
    ),
    category: "craft-kits",
    maker: "giving-tree-theatre",
    ...oneOption("구성", [["기본", "AJN-PUPPET-KIT", 18000, 100]]),
    image: { motif: "sock-doll", hue: 120 },
    weight_g: 450,
  },
  // (유)행복한밥상 ------------------------------------------------------------------------------
  {
    handle: "haengbok-bapsang-jipbap-banchan-5",
    title: "행복한밥상 제철 집밥 반찬 5종 꾸러미",
    description: paragraphs(
      "대전의 자활기업 (유)행복한밥상이 매주 제철 채소로 만드는 집밥 반찬 다섯 가지를 꾸러미로 보내 드립니다. 볶음, 조림, 무침, 나물, 김치가 고르게 들어갑니다.",
      "행복한밥상은 지역 복지관과 어르신 도시락을 책임지는 주방에서 같은 정성으로 반찬을 만듭니다.",
      "냉장 배송 상품이라 월~목요일에만 출고합니다. 받으신 뒤 냉장 보관하고 4일 안에 드세요."
    ),
    category: "side-dishes",
    maker: "haengbok-bapsang",
    ...oneOption("구성", [["5종 꾸러미", "HBS-BANCHAN-5", 25000, 200]]),
    image: { motif: "side-dish", hue: 70 },
    weight_g: 1300,
  },
  {
    handle: "daejeon-chamjoeun-gift-set",
    title: "대전 자활 참좋은 선물세트",
    subtitle: "행복한밥상 반찬 5종 + 좋은날엔국수 잔치국수 + 재미나 코르크 키트",
    description: paragraphs(
      "대전광역자활센터의 '참좋은상품 특별한가게' 착한 소비 캠페인에서 이름을 따온 대전 자활 연합 선물세트입니다. 먹고, 만들고, 나누는 대전 자활의 상품을 한 상자에 담았습니다.",
      "구성: 제철 집밥 반찬 5종 꾸러미((유)행복한밥상), 육전 잔치국수 2인분(좋은날엔국수 가오점), 코르크 냄비받침 만들기 키트 1인용(재미나 동구 체험학습사업단). 세트는 (유)행복한밥상이 구성해 판매합니다.",
      "냉장 상품이 들어 있어 아이스박스로 보내 드립니다. 연말 감사 선물, 기관 단체 선물로 많이 찾습니다."
    ),
    category: "gift-sets",
    maker: "haengbok-bapsang",
    tags: ["감사", "연말", MULTI_MAKER_TAG],
    ...oneOption("구성", [
      [
        "선물세트",
        "DJ-CHAMJOEUN-SET",
        42000,
        0,
        { components: [of("HBS-BANCHAN-5"), of("JNG-JANCHI-2"), of("JMN-CORK-TRIVET-1")] },
      ],
    ]),
    image: { motif: "gift-box", hue: 215 },
    weight_g: 2600,
  },
  // 광역자활기업 (집수리) -----------------------------------------------------------------------
  {
    handle: "daejeon-housing-screen-voucher",
    title: "대전희망주거 방충망 교체 이용권",
    description: paragraphs(
      "대전의 주거복지 자활기업 네 곳(파랑새집수리사업단, 마루인테리어, 행복이가득한집, 다온인테리어)이 모여 만든 대전 제1호 광역자활기업 사회적협동조합 대전희망주거가 방충망을 새로 갈아 드립니다.",
      "촘촘한 미세방충망으로 바꾸고 틈새 모헤어까지 교체합니다. 창문 크기가 일반 규격보다 크면 방문 후 추가 비용을 미리 안내합니다.",
      "대전광역시에서 이용할 수 있습니다. 결제 후 담당자가 전화로 방문 날짜를 정하며, 이용권은 등기우편으로 보내 드립니다."
    ),
    category: "services",
    maker: "daejeon-housing-coop",
    ...oneOption("구성", [
      ["창문 2짝", "DJH-SCREEN-2", 70000, 50],
      ["창문 4짝", "DJH-SCREEN-4", 130000, 40],
    ]),
    image: { motif: "cleaning", hue: 140 },
  },
]
