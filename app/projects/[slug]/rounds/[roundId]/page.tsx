import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Progress } from "@/components/ui/progress";
import { getRoundProgress } from "@/lib/rounds/get-round-progress";
import { loadRoundPage } from "../load-round-page";
import { CloseRoundButton } from "./close-round-button";

export const metadata: Metadata = { title: "Round progress" };

export default async function RoundProgressPage({ params }: { params: Promise<{ slug: string; roundId: string }> }) {
  const { slug, roundId: rawId } = await params;
  const { project, role, user, userId, db } = await requireProjectPage(slug, "manage_rounds");
  const round = loadRoundPage(rawId, (roundId) =>
    getRoundProgress(db, { userId, role }, { projectId: project.id, roundId }),
  );
  const open = round.status === "open";
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "rounds" }}>
      <PageHeader
        eyebrow={
          <Link href={`/projects/${slug}/rounds`} className="font-medium">
            Agreement rounds
          </Link>
        }
        title={round.name}
        description={`${round.mode === "blind" ? "Blind" : "Open"} round of ${round.units} ${
          round.unitKind === "answers" ? "answers" : "transcripts"
        }; codes in scope: ${round.codeName ? `${round.codeName} and its sub-codes` : "all"}.${
          round.seed === null ? "" : ` Sample seed: ${round.seed}.`
        }`}
        actions={
          open ? <CloseRoundButton projectSlug={slug} roundId={round.id} blind={round.mode === "blind"} /> : null
        }
      />
      <p className="mb-6 text-sm text-gray-800">
        <Badge tone={open ? "accent" : "neutral"}>{open ? "Open" : "Closed"}</Badge>{" "}
        {open
          ? round.mode === "blind"
            ? "Each coder sees only their own codings on these units until you close the round."
            : "Everyone sees everyone's codings."
          : `Closed on ${round.closedAt?.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}: every coder sees every coding.`}
      </p>
      <section aria-labelledby="coders-title">
        <h2 id="coders-title" className="mb-3 text-lg font-semibold text-gray-900">
          Progress per coder
        </h2>
        <ul className="max-w-xl space-y-4">
          {round.coders.map((coder) => (
            <li key={coder.userId}>
              <Progress
                value={round.units === 0 ? 0 : (100 * coder.done) / round.units}
                label={`${coder.name}: ${coder.done} of ${round.units} units done`}
              />
            </li>
          ))}
        </ul>
      </section>
    </AppShell>
  );
}
