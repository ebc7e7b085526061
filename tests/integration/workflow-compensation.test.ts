// Steps that take something away and then put something new in (issue #10.6) are split so each
// write undoes itself: when the second half fails, the first half's compensation restores
// exactly what was there. The failures are real — input the database refuses, or a later step
// that throws — and nothing of ours is mocked.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { beforeAll, describe, expect, it } from "vitest"
import { setKitCompositionWorkflow } from "../../backend/workflows/gift-sets/workflows/set-kit-composition"
import { createProductMakerLinksStep } from "../../backend/workflows/makers/steps/create-product-maker-links"
import { dismissProductMakerLinksStep, type ProductMakerLinks } from "../../backend/workflows/makers/steps/dismiss-product-maker-links"
import { updateMakerWorkflow } from "../../backend/workflows/makers/workflows/update-maker"
import { MAKERS_MODULE } from "../../backend/modules/makers"
import type MakersModuleService from "../../backend/modules/makers/service"
import { seedAll } from "../../seed/seed-all"
import { runMedusa } from "./utils/medusa-runner"

type Run = { errors: { action: string; error: { message?: string } }[] }

/** Runs a workflow that must fail and returns which step failed. */
async function failedStep(run: Promise<unknown>) {
  const { errors } = (await run) as Run
  expect(errors.length).toBeGreaterThan(0)
  return errors[0].action
}

// Medusa's setProductMakerWorkflow, with a step after both halves that fails: both
// compensations must run, in reverse order, and leave the links as they were.
const failAfterLinksStep = createStep("test-fail-after-links", async () => {
  throw new Error("다음 단계가 실패했습니다")
})
const setProductMakerThenFailWorkflow = createWorkflow("test-set-product-maker-then-fail", (input: ProductMakerLinks) => {
  const change = dismissProductMakerLinksStep(input)
  createProductMakerLinksStep(change)
  failAfterLinksStep()
  return new WorkflowResponse(change)
})

runMedusa(__filename, ({ getContainer }) => {
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    await seedAll(getContainer())
  })

  async function kitLinks(sku: string) {
    const { data } = await query().graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { sku },
    })
    const v = data[0] as unknown as { id: string; inventory_items: { inventory_item_id: string; required_quantity: number }[] }
    return {
      id: v.id,
      links: v.inventory_items
        .map((i) => ({ inventory_item_id: i.inventory_item_id, required_quantity: Number(i.required_quantity) }))
        .sort((a, b) => a.inventory_item_id.localeCompare(b.inventory_item_id)),
    }
  }

  describe("setting a gift set's composition", () => {
    it("puts the old inventory links back when linking the new components fails", async () => {
      const before = await kitLinks("NCG-GIFT-SET") // 전장김 ×5, 도시락김 ×4, 김자반 ×4
      expect(before.links).toHaveLength(3)
      const jaban = await kitLinks("NCG-JABAN-1")

      // The composition passes the step's checks, but the database refuses the quantity when
      // the new links are inserted — after the old links were dismissed.
      const step = await failedStep(
        setKitCompositionWorkflow(getContainer()).run({
          input: { variant_id: before.id, components: [{ variant_id: jaban.id, quantity: "넷" as unknown as number }] },
          throwOnError: false,
        })
      )
      expect(step).toBe("create-kit-components")
      expect((await kitLinks("NCG-GIFT-SET")).links).toEqual(before.links)

      // and a composition that can be stored replaces the links
      await setKitCompositionWorkflow(getContainer()).run({ input: { variant_id: before.id, components: [{ variant_id: jaban.id, quantity: 4 }] } })
      expect((await kitLinks("NCG-GIFT-SET")).links).toEqual([{ inventory_item_id: jaban.links[0].inventory_item_id, required_quantity: 4 }])
    })
  })

  describe("updating a maker", () => {
    const makers = () => getContainer().resolve(MAKERS_MODULE) as MakersModuleService
    const snapshot = async (id: string) => {
      const m = await makers().retrieveMaker(id, { relations: ["certifications"] })
      return {
        name: m.name,
        phone: m.phone,
        representative: m.representative,
        certifications: m.certifications.map((c) => ({ id: c.id, name: c.name, number: c.number, valid_until: c.valid_until })),
      }
    }

    it("restores its fields and certifications when the new certifications cannot be stored", async () => {
      const [maker] = await makers().listMakers({ handle: "kkomirote" })
      const before = await snapshot(maker.id)
      expect(before.certifications).toHaveLength(1)

      // fields and removal succeed; the certification without a name is refused by the database
      const step = await failedStep(
        updateMakerWorkflow(getContainer()).run({
          input: {
            id: maker.id,
            data: {
              name: "꼬미로떼 (바뀐 이름)",
              phone: "02-000-0000",
              certifications: [{ name: null as unknown as string, number: "2026-1-0001" }],
            },
          },
          throwOnError: false,
        })
      )
      expect(step).toBe("create-maker-certifications")
      // the same rows (same ids) and the same fields as before
      expect(await snapshot(maker.id)).toEqual(before)

      await updateMakerWorkflow(getContainer()).run({
        input: { id: maker.id, data: { phone: "02-000-0000", certifications: [{ name: "HACCP", number: "2026-1-0001" }] } },
      })
      const after = await snapshot(maker.id)
      expect(after.phone).toBe("02-000-0000")
      expect(after.certifications.map((c) => c.number)).toEqual(["2026-1-0001"])
    })
  })

  describe("setting a product's maker and joint brand", () => {
    const linksOf = async (handle: string) => {
      const { data } = await query().graph({ entity: "product", fields: ["id", "maker.id", "joint_brand.id"], filters: { handle } })
      const p = data[0] as unknown as { id: string; maker?: { id: string } | null; joint_brand?: { id: string } | null }
      return { id: p.id, maker_id: p.maker?.id ?? null, joint_brand_id: p.joint_brand?.id ?? null }
    }

    it("puts the old maker and brand links back when a later step fails", async () => {
      const before = await linksOf("jaemina-cork-trivet-kit")
      expect(before.maker_id).toBeTruthy()
      expect(before.joint_brand_id).toBeTruthy()
      const makers = getContainer().resolve(MAKERS_MODULE) as MakersModuleService
      const [other] = await makers.listMakers({ handle: "jaemina-yuseong" })
      const [brand] = await makers.listJointBrands({ handle: "sosodream" })

      const step = await failedStep(
        setProductMakerThenFailWorkflow(getContainer()).run({
          input: { product_id: before.id, maker_id: other.id, joint_brand_id: brand.id },
          throwOnError: false,
        })
      )
      expect(step).toBe("test-fail-after-links")
      expect(await linksOf("jaemina-cork-trivet-kit")).toEqual(before)
    })
  })
})
