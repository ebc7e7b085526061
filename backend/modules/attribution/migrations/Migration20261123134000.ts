import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123134000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "line_attribution" drop constraint if exists "line_attribution_line_item_id_maker_id_unique";`);
    this.addSql(`create table if not exists "line_attribution" ("id" text not null, "order_id" text not null, "order_display_id" integer null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "product_title" text not null, "maker_id" text not null, "maker_handle" text not null, "maker_name" text not null, "maker_business_registration_number" text null, "quantity" integer not null, "amount" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "canceled_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "line_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_line_attribution_deleted_at" ON "line_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_line_attribution_line_item_id_maker_id_unique" ON "line_attribution" ("line_item_id", "maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_line_attribution_order_id" ON "line_attribution" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_line_attribution_maker_id_placed_at" ON "line_attribution" ("maker_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_line_attribution_placed_at" ON "line_attribution" ("placed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "line_attribution" cascade;`);
  }

}
