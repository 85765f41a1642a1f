"use client";

import type { LivePerson } from "./use-live-codings";

/** Who else has this document open, said in words; codings they make appear here as they make them. */
export function PresentCoders({ present, connected }: { present: readonly LivePerson[]; connected: boolean }) {
  const names = present.map((person) => person.name);
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600" aria-live="polite" data-testid="present-coders">
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${connected ? "bg-emerald-600" : "bg-slate-400"}`}
      />
      {names.length === 0
        ? connected
          ? "Live: nobody else has this open"
          : "Not live: reconnecting…"
        : `Also here: ${names.join(", ")}`}
    </p>
  );
}
