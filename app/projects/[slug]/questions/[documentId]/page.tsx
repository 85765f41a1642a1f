import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { documentPageTitle } from "@/app/_server/page-title";
import { AnswerGrid } from "@/components/answer-grid/answer-grid";
import { AppShell } from "@/components/app-shell";
import { positiveIntParam } from "@/components/search-param";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listQuestionAnswers, type QuestionAnswers } from "@/lib/answers/list-question-answers";
import { roleAllows } from "@/lib/auth/permissions";
import { listCodeKeys } from "@/lib/codebook/list-code-keys";
import { listCodebook } from "@/lib/codebook/list-codebook";
import { listRecentCodeIds } from "@/lib/codebook/recent-codes";
import { AppError } from "@/lib/errors";

type Params = Promise<{ slug: string; documentId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return documentPageTitle(params);
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QuestionAnswersPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { slug, documentId: rawId } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const documentId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN;
  if (!Number.isInteger(documentId) || documentId <= 0) notFound();
  let view: QuestionAnswers;
  try {
    view = listQuestionAnswers(db, project.id, documentId, { userId: user.id, role });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const canCode = roleAllows(role, "code");
  const codes = listCodebook(db, project.id).map(({ id, name, colour, path }) => ({ id, name, colour, path }));
  const recentCodeIds = canCode ? listRecentCodeIds(db, project.id, user.id) : [];
  const focus = positiveIntParam((await searchParams).answer);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "documents" }} width="wide">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/projects/${slug}/documents`}>Documents</Link>
        <span aria-hidden="true" className="mx-1.5 text-gray-500">
          /
        </span>
        <span className="text-gray-700">Survey question</span>
      </nav>
      <PageHeader
        title={<span className="break-words">{view.document.title}</span>}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone="accent">Survey question</Badge>
            {view.document.wave ? <Badge>Wave {view.document.wave}</Badge> : null}
            <Badge>{view.answers.length} answers</Badge>
          </span>
        }
      />
      {view.waves.length > 1 ? (
        <nav aria-label="Waves of this question" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-gray-800">Wave:</span>
          {view.waves.map((wave) =>
            wave.documentId === view.document.id ? (
              <span
                key={wave.documentId}
                aria-current="page"
                className="rounded-md bg-accent-50 px-2.5 py-1 font-semibold text-accent-900"
              >
                {wave.wave ?? "No wave"}
              </span>
            ) : (
              <Link
                key={wave.documentId}
                href={`/projects/${slug}/questions/${wave.documentId}`}
                className="rounded-md px-2.5 py-1"
              >
                {wave.wave ?? "No wave"}
              </Link>
            ),
          )}
        </nav>
      ) : null}
      {view.answers.length === 0 ? (
        <EmptyState title="This question has no answers" />
      ) : (
        <AnswerGrid
          projectSlug={slug}
          documentId={view.document.id}
          title={view.document.title}
          attributeNames={view.attributeNames}
          answers={view.answers}
          codings={view.codings}
          codes={codes}
          recentCodeIds={recentCodeIds}
          codeKeys={canCode ? listCodeKeys(db, project.id, user.id) : []}
          canCode={canCode}
          canPropose={roleAllows(role, "propose_quote")}
          user={{ id: user.id, name: user.name }}
          initialAnswerId={focus}
        />
      )}
    </AppShell>
  );
}
