import type { SeedMaker } from "../../types"
import { WORK_UNIT_FORM } from "./common"

const GYEONGNAM = "경상남도"

export const gyeongnamMakers: SeedMaker[] = [
  {
    handle: "plate-eco-masan",
    name: "플레이트에코 마산 다회용기사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "gyeongnam-masan",
    region: GYEONGNAM,
    founded_on: "2023-09-01",
    story:
      "마산지역자활센터의 다회용기 사업단으로, 경남광역자활센터가 만든 다회용기 공동브랜드 플레이트에코에 참여하고 있습니다. " +
      "스테인리스 밀폐용기와 식판을 검수해 판매하고, 행사와 단체급식에 다회용기를 빌려 준 뒤 수거해 세척합니다. " +
      "일회용품 없는 경남을 만드는 일에 주민들이 앞장섭니다.",
    phone: "055-244-5735",
    address: "경상남도 창원시 마산합포구 3·15대로 180, 1층",
    business_registration_number: "608-82-57166",
    mail_order_number: "제2024-창원마산합포-0112호",
    representative: "하정민",
  },
  {
    handle: "plate-eco-gimhae",
    name: "플레이트에코 김해 그린세척사업단",
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "gyeongnam-gimhae",
    region: GYEONGNAM,
    founded_on: "2023-11-01",
    story:
      "김해지역자활센터의 다회용컵·텀블러 세척 사업단으로, 경남 다회용기 공동브랜드 플레이트에코의 이름으로 제품을 판매합니다. " +
      "카페와 공공기관의 다회용컵을 수거해 세척·살균한 뒤 다시 공급하며, 가정용 텀블러와 다회용컵도 선보입니다.",
    phone: "055-322-4420",
    address: "경상남도 김해시 가야로 245, 1층",
    business_registration_number: "615-82-40697",
    mail_order_number: "제2024-김해-0095호",
    representative: "노수현",
  },
  {
    handle: "hadong-tea",
    name: "하동 차향기사업단", // invented
    kind: "work_unit",
    legal_form: WORK_UNIT_FORM,
    center: "gyeongnam-hadong",
    region: GYEONGNAM,
    founded_on: "2019-04-15",
    story:
      "하동지역자활센터의 차 가공 사업단으로, 하동 농가에서 딴 찻잎을 덖고 말려 녹차와 발효차를 만듭니다. " +
      "경남광역자활센터의 가공식품 제조 협업 지원을 받아 포장과 위생 관리를 개선했고, 하루장터 같은 경남 자활생산품 판매전에 꾸준히 나섭니다.",
    phone: "055-884-3395",
    address: "경상남도 하동군 화개면 쌍계로 88",
    business_registration_number: "613-82-39457",
    mail_order_number: "제2020-하동-0017호",
    representative: "정은숙",
  },
  {
    handle: "miryang-haetsal",
    name: "밀양햇살농산", // invented
    kind: "self_sufficiency_enterprise",
    legal_form: "협동조합",
    center: "gyeongnam-miryang",
    region: GYEONGNAM,
    founded_on: "2018-02-01",
    story:
      "밀양햇살농산은 밀양지역자활센터에서 창업한 농산물 가공 자활기업으로, 밀양 들녘의 보리와 잡곡을 손질해 소포장합니다. " +
      "밀양지역자활센터와 밀양농협의 업무협약으로 지역 농가의 곡물을 안정적으로 받아, 저소득 주민의 일자리를 늘리고 있습니다.",
    phone: "055-355-6130",
    address: "경상남도 밀양시 삼랑진읍 삼랑진로 500",
    business_registration_number: "627-86-22308",
    mail_order_number: "제2019-밀양-0042호",
    representative: "강동원",
  },
  {
    handle: "geoje-badasallim",
    name: "거제바다살림", // invented
    kind: "self_sufficiency_enterprise",
    legal_form: "개인사업자",
    center: "gyeongnam-geoje",
    region: GYEONGNAM,
    founded_on: "2017-08-01",
    story:
      "거제바다살림은 거제지역자활센터에서 출발한 수산물 자활기업으로, 거제 앞바다 멸치를 선별해 소포장합니다. " +
      "크기별로 고른 볶음용·국물용 멸치를 위생적으로 손질해 명절 선물세트로도 냅니다.",
    phone: "055-637-2290",
    address: "경상남도 거제시 장승포로 112",
    business_registration_number: "612-23-60590",
    mail_order_number: "제2018-거제-0063호",
    representative: "윤성호",
  },
]
