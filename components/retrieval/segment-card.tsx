import Link from "next/link";
import { unitHref } from "@/components/search/unit-href";
import { Badge } from "@/components/ui/badge";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import type { RetrievedSegment } from "@/lib/retrieval/retrieve-segments";

function segmentHref(slug: string, row: RetrievedSegment): string {
  if (!row.source) return `/projects/${slug}/documents/${row.documentId}?at=${row.start}`;
  return unitHref(slug, {
    kind: row.source.kind,
    documentId: row.documentId,
    unitId: row.source.unitId,
    offset: row.start,
  });
}

/** The turn or answer with the coded stretch marked, as React text. */
function Context({ row }: { row: RetrievedSegment }) {
  if (!row.context) return <p className="leading-relaxed whitespace-pre-wrap text-gray-900">{row.text}</p>;
  const { text, start } = row.context;
  const from = Math.max(0, row.start - start);
  const to = Math.min(text.length, row.end - start);
  return (
    <p className="leading-relaxed whitespace-pre-wrap text-gray-800">
      {text.slice(0, from)}
      <mark className="rounded-sm bg-amber-100 text-gray-900 shadow-[inset_0_-2px_0_#b45309]">
        {text.slice(from, to)}
      </mark>
      {text.slice(to)}
      {row.end - start > text.length ? <span className="text-gray-700"> …(the segment runs on)</span> : null}
    </p>
  );
}

export function SegmentCard({
  slug,
  row,
  attributeNames,
}: {
  slug: string;
  row: RetrievedSegment;
  attributeNames: string[];
}) {
  const who =
    row.source?.kind === "turn"
      ? (row.source.speaker ?? "No speaker")
      : row.source?.kind === "answer"
        ? `Respondent ${row.source.respondentExternalId}`
        : "—";
  const shown = attributeNames.filter((name) => row.attributes[name] !== undefined);
  return (
    <li data-testid="retrieved-segment" data-coding-id={row.codingId} className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1.5 font-medium text-gray-900">
          <span
            aria-hidden="true"
            className="inline-block size-2.5 rounded-full"
            style={{ backgroundColor: row.colour }}
          />
          {row.codeName}
        </span>
        <Link href={segmentHref(slug, row)} className="font-medium">
          {row.documentTitle}
        </Link>
        {row.wave ? <Badge>Wave {row.wave}</Badge> : null}
        <span className="text-gray-700">{who}</span>
        <span className="text-gray-700">Coded by {row.coderName}</span>
      </div>
      {shown.length > 0 ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700">
          {shown.map((name) => (
            <div key={name} className="flex gap-1" data-attribute={name}>
              <dt className="font-medium">{attributeLabel(name)}:</dt>
              <dd data-testid={`attribute-${name.replaceAll(" ", "-")}`}>{row.attributes[name]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <Context row={row} />
    </li>
  );
}
