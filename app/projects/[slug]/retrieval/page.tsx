import { Download, ListTree } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { CountingNote } from "@/components/agreement/counting-note";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { CodeQueryBuilder } from "@/components/retrieval/code-query-builder";
import { CodeQueryResults } from "@/components/retrieval/code-query-results";
import { FilterForm } from "@/components/retrieval/filter-form";
import { SegmentCard } from "@/components/retrieval/segment-card";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { roleAllows } from "@/lib/auth/permissions";
import { listCodebook } from "@/lib/codebook/list-codebook";
import { AppError } from "@/lib/errors";
import { listRetrievalChoices } from "@/lib/retrieval/list-retrieval-choices";
import { ATTRIBUTE_PARAM_PREFIX, parseRetrievalParams, retrievalSearchParams } from "@/lib/retrieval/retrieval-params";
import { type CodeQueryResult, type Retrieval, retrieveSegments } from "@/lib/retrieval/retrieve-segments";
import { runCodeQuery } from "@/lib/retrieval/run-code-query";

export const metadata: Metadata = { title: "Retrieval" };

const number = new Intl.NumberFormat("en-GB");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-semibold text-gray-800">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-start gap-2 text-sm text-gray-800">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            defaultChecked={checked.includes(option.value)}
            className="mt-0.5 size-4 shrink-0 accent-accent-700"
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export default async function RetrievalPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const { filter, page } = parseRetrievalParams(await searchParams);
  const codes = listCodebook(db, project.id, { includeArchived: true });
  const choices = listRetrievalChoices(db, project.id);
  let result: Retrieval | null = null;
  let queryResult: CodeQueryResult | null = null;
  let problem: string | null = null;
  if (filter) {
    try {
      const viewer = { userId: user.id, role };
      if (filter.joins?.length) queryResult = runCodeQuery(db, project.id, filter, { page, viewer });
      else result = retrieveSegments(db, project.id, filter, { page, viewer });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "not_found") throw error;
      problem = "That code is not in this project. Choose another.";
    }
  }
  const canExport = roleAllows(role, "export_raw");
  const base = `/projects/${slug}/retrieval`;
  const attributeNames = choices.attributes.map((attribute) => attribute.name);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "retrieval" }}>
      <PageHeader
        title="Retrieval"
        description="Every segment coded with a code, with where it comes from and who said it. Add more codes joined by AND, OR, AND NOT or NEAR for a code query, and narrow it down with the filters."
        actions={
          (result ?? queryResult) && canExport && (result ?? queryResult)!.total > 0 ? (
            <a
              href={`/api/projects/${slug}/retrieval/export?${retrievalSearchParams(filter!).toString()}`}
              className={buttonClasses("secondary")}
              download
            >
              <Download className="size-4" aria-hidden="true" />
              Export CSV ({number.format((result ?? queryResult)!.total)})
            </a>
          ) : null
        }
      />
      <CountingNote text={countingStatement(db, project.id).text} />
      <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
        <FilterForm
          action={base}
          label="Retrieval filters"
          className="w-full shrink-0 space-y-5 rounded-lg border border-gray-200 bg-white p-4 lg:w-72"
        >
          <CodeQueryBuilder
            codes={codes.map(({ id, name, depth, archived }) => ({ id, name, depth, archived }))}
            codeId={filter?.codeId ?? null}
            joins={filter?.joins ?? []}
          />
          <label className="flex items-center gap-2 text-sm font-medium text-gray-800">
            <input
              type="checkbox"
              name="sub"
              value="1"
              defaultChecked={filter?.includeSubcodes ?? false}
              className="size-4 accent-accent-700"
            />
            Include sub-codes
          </label>
          <CheckboxGroup
            legend="Wave"
            name="wave"
            options={choices.waves.map((wave) => ({ value: wave, label: wave }))}
            checked={filter?.waves ?? []}
          />
          {choices.attributes.map((attribute) => (
            <CheckboxGroup
              key={attribute.name}
              legend={attributeLabel(attribute.name)}
              name={`${ATTRIBUTE_PARAM_PREFIX}${attribute.name}`}
              options={attribute.values.map((value) => ({ value, label: value }))}
              checked={filter?.attributes?.[attribute.name] ?? []}
            />
          ))}
          <details open={Boolean(filter?.documentIds?.length)}>
            <summary className="cursor-pointer text-sm font-semibold text-gray-800">Documents</summary>
            <div className="mt-2">
              <CheckboxGroup
                legend="Only these documents"
                name="doc"
                options={choices.documents.map((document) => ({
                  value: String(document.id),
                  label: `${document.title}${document.wave ? ` (${document.wave})` : ""}`,
                }))}
                checked={(filter?.documentIds ?? []).map(String)}
              />
            </div>
          </details>
          <CheckboxGroup
            legend="Coder"
            name="coder"
            options={choices.coders.map((coder) => ({ value: String(coder.id), label: coder.name }))}
            checked={(filter?.coderIds ?? []).map(String)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">Apply filters</Button>
            {filter ? (
              <Link
                href={`${base}?${retrievalSearchParams({ codeId: filter.codeId, joins: filter.joins, includeSubcodes: filter.includeSubcodes }).toString()}`}
                className={buttonClasses("ghost")}
              >
                Clear filters
              </Link>
            ) : null}
          </div>
        </FilterForm>

        <section aria-labelledby="results-title" className="min-w-0 flex-1">
          <h2 id="results-title" className="sr-only">
            Segments
          </h2>
          {problem ? <p className="mb-4 text-sm font-medium text-red-700">{problem}</p> : null}
          {queryResult ? (
            <CodeQueryResults
              slug={slug}
              result={queryResult}
              attributeNames={attributeNames}
              hrefFor={(target) => `${base}?${retrievalSearchParams(filter!, target).toString()}`}
            />
          ) : !result ? (
            <EmptyState
              icon={<ListTree className="size-8" />}
              title="Choose a code"
              description="Pick a code in the filters to see every segment coded with it."
            />
          ) : (
            <>
              <div className="mb-4 rounded-lg border border-gray-200 bg-white p-4" data-testid="retrieval-counts">
                <p className="text-sm text-gray-800">
                  <strong data-testid="retrieval-total">{number.format(result.total)}</strong>{" "}
                  {result.total === 1 ? "coding" : "codings"} match.
                </p>
                {result.counts.length > 1 ? (
                  <ul className="mt-2 space-y-0.5 text-sm text-gray-800" aria-label="Codings per code">
                    {result.counts.map((count) => (
                      <li key={count.codeId} style={{ paddingLeft: `${count.depth}rem` }} className="flex gap-2">
                        <span>{count.name}</span>
                        <span className="text-gray-700 tabular-nums">{number.format(count.count)}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
              {result.total === 0 ? (
                <EmptyState title="No segments match" description="This code has no codings in these filters." />
              ) : (
                <>
                  <ol
                    className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white"
                    aria-label="Coded segments"
                  >
                    {result.rows.map((row) => (
                      <SegmentCard key={row.codingId} slug={slug} row={row} attributeNames={attributeNames} />
                    ))}
                  </ol>
                  <Pagination
                    page={result.page}
                    pageCount={result.pageCount}
                    label="Pages of segments"
                    hrefFor={(target) => `${base}?${retrievalSearchParams(filter!, target).toString()}`}
                  />
                </>
              )}
            </>
          )}
        </section>
      </div>
    </AppShell>
  );
}
