import type { SeedCenter } from "../types"

// Regional (광역) and local (지역) self-sufficiency centers named in /work/shared/domain.md and the
// seed documents. Addresses and phones come from the seeds where they give them (서울광역,
// 광주광역, 대전광역, 광주서구, 서울성동); for centers that host a maker in this catalog a plausible
// address/phone was invented; centers that are only mentioned in the seeds carry no contact data.

const SEOUL = "서울특별시"
const GWANGJU = "광주광역시"
const DAEJEON = "대전광역시"
const GYEONGNAM = "경상남도"

const regional: SeedCenter[] = [
  {
    handle: "seoul-regional",
    name: "서울광역자활센터",
    level: "regional",
    region: SEOUL,
    address: "서울특별시 양천구 공항대로 630 어바니엘 305호",
    phone: "02-2607-8790", // invented
  },
  {
    handle: "gwangju-regional",
    name: "광주광역자활센터",
    level: "regional",
    region: GWANGJU,
    address: "광주광역시 서구 화정로 149, 3층",
    phone: "062-361-9114",
  },
  {
    handle: "daejeon-regional",
    name: "대전광역자활센터",
    level: "regional",
    region: DAEJEON,
    address: "대전광역시 중구 중앙로 101, 4층", // invented
    phone: "042-257-1979",
  },
  {
    handle: "gyeongnam-regional",
    name: "경남광역자활센터",
    level: "regional",
    region: GYEONGNAM,
    address: "경상남도 창원시 의창구 중앙대로 300, 5층", // invented
    phone: "055-237-2860", // invented
  },
]

/** Local centers that only appear by name in the seeds (no maker in this catalog). */
function mentioned(handle: string, name: string, parent: string, region: string): SeedCenter {
  return { handle, name, level: "local", parent, region }
}

const seoul: SeedCenter[] = [
  {
    handle: "seoul-seongdong",
    name: "서울성동지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 성동구 매봉길 21 (옥수동)",
    phone: "02-2297-9314", // invented
  },
  {
    handle: "seoul-guro",
    name: "서울구로지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 구로구 구로중앙로 28길 12, 2층", // invented
    phone: "02-856-4573", // invented
  },
  {
    handle: "seoul-yangcheon",
    name: "서울양천지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 양천구 목동로 201, 3층", // invented
    phone: "02-2643-7140", // invented
  },
  {
    handle: "seoul-dobong",
    name: "서울도봉지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 도봉구 방학로 158, 2층", // invented
    phone: "02-3492-1470", // invented
  },
  {
    handle: "seoul-dongdaemun",
    name: "서울동대문지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 동대문구 왕산로 225, 3층", // invented
    phone: "02-957-3261", // invented
  },
  {
    handle: "seoul-songpa",
    name: "서울송파지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 송파구 오금로 307, 2층", // invented
    phone: "02-431-5582", // invented
  },
  {
    handle: "seoul-gangseo",
    name: "서울강서지역자활센터",
    level: "local",
    parent: "seoul-regional",
    region: SEOUL,
    address: "서울특별시 강서구 화곡로 302, 4층", // invented
    phone: "02-2691-3375", // invented
  },
  mentioned("seoul-gangnam", "서울강남지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-gangdong", "서울강동지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-gwangjin", "서울광진지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-seocho", "서울서초지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-yongsan", "서울용산지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-junggu", "서울중구지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-jungnang-yurin", "서울중랑유린지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-gangseo-deungchon", "서울강서등촌지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-gwanak", "서울관악지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-gwanak-bongcheon", "서울관악봉천지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-guro-samteo", "서울구로삶터지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-geumcheon", "서울금천지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-dongjak", "서울동작지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-yeongdeungpo", "서울영등포지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-nowon", "서울노원지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-nowon-nambu", "서울노원남부지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-nowon-bukbu", "서울노원북부지역자활센터", "seoul-regional", SEOUL),
  mentioned("seoul-seongbuk", "서울성북지역자활센터", "seoul-regional", SEOUL),
]

const gwangju: SeedCenter[] = [
  {
    handle: "gwangju-seogu",
    name: "광주서구지역자활센터",
    level: "local",
    parent: "gwangju-regional",
    region: GWANGJU,
    address: "광주광역시 서구 죽봉대로 38번길 25",
    phone: "062-367-3027",
  },
  {
    handle: "gwangju-bukgu-ilteo",
    name: "광주북구일터지역자활센터",
    level: "local",
    parent: "gwangju-regional",
    region: GWANGJU,
    address: "광주광역시 북구 서암대로 211, 2층", // invented
    phone: "062-264-3190", // invented
  },
  mentioned("gwangju-gwangsan", "광주광산지역자활센터", "gwangju-regional", GWANGJU),
  mentioned("gwangju-gwangsan-eodeung", "광주광산어등지역자활센터", "gwangju-regional", GWANGJU),
  mentioned("gwangju-bukgu-dongsin", "광주북구동신지역자활센터", "gwangju-regional", GWANGJU),
  mentioned("gwangju-bukgu-huimang", "광주북구희망지역자활센터", "gwangju-regional", GWANGJU),
]

// The seeds speak of "대전시 5개 구 지역자활센터"; 동구 and 서구 are named, 중구·유성·대덕 are the
// other three districts (they host the 재미나 work units and (유)행복한밥상 here).
const daejeon: SeedCenter[] = [
  {
    handle: "daejeon-donggu",
    name: "대전동구지역자활센터",
    level: "local",
    parent: "daejeon-regional",
    region: DAEJEON,
    address: "대전광역시 동구 대전로 766, 2층", // invented
    phone: "042-673-2130", // invented
  },
  {
    handle: "daejeon-seogu",
    name: "대전서구지역자활센터",
    level: "local",
    parent: "daejeon-regional",
    region: DAEJEON,
    address: "대전광역시 서구 도산로 240, 3층", // invented
    phone: "042-524-6581", // invented
  },
  {
    handle: "daejeon-junggu",
    name: "대전중구지역자활센터",
    level: "local",
    parent: "daejeon-regional",
    region: DAEJEON,
    address: "대전광역시 중구 대종로 480, 2층", // invented
    phone: "042-221-4470", // invented
  },
  {
    handle: "daejeon-yuseong",
    name: "대전유성지역자활센터",
    level: "local",
    parent: "daejeon-regional",
    region: DAEJEON,
    address: "대전광역시 유성구 유성대로 760, 3층", // invented
    phone: "042-824-5122", // invented
  },
  {
    handle: "daejeon-daedeok",
    name: "대전대덕지역자활센터",
    level: "local",
    parent: "daejeon-regional",
    region: DAEJEON,
    address: "대전광역시 대덕구 한밭대로 1090, 2층", // invented
    phone: "042-626-0951", // invented
  },
]

const gyeongnam: SeedCenter[] = [
  {
    handle: "gyeongnam-masan",
    name: "마산지역자활센터",
    level: "local",
    parent: "gyeongnam-regional",
    region: GYEONGNAM,
    address: "경상남도 창원시 마산합포구 3·15대로 180, 3층", // invented
    phone: "055-244-5730", // invented
  },
  {
    handle: "gyeongnam-gimhae",
    name: "김해지역자활센터",
    level: "local",
    parent: "gyeongnam-regional",
    region: GYEONGNAM,
    address: "경상남도 김해시 가야로 245, 2층", // invented
    phone: "055-322-4417", // invented
  },
  {
    handle: "gyeongnam-hadong",
    name: "하동지역자활센터",
    level: "local",
    parent: "gyeongnam-regional",
    region: GYEONGNAM,
    address: "경상남도 하동군 하동읍 경서대로 95", // invented
    phone: "055-884-3391", // invented
  },
  {
    handle: "gyeongnam-miryang",
    name: "밀양지역자활센터",
    level: "local",
    parent: "gyeongnam-regional",
    region: GYEONGNAM,
    address: "경상남도 밀양시 중앙로 320, 2층", // invented
    phone: "055-355-6124", // invented
  },
  {
    handle: "gyeongnam-geoje",
    name: "거제지역자활센터",
    level: "local",
    parent: "gyeongnam-regional",
    region: GYEONGNAM,
    address: "경상남도 거제시 거제중앙로 1850, 3층", // invented
    phone: "055-637-2281", // invented
  },
  mentioned("gyeongnam-sancheong", "산청지역자활센터", "gyeongnam-regional", GYEONGNAM),
  mentioned("gyeongnam-haman", "함안지역자활센터", "gyeongnam-regional", GYEONGNAM),
  mentioned("gyeongnam-hamyang", "함양지역자활센터", "gyeongnam-regional", GYEONGNAM),
  mentioned("gyeongnam-hapcheon", "합천지역자활센터", "gyeongnam-regional", GYEONGNAM),
]

export const centers: SeedCenter[] = [...regional, ...seoul, ...gwangju, ...daejeon, ...gyeongnam]
