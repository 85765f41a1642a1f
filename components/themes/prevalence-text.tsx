import type { PrevalenceCell } from "@/lib/themes/prevalence-cell";

/** "34%" with "(120 of 352)" beneath; hidden counts read as shown ("<10"). */
export function PrevalenceText({ cell }: { cell: PrevalenceCell | null }) {
  if (!cell) return <span className="text-gray-600">–</span>;
  return (
    <span className="inline-flex flex-col tabular-nums">
      <span className="font-medium text-gray-900">{cell.shareDisplay}</span>
      <span className="text-xs text-gray-700">
        {cell.raised.display} of {cell.base.display}
      </span>
    </span>
  );
}
