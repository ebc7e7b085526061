import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 특판전: campaigns, their items and the sales made at their prices. */
export class Migration20261201121337 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sale_campaign" ("id" text not null, "title" text not null, "handle" text not null, "host_center" text not null, "co_hosts" text[] not null default '{}', "description" text not null default '', "banner_url" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "discount_bearer" text check ("discount_bearer" in ('maker', 'center', 'split')) not null default 'maker', "maker_share_percent" integer null, "price_list_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sale_campaign_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sale_campaign_handle_unique" ON "sale_campaign" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_status_starts_at_ends_at" ON "sale_campaign" ("status", "starts_at", "ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_deleted_at" ON "sale_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sale_campaign_item" ("id" text not null, "product_id" text not null, "maker_id" text not null, "discount_type" text check ("discount_type" in ('percent', 'fixed_price')) not null, "discount_value" integer not null, "per_customer_limit" integer null, "state" text check ("state" in ('accepted', 'proposed', 'declined')) not null default 'accepted', "campaign_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sale_campaign_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_item_campaign_id" ON "sale_campaign_item" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_item_deleted_at" ON "sale_campaign_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sale_campaign_item_campaign_id_product_id_unique" ON "sale_campaign_item" ("campaign_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_item_product_id" ON "sale_campaign_item" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_campaign_item_maker_id" ON "sale_campaign_item" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "sale_campaign_item" add constraint "sale_campaign_item_campaign_id_foreign" foreign key ("campaign_id") references "sale_campaign" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table if not exists "campaign_sale" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "campaign_id" text not null, "maker_id" text not null, "product_id" text not null, "variant_id" text null, "product_title" text not null, "quantity" integer not null, "regular_unit_price" integer not null, "sale_unit_price" integer not null, "line_total" integer not null, "discount_bearer" text check ("discount_bearer" in ('maker', 'center', 'split')) not null, "placed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_sale_line_item_id_unique" ON "campaign_sale" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_sale_campaign_id_maker_id" ON "campaign_sale" ("campaign_id", "maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_sale_order_id" ON "campaign_sale" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_sale_deleted_at" ON "campaign_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_sale" cascade;`);
    this.addSql(`drop table if exists "sale_campaign_item" cascade;`);
    this.addSql(`drop table if exists "sale_campaign" cascade;`);
  }

}
