/** The attributes asked of every participant and respondent, in the order columns and filters show them. */
export const STANDARD_ATTRIBUTES = [
  "region",
  "role",
  "employment type",
  "gender",
  "ethnicity",
  "years qualified",
] as const;

/** The standard attributes first, in their order, then any others alphabetically. */
export function orderAttributeNames(names: Iterable<string>): string[] {
  const rank = (name: string) => {
    const index = (STANDARD_ATTRIBUTES as readonly string[]).indexOf(name);
    return index === -1 ? STANDARD_ATTRIBUTES.length : index;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "en-GB"));
}
