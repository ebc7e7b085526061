import { model } from "@medusajs/framework/utils"

/**
 * The search document of one product (id = product id). Declared so the module gets its database
 * connection; the engine reads and writes it with SQL (see ../schema.ts for the full table and
 * its companions search_posting and search_word).
 */
export const SearchDocument = model.define("search_document", {
  id: model.text().primaryKey(),
  handle: model.text(),
  title: model.text(),
  status: model.text(),
})
