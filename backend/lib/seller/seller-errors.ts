/** Korean messages of 판매자센터, in one place so routes, workflows and tests agree. */
export const SELLER_ERRORS = {
  unauthorized: "판매자센터에 로그인해 주세요.",
  suspended: "이용이 정지된 판매자입니다. 자활센터에 문의해 주세요.",
  ownerOnly: "대표 계정만 할 수 있는 작업입니다.",
  inviteInvalid: "초대 링크가 유효하지 않거나 만료되었습니다.",
  alreadyMember: "이미 판매자센터 회원인 이메일입니다.",
  existingIdentityPassword: "이미 자활장터 계정이 있는 이메일입니다. 그 계정의 비밀번호를 입력해 주세요.",
  makerNotFound: "만든 곳을 찾을 수 없습니다.",
  memberNotFound: "회원을 찾을 수 없습니다.",
  productNotFound: "상품을 찾을 수 없습니다.",
  variantNotFound: "옵션을 찾을 수 없습니다.",
  inviteNotFound: "초대를 찾을 수 없습니다.",
  cannotRemoveSelf: "자기 자신은 삭제할 수 없습니다.",
  lastOwner: "마지막 대표 계정은 삭제할 수 없습니다.",
} as const
