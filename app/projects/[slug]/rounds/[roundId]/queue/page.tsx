import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { getRoundQueue } from "@/lib/rounds/get-round-queue";
import { loadRoundPage } from "../../load-round-page";
import { QueueNavigator } from "./queue-navigator";

export const metadata: Metadata = { title: "My round" };

export default async function RoundQueuePage({ params }: { params: Promise<{ slug: string; roundId: string }> }) {
  const { slug, roundId: rawId } = await params;
  const { project, role, user, userId, db } = await requireProjectPage(slug, "code");
  const queue = loadRoundPage(rawId, (roundId) =>
    getRoundQueue(db, { userId, role }, { projectId: project.id, roundId }),
  );
  const { round } = queue;
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "rounds" }}>
      <PageHeader
        eyebrow={
          <Link href={`/projects/${slug}/rounds`} className="font-medium">
            Agreement rounds
          </Link>
        }
        title={`My round: ${round.name}`}
        description={
          round.status === "closed"
            ? "This round is closed: every coder now sees every coding on its units."
            : round.mode === "blind"
              ? "A blind round: on these units you see only your own codings until the lead closes the round."
              : "An open round: you see the other coders' codings as they make them."
        }
      />
      <QueueNavigator projectSlug={slug} roundId={round.id} closed={round.status === "closed"} units={queue.units} />
    </AppShell>
  );
}
