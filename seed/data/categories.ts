import type { SeedCategory } from "../types"

export const categories: SeedCategory[] = [
  {
    handle: "gift-sets",
    name: "선물세트",
    description: "명절, 가정의 달, 연말에 마음을 전하는 자활기업 선물세트. 여러 자활기업의 상품을 한 상자에 담은 연합세트도 있습니다.",
  },
  {
    handle: "laver-seafood",
    name: "김·수산",
    description: "국내산 원초로 구운 김과 김자반, 남해안 멸치 등 밥상에 빠질 수 없는 김·수산물.",
  },
  {
    handle: "side-dishes",
    name: "반찬·도시락",
    description: "자활기업 주방에서 매일 만드는 밑반찬, 김치, 건강 도시락. 냉장 배송 상품입니다.",
  },
  {
    handle: "meals-drinks",
    name: "간편식·음료",
    description: "찌개·국수·비빔밥 밀키트와 샌드위치, 과일청, 드립백 커피, 차처럼 간편하게 즐기는 먹거리.",
  },
  {
    handle: "grains",
    name: "쌀·잡곡",
    description: "양곡배송 자활기업이 소포장해 보내는 국내산 쌀과 잡곡.",
  },
  {
    handle: "craft-kits",
    name: "공예·체험키트",
    description: "대전 체험학습 공동브랜드 재미나의 코르크공예, 양말 인형, 냅킨아트 등 집에서 만드는 체험키트.",
  },
  {
    handle: "reusables",
    name: "생활·다회용기",
    description: "스테인리스 다회용기와 텀블러, 천연 수제비누처럼 환경을 생각한 생활용품.",
  },
  {
    handle: "bicycles",
    name: "자전거",
    description: "버려진 자전거를 수거해 정비 교육을 받은 주민들이 되살린 재생 자전거와 정비 이용권.",
  },
  {
    handle: "services",
    name: "생활서비스 이용권",
    description: "청소, 세차, 집수리, 다회용기 대여처럼 자활기업이 직접 찾아가는 생활서비스 이용권. 이용 가능 지역을 꼭 확인해 주세요.",
  },
]
