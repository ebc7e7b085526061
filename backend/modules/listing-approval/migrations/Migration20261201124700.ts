import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 가격·재고 변경 기록 (listing_change_log): who changed which variant's price, tiers or stock, old → new. */
export class Migration20261201124700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "listing_change_log" ("id" text not null, "product_id" text not null, "variant_id" text not null, "maker_id" text not null, "member_id" text null, "field" text check ("field" in ('price', 'stock', 'tier_prices')) not null, "old_value" jsonb null, "new_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_change_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_change_log_product_id_created_at" ON "listing_change_log" ("product_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_change_log_maker_id" ON "listing_change_log" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_change_log_deleted_at" ON "listing_change_log" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_change_log" cascade;`);
  }

}
