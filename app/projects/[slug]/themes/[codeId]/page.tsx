import { ListTree } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { type PageDb, requireProjectPage } from "@/app/_server/page";
import { projectPageTitle } from "@/app/_server/page-title";
import { CountingNote } from "@/components/agreement/counting-note";
import { AppShell } from "@/components/app-shell";
import { ThemeQuotes } from "@/components/quotes/theme-quotes";
import { firstParam } from "@/components/search-param";
import { BreakdownTable } from "@/components/themes/breakdown-table";
import { ChangeText } from "@/components/themes/change-text";
import { ComparisonBar } from "@/components/themes/comparison-bar";
import { LinkedMetricCard } from "@/components/themes/linked-metric-card";
import { MetricLinkEditor } from "@/components/themes/metric-link-editor";
import { SuppressionNote } from "@/components/themes/suppression-note";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { roleAllows } from "@/lib/auth/permissions";
import { loadProjectCodes } from "@/lib/codebook/load-project-codes";
import type { CodingViewer } from "@/lib/coding/coding-scope";
import { AppError } from "@/lib/errors";
import { loadMetricFigures } from "@/lib/metrics/load-metric-figures";
import { listCodeMetricLinks } from "@/lib/themes/code-metric-links";
import { getThemeSummary, type ThemeSummary } from "@/lib/themes/get-theme-summary";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; codeId: string }>;
}): Promise<Metadata> {
  const { slug, codeId } = await params;
  return projectPageTitle(
    slug,
    "read_summaries",
    "Themes",
    ({ db, project }) => loadProjectCodes(db, project.id).find((code) => String(code.id) === codeId)?.name ?? null,
  );
}

function Section({
  id,
  title,
  children,
  description,
}: {
  id: string;
  title: string;
  children: ReactNode;
  description?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
        {title}
      </h2>
      {description ? <div className="mt-1 max-w-prose text-sm text-gray-700">{description}</div> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

function loadSummary(
  db: PageDb,
  projectId: number,
  codeId: number,
  includeUnapprovedQuotes: boolean,
  compare: string | null,
  viewer: CodingViewer,
): ThemeSummary {
  try {
    return getThemeSummary(db, projectId, codeId, { includeUnapprovedQuotes, compare, viewer });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ThemeSummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; codeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, codeId: rawCodeId } = await params;
  const compare = firstParam((await searchParams).compare) ?? null;
  const { project, role, user, db } = await requireProjectPage(slug, "read_summaries");
  const codeId = /^\d{1,9}$/.test(rawCodeId) ? Number(rawCodeId) : Number.NaN;
  if (!(codeId > 0)) notFound();
  const canReadText = roleAllows(role, "read_text");
  const canCode = roleAllows(role, "code");
  // Note: a viewer gets approved quotes only; summaries carry counts and means, never answer or turn text.
  const summary = loadSummary(db, project.id, codeId, canReadText, compare, { userId: user.id, role });
  const { code, prevalence, threshold } = summary;

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "themes" }}>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href={`/projects/${slug}/themes`}>Themes</Link>
            {summary.parent ? (
              <>
                {" / "}
                <Link href={`/projects/${slug}/themes/${summary.parent.id}`}>{summary.parent.name}</Link>
              </>
            ) : null}
          </nav>
        }
        title={code.name}
        description={code.description || undefined}
        actions={
          canReadText ? (
            <Link href={`/projects/${slug}/retrieval?code=${code.id}`} className={buttonClasses("secondary")}>
              <ListTree className="size-4" aria-hidden="true" />
              Open the full retrieval
            </Link>
          ) : null
        }
      />
      <CountingNote text={countingStatement(db, project.id).text} />
      <ComparisonBar comparison={summary.comparison} path={`/projects/${slug}/themes/${code.id}`} />

      <Section id="definition" title="Definition and sub-codes">
        <dl className="grid max-w-prose gap-3 text-sm">
          <div>
            <dt className="font-semibold text-gray-900">Description</dt>
            <dd className="text-gray-800">{code.description || "No description yet."}</dd>
          </div>
          {code.inclusion ? (
            <div>
              <dt className="font-semibold text-gray-900">Include</dt>
              <dd className="whitespace-pre-wrap text-gray-800">{code.inclusion}</dd>
            </div>
          ) : null}
          {code.exclusion ? (
            <div>
              <dt className="font-semibold text-gray-900">Exclude</dt>
              <dd className="whitespace-pre-wrap text-gray-800">{code.exclusion}</dd>
            </div>
          ) : null}
          <div>
            <dt className="font-semibold text-gray-900">Sub-codes (counted as part of this theme)</dt>
            <dd>
              {summary.subcodes.length === 0 ? (
                <span className="text-gray-800">None.</span>
              ) : (
                <ul className="mt-1 space-y-1">
                  {summary.subcodes.map((sub) => (
                    <li key={sub.id} style={{ paddingLeft: `${(sub.relativeDepth - 1) * 1.25}rem` }}>
                      <Link href={`/projects/${slug}/themes/${sub.id}`}>{sub.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </Section>

      <Section
        id="prevalence"
        title="Prevalence"
        description="Respondents with at least one answer coded with this theme or a sub-code, out of respondents who answered at least one free-text question that wave."
      >
        {summary.waves.length === 0 ? (
          <EmptyState
            title="No survey answers yet"
            description="Prevalence appears once a survey with free-text questions is imported."
          />
        ) : (
          <>
            <Table>
              <TableCaption>Prevalence of {code.name} per wave</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Wave</TableHead>
                  <TableHead className="text-right">Raised it</TableHead>
                  <TableHead className="text-right">Answered a free-text question</TableHead>
                  <TableHead className="text-right">Share</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {prevalence.byWave.map((cell) => (
                  <TableRow key={cell.wave}>
                    <TableHead scope="row">{cell.wave}</TableHead>
                    <TableCell className="text-right tabular-nums">{cell.raised.display}</TableCell>
                    <TableCell className="text-right tabular-nums">{cell.base.display}</TableCell>
                    <TableCell className="text-right font-medium tabular-nums">{cell.shareDisplay}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {prevalence.from && prevalence.to ? (
              <p className="mt-2 text-sm text-gray-800" data-testid="prevalence-change">
                Change {prevalence.from} → {prevalence.to}:{" "}
                <ChangeText change={prevalence.change} unit="percentage points" />
              </p>
            ) : null}
            <h3 className="mt-6 mb-2 text-sm font-semibold text-gray-900">Per question</h3>
            <Table>
              <TableCaption>Prevalence of {code.name} per question and wave</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Question</TableHead>
                  {summary.waves.map((wave) => (
                    <TableHead key={wave} className="text-right">
                      {wave}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {prevalence.byQuestion.map((row) => (
                  <TableRow key={row.questionId}>
                    <TableHead scope="row" className="max-w-md">
                      {row.question}
                    </TableHead>
                    {row.cells.map((cell) => (
                      <TableCell key={cell.wave} className="text-right tabular-nums">
                        <span className="font-medium">{cell.shareDisplay}</span>
                        <span className="block text-xs text-gray-700">
                          {cell.raised.display} of {cell.base.display}
                        </span>
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <SuppressionNote threshold={threshold} />
          </>
        )}
      </Section>

      <Section
        id="focus-groups"
        title="Focus groups"
        description="Focus groups and turns with at least one coding of this theme or a sub-code."
      >
        <Table>
          <TableCaption>Focus groups and turns that raised {code.name}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Wave</TableHead>
              <TableHead className="text-right">Groups</TableHead>
              <TableHead className="text-right">Turns</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...summary.focusGroups.byWave, summary.focusGroups.total].map((row) => (
              <TableRow key={row.wave ?? "all"} className={row.wave === null ? "bg-gray-50" : undefined}>
                <TableHead scope="row">{row.wave ?? "All waves"}</TableHead>
                <TableCell className="text-right tabular-nums">
                  {row.groups} of {row.groupBase}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {row.turns} of {row.turnBase}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section
        id="breakdown"
        title="Breakdown by attribute"
        description="Among respondents who answered a free-text question in each wave."
      >
        {summary.breakdowns.length === 0 ? (
          <p className="text-sm text-gray-700">The respondents have no attributes to break down by.</p>
        ) : (
          <div className="space-y-6">
            {summary.breakdowns.map((breakdown) => (
              <BreakdownTable key={breakdown.attribute.key} breakdown={breakdown} themeName={code.name} />
            ))}
            <SuppressionNote threshold={threshold} />
          </div>
        )}
      </Section>

      <Section
        id="linked-metrics"
        title="Linked survey metrics"
        description="Published figures are the headline; means computed from the imported answers show what this project's data says."
      >
        <div className="space-y-4">
          {summary.linkedMetrics.length === 0 ? (
            <p className="text-sm text-gray-700">No metric is linked to this theme.</p>
          ) : (
            summary.linkedMetrics.map((linked) => (
              <LinkedMetricCard
                key={linked.metric.id}
                linked={linked}
                themeName={code.name}
                comparisonLabel={summary.comparison.label}
              />
            ))
          )}
          {canCode ? (
            <MetricLinkEditor
              projectSlug={slug}
              codeId={code.id}
              codeName={code.name}
              links={listCodeMetricLinks(db, project.id, code.id)}
              metrics={loadMetricFigures(db, project.id).metrics.map((m) => ({ id: m.id, key: m.key, label: m.label }))}
            />
          ) : null}
        </div>
      </Section>

      <Section
        id="co-occurring"
        title="Co-occurring themes"
        description="Codes applied in the same answer or turn as this theme, counted once per answer or turn."
      >
        {summary.coOccurring.length === 0 ? (
          <p className="text-sm text-gray-700">No other code shares an answer or turn with this theme.</p>
        ) : (
          <Table>
            <TableCaption>Codes most often applied in the same answer or turn as {code.name}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Code</TableHead>
                <TableHead className="text-right">Answers and turns</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.coOccurring.map((row) => (
                <TableRow key={row.codeId}>
                  <TableHead scope="row">
                    <Link href={`/projects/${slug}/themes/${row.codeId}`}>{row.name}</Link>
                  </TableHead>
                  <TableCell className="text-right tabular-nums">{row.count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <div className="mt-10">
        <ThemeQuotes projectSlug={slug} codeId={code.id} quotes={summary.quotes} canReview={canReadText} />
      </div>
    </AppShell>
  );
}
