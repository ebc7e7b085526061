import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { updateMakerWorkflow } from "./update-maker"

export const setMakerLogoWorkflowId = "set-maker-logo"

export type SetMakerLogoInput = {
  maker_id: string
  /** already checked and resized (backend/lib/images/prepare-image.ts), base64 */
  file: { filename: string; mimeType: string; content: string }
}

/**
 * A maker's new logo: the file goes through Medusa's file module, then `logo_url` through
 * update-maker (the maker event reindexes search). A failed update deletes the file again; the
 * old logo file is kept (documents already printed may show it).
 */
export const setMakerLogoWorkflow = createWorkflow(setMakerLogoWorkflowId, (input: SetMakerLogoInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: [{ ...input.file, access: "public" as const }] })),
  })
  const updated = updateMakerWorkflow.runAsStep({
    input: transform({ input, files }, ({ input, files }) => ({ id: input.maker_id, data: { logo_url: files[0].url } })),
  })
  return new WorkflowResponse(updated)
})
