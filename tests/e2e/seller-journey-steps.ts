import type { Page } from "playwright-core"
import sharp from "sharp"

export type Pack = [title: string, price: number, stock: number]
export type SellerSteps = {
  inviteLink: string
  acceptInvite(page: Page, input: { name: string; password: string }): Promise<void>
  login(page: Page, input: { email: string; password: string }): Promise<void>
  createProduct(page: Page, input: { title: string; description: string; category: string; packs: Pack[]; photo?: boolean }): Promise<{ id: string }>
  editDescription(page: Page, input: { id: string; description: string }): Promise<void>
}

/** The field labelled exactly so (a required field's label ends with a "*" for sighted users). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`))

/** A small real photo (sharp draws it), so the upload runs the server's image checks. */
const photo = () => sharp({ create: { width: 480, height: 480, channels: 3, background: "#b8865a" } }).jpeg().toBuffer()

/** The member's side of the journey, through the 판매자센터 pages (storefront /seller). */
export function sellerSteps({ storefront }: { backend: string; storefront: string }): SellerSteps {
  const steps: SellerSteps = {
    inviteLink: "",
    async acceptInvite(page, { name, password }) {
      const link = new URL(steps.inviteLink)
      await page.goto(`${storefront}${link.pathname}`)
      await field(page, "이름").fill(name)
      await field(page, "비밀번호").fill(password)
      await field(page, "비밀번호 확인").fill(password)
      await page.getByRole("button", { name: "초대 수락하고 시작하기" }).click()
      await page.waitForURL(`${storefront}/seller`)
    },
    async login(page, { email, password }) {
      await page.goto(`${storefront}/seller/login`)
      await field(page, "이메일").fill(email)
      await field(page, "비밀번호").fill(password)
      await page.getByRole("button", { name: "로그인" }).click()
      await page.waitForURL(`${storefront}/seller`)
    },
    async createProduct(page, { title, description, category, packs, photo: withPhoto = true }) {
      await page.goto(`${storefront}/seller/products/new`)
      await field(page, "상품명").fill(title)
      await field(page, "설명").fill(description)
      await field(page, "카테고리").selectOption({ label: category })
      for (const [i, [value, price, stock]] of packs.entries()) {
        if (i > 0) await page.getByRole("button", { name: "옵션 추가" }).click()
        const group = page.getByRole("group", { name: `옵션 ${i + 1}`, exact: true })
        await group.getByLabel(/^옵션 값/).fill(value)
        await group.getByLabel(/^가격/).fill(String(price))
        await group.getByLabel(/^재고/).fill(String(stock))
      }
      await page.getByRole("button", { name: "승인 요청하기" }).click()
      await page.waitForURL(/\/seller\/products\/prod_[A-Z0-9]+\?created=1$/)
      const id = new URL(page.url()).pathname.split("/").pop()!
      if (withPhoto) {
        const upload = page.getByRole("form", { name: "사진 올리기" })
        await upload.getByLabel(/^사진 파일/).setInputFiles({ name: "nurungji.jpg", mimeType: "image/jpeg", buffer: await photo() })
        await upload.getByLabel(/^사진 설명/).fill(`${title} 한 봉`)
        await upload.getByRole("button", { name: "사진 올리기" }).click()
        await page.getByRole("list", { name: "상품 사진" }).getByRole("img").first().waitFor()
      }
      return { id }
    },
    async editDescription(page, { id, description }) {
      await page.goto(`${storefront}/seller/products/${id}`)
      const form = page.getByRole("form", { name: "상품 정보 수정" })
      await form.getByLabel(/^설명/).fill(description)
      await form.getByRole("button", { name: "수정 승인 요청" }).click()
      await form.getByRole("status").filter({ hasText: "수정 요청을 보냈습니다. 승인되면 쇼핑몰에 반영됩니다." }).waitFor()
    },
  }
  return steps
}
