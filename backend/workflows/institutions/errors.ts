/** Korean messages of the institutions domain (staff and store answers). */
export const INSTITUTION_ERRORS = {
  customerNotFound: "고객을 찾을 수 없습니다.",
  alreadyInstitution: "이미 기관으로 등록된 고객입니다.",
  notFound: "기관을 찾을 수 없습니다.",
  notInstitution: "기관 회원만 이용할 수 있습니다. 기관 등록은 자활장터 운영사무국에 문의해 주세요.",
  loginRequired: "로그인해 주세요.",
  cartNotFound: "장바구니를 찾을 수 없습니다.",
  cartCompleted: "이미 주문이 끝난 장바구니입니다.",
} as const
