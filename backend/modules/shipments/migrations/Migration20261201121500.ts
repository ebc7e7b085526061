import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 업체별 배송 parcels of paid orders and the order lines in each (docs/shipping-and-settlement.md). */
export class Migration20261201121500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "parcel" ("id" text not null, "order_id" text not null, "maker_id" text not null, "fulfillment_id" text null, "carrier" text null, "tracking_number" text null, "status" text check ("status" in ('awaiting', 'shipped', 'confirmed', 'canceled')) not null default 'awaiting', "shipped_at" timestamptz null, "confirmed_at" timestamptz null, "confirmed_by" text check ("confirmed_by" in ('customer', 'auto', 'staff')) null, "shipping_amount" integer not null default 0, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "parcel_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_deleted_at" ON "parcel" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_parcel_order_id_maker_id_unique" ON "parcel" ("order_id", "maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_maker_id_status" ON "parcel" ("maker_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_status_shipped_at" ON "parcel" ("status", "shipped_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "parcel_item" ("id" text not null, "line_item_id" text not null, "quantity" integer not null, "parcel_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "parcel_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_item_parcel_id" ON "parcel_item" ("parcel_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_item_deleted_at" ON "parcel_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_parcel_item_line_item_id_unique" ON "parcel_item" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "parcel_item" add constraint "parcel_item_parcel_id_foreign" foreign key ("parcel_id") references "parcel" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "parcel_item" drop constraint if exists "parcel_item_parcel_id_foreign";`);
    this.addSql(`drop table if exists "parcel_item" cascade;`);
    this.addSql(`drop table if exists "parcel" cascade;`);
  }

}
