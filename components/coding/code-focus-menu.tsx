"use client";

import { Focus } from "lucide-react";
import { Popover } from "radix-ui";
import { buttonClasses } from "@/components/ui/button";
import type { LegendEntry } from "./coding-records";
import type { StripeLook } from "./stripe-bars";

export interface CodeFocusMenuProps {
  legend: readonly LegendEntry[];
  looks: ReadonlyMap<number, StripeLook>;
  focused: ReadonlySet<number>;
  onChange: (focused: ReadonlySet<number>) => void;
}

/** Choose codes to highlight in the document; the text and stripes of every other code are dimmed. */
export function CodeFocusMenu({ legend, looks, focused, onChange }: CodeFocusMenuProps) {
  const names = legend.filter((entry) => focused.has(entry.codeId)).map((entry) => entry.codeName);
  const toggle = (codeId: number) => {
    const next = new Set(focused);
    if (next.has(codeId)) next.delete(codeId);
    else next.add(codeId);
    onChange(next);
  };
  return (
    <Popover.Root>
      <Popover.Trigger className={buttonClasses("secondary", "sm")} disabled={legend.length === 0}>
        <Focus className="size-4" aria-hidden="true" />
        {names.length === 0 ? "Focus on codes" : `Focus: ${names.length === 1 ? names[0] : `${names.length} codes`}`}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label="Focus on codes"
          className="z-50 max-h-96 w-80 max-w-[calc(100vw-2rem)] overflow-y-auto rounded-lg border border-gray-200 bg-white p-3 text-sm shadow-xl"
        >
          <fieldset>
            <legend className="mb-2 font-medium text-gray-900">Highlight these codes, dim the rest</legend>
            <ul className="space-y-1">
              {legend.map((entry) => {
                const look = looks.get(entry.codeId);
                return (
                  <li key={entry.codeId}>
                    <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-gray-50">
                      <input
                        type="checkbox"
                        checked={focused.has(entry.codeId)}
                        onChange={() => toggle(entry.codeId)}
                        className="size-4 accent-accent-700"
                      />
                      <span
                        aria-hidden="true"
                        className="h-4 w-0 shrink-0"
                        style={{ borderLeft: `4px ${look?.pattern ?? "solid"} ${look?.colour ?? entry.colour}` }}
                      />
                      <span className="min-w-0 flex-1 truncate text-gray-900">{entry.codeName}</span>
                      <span className="text-xs text-gray-700 tabular-nums">{entry.count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {focused.size > 0 ? (
            <button
              type="button"
              onClick={() => onChange(new Set())}
              className={buttonClasses("ghost", "sm", "mt-2 w-full")}
            >
              Show every code again
            </button>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
