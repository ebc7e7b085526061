/** An event's `data.id`: one id, or several when a module event was aggregated over many rows. */
export function eventIds(data: { id?: string | string[] } | undefined): string[] {
  return [data?.id ?? []].flat().filter((id): id is string => typeof id === "string" && id !== "")
}
