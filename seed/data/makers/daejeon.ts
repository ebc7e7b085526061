import type { SeedMaker } from "../../types"
import { WORK_UNIT_FORM } from "./common"

const DAEJEON = "대전광역시"

const jaeminaStory = (district: string, programs: string) =>
  `${district}지역자활센터의 체험학습운영사업단으로, 대전 공동브랜드 '재미나'(신나go! 즐겁go!)를 함께 만든 다섯 사업단 가운데 하나입니다. ` +
  `전문가 교육과 자격증 취득으로 익힌 솜씨로 ${programs} 체험을 학교, 어린이집, 복지관, 지역아동센터에 찾아가 진행합니다. ` +
  "집에서도 체험할 수 있도록 재료와 설명서를 키트로 담았습니다."

export const daejeonMakers: SeedMaker[] = [
  {
    handle: "joeunnal-guksu-gao",
    name: "좋은날엔국수 가오점",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-donggu",
    region: DAEJEON,
    founded_on: "2017-03-02",
    story:
      "좋은날엔국수는 대전동구지역자활센터와 대전서구지역자활센터가 힘을 모아 2017년 가오점을 시작으로 용문점까지 두 곳을 운영하는 국숫집입니다. " +
      "가오점은 동구센터 사업단으로, 엄마의 정성을 담아 부친 육전과 육전을 곁들인 잔치국수가 대표 메뉴입니다. " +
      "가족에게 드린다는 마음으로 최고의 재료를 씁니다.",
    phone: "042-285-1717",
    address: "대전광역시 동구 대전로 480번길 12, 1층 (가오동)",
    business_registration_number: "305-82-66276",
    mail_order_number: "제2019-대전동구-0144호",
    representative: "신혜영",
  },
  {
    handle: "joeunnal-guksu-yongmun",
    name: "좋은날엔국수 용문점",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-seogu",
    region: DAEJEON,
    founded_on: "2017-10-16",
    story:
      "좋은날엔국수 용문점은 대전서구지역자활센터가 운영하는 두 번째 좋은날엔국수입니다. " +
      "새콤달콤한 비빔국수와 속을 풀어 주는 황태국밥으로 동네 손님들의 사랑을 받고, 감사 쿠폰 이벤트로 단골과 인사를 나눕니다. " +
      "가게 맛 그대로 밀키트에 담았습니다.",
    phone: "042-525-1718",
    address: "대전광역시 서구 계룡로 399, 1층 (용문동)",
    business_registration_number: "314-82-70513",
    mail_order_number: "제2019-대전서구-0268호",
    representative: "오은정",
  },
  {
    handle: "jaemina-donggu",
    name: "재미나 동구 체험학습사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-donggu",
    region: DAEJEON,
    founded_on: "2015-03-02",
    story: jaeminaStory("대전동구", "코르크공예"),
    phone: "042-673-2135",
    address: "대전광역시 동구 대전로 766, 1층",
    business_registration_number: "305-82-33789",
    mail_order_number: "제2018-대전동구-0121호",
    representative: "장미란",
  },
  {
    handle: "jaemina-seogu",
    name: "재미나 서구 체험학습사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-seogu",
    region: DAEJEON,
    founded_on: "2015-04-01",
    story: jaeminaStory("대전서구", "양말 인형 만들기"),
    phone: "042-524-6585",
    address: "대전광역시 서구 도산로 240, 1층",
    business_registration_number: "306-82-37022",
    mail_order_number: "제2018-대전서구-0219호",
    representative: "문선희",
  },
  {
    handle: "jaemina-junggu",
    name: "재미나 중구 체험학습사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-junggu",
    region: DAEJEON,
    founded_on: "2015-04-01",
    story: jaeminaStory("대전중구", "냅킨아트"),
    phone: "042-221-4475",
    address: "대전광역시 중구 대종로 480, 1층",
    business_registration_number: "314-82-69146",
    mail_order_number: "제2018-대전중구-0087호",
    representative: "유경숙",
  },
  {
    handle: "jaemina-yuseong",
    name: "재미나 유성 체험학습사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-yuseong",
    region: DAEJEON,
    founded_on: "2016-03-02",
    story: jaeminaStory("대전유성", "한지공예와 코르크 메모보드"),
    phone: "042-824-5127",
    address: "대전광역시 유성구 유성대로 760, 1층",
    business_registration_number: "305-82-81660",
    mail_order_number: "제2018-대전유성-0156호",
    representative: "권나래",
  },
  {
    handle: "jaemina-daedeok",
    name: "재미나 대덕 체험학습사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "daejeon-daedeok",
    region: DAEJEON,
    founded_on: "2016-03-02",
    story: jaeminaStory("대전대덕", "천연비누 만들기와 단체 체험"),
    phone: "042-626-0955",
    address: "대전광역시 대덕구 한밭대로 1090, 1층",
    business_registration_number: "314-82-25037",
    mail_order_number: "제2018-대전대덕-0074호",
    representative: "배은희",
  },
  {
    handle: "daejeon-housing-coop",
    name: "사회적협동조합 대전희망주거", // invented name; the seeds only describe the merger
    kind: "regional_enterprise",
    legal_form: "사회적협동조합",
    center: "daejeon-regional",
    region: DAEJEON,
    founded_on: "2017-12-01",
    story:
      "대전의 주거복지 자활기업 파랑새집수리사업단, 마루인테리어, 행복이가득한집, 다온인테리어가 열 차례 회의와 전문가 코칭을 거쳐 하나로 뭉친 대전 제1호 광역자활기업입니다. " +
      "국토교통부의 사회적협동조합 인가와 대전시의 광역자활기업 인정을 받아, 저소득층과 취약계층의 주거복지를 지원합니다. " +
      "방충망 교체부터 도배·장판까지 집수리 기술로 공공성과 사회적 가치를 실현합니다.",
    phone: "042-283-7015",
    address: "대전광역시 동구 계족로 160, 2층",
    business_registration_number: "305-82-60893",
    mail_order_number: "제2018-대전동구-0031호",
    representative: "임창수",
  },
  {
    handle: "haengbok-bapsang",
    name: "(유)행복한밥상",
    kind: "self_sufficiency_enterprise",
    legal_form: "유한회사",
    center: "daejeon-junggu",
    region: DAEJEON,
    founded_on: "2013-05-01",
    story:
      "(유)행복한밥상은 대전의 반찬·도시락 자활기업으로, 한경이 대표는 2017년 3월 출범한 대전자활기업협회의 초대 공동회장을 맡았습니다. " +
      "제철 채소로 만든 집밥 반찬을 매주 꾸러미로 보내고, 지역 복지관과 어르신 도시락도 책임집니다.",
    phone: "042-222-3651",
    address: "대전광역시 중구 계백로 1580, 1층",
    business_registration_number: "306-81-48217",
    mail_order_number: "제2016-대전중구-0112호",
    representative: "한경이", // seed
  },
  {
    handle: "giving-tree-theatre",
    name: "(주)극단 아낌없이주는나무",
    kind: "self_sufficiency_enterprise",
    legal_form: "주식회사",
    center: "daejeon-seogu",
    region: DAEJEON,
    founded_on: "2012-11-01",
    story:
      "(주)극단 아낌없이주는나무는 자활사업에서 출발해 인형극과 어린이 공연을 만드는 대전의 자활기업입니다. " +
      "오홍록 대표는 대전자활기업협회의 초대 공동회장으로 대전 자활기업들의 목소리를 모았습니다. " +
      "공연에서 쓰는 손인형 만들기를 가족이 함께할 수 있는 키트로 만들었습니다.",
    phone: "042-533-0418",
    address: "대전광역시 서구 대덕대로 182, 지하 1층",
    business_registration_number: "314-86-63500",
    mail_order_number: "제2017-대전서구-0190호",
    representative: "오홍록", // seed
  },
]
