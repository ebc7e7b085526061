import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201124500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "attribution_adjustment" ("id" text not null, "order_id" text not null, "line_item_id" text null, "maker_id" text not null, "kind" text check ("kind" in ('cancel', 'return', 'refund')) not null, "quantity" integer not null, "amount" numeric not null, "shipping_amount" numeric not null, "occurred_at" timestamptz not null, "reference" text null, "created_by" text null, "reason" text null, "raw_amount" jsonb not null, "raw_shipping_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attribution_adjustment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_adjustment_deleted_at" ON "attribution_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_adjustment_order_id" ON "attribution_adjustment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_adjustment_maker_id_occurred_at" ON "attribution_adjustment" ("maker_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_adjustment_occurred_at" ON "attribution_adjustment" ("occurred_at") WHERE deleted_at IS NULL;`);
    // Orders canceled before adjustments existed: their rows carried canceled_at and dropped out
    // of the report. The report now counts every row and nets adjustments, so those cancels
    // become adjustments (goods only; the fee they were charged is not in the report).
    this.addSql(`insert into "attribution_adjustment" ("id", "order_id", "line_item_id", "maker_id", "kind", "quantity", "amount", "shipping_amount", "occurred_at", "reference", "created_by", "reason", "raw_amount", "raw_shipping_amount")
      select 'aadj_' || substr(md5(la."id"), 1, 26), la."order_id", la."line_item_id", la."maker_id", 'cancel', la."quantity", -la."amount", 0, la."canceled_at", la."order_id", null, 'migration',
        jsonb_build_object('value', (-la."amount")::text, 'precision', 20), jsonb_build_object('value', '0', 'precision', 20)
      from "line_attribution" la where la."canceled_at" is not null and la."deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attribution_adjustment" cascade;`);
  }

}
