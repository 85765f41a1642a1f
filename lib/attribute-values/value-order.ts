import { compareValues } from "../analysis";

/** The first number in a value ("0–2" → 0, "11+" → 11, "Under 25" → 25); null when it has none. */
function leadingNumber(value: string): number | null {
  const match = /-?\d+(?:\.\d+)?/.exec(value);
  return match ? Number(match[0]) : null;
}

/** Values in numeric order of their first number ("0–2", "3–5", "6–10", "11+"), those without one after. */
export function numericOrder(values: readonly string[]): string[] {
  return [...values].sort((a, b) => {
    const left = leadingNumber(a);
    const right = leadingNumber(b);
    if (left !== null && right !== null && left !== right) return left - right;
    if (left === null && right !== null) return 1;
    if (right === null && left !== null) return -1;
    return compareValues(a, b);
  });
}

/**
 * A comparison that follows the researcher's order (value → position): ordered values first by their
 * position, then the rest in natural order.
 */
export function compareInOrder(order: ReadonlyMap<string, number>): (a: string, b: string) => number {
  return (a, b) => {
    const left = order.get(a);
    const right = order.get(b);
    if (left !== undefined && right !== undefined) return left - right;
    if (left !== undefined) return -1;
    if (right !== undefined) return 1;
    return compareValues(a, b);
  };
}
