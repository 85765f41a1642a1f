import { compareValues } from "./compare-values";

/**
 * Row order for attribute values: `listed` first as given (even those not found), then the other values
 * found in natural order, then `notStated` last if found.
 */
export function orderSegments(found: Iterable<string>, listed: readonly string[], notStated: string): string[] {
  const present = new Set(found);
  const rest = [...present].filter((value) => !listed.includes(value) && value !== notStated).sort(compareValues);
  const last = present.has(notStated) && !listed.includes(notStated) ? [notStated] : [];
  return [...listed, ...rest, ...last];
}
