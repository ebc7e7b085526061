import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201091500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "order_access_revocation" ("id" text not null, "order_id" text not null, "revoked_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_access_revocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_access_revocation_deleted_at" ON "order_access_revocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_access_revocation_order_id_unique" ON "order_access_revocation" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_access_revocation" cascade;`);
  }

}
