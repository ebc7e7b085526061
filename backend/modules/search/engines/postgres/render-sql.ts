/**
 * Builds SQL with named parameters ({{name}}) and turns them into positional `?` bindings in
 * the order they appear, so fragments can be assembled in any order without miscounting.
 */
export function renderSql(sql: string, params: Record<string, unknown>): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = []
  const text = sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing SQL parameter ${name}`)
    const value = params[name]
    bindings.push(Array.isArray(value) || (value && typeof value === "object") ? JSON.stringify(value) : value)
    return "?"
  })
  return { sql: text, bindings }
}

/** A text[] from a JSON-array parameter. */
export const textArray = (name: string) => `array(select jsonb_array_elements_text({{${name}}}::jsonb))`
