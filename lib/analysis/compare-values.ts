import type { Id } from "./types";

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "variant" });

/** Orders ids and labels naturally: numbers numerically, then strings with digit runs compared as numbers ("2" < "10"). */
export function compareValues(a: Id, b: Id): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
