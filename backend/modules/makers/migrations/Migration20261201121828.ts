import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 정산: 판매수수료율 (bp, 0..10000), settlement cycle and the payout account of each maker. */
export class Migration20261201121828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" add column if not exists "commission_rate_bp" integer not null default 0, add column if not exists "settlement_cycle" text check ("settlement_cycle" in ('monthly', 'weekly')) not null default 'monthly', add column if not exists "payout_bank" text null, add column if not exists "payout_account_number" text null, add column if not exists "payout_account_holder" text null;`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_commission_rate_bp_check";`);
    this.addSql(`alter table if exists "maker" add constraint "maker_commission_rate_bp_check" check ("commission_rate_bp" >= 0 and "commission_rate_bp" <= 10000);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_commission_rate_bp_check";`);
    this.addSql(`alter table if exists "maker" drop column if exists "commission_rate_bp", drop column if exists "settlement_cycle", drop column if exists "payout_bank", drop column if exists "payout_account_number", drop column if exists "payout_account_holder";`);
  }

}
