import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** 참여 신청: a campaign's call window and note, and the reason staff give for declining a proposal. */
export class Migration20261201155000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sale_campaign" add column if not exists "call_starts_at" timestamptz null, add column if not exists "call_ends_at" timestamptz null, add column if not exists "call_note" text null;`);
    this.addSql(`alter table if exists "sale_campaign_item" add column if not exists "decline_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "sale_campaign" drop column if exists "call_starts_at", drop column if exists "call_ends_at", drop column if exists "call_note";`);
    this.addSql(`alter table if exists "sale_campaign_item" drop column if exists "decline_reason";`);
  }

}
