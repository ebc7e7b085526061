import type { Plugin } from "vite" with { "resolution-mode": "import" }

/**
 * The dashboard (i18next + browser language detector) reads the language from the `lng` cookie,
 * then localStorage `lng`, and otherwise falls back to English; it never looks at the browser's
 * language and Medusa has no setting for a default. Before the app starts, this script stores
 * Korean for a browser that has no choice yet. The language a user picks in the profile is cached
 * under the same keys by the detector, so English (or any other) stays selectable and sticks.
 */
export const ADMIN_DEFAULT_LANGUAGE = "ko"

const SCRIPT =
  `(function(){try{if(!/(?:^|; )lng=/.test(document.cookie)&&!localStorage.getItem("lng"))` +
  `localStorage.setItem("lng",${JSON.stringify(ADMIN_DEFAULT_LANGUAGE)})}catch(e){}})()`

/** The admin's index.html, marked Korean, with the script ahead of the app. */
export function koreanIndexHtml(html: string) {
  return {
    html: html.replace(/<html(?![^>]*\blang=)/, `<html lang="${ADMIN_DEFAULT_LANGUAGE}"`),
    tags: [{ tag: "script", children: SCRIPT, injectTo: "head-prepend" as const }],
  }
}

/** Vite plugin for medusa-config's `admin.vite`: Korean as the admin's first language. */
export function adminKoreanByDefault(): Plugin {
  return { name: "jahwal:admin-korean-by-default", transformIndexHtml: koreanIndexHtml }
}
