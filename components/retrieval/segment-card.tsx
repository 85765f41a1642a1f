import Link from "next/link";
import { unitHref } from "@/components/search/unit-href";
import { Badge } from "@/components/ui/badge";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import type { RetrievedSegment, SegmentSource } from "@/lib/retrieval/retrieve-segments";

type Located = Pick<RetrievedSegment, "documentId" | "start" | "end" | "text" | "source" | "context">;

export function segmentHref(slug: string, row: Located): string {
  if (!row.source) return `/projects/${slug}/documents/${row.documentId}?at=${row.start}`;
  return unitHref(slug, {
    kind: row.source.kind,
    documentId: row.documentId,
    unitId: row.source.unitId,
    offset: row.start,
  });
}

/** The participant's or respondent's own page, when the speaker is a known participant. */
export function personHref(slug: string, source: SegmentSource | null): string | null {
  if (source?.kind === "answer") return `/projects/${slug}/respondents/${source.respondentId}`;
  if (source?.kind === "turn" && source.participantId !== null) {
    return `/projects/${slug}/participants/${source.participantId}`;
  }
  return null;
}

/** The speaker or respondent, linked to their page. */
export function Who({ slug, source }: { slug: string; source: SegmentSource | null }) {
  const label =
    source?.kind === "turn"
      ? (source.speaker ?? "No speaker")
      : source?.kind === "answer"
        ? `Respondent ${source.respondentExternalId}`
        : "—";
  const href = personHref(slug, source);
  return href ? (
    <Link href={href} className="text-gray-700 underline-offset-2">
      {label}
    </Link>
  ) : (
    <span className="text-gray-700">{label}</span>
  );
}

/** A code's name after its colour swatch. */
export function CodeLabel({ name, colour, as: Tag = "span" }: { name: string; colour: string; as?: "span" | "li" }) {
  return (
    <Tag className="inline-flex items-center gap-1.5 font-medium text-gray-900">
      <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: colour }} />
      {name}
    </Tag>
  );
}

export function AttributeList({ attributes, names }: { attributes: Record<string, string>; names: string[] }) {
  const shown = names.filter((name) => attributes[name] !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700">
      {shown.map((name) => (
        <div key={name} className="flex gap-1" data-attribute={name}>
          <dt className="font-medium">{attributeLabel(name)}:</dt>
          <dd data-testid={`attribute-${name.replaceAll(" ", "-")}`}>{attributes[name]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The turn or answer with the coded stretch marked, as React text. */
export function Context({ row }: { row: Located }) {
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
  return (
    <li data-testid="retrieved-segment" data-coding-id={row.codingId} className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <CodeLabel name={row.codeName} colour={row.colour} />
        <Link href={segmentHref(slug, row)} className="font-medium">
          {row.documentTitle}
        </Link>
        {row.wave ? <Badge>Wave {row.wave}</Badge> : null}
        <Who slug={slug} source={row.source} />
        <span className="text-gray-700">Coded by {row.coderName}</span>
      </div>
      <AttributeList attributes={row.attributes} names={attributeNames} />
      <Context row={row} />
    </li>
  );
}
