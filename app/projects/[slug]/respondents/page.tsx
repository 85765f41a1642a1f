import { UsersRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { firstParam, positiveIntParam } from "@/components/search-param";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { listWaves } from "@/lib/projects/list-waves";
import { listRespondents, RESPONDENTS_PAGE_SIZE } from "@/lib/respondents/list-respondents";

export const metadata: Metadata = { title: "Respondents" };

const number = new Intl.NumberFormat("en-GB");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RespondentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const query = await searchParams;
  const waveLabel = firstParam(query.wave);
  const wave = listWaves(db, project.id).find((w) => w.label === waveLabel);
  const result = listRespondents(db, project.id, { waveId: wave?.id, page: positiveIntParam(query.page) ?? 1 });
  const hrefFor = (page: number) => {
    const search = new URLSearchParams();
    if (wave) search.set("wave", wave.label);
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return `/projects/${slug}/respondents${text ? `?${text}` : ""}`;
  };
  const first = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.total, result.page * result.pageSize);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "respondents" }}>
      <PageHeader
        title="Respondents"
        description={`Survey respondents by wave, with their attributes. ${RESPONDENTS_PAGE_SIZE} to a page.`}
      />
      {result.waves.length > 0 ? (
        <form method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label="Filter respondents">
          <div className="space-y-1.5">
            <Label htmlFor="filter-wave">Wave</Label>
            <Select id="filter-wave" name="wave" defaultValue={wave?.label ?? ""} wrapperClassName="w-48">
              <option value="">All waves</option>
              {result.waves.map((w) => (
                <option key={w.id} value={w.label}>
                  {w.label} ({number.format(w.respondents)})
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {wave ? (
            <Link href={`/projects/${slug}/respondents`} className={buttonClasses("ghost")}>
              Show all waves
            </Link>
          ) : null}
        </form>
      ) : null}

      {result.total === 0 ? (
        <EmptyState
          icon={<UsersRound className="size-8" />}
          title="No respondents yet"
          description="Respondents appear here once a survey export is imported."
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-700" aria-live="polite">
            Showing {number.format(first)}–{number.format(last)} of {number.format(result.total)} respondents
            {wave ? ` in wave ${wave.label}` : ""}.
          </p>
          <Table>
            <TableCaption>Respondents {wave ? `in wave ${wave.label}` : "in all waves"}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Respondent</TableHead>
                <TableHead>Wave</TableHead>
                {result.attributeNames.map((name) => (
                  <TableHead key={name}>{attributeLabel(name)}</TableHead>
                ))}
                <TableHead className="text-right">Answers</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableHead scope="row" className="break-all">
                    <Link href={`/projects/${slug}/respondents/${row.id}`}>{row.externalId}</Link>
                  </TableHead>
                  <TableCell>{row.wave}</TableCell>
                  {result.attributeNames.map((name) => (
                    <TableCell key={name}>{row.attributes[name] ?? <span className="text-gray-600">—</span>}</TableCell>
                  ))}
                  <TableCell className="text-right tabular-nums">{row.answers}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Respondent pages" />
        </>
      )}
    </AppShell>
  );
}
