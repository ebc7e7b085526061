// Typed shapes of the seed catalog. Data lives in seed/data/, the script that loads it through
// Medusa workflows in seed/run-seed.ts. Money is integer KRW (VAT included): 20000 = 20,000원.

export type CenterLevel = "regional" | "local"

export type SeedCenter = {
  handle: string
  name: string
  level: CenterLevel
  /** handle of the regional center a local center belongs to */
  parent?: string
  region: string // 시·도, e.g. "광주광역시"
  address?: string
  phone?: string
}

export type MakerKind = "self_sufficiency_enterprise" | "regional_enterprise" | "work_unit"

export type SeedMaker = {
  handle: string
  name: string
  kind: MakerKind
  legal_form?: string // e.g. "협동조합", "사회적협동조합", "개인사업자", "주식회사"
  center: string // center handle
  region: string
  founded_on?: string // YYYY-MM-DD
  story: string
  certifications?: { name: string; number: string; valid_until?: string }[]
  phone?: string
  address?: string
  business_registration_number?: string // 000-00-00000
  mail_order_number?: string // 제2024-광주서구-0000호
  representative?: string
}

export type SeedBrand = {
  handle: string
  name: string
  slogan?: string
  owner_center: string // regional center handle
  description: string
}

export type SeedCategory = {
  handle: string
  name: string
  description: string
}

export type SeedVariant = {
  title: string
  sku: string
  price: number // KRW integer, VAT included
  /** option title -> value; must match the product's options */
  options: Record<string, string>
  /** Units in stock; ignored (write 0) for a kit, whose stock is its components'. */
  stock: number
  /**
   * Makes this variant an inventory kit: it holds no stock of its own, and selling one takes
   * `quantity` units of each component's stock. A component is another (non-kit) variant, named
   * by SKU, e.g. 전장김 3봉 = { sku: "NCG-JEONJANG-1", quantity: 3 }.
   */
  components?: { sku: string; quantity: number }[]
  /** Quantity-break unit prices for bulk buyers: from `min_quantity` units on, each costs `price`. */
  tiers?: { min_quantity: number; price: number }[]
}

/** Which illustration seed/images draws for a product. */
export type ImageMotif =
  | "laver" | "laver-flakes" | "gift-box" | "sandwich" | "drink" | "side-dish" | "lunch-box"
  | "bibimbap" | "stew" | "noodle" | "rice-bag" | "grain" | "bicycle" | "craft-kit"
  | "sock-doll" | "cork" | "napkin-art" | "container" | "tumbler" | "cleaning" | "book"
  | "bread" | "soap" | "tea"

export type SeedProduct = {
  handle: string
  title: string
  subtitle?: string
  /** plain Korean text, paragraphs separated by blank lines */
  description: string
  category: string // category handle
  maker: string // maker handle
  brand?: string // joint brand handle
  tags?: string[] // e.g. "명절", "감사", "연말", "HACCP"
  featured?: boolean // shown among the home page's featured gift sets
  options: { title: string; values: string[] }[]
  variants: SeedVariant[]
  image: { motif: ImageMotif; hue: number } // hue 0-359 for the palette
  weight_g?: number
}
