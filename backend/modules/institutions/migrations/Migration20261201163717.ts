import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201163717 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "institution" ("id" text not null, "customer_id" text not null, "name" text not null, "business_number" text not null, "contact_name" text not null, "contact_phone" text null, "contact_email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_deleted_at" ON "institution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_customer_id_unique" ON "institution" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "purchase_evidence" ("id" text not null, "cart_id" text not null, "order_id" text null, "customer_id" text not null, "kind" text check ("kind" in ('tax_invoice', 'cash_receipt')) not null, "business_number" text null, "company_name" text null, "representative" text null, "email" text null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_evidence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_evidence_deleted_at" ON "purchase_evidence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_evidence_cart_id_unique" ON "purchase_evidence" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_evidence_order_id_unique" ON "purchase_evidence" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "purchase_evidence" cascade;`);
    this.addSql(`drop table if exists "institution" cascade;`);
  }

}
