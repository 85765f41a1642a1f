/** The first value of a search parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive whole number from a search parameter, or undefined. */
export function positiveIntParam(value: string | string[] | undefined): number | undefined {
  const raw = firstParam(value);
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined;
  const parsed = Number(raw);
  return parsed > 0 ? parsed : undefined;
}
