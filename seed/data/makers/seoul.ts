import type { SeedMaker } from "../../types"
import { WORK_UNIT_FORM } from "./common"

const SEOUL = "서울특별시"

export const seoulMakers: SeedMaker[] = [
  {
    handle: "haengbok-banchan",
    name: "행복한반찬가게",
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "seoul-dongdaemun",
    region: SEOUL,
    founded_on: "2012-05-14",
    story:
      "행복한반찬가게는 서울의 외식업종 자활기업으로, 매일 아침 밑반찬과 김치를 직접 만들어 이웃에게 배달합니다. " +
      "참맛, 꼬미로떼와 함께 외식업종 대표 간담회를 꾸려 공동사업을 논의하고, 사회적협동조합 행복플러스와 배송을 협업합니다. " +
      "원재료비가 올라도 \"맛과 영양에서 부족함이 없도록\" 제철 재료를 고집합니다.",
    phone: "02-957-3268",
    address: "서울특별시 동대문구 왕산로 231, 1층",
    business_registration_number: "204-86-45199",
    mail_order_number: "제2016-서울동대문-0412호",
    representative: "김순자",
  },
  {
    handle: "chammat",
    name: "참맛",
    kind: "self_sufficiency_enterprise",
    legal_form: "개인사업자",
    center: "seoul-gangseo",
    region: SEOUL,
    founded_on: "2014-09-01",
    story:
      "참맛은 취약계층 도시락 지원 사업에서 출발한 서울의 도시락·반찬 자활기업입니다. " +
      "도시락 물량이 줄고 원재료비가 오르는 어려움 속에서도 신뢰받는 제조시설을 갖추기 위해 외식업종 자활기업들과 함께 공부하고 있습니다. " +
      "영양사가 짠 식단으로 매주 건강 도시락을 만듭니다.",
    phone: "02-2691-3380",
    address: "서울특별시 강서구 화곡로 310, 1층",
    business_registration_number: "109-25-41636",
    mail_order_number: "제2018-서울강서-0733호",
    representative: "이정희",
  },
  {
    handle: "kkomirote",
    name: "꼬미로떼",
    kind: "self_sufficiency_enterprise",
    legal_form: "주식회사",
    center: "seoul-songpa",
    region: SEOUL,
    founded_on: "2018-03-02",
    story:
      "꼬미로떼는 소규모 HACCP 인증을 받은 시설에서 도시락과 반찬을 만드는 서울의 외식업종 자활기업입니다. " +
      "2024년 9월에는 행복한반찬가게, 참맛, 사회적협동조합 행복플러스가 꼬미로떼 사업장에 모여 HACCP 시설을 견학하고 협업을 논의했습니다. " +
      "위생 관리 기록을 매일 남기며 안심하고 먹을 수 있는 한 끼를 만듭니다.",
    certifications: [
      { name: "소규모 HACCP (식품안전관리인증)", number: "2022-2-1837", valid_until: "2025-11-30" },
    ],
    phone: "02-431-5590",
    address: "서울특별시 송파구 오금로 311, 지하 1층",
    business_registration_number: "215-81-73462",
    mail_order_number: "제2019-서울송파-1104호",
    representative: "한지민",
  },
  {
    handle: "hamkke-bapsang",
    name: "협동조합 함께밥상",
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "seoul-dobong",
    region: SEOUL,
    founded_on: "2024-07-01", // seed: 자활기업 창업 2024년 7월, 창업식 8월 29일
    story:
      "협동조합 함께밥상은 2022년 8월 함께밥상사업단 2호점으로 창동 하나로마트 푸드코트에 문을 열었고, 2023년 1월 시장형사업단으로 분리 운영하다 2024년 7월 자활기업으로 창업했습니다. " +
      "대표 메뉴 전주돌솥비빔밥과 직화제육덮밥을 비롯해 찌개, 국밥 등 16종의 한식·분식을 만듭니다. " +
      "도봉구자활기업협회의 일곱 자활기업과 함께 '착한기업'을 목표로 성장하고 있습니다.",
    phone: "02-990-2417",
    address: "서울특별시 도봉구 창동 농협하나로마트 창동점 푸드코트 내", // seed names the place, not the street
    business_registration_number: "210-86-54728",
    mail_order_number: "제2024-서울도봉-0388호",
    representative: "윤미경",
  },
  {
    handle: "irin-jjigae",
    name: "이린찌개",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "seoul-yangcheon",
    region: SEOUL,
    founded_on: "2024-09-23", // seed: opened 9월 23일
    story:
      "이린찌개는 서울양천지역자활센터가 혼밥 문화에 맞춘 1인 상차림 찌개전문점으로 준비한 자활근로사업단입니다. " +
      "외식 컨설팅과 시장조사, 상표출원까지 5개월을 준비해 2024년 9월 문을 열었고, 외식 기술훈련을 마친 주민 9명이 일합니다. " +
      "시그니처 메뉴 이린부대찌개와 생돼지김치찌개를 집에서도 즐길 수 있게 밀키트로 담았고, 3년 안에 자활기업 창업을 목표로 합니다.",
    phone: "070-4833-8842", // seed
    address: "서울특별시 양천구 은행정로4길 13, 1층", // seed
    business_registration_number: "117-82-61392",
    mail_order_number: "제2024-서울양천-0902호",
    representative: "곽지현",
  },
  {
    handle: "eco-sonmoa",
    name: "에코-손모아",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "seoul-guro",
    region: SEOUL,
    founded_on: "2024-09-24", // seed: 개소식
    story:
      "에코-손모아는 서울구로지역자활센터의 친환경 다회용기 대여·세척 사업단으로, 서울시 최대 규모의 세척 사업장을 운영합니다. " +
      "식판, 식기, 컵을 6단계 세척 공정과 용기 특성에 맞춘 두 개의 세척라인으로 깨끗하게 관리합니다. " +
      "일회용품을 줄이는 일과 주민의 건강한 일자리를 함께 만드는 일석이조의 사업입니다.",
    phone: "02-856-4580",
    address: "서울특별시 구로구 디지털로 27길 36, 1층",
    business_registration_number: "113-82-74589",
    mail_order_number: "제2024-서울구로-0957호",
    representative: "임수진",
  },
  {
    handle: "kkaekkeuthan-sesang",
    name: "깨끗한세상 1호점",
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2006-04-03",
    story:
      "깨끗한세상 1호점은 서울성동지역자활센터에서 자란 양곡배송 자활기업으로, 독서당로 양곡 창고에서 쌀과 잡곡을 소포장해 배달합니다. " +
      "서울의 양곡배송 자활기업들과 함께 협동조합 운영, 노무, 세무 공동교육을 받으며 광역자활기업 설립을 준비하고 있습니다. " +
      "도정일을 확인한 국내산 곡물만 취급합니다.",
    phone: "02-2292-6417",
    address: "서울특별시 성동구 독서당로51길 8", // seed: 양곡 창고 및 사무실
    business_registration_number: "206-86-41976",
    mail_order_number: "제2012-서울성동-0215호",
    representative: "조현우",
  },
  {
    handle: "seongdong-bicycle",
    name: "성동 자전거사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2009-05-04",
    story:
      "성동 자전거사업단은 성동구청의 위탁으로 옥수·응봉 대여소에서 자전거를 무료로 빌려 주고, 버려진 자전거를 수거해 재생 자전거로 되살립니다. " +
      "자전거고급정비 실무 교육을 마친 주민들이 프레임부터 브레이크까지 하나하나 점검합니다. " +
      "한 대의 재생 자전거가 폐기물을 줄이고 이웃의 일자리를 만듭니다.",
    phone: "02-2298-4481",
    address: "서울특별시 성동구 옥수동 481 (옥수대여소)", // seed
    business_registration_number: "206-82-77423",
    mail_order_number: "제2020-서울성동-0562호",
    representative: "이동훈",
  },
  {
    handle: "myeonsamuso",
    name: "면사무소",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2014-03-03",
    story:
      "맞춤조리사업단 '면사무소'는 서울성동지역자활센터 건물 지층에서 운영하는 면 전문점입니다. " +
      "면전문점 레시피 교육과 주방관리 교육을 이수한 주민들이 매일 반죽을 치대고 육수를 냅니다. " +
      "가게에서 인기 있는 칼국수와 수제비를 집에서 끓여 먹을 수 있게 밀키트로 준비했습니다.",
    phone: "02-2297-9320",
    address: "서울특별시 성동구 매봉길 21, 지층", // seed
    business_registration_number: "206-82-90635",
    mail_order_number: "제2021-서울성동-0634호",
    representative: "김보경",
  },
  {
    handle: "bookcafe-daun",
    name: "북카페 다운",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2013-10-01",
    story:
      "북카페 '다운'은 서울성동지역자활센터 4층에 자리한 동네 책방 겸 카페로, 주민 소모임과 문화 강좌가 열리는 사랑방입니다. " +
      "상품진열 디자인 컨설팅을 받아 새 단장을 했고, 제과제빵 강좌에서 익힌 솜씨로 쿠키를 굽습니다. " +
      "직접 내린 드립백 커피와 함께 책 한 권의 여유를 선물합니다.",
    phone: "02-2297-9324",
    address: "서울특별시 성동구 매봉길 21, 4층", // seed
    business_registration_number: "206-82-33181",
    mail_order_number: "제2021-서울성동-0635호",
    representative: "주현정",
  },
  {
    handle: "goraewang-naengmyeon",
    name: "고래왕냉면",
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2012-06-01",
    story:
      "고래왕냉면은 서울성동지역자활센터가 키워 낸 냉면 전문 자활기업입니다. " +
      "사골과 양지로 우린 육수를 살얼음이 지도록 식히고, 메밀 함량을 높인 면을 뽑습니다. " +
      "가게의 물냉면과 비빔냉면을 2인분 밀키트로 담아 전국에 보냅니다.",
    phone: "02-2293-5572",
    address: "서울특별시 성동구 왕십리로 410, 1층",
    business_registration_number: "206-86-12850",
    mail_order_number: "제2015-서울성동-0301호",
    representative: "박상철",
  },
  {
    handle: "seongdong-huimang-nareumi",
    name: "성동희망나르미",
    kind: "self_sufficiency_enterprise",
    legal_form: "주식회사",
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2010-09-01",
    story:
      "성동희망나르미는 서울성동지역자활센터에서 독립한 청소 전문 자활기업입니다. " +
      "입주·이사 청소와 사무실 정기 청소를 맡으며, 서울의 청소 자활기업들과 장비와 교육을 나눕니다. " +
      "친환경 세제를 쓰고 작업 전후 사진을 남겨 믿고 맡길 수 있게 합니다.",
    phone: "02-2294-7730",
    address: "서울특별시 성동구 독서당로51길 8, 2층",
    business_registration_number: "206-81-85547",
    mail_order_number: "제2019-서울성동-0477호",
    representative: "서민호",
  },
  {
    handle: "seongdong-hoeori-carwash",
    name: "성동회오리세차",
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "seoul-seongdong",
    region: SEOUL,
    founded_on: "2011-05-02",
    story:
      "성동회오리세차는 찾아가는 스팀세차 자활기업으로, 물을 적게 쓰는 스팀 방식으로 아파트 주차장에서도 세차합니다. " +
      "2015년 세차 자활기업 광역협동조합 창립에 참여해 서울의 세차 자활기업들과 함께 성장하고 있습니다.",
    phone: "02-2294-5129",
    address: "서울특별시 성동구 독서당로51길 8, 1층",
    business_registration_number: "206-86-39015",
    mail_order_number: "제2019-서울성동-0478호",
    representative: "한태식",
  },
]
