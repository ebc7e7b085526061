import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MAKERS_MODULE } from "../../../modules/makers"

/** What a product is linked to: its one maker and at most one joint brand. */
export type ProductLinks = { product_id: string; maker_id: string | null; joint_brand_id: string | null }

type Link = ReturnType<typeof makerLink> | ReturnType<typeof brandLink>

const makerLink = (product_id: string, maker_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [MAKERS_MODULE]: { maker_id },
})
const brandLink = (product_id: string, joint_brand_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [MAKERS_MODULE]: { joint_brand_id },
})

/** The links of `links` that differ from `other` (a link that stays is neither dismissed nor made). */
export function changedLinks(links: ProductLinks, other: ProductLinks): Link[] {
  const out: Link[] = []
  if (links.maker_id && links.maker_id !== other.maker_id) out.push(makerLink(links.product_id, links.maker_id))
  if (links.joint_brand_id && links.joint_brand_id !== other.joint_brand_id) out.push(brandLink(links.product_id, links.joint_brand_id))
  return out
}

export async function dismissLinks(container: MedusaContainer, links: Link[]) {
  if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
}

/**
 * Creates the links one at a time: the maker and the brand link live in two link tables, so a
 * single call could leave one made and the other not. On a failure the ones already made are
 * removed before the error goes on, so the step has changed nothing.
 */
export async function createLinks(container: MedusaContainer, links: Link[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const made: Link[] = []
  try {
    for (const l of links) {
      await link.create([l])
      made.push(l)
    }
  } catch (error) {
    if (made.length) await link.dismiss(made)
    throw error
  }
}
