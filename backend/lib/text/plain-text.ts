/**
 * Customer-typed one-liners and messages (orderer name, delivery note, gift card) stored as plain
 * text: tags and control characters removed (newlines kept where a message may have lines),
 * whitespace trimmed. Every page escapes it again when it renders; this keeps stored data clean.
 */
export function toPlainCustomerText(input: string, { multiline = false } = {}): string {
  const withoutTags = input.replace(/<\/?[a-zA-Z!][^>]*>?/g, "")
  const controls = multiline ? /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g : /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g
  const cleaned = withoutTags.replace(/\r\n?/g, "\n").replace(controls, multiline ? "" : " ")
  const lines = cleaned.split("\n").map((line) => line.replace(/\s+/g, " ").trim())
  return (multiline ? lines.join("\n").replace(/\n{3,}/g, "\n\n") : lines.join(" ")).trim()
}
