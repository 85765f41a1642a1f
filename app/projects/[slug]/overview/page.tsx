import { Download } from "lucide-react";
import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { CountingNote } from "@/components/agreement/counting-note";
import { AppShell } from "@/components/app-shell";
import { ChangeChart } from "@/components/charts/change-chart";
import { firstParam } from "@/components/search-param";
import { CoOccurrenceTable } from "@/components/themes/co-occurrence-table";
import { ComparisonBar } from "@/components/themes/comparison-bar";
import { HeatmapTable } from "@/components/themes/heatmap-table";
import { JointDisplayTable } from "@/components/themes/joint-display-table";
import { SuppressionNote } from "@/components/themes/suppression-note";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { getJointDisplay } from "@/lib/themes/get-joint-display";

export const metadata: Metadata = { title: "Themes and metrics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function JointDisplayPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_summaries");
  const query = await searchParams;
  const compare = firstParam(query.compare) ?? null;
  const display = getJointDisplay(db, project.id, {
    region: firstParam(query.region) ?? null,
    heatmapAttribute: firstParam(query.attribute) ?? null,
    heatmapWave: firstParam(query.wave) ?? null,
    compare,
    viewer: { userId: user.id, role },
  });
  const viewing = display.comparison.source === "view" ? compare : null;
  const exportQuery = new URLSearchParams([
    ...(display.region ? [["region", display.region]] : []),
    ...(viewing ? [["compare", viewing]] : []),
  ]).toString();
  const exportHref = `/api/projects/${slug}/overview/export${exportQuery ? `?${exportQuery}` : ""}`;
  const moved = display.themes.filter((theme) => theme.change !== null);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "joint-display" }}>
      <PageHeader
        eyebrow="Joint display"
        title="Themes and survey metrics"
        description={`Which themes moved ${display.from && display.to ? `${display.from} → ${display.to}` : "between waves"}, and do the survey figures agree? For a concern, prevalence and metric moving in opposite directions confirm each other; for a strength, the same direction does.`}
        actions={
          <a href={exportHref} className={buttonClasses("secondary")} download>
            <Download className="size-4" aria-hidden="true" />
            Export CSV
          </a>
        }
      />
      <CountingNote text={countingStatement(db, project.id).text} />

      <ComparisonBar
        comparison={display.comparison}
        path={`/projects/${slug}/overview`}
        keep={{
          region: display.region,
          attribute: firstParam(query.attribute),
          wave: firstParam(query.wave),
        }}
      />
      <form method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label="Filter by region">
        {viewing ? <input type="hidden" name="compare" value={viewing} /> : null}
        <div className="space-y-1.5">
          <Label htmlFor="filter-region">Region</Label>
          <Select id="filter-region" name="region" defaultValue={display.region ?? ""} wrapperClassName="w-56">
            <option value="">All respondents</option>
            {display.regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </Select>
        </div>
        {display.heatmap.attribute ? (
          <input type="hidden" name="attribute" value={display.heatmap.attribute.key} />
        ) : null}
        {display.heatmap.wave ? <input type="hidden" name="wave" value={display.heatmap.wave} /> : null}
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {display.region ? (
          <p className="text-sm text-gray-700">
            Prevalence among respondents in {display.region}; metrics as published for {display.region}, where known.
          </p>
        ) : null}
      </form>

      {display.rows.length === 0 ? (
        <EmptyState
          title="No theme is linked to a metric"
          description="Link codes to survey metrics on a theme's page (or import a codebook with linked metrics) to compare them here."
        />
      ) : (
        <>
          <JointDisplayTable
            projectSlug={slug}
            rows={display.rows}
            from={display.from}
            to={display.to}
            region={display.region}
          />
          <SuppressionNote threshold={display.threshold} />
        </>
      )}

      {moved.length > 0 ? (
        <section aria-labelledby="moved-title" className="mt-10">
          <h2 id="moved-title" className="text-lg font-semibold text-gray-900">
            Which themes moved
          </h2>
          <p className="mt-1 text-sm text-gray-700">
            Change in prevalence {display.from} → {display.to}, in percentage points
            {display.region ? `, ${display.region}` : ""}. Rises are solid, falls hatched; each bar carries its value.
          </p>
          <figure className="mt-3 rounded-lg border border-gray-200 bg-white p-3">
            <ChangeChart
              rows={moved.map((theme) => ({
                label: theme.name,
                value: theme.change!.rounded,
                display: `${theme.change!.display} ${theme.change!.arrow}`,
              }))}
            />
            <figcaption className="sr-only">
              The same changes are listed in the table above and on the themes page.
            </figcaption>
          </figure>
        </section>
      ) : null}

      <section aria-labelledby="heatmap-title" className="mt-10">
        <h2 id="heatmap-title" className="text-lg font-semibold text-gray-900">
          Themes by respondent attribute
        </h2>
        <form
          method="get"
          className="mt-3 mb-4 flex flex-wrap items-end gap-3"
          aria-label="Choose the heatmap's attribute and wave"
        >
          {display.region ? <input type="hidden" name="region" value={display.region} /> : null}
          {viewing ? <input type="hidden" name="compare" value={viewing} /> : null}
          <div className="space-y-1.5">
            <Label htmlFor="heatmap-attribute">Attribute</Label>
            <Select
              id="heatmap-attribute"
              name="attribute"
              defaultValue={display.heatmap.attribute?.key ?? ""}
              wrapperClassName="w-56"
            >
              {display.heatmap.attributes.map((attribute) => (
                <option key={attribute.key} value={attribute.key}>
                  {attribute.label}
                </option>
              ))}
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="heatmap-wave">Wave</Label>
            <Select id="heatmap-wave" name="wave" defaultValue={display.heatmap.wave ?? ""} wrapperClassName="w-40">
              {display.waves.map((wave) => (
                <option key={wave} value={wave}>
                  {wave}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
        <HeatmapTable heatmap={display.heatmap} projectSlug={slug} />
        <SuppressionNote threshold={display.threshold} />
      </section>

      <section aria-labelledby="co-occurrence-title" className="mt-10">
        <h2 id="co-occurrence-title" className="text-lg font-semibold text-gray-900">
          Co-occurrence of codes
        </h2>
        <p className="mt-1 mb-3 text-sm text-gray-700">
          Two codes co-occur when both are applied within the same answer or the same turn. Column numbers follow the
          rows.
        </p>
        <CoOccurrenceTable matrix={display.coOccurrence} projectSlug={slug} />
      </section>
    </AppShell>
  );
}
