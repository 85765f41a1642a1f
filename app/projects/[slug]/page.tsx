import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { ImportStatusBadge } from "@/components/import-status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleAllows } from "@/lib/auth/permissions";
import { expireAbandonedPreviews } from "@/lib/imports/end-import";
import { getProjectOverview } from "@/lib/projects/project-overview";

export const metadata: Metadata = { title: "Overview" };

const number = new Intl.NumberFormat("en-GB");
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function ProjectOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_summaries");
  // Previews nobody confirmed within a day are discarded with their files (the import pool also checks).
  expireAbandonedPreviews(db, new Date(), project.id);
  const overview = getProjectOverview(db, project.id);
  const canImport = roleAllows(role, "import");
  const canRead = roleAllows(role, "read_text");
  const isEmpty = overview.transcripts + overview.questions + overview.respondents === 0;

  const stats = [
    {
      label: "Transcripts",
      value: overview.transcripts,
      href: canRead ? `/projects/${slug}/documents?kind=transcript` : null,
    },
    {
      label: "Survey questions",
      value: overview.questions,
      href: canRead ? `/projects/${slug}/documents?kind=question` : null,
    },
    { label: "Turns", value: overview.turns, href: null },
    { label: "Respondents", value: overview.respondents, href: canRead ? `/projects/${slug}/respondents` : null },
    { label: "Answers", value: overview.answers, href: null },
    { label: "Participants", value: overview.participants, href: canRead ? `/projects/${slug}/participants` : null },
  ];

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "overview" }}>
      <PageHeader
        eyebrow="Project overview"
        title={project.name}
        description={project.description || undefined}
        actions={
          canImport ? (
            <Link href={`/projects/${slug}/import`} className={buttonClasses("primary")}>
              <FileUp className="size-4" aria-hidden="true" />
              Import data
            </Link>
          ) : null
        }
      />
      {!canRead ? (
        <Alert tone="info" className="mb-6">
          Your role shows summary counts only. Ask a project owner if you need to read the documents.
        </Alert>
      ) : null}

      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="sr-only">
          Counts
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg border border-gray-200 bg-white p-4 shadow-xs">
              <dt className="text-sm text-gray-600">
                {stat.href ? <Link href={stat.href}>{stat.label}</Link> : stat.label}
              </dt>
              <dd className="mt-1 text-2xl font-semibold text-gray-900 tabular-nums">{number.format(stat.value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {isEmpty ? (
        <EmptyState
          className="mt-8"
          title="Nothing imported yet"
          description="Import focus-group transcripts (.txt, .docx, .vtt, .srt) and survey exports (.csv, .xlsx) to start."
          action={
            canImport ? (
              <Link href={`/projects/${slug}/import`} className={buttonClasses("primary")}>
                Import data
              </Link>
            ) : null
          }
        />
      ) : null}

      {overview.waves.length > 0 ? (
        <section aria-labelledby="waves-title" className="mt-10">
          <h2 id="waves-title" className="mb-3 text-lg font-semibold text-gray-900">
            By wave
          </h2>
          <Table>
            <TableCaption>Counts per wave</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Wave</TableHead>
                <TableHead className="text-right">Respondents</TableHead>
                <TableHead className="text-right">Answers</TableHead>
                <TableHead className="text-right">Survey questions</TableHead>
                <TableHead className="text-right">Transcripts</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.waves.map((wave) => (
                <TableRow key={wave.waveId}>
                  <TableHead scope="row">{wave.wave}</TableHead>
                  <TableCell className="text-right tabular-nums">{number.format(wave.respondents)}</TableCell>
                  <TableCell className="text-right tabular-nums">{number.format(wave.answers)}</TableCell>
                  <TableCell className="text-right tabular-nums">{number.format(wave.questions)}</TableCell>
                  <TableCell className="text-right tabular-nums">{number.format(wave.transcripts)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}

      {overview.recentImports.length > 0 ? (
        <section aria-labelledby="imports-title" className="mt-10">
          <h2 id="imports-title" className="mb-3 text-lg font-semibold text-gray-900">
            Recent imports
          </h2>
          <Table>
            <TableCaption>The most recent imports</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>File</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Started</TableHead>
                <TableHead>By</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.recentImports.map((job) => (
                <TableRow key={job.id}>
                  <TableHead scope="row" className="max-w-xs break-words">
                    {canRead && job.status === "done" ? (
                      <Link href={`/projects/${slug}/documents?import=${job.id}`}>{job.filename}</Link>
                    ) : canImport && job.status === "previewed" ? (
                      <Link href={`/projects/${slug}/import?import=${job.id}`}>{job.filename}</Link>
                    ) : (
                      job.filename
                    )}
                  </TableHead>
                  <TableCell>
                    <ImportStatusBadge status={job.status} />
                    {job.status === "failed" && job.message && canImport ? (
                      <p className="mt-1 max-w-md text-xs text-red-800">{job.message}</p>
                    ) : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{dateTime.format(job.createdAt)}</TableCell>
                  <TableCell>{job.byEmail}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </AppShell>
  );
}
