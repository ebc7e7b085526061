import { Alert, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "./errors"

/** Placeholder rows while a list loads. */
export function LoadingState({ rows = 5 }: { rows?: number }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="불러오는 중">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  )
}

export function EmptyState({ title, description }: { title: string; description?: string }) {
  return (
    <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
      <Text size="small" weight="plus">
        {title}
      </Text>
      {description ? (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      ) : null}
    </div>
  )
}

export function ErrorState({ error }: { error: unknown }) {
  return (
    <div className="px-6 py-4">
      <Alert variant="error">{errorMessage(error)}</Alert>
    </div>
  )
}
