export const REVALIDATE_MESSAGE: string
export function onTagsRevalidated(listener: (tags: string[] | string) => void): () => boolean
export function tagsRevalidated(tags: string[] | string): void
