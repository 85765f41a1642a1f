import type { ReactNode } from "react";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import type { UnitCoding } from "@/lib/coding/list-unit-codings";
import { CodeLabel } from "./segment-card";

/** The unit's text with every coded stretch marked (overlaps marked once). */
function MarkedText({ text, start, codings }: { text: string; start: number; codings: UnitCoding[] }) {
  const cuts = [...new Set([0, text.length, ...codings.flatMap((c) => [c.start - start, c.end - start])])].sort(
    (a, b) => a - b,
  );
  const parts: ReactNode[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index], cuts[index + 1]];
    const piece = text.slice(from, to);
    const coded = codings.some((c) => c.start - start < to && c.end - start > from);
    parts.push(
      coded ? (
        <mark key={from} className="rounded-sm bg-amber-100 text-gray-900 shadow-[inset_0_-2px_0_#b45309]">
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
  }
  return <p className="leading-relaxed whitespace-pre-wrap text-gray-800">{parts}</p>;
}

/** A turn or answer on a person's page: its text, then each coding on it with the words it covers. */
export function CodedUnit({
  text,
  start,
  codings,
  label,
}: {
  text: string;
  start: number;
  codings: UnitCoding[];
  /** Names the list of codings for screen readers ("Codes on the answer to …"). */
  label: string;
}) {
  return (
    <div className="space-y-2">
      <MarkedText text={text} start={start} codings={codings} />
      {codings.length === 0 ? (
        <p className="text-sm text-gray-700">Not coded.</p>
      ) : (
        <ul className="space-y-1 text-sm" aria-label={label} data-testid="person-codings">
          {codings.map((coding) => (
            <li key={coding.id} className="flex flex-wrap items-baseline gap-x-2">
              <CodeLabel name={coding.codeName} colour={coding.colour} />
              <span className="text-gray-800">“{text.slice(coding.start - start, coding.end - start)}”</span>
              <span className="text-gray-700">coded by {coding.coderName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A person's attributes as a definition list. */
export function PersonAttributes({ attributes }: { attributes: [string, string][] }) {
  if (attributes.length === 0) return <p className="mb-6 text-sm text-gray-700">No attributes recorded.</p>;
  return (
    <dl
      className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-[auto_1fr_auto_1fr]"
      aria-label="Attributes"
    >
      {attributes.map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="text-gray-700">{attributeLabel(name)}</dt>
          <dd className="text-gray-900" data-testid={`person-attribute-${name.replaceAll(" ", "-")}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
