import type { SeedMaker } from "../../types"
import { WORK_UNIT_FORM } from "./common"

const GWANGJU = "광주광역시"

export const gwangjuMakers: SeedMaker[] = [
  {
    handle: "naechingu-gim",
    name: "내친구김",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "gwangju-seogu",
    region: GWANGJU,
    founded_on: "2019-03-04",
    story:
      "광주서구지역자활센터의 자활근로사업단 내친구김은 국내산 원초로 김을 굽고 조미해 전장김, 도시락김, 김자반을 만듭니다. " +
      "\"뜨끈한 밥에 김만 있어도 밥 한 그릇 뚝딱\"이라는 마음으로 고소하고 짭조름한 맛을 지켜 왔습니다. " +
      "광주광역시 자활생산품 공동브랜드 소소드림(작은 웃음, 큰 만족)의 대표 상품으로 연말 선물 시즌마다 사랑받고 있습니다.",
    phone: "062-367-3027", // seed: the center's phone, printed on 내친구김's leaflet
    address: "광주광역시 서구 죽봉대로 38번길 25", // seed
    business_registration_number: "410-82-47310",
    mail_order_number: "제2021-광주서구-0187호",
    representative: "정미숙",
  },
  {
    handle: "matsarang",
    name: "맛사랑",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "gwangju-seogu",
    region: GWANGJU,
    founded_on: "2020-04-01",
    story:
      "맛사랑은 광주서구지역자활센터의 자활근로사업단으로, 매일 아침 샌드위치를 만들고 과일청과 음료를 담급니다. " +
      "창업 타당성 컨설팅을 거쳐 중앙자산기증펀드 6차 자활기업 창업자금 지원사업에 최종 선정되어 1억 원을 지원받았습니다. " +
      "이제 자활기업으로 출범을 준비하며 참여 주민들이 함께 일하는 가게를 키워 가고 있습니다.",
    phone: "062-367-3028",
    address: "광주광역시 서구 죽봉대로 38번길 25, 1층",
    business_registration_number: "410-82-55182",
    mail_order_number: "제2022-광주서구-0241호",
    representative: "박소연",
  },
  {
    handle: "haengbok-gage",
    name: "행복가게",
    kind: "self_sufficiency_enterprise",
    legal_form: "주식회사",
    center: "gwangju-bukgu-ilteo",
    region: GWANGJU,
    founded_on: "2016-06-15",
    story:
      "행복가게는 광주북구일터지역자활센터에서 출발한 자활기업으로, 쌀겨·녹차·숯을 넣은 천연 수제비누와 생활세제를 만듭니다. " +
      "광주광역자활센터의 맞춤형 컨설팅(5회, 10시간 이상)으로 생산공정을 분업화하고 공정별 업무 분장을 마쳐 생산력을 끌어올렸습니다. " +
      "남는 생산력은 선물세트와 단체 주문으로 돌려 시장 경쟁력을 키우고 있습니다.",
    phone: "062-264-3195",
    address: "광주광역시 북구 서암대로 211, 1층",
    business_registration_number: "409-81-37625",
    mail_order_number: "제2017-광주북구-0093호",
    representative: "최영란",
  },
]
