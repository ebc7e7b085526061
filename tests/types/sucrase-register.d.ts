// sucrase ships the types of its require hook (dist/types/register.d.ts) without mapping the
// dist/register entry to them
declare module "sucrase/dist/register" {
  export * from "sucrase/dist/types/register"
}
