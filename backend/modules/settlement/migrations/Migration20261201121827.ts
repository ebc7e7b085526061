import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201121827 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_statement_id_key_unique";`);
    this.addSql(`alter table if exists "settlement_statement" drop constraint if exists "settlement_statement_maker_id_period_code_unique";`);
    this.addSql(`alter table if exists "settlement_period" drop constraint if exists "settlement_period_code_unique";`);
    this.addSql(`alter table if exists "settlement_fee_snapshot" drop constraint if exists "settlement_fee_snapshot_line_item_id_maker_id_unique";`);
    this.addSql(`create table if not exists "payout_account_change" ("id" text not null, "maker_id" text not null, "actor_type" text check ("actor_type" in ('user', 'seller')) not null, "actor_id" text not null, "old_bank" text null, "new_bank" text null, "old_account_number" text null, "new_account_number" text null, "old_account_holder" text null, "new_account_holder" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_change_deleted_at" ON "payout_account_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_change_maker_id_created_at" ON "payout_account_change" ("maker_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_fee_snapshot" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "maker_id" text not null, "rate_bp" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_fee_snapshot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_fee_snapshot_deleted_at" ON "settlement_fee_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_fee_snapshot_line_item_id_maker_id_unique" ON "settlement_fee_snapshot" ("line_item_id", "maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_fee_snapshot_order_id" ON "settlement_fee_snapshot" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_period" ("id" text not null, "code" text not null, "cycle" text check ("cycle" in ('monthly', 'weekly')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_period_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_period_deleted_at" ON "settlement_period" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_period_code_unique" ON "settlement_period" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_statement" ("id" text not null, "maker_id" text not null, "period_code" text not null, "status" text check ("status" in ('draft', 'confirmed', 'paid')) not null default 'draft', "sales_amount" numeric not null default 0, "shipping_amount" numeric not null default 0, "refund_amount" numeric not null default 0, "adjustment_amount" numeric not null default 0, "fee_amount" numeric not null default 0, "carry_over_amount" numeric not null default 0, "net_sales_amount" numeric not null default 0, "net_amount" numeric not null default 0, "balance_amount" numeric not null default 0, "payout_amount" numeric not null default 0, "carry_forward_amount" numeric not null default 0, "maker_name" text null, "business_registration_number" text null, "payout_bank" text null, "payout_account_number" text null, "payout_account_holder" text null, "confirmed_at" timestamptz null, "confirmed_by" text null, "paid_on" text null, "transfer_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "period_id" text not null, "raw_sales_amount" jsonb not null default '{"value":"0","precision":20}', "raw_shipping_amount" jsonb not null default '{"value":"0","precision":20}', "raw_refund_amount" jsonb not null default '{"value":"0","precision":20}', "raw_adjustment_amount" jsonb not null default '{"value":"0","precision":20}', "raw_fee_amount" jsonb not null default '{"value":"0","precision":20}', "raw_carry_over_amount" jsonb not null default '{"value":"0","precision":20}', "raw_net_sales_amount" jsonb not null default '{"value":"0","precision":20}', "raw_net_amount" jsonb not null default '{"value":"0","precision":20}', "raw_balance_amount" jsonb not null default '{"value":"0","precision":20}', "raw_payout_amount" jsonb not null default '{"value":"0","precision":20}', "raw_carry_forward_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_period_id" ON "settlement_statement" ("period_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_deleted_at" ON "settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_statement_maker_id_period_code_unique" ON "settlement_statement" ("maker_id", "period_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_period_code" ON "settlement_statement" ("period_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_status" ON "settlement_statement" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_line" ("id" text not null, "key" text not null, "kind" text check ("kind" in ('sale', 'shipping', 'refund', 'fee', 'carry_over', 'adjustment')) not null, "maker_id" text not null, "order_id" text null, "order_display_id" integer null, "line_item_id" text null, "product_title" text null, "quantity" integer null, "amount" numeric not null, "rate_bp" integer null, "reference" text null, "label" text not null, "occurred_at" timestamptz null, "position" integer not null default 0, "statement_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_statement_id" ON "settlement_line" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_deleted_at" ON "settlement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_line_statement_id_key_unique" ON "settlement_line" ("statement_id", "key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_maker_id_key" ON "settlement_line" ("maker_id", "key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_line_order_id" ON "settlement_line" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "settlement_statement" add constraint "settlement_statement_period_id_foreign" foreign key ("period_id") references "settlement_period" ("id") on update cascade;`);

    this.addSql(`alter table if exists "settlement_line" add constraint "settlement_line_statement_id_foreign" foreign key ("statement_id") references "settlement_statement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "settlement_statement" drop constraint if exists "settlement_statement_period_id_foreign";`);

    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_statement_id_foreign";`);

    this.addSql(`drop table if exists "payout_account_change" cascade;`);

    this.addSql(`drop table if exists "settlement_fee_snapshot" cascade;`);

    this.addSql(`drop table if exists "settlement_period" cascade;`);

    this.addSql(`drop table if exists "settlement_statement" cascade;`);

    this.addSql(`drop table if exists "settlement_line" cascade;`);
  }

}
