/** A new selection in the order things were chosen: kept ones first, in their order, then the new ones. */
export function orderedSelection(current: readonly string[], next: ReadonlySet<string>): string[] {
  return [...current.filter((id) => next.has(id)), ...[...next].filter((id) => !current.includes(id))];
}
