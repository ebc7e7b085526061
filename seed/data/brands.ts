import type { SeedBrand } from "../types"

// Joint brands (공동브랜드) of regional centers, from the seeds.
export const brands: SeedBrand[] = [
  {
    handle: "sosodream",
    name: "소소드림",
    slogan: "작은 웃음, 큰 만족",
    owner_center: "gwangju-regional",
    description:
      "소소드림은 광주광역시 자활생산품 공동브랜드입니다. 광주의 지역자활센터와 자활기업이 만든 김, 과일청, 수제비누 같은 생활 속 작은 물건에 " +
      "광주광역자활센터가 디자인과 품질 관리를 더해 하나의 이름으로 선보입니다. 작은 웃음이 큰 만족이 되도록, 정직하게 만들고 정성껏 보냅니다.",
  },
  {
    handle: "jaemina",
    name: "재미나",
    slogan: "신나go! 즐겁go!",
    owner_center: "daejeon-regional",
    description:
      "재미나는 대전광역자활센터와 다섯 체험학습운영사업단이 함께 만든 체험학습 공동브랜드입니다. 코르크공예, 양말 인형 만들기, 냅킨아트 등 " +
      "31개 프로그램을 남녀노소 누구나 유쾌하게 배울 수 있도록 구성했고, 학교·어린이집·복지관·지역아동센터로 찾아가는 체험을 운영합니다. " +
      "그 체험을 집에서도 할 수 있게 재료와 설명서를 키트로 담았습니다.",
  },
  {
    handle: "plate-eco",
    name: "플레이트에코",
    owner_center: "gyeongnam-regional",
    description:
      "플레이트에코는 경남광역자활센터가 경남 지역자활센터의 다회용기 사업단들과 함께 만든 다회용기 공동브랜드입니다. " +
      "스테인리스 식기와 다회용컵을 판매하고, 행사·단체급식용 다회용기를 빌려 준 뒤 수거해 세척합니다. 일회용품을 줄이고 주민의 일자리를 만드는 일을 함께합니다.",
  },
]
