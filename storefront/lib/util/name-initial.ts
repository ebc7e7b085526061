/** Legal-form marks that open many Korean business names: (유), (주), ㈜, 사회적협동조합 … */
const LEGAL_PREFIX = /^\s*(?:\([^)]*\)|（[^）]*）|[㈜㈔㈕]|주식회사|유한회사|사단법인|사회적협동조합|협동조합)\s*/

/**
 * The letter to show in a round badge when a maker or brand has no logo: the first letter
 * of its own name, after any legal-form prefix ("(유)행복한밥상" → "행", "협동조합 함께밥상" → "함").
 */
export function nameInitial(name: string): string {
  let rest = name.trim()
  let next = rest.replace(LEGAL_PREFIX, "")
  while (next !== rest && next !== "") {
    rest = next
    next = rest.replace(LEGAL_PREFIX, "")
  }
  const letter = Array.from(rest).find((char) => /[\p{L}\p{N}]/u.test(char))
  return (letter ?? "?").toUpperCase()
}
