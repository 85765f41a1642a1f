import type { Change } from "@/lib/analysis";

const WORDS = { "↑": "up", "↓": "down", "→": "no change" } as const;

/** A change with its arrow and, for screen readers, the direction in words. */
export function ChangeText({ change, unit }: { change: Change | null; unit?: string }) {
  if (!change) return <span className="text-gray-600">–</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      <span aria-hidden="true">{change.arrow} </span>
      {change.display}
      {unit ? ` ${unit}` : ""}
      <span className="sr-only"> ({WORDS[change.arrow]})</span>
    </span>
  );
}
