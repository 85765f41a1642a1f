import { Search } from "lucide-react";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { CodeAllHits } from "@/components/search/code-all-hits";
import { SearchHits } from "@/components/search/search-hits";
import { firstParam, positiveIntParam } from "@/components/search-param";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { roleAllows } from "@/lib/auth/permissions";
import { listCodeKeys } from "@/lib/codebook/list-code-keys";
import { listCodebook } from "@/lib/codebook/list-codebook";
import { AppError } from "@/lib/errors";
import { type CodableHits, listCodableHits, type SearchResult, searchProject } from "@/lib/search/search-project";

export const metadata: Metadata = { title: "Search" };

const number = new Intl.NumberFormat("en-GB");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const query = await searchParams;
  const q = (firstParam(query.q) ?? "").slice(0, 2000);
  const page = positiveIntParam(query.page) ?? 1;
  const canCode = roleAllows(role, "code");
  const codingMode = canCode && firstParam(query.mode) === "code";
  const base = `/projects/${slug}/search`;

  let result: SearchResult | null = null;
  let codable: CodableHits | null = null;
  let problem: string | null = null;
  if (q.trim()) {
    try {
      if (codingMode) codable = listCodableHits(db, project.id, q);
      else result = searchProject(db, project.id, q, { page });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "invalid_input") throw error;
      problem = error.message;
    }
  }
  const pickerCodes =
    result && canCode
      ? listCodebook(db, project.id, { counts: false }).map(({ id, name, colour, path }) => ({
          id,
          name,
          colour,
          path,
        }))
      : [];
  const hrefFor = (target: number) =>
    `${base}?${new URLSearchParams({ q, ...(target > 1 ? { page: String(target) } : {}) })}`;

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "search" }}>
      <PageHeader
        title="Search"
        description="Search every transcript and survey answer in the project. A word also finds its other forms (caseload finds caseloads and caseloading); put it in quote marks to match it exactly. Use quote marks for a phrase, work* for words that start with work, and AND, OR, NOT in capitals."
      />
      <Form action={base} className="mb-6 flex flex-wrap items-end gap-3" aria-label="Search the project" role="search">
        <div className="min-w-64 flex-1 space-y-1.5">
          <Label htmlFor="search-query">Search for</Label>
          <Input
            id="search-query"
            name="q"
            type="search"
            defaultValue={q}
            placeholder='e.g. "pay rise" OR caseload*'
            aria-describedby={problem ? "search-problem" : undefined}
          />
        </div>
        {codingMode ? <input type="hidden" name="mode" value="code" /> : null}
        <Button type="submit">
          <Search className="size-4" aria-hidden="true" />
          Search
        </Button>
      </Form>

      {problem ? (
        <div id="search-problem">
          <Alert tone="error" title="This search cannot be run">
            <span data-testid="search-problem">{problem}</span>
          </Alert>
        </div>
      ) : null}

      {!q.trim() && !problem ? (
        <EmptyState
          icon={<Search className="size-8" />}
          title="Type a search"
          description="Hits are ranked, best first, 50 to a page."
        />
      ) : null}

      {codable ? (
        <>
          <p className="mb-4 text-sm">
            <Link href={`${base}?${new URLSearchParams({ q })}`}>Back to the search results</Link>
          </p>
          {codable.hits.length === 0 ? (
            <EmptyState title="Nothing to code" description="This search has no hits." />
          ) : (
            <CodeAllHits
              projectSlug={slug}
              query={q}
              terms={codable.terms}
              hits={codable.hits}
              truncated={codable.truncated}
              codes={listCodebook(db, project.id).map(({ id, name, depth }) => ({ id, name, depth }))}
              coderId={user.id}
            />
          )}
        </>
      ) : null}

      {result ? (
        <section aria-labelledby="hits-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="hits-title" className="text-lg font-semibold text-gray-900">
              <span data-testid="hit-count">
                {result.totalIsLowerBound ? "More than " : ""}
                {number.format(result.total)}
              </span>{" "}
              {result.total === 1 ? "hit" : "hits"}
            </h2>
            {canCode && result.total > 0 ? (
              <Link href={`${base}?${new URLSearchParams({ q, mode: "code" })}`} className={buttonClasses("secondary")}>
                Code all hits…
              </Link>
            ) : null}
          </div>
          {result.hits.length === 0 ? (
            <EmptyState
              title={result.total > 0 ? "No hits on this page" : "No hits"}
              description={
                result.total > 0 ? (
                  <Link href={hrefFor(1)}>Go to the first page</Link>
                ) : (
                  "Try fewer words, OR between them, or a prefix such as support*."
                )
              }
            />
          ) : (
            <>
              <SearchHits
                projectSlug={slug}
                hits={result.hits}
                canCode={canCode}
                coderId={user.id}
                codes={pickerCodes}
                codeKeys={canCode ? listCodeKeys(db, project.id, user.id) : []}
              />
              <Pagination page={result.page} pageCount={result.pageCount} label="Pages of hits" hrefFor={hrefFor} />
            </>
          )}
        </section>
      ) : null}
    </AppShell>
  );
}
