"use client";

import { useMemo } from "react";
import { codedShare, sharePercent } from "@/lib/coding/coded-share";
import type { StripeSpan } from "@/lib/coding/stripe-layout";

const number = new Intl.NumberFormat("en-GB");

/** How much of the document the codings shown cover: a share of its characters, and of its turns. */
export function CodedShareFigure({
  turns,
  records,
  unit = "turns",
}: {
  turns: readonly StripeSpan[];
  records: readonly { start: number; end: number }[];
  unit?: "turns" | "answers";
}) {
  const share = useMemo(() => codedShare(turns, records), [turns, records]);
  const percent = sharePercent(share.codedCharacters, share.totalCharacters);
  return (
    <p className="flex items-center gap-2 text-sm text-gray-700" data-testid="coded-share">
      <span aria-hidden="true" className="h-2 w-20 overflow-hidden rounded-full bg-gray-200">
        <span className="block h-full bg-accent-700" style={{ width: `${percent}%` }} />
      </span>
      <span>
        Coded: <strong className="font-semibold text-gray-900">{percent}%</strong> of the text (by characters) ·{" "}
        {number.format(share.codedTurns)} of {number.format(share.turnCount)} {unit}
      </span>
    </p>
  );
}
