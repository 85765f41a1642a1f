import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { MakePacksPanel, type PackRunState } from "@/components/packs/make-packs-panel";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleAllows } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { latestPackRun, listPackStates } from "@/lib/packs/make-packs";

export const metadata: Metadata = { title: "Authority packs" };

export default async function PacksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db, authorityId } = await requireProjectPage(slug, "read_pack");
  // An authority reader has one pack: theirs, and nothing about the other authorities.
  if (authorityId !== null) {
    return (
      <AppShell user={user} project={{ slug, name: project.name, role, current: "packs", authorityReader: true }}>
        <PageHeader title="Your authority's pack" description="Your staff's responses beside your region's." />
        <Link href={`/projects/${slug}/packs/${authorityId}`} className={buttonClasses("primary")}>
          Open your pack
        </Link>
      </AppShell>
    );
  }
  const canMake = roleAllows(role, "make_packs");
  let states: ReturnType<typeof listPackStates> | null = null;
  let problem: string | null = null;
  try {
    states = listPackStates(db, project.id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }
  const run = canMake ? latestPackRun(db, project.id) : null;
  const initial: PackRunState | null = run
    ? { id: run.id, status: run.status, done: run.done, total: run.total, message: run.message }
    : null;

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "packs" }}>
      <PageHeader
        title="Authority packs"
        description="One briefing pack per local authority: its staff's responses beside its region's, with every figure from fewer than 10 respondents withheld."
      />
      <div className="space-y-6">
        {problem ? (
          <Alert tone="warning" title="No packs yet">
            {problem}
          </Alert>
        ) : null}
        {states && !states.hasAuthorityColumn ? (
          <Alert tone="warning" title="No local-authority column">
            Import a survey with a local-authority column to make packs; every pack will otherwise be the region's only.
          </Alert>
        ) : null}
        {canMake && states ? (
          <Card aria-labelledby="make-title">
            <CardTitle id="make-title">Make every pack</CardTitle>
            <CardDescription>
              Word and PDF for each authority in one zip, comparing {states.waves.baseline} → {states.waves.current}.
            </CardDescription>
            <div className="mt-4">
              <MakePacksPanel projectSlug={slug} initial={initial} />
            </div>
          </Card>
        ) : null}
        {states ? (
          <Table aria-label="Authorities and their packs">
            <TableCaption>Every authority with its respondents per wave and its pack</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Authority</TableHead>
                <TableHead>Region</TableHead>
                {states.waves.baseline ? <TableHead className="text-right">{states.waves.baseline}</TableHead> : null}
                <TableHead className="text-right">{states.waves.current}</TableHead>
                <TableHead>Pack</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {states.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Link href={`/projects/${slug}/packs/${row.id}`}>{row.name}</Link>
                  </TableCell>
                  <TableCell>{row.region}</TableCell>
                  {row.respondents.map((cell) => (
                    <TableCell key={cell.wave} className="text-right tabular-nums">
                      {canMake ? cell.count : cell.shown}
                    </TableCell>
                  ))}
                  <TableCell>
                    {row.small ? <Badge tone="warning">Region only</Badge> : <Badge tone="success">Own figures</Badge>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {canMake && states && states.unmatched.length > 0 ? (
          <Alert tone="info" title="Spellings not matched to an authority">
            {states.unmatched.map((entry) => `“${entry.value}” (${entry.respondents})`).join(", ")}. These respondents
            count towards their region only.
          </Alert>
        ) : null}
      </div>
    </AppShell>
  );
}
