/**
 * Words shoppers use for the same thing. Both engines expand a query word with these
 * (Meilisearch through its synonyms setting, the built-in engine in its query plan).
 */
export const SYNONYMS: Record<string, string[]> = {
  선물세트: ["선물", "세트", "기프트"],
  기프트: ["선물"],
  선물: ["기프트"],
  다회용기: ["다회용", "용기", "재사용"],
  친환경: ["에코"],
  에코: ["친환경"],
  반찬: ["찬", "밑반찬"],
  국수: ["면", "국수류"],
  쌀: ["양곡", "백미"],
  양곡: ["쌀"],
  공예: ["만들기", "체험"],
  체험: ["키트", "만들기"],
  비누: ["수제비누"],
  도시락: ["런치박스"],
}
