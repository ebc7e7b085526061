export const site = {
  name: "자활장터",
  tagline: "자활기업이 만든 좋은 상품",
  description:
    "전국 자활기업과 자활근로사업단이 정성껏 만든 먹거리, 생활용품, 선물세트를 만나는 온라인 장터입니다.",
  operator: {
    companyName: "자활장터 운영사무국",
    representative: "김희망",
    businessRegistrationNumber: "214-82-10457",
    mailOrderRegistrationNumber: "제2025-서울성동-0417호",
    address: "서울특별시 성동구 왕십리로 115, 3층 (행당동)",
    phone: "1670-2848",
    email: "help@jahwal-market.kr",
    hours: "평일 10:00–17:00 (점심 12:00–13:00, 주말·공휴일 휴무)",
  },
  policies: ["이용약관", "개인정보처리방침"],
} as const
