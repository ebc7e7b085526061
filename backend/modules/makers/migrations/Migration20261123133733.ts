import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123133733 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_handle_unique";`);
    this.addSql(`alter table if exists "joint_brand" drop constraint if exists "joint_brand_handle_unique";`);
    this.addSql(`alter table if exists "center" drop constraint if exists "center_handle_unique";`);
    this.addSql(`create table if not exists "center" ("id" text not null, "handle" text not null, "name" text not null, "level" text check ("level" in ('regional', 'local')) not null, "parent_id" text null, "region" text not null, "address" text null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "center_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_center_deleted_at" ON "center" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_center_handle_unique" ON "center" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_center_parent_id" ON "center" ("parent_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "joint_brand" ("id" text not null, "handle" text not null, "name" text not null, "slogan" text null, "description" text not null default '', "logo_url" text null, "owner_center_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "joint_brand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_joint_brand_owner_center_id" ON "joint_brand" ("owner_center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_joint_brand_deleted_at" ON "joint_brand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_joint_brand_handle_unique" ON "joint_brand" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('self_sufficiency_enterprise', 'regional_enterprise', 'work_unit')) not null, "legal_form" text null, "region" text not null, "founded_on" text null, "story" text not null default '', "phone" text null, "email" text null, "address" text null, "business_registration_number" text null, "mail_order_number" text null, "representative" text null, "logo_url" text null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "center_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_center_id" ON "maker" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_deleted_at" ON "maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_handle_unique" ON "maker" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_region" ON "maker" ("region") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_kind" ON "maker" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "joint_brand_member" ("joint_brand_id" text not null, "maker_id" text not null, constraint "joint_brand_member_pkey" primary key ("joint_brand_id", "maker_id"));`);

    this.addSql(`create table if not exists "maker_certification" ("id" text not null, "name" text not null, "number" text not null, "valid_until" text null, "maker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_certification_maker_id" ON "maker_certification" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_certification_deleted_at" ON "maker_certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "joint_brand" add constraint "joint_brand_owner_center_id_foreign" foreign key ("owner_center_id") references "center" ("id") on update cascade;`);

    this.addSql(`alter table if exists "maker" add constraint "maker_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade;`);

    this.addSql(`alter table if exists "joint_brand_member" add constraint "joint_brand_member_joint_brand_id_foreign" foreign key ("joint_brand_id") references "joint_brand" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "joint_brand_member" add constraint "joint_brand_member_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "maker_certification" add constraint "maker_certification_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "joint_brand" drop constraint if exists "joint_brand_owner_center_id_foreign";`);

    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_center_id_foreign";`);

    this.addSql(`alter table if exists "joint_brand_member" drop constraint if exists "joint_brand_member_joint_brand_id_foreign";`);

    this.addSql(`alter table if exists "joint_brand_member" drop constraint if exists "joint_brand_member_maker_id_foreign";`);

    this.addSql(`alter table if exists "maker_certification" drop constraint if exists "maker_certification_maker_id_foreign";`);

    this.addSql(`drop table if exists "center" cascade;`);

    this.addSql(`drop table if exists "joint_brand" cascade;`);

    this.addSql(`drop table if exists "maker" cascade;`);

    this.addSql(`drop table if exists "joint_brand_member" cascade;`);

    this.addSql(`drop table if exists "maker_certification" cascade;`);
  }

}
