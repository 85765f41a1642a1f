import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { AttributeList, CodeLabel, Context, segmentHref, Who } from "@/components/retrieval/segment-card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { CodeQueryPassage, CodeQueryResult } from "@/lib/retrieval/retrieve-segments";

const number = new Intl.NumberFormat("en-GB");

function PassageCard({ slug, row, attributeNames }: { slug: string; row: CodeQueryPassage; attributeNames: string[] }) {
  return (
    <li data-testid="query-passage" className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <ul className="flex flex-wrap gap-x-3" aria-label="Codes of the query here">
          {row.codes.map((code) => (
            <CodeLabel key={code.id} as="li" name={code.name} colour={code.colour} />
          ))}
        </ul>
        <Link href={segmentHref(slug, row)} className="font-medium">
          {row.documentTitle}
        </Link>
        {row.wave ? <Badge>Wave {row.wave}</Badge> : null}
        <Who slug={slug} source={row.source} />
        {row.coders.length > 0 ? <span className="text-gray-700">Coded by {row.coders.join(", ")}</span> : null}
      </div>
      <AttributeList attributes={row.attributes} names={attributeNames} />
      <Context row={row} />
    </li>
  );
}

/** A code query's passages: how many, in how many turns and answers, then one page of them. */
export function CodeQueryResults({
  slug,
  result,
  attributeNames,
  hrefFor,
}: {
  slug: string;
  result: CodeQueryResult;
  attributeNames: string[];
  hrefFor: (page: number) => string;
}) {
  return (
    <>
      <div className="mb-4 rounded-lg border border-gray-200 bg-white p-4" data-testid="retrieval-counts">
        <p className="text-sm text-gray-800">
          <strong data-testid="query-name">{result.name}</strong>:{" "}
          <strong data-testid="query-total">{number.format(result.total)}</strong>{" "}
          {result.total === 1 ? "passage" : "passages"} in{" "}
          <span data-testid="query-units">{number.format(result.unitCount)}</span>{" "}
          {result.unitCount === 1 ? "turn or answer" : "turns and answers"}.
        </p>
      </div>
      {result.total === 0 ? (
        <EmptyState title="No passages match" description="No coded text meets this query in these filters." />
      ) : (
        <>
          <ol className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" aria-label="Passages">
            {result.rows.map((row) => (
              <PassageCard
                key={`${row.documentId}-${row.start}`}
                slug={slug}
                row={row}
                attributeNames={attributeNames}
              />
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} label="Pages of passages" hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
