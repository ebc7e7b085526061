import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 상품 승인: seller requests (new listings, content edits of published products). */
export class Migration20261201100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "listing_revision" ("id" text not null, "product_id" text not null, "maker_id" text not null, "member_id" text null, "kind" text check ("kind" in ('new', 'edit')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "changes" jsonb null, "previous" jsonb null, "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_revision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_product_id" ON "listing_revision" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_maker_id" ON "listing_revision" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_status" ON "listing_revision" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_deleted_at" ON "listing_revision" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_revision" cascade;`);
  }

}
