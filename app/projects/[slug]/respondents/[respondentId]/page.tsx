import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { projectPageTitle } from "@/app/_server/page-title";
import { AppShell } from "@/components/app-shell";
import { CodedUnit, PersonAttributes } from "@/components/retrieval/coded-unit";
import { unitHref } from "@/components/search/unit-href";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { getRespondent, type RespondentView } from "@/lib/respondents/get-respondent";

type Params = Promise<{ slug: string; respondentId: string }>;

const idOf = (raw: string): number | null => (/^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, respondentId } = await params;
  const id = idOf(respondentId);
  return projectPageTitle(slug, "read_text", "Respondents", ({ db, project }) =>
    id === null ? null : `Respondent ${getRespondent(db, project.id, id).externalId}`,
  );
}

/** One respondent: their attributes and every answer they gave, with its codings. */
export default async function RespondentPage({ params }: { params: Params }) {
  const { slug, respondentId } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const id = idOf(respondentId);
  if (id === null) notFound();
  let view: RespondentView;
  try {
    view = getRespondent(db, project.id, id, { userId: user.id, role });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "respondents" }}>
      <PageHeader
        eyebrow={<Link href={`/projects/${slug}/respondents`}>Respondents</Link>}
        title={`Respondent ${view.externalId}`}
        description={`Wave ${view.wave}: ${view.answers.length} ${view.answers.length === 1 ? "answer" : "answers"} to the survey's open questions.`}
      />
      <PersonAttributes attributes={view.attributes} />
      {view.otherWaves.length > 0 ? (
        <p className="mb-6 text-sm text-gray-800">
          The same respondent id in{" "}
          {view.otherWaves.map((other, index) => (
            <span key={other.id}>
              {index > 0 ? ", " : ""}
              <Link href={`/projects/${slug}/respondents/${other.id}`}>wave {other.wave}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      {view.answers.length === 0 ? (
        <EmptyState title="No answers" description="This respondent left every open question blank." />
      ) : (
        <ol className="space-y-4" aria-label="Answers">
          {view.answers.map((answer) => (
            <li
              key={answer.answerId}
              className="space-y-2 rounded-lg border border-gray-200 bg-white p-4"
              data-testid="respondent-answer"
            >
              <h2 className="text-base font-semibold text-gray-900">
                <Link
                  href={unitHref(slug, {
                    kind: "answer",
                    documentId: answer.documentId,
                    unitId: answer.answerId,
                    offset: answer.start,
                  })}
                >
                  {answer.question}
                </Link>
              </h2>
              <CodedUnit
                text={answer.text}
                start={answer.start}
                codings={answer.codings}
                label={`Codes on the answer to ${answer.question}`}
              />
            </li>
          ))}
        </ol>
      )}
    </AppShell>
  );
}
