import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { SEARCH_VERSION_SQL } from "../schema"

export class Migration20261123170000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of SEARCH_VERSION_SQL) this.addSql(sql)
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "search_version_seq";`)
  }
}
