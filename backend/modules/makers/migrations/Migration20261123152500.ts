import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 업체별 배송: each maker's parcel fee and the subtotal from which it ships free. */
export class Migration20261123152500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" add column if not exists "shipping_base_fee" integer not null default 3000, add column if not exists "free_shipping_threshold" integer null default 30000;`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_shipping_base_fee_check";`);
    this.addSql(`alter table if exists "maker" add constraint "maker_shipping_base_fee_check" check ("shipping_base_fee" >= 0);`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_free_shipping_threshold_check";`);
    this.addSql(`alter table if exists "maker" add constraint "maker_free_shipping_threshold_check" check ("free_shipping_threshold" is null or "free_shipping_threshold" >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_free_shipping_threshold_check";`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_shipping_base_fee_check";`);
    this.addSql(`alter table if exists "maker" drop column if exists "free_shipping_threshold", drop column if exists "shipping_base_fee";`);
  }

}
