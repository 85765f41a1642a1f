import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { positiveIntParam } from "@/components/search-param";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeActivity, listActivity } from "@/lib/activity/list-activity";

export const metadata: Metadata = { title: "Activity" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "manage_project");
  const before = positiveIntParam((await searchParams).before) ?? null;
  const { entries, nextBefore } = listActivity(db, project.id, { before });

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "activity" }}>
      <PageHeader
        title="Activity"
        description="The project's event log, newest first: imports and their deletion, renames, merges, codings, quote decisions, settings and member changes, with who did each and when (UTC)."
      />
      {entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet" description="Changes to the project appear here as they happen." />
      ) : (
        <Table>
          <TableCaption>Project activity{before ? " (older entries)" : ""}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>When (UTC)</TableHead>
              <TableHead>Who</TableHead>
              <TableHead>What</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id} data-testid="activity-entry" data-action={entry.action}>
                <TableCell className="whitespace-nowrap tabular-nums">{dateFormat.format(entry.at)}</TableCell>
                <TableCell>{entry.actor ? entry.actor.name : "system"}</TableCell>
                <TableCell>{describeActivity(entry)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {nextBefore ? (
        <p className="mt-4">
          <Link href={`/projects/${slug}/activity?before=${nextBefore}`}>Older entries</Link>
        </p>
      ) : null}
    </AppShell>
  );
}
