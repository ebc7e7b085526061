import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** 특판 할인 보전: a `subsidy` line kind and the statement's `subsidy_amount` total. */
export class Migration20261201201500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_kind_check";`)
    this.addSql(`alter table if exists "settlement_line" add constraint "settlement_line_kind_check" check ("kind" in ('sale', 'shipping', 'refund', 'fee', 'subsidy', 'carry_over', 'adjustment'));`)
    this.addSql(`alter table if exists "settlement_statement" add column if not exists "subsidy_amount" numeric not null default 0, add column if not exists "raw_subsidy_amount" jsonb not null default '{"value":"0","precision":20}';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "settlement_line" drop constraint if exists "settlement_line_kind_check";`)
    this.addSql(`alter table if exists "settlement_line" add constraint "settlement_line_kind_check" check ("kind" in ('sale', 'shipping', 'refund', 'fee', 'carry_over', 'adjustment'));`)
    this.addSql(`alter table if exists "settlement_statement" drop column if exists "subsidy_amount", drop column if exists "raw_subsidy_amount";`)
  }
}
