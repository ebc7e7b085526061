import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { SEARCH_DROP_SQL, SEARCH_TABLES_SQL, SEARCH_TRIGRAM_SQL } from "../schema"

export class Migration20261123160000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of SEARCH_TABLES_SQL) this.addSql(sql)
    this.addSql(SEARCH_TRIGRAM_SQL)
  }

  override async down(): Promise<void> {
    for (const sql of SEARCH_DROP_SQL) this.addSql(sql)
  }
}
