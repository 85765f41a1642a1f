"use client";

import { CodeKeyStrip } from "@/components/coding/code-key-strip";
import type { PickerCode } from "@/components/coding/code-picker";
import { KeyMapOverlay } from "@/components/coding/key-map-overlay";
import type { CodeKeys } from "@/components/coding/use-code-keys";

/** Above the grid: how its keys work, the coder's pinned keys, and "?" for the full list. */
export function GridKeysHelp({
  canCode,
  codeKeys,
  codes,
}: {
  canCode: boolean;
  codeKeys: CodeKeys;
  codes: readonly PickerCode[];
}) {
  if (!canCode)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-gray-700">Your role can read the answers but not code them.</p>
        <KeyMapOverlay page="grid" canCode={false} />
      </div>
    );
  return (
    <details className="rounded-md border border-gray-200 bg-white px-4 py-2 text-sm text-gray-800" open>
      <summary className="cursor-pointer font-medium">Keyboard</summary>
      <p className="mt-1">
        Click an answer or press <kbd>↓</kbd> in the list, then <kbd>↑</kbd>/<kbd>↓</kbd> or <kbd>j</kbd>/<kbd>k</kbd>{" "}
        to move. Press a digit to apply your pinned code to the whole answer, or select words first to code only them
        (the selection takes whole words; hold <kbd>Alt</kbd> as you select to take part of one); <kbd>c</kbd> opens
        every code. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last coding action, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
        <kbd>Z</kbd> redoes it.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CodeKeyStrip codeKeys={codeKeys} codes={codes} />
        <KeyMapOverlay page="grid" canCode />
      </div>
    </details>
  );
}
