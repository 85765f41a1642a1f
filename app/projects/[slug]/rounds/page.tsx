import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleAllows } from "@/lib/auth/permissions";
import { listRoundChoices } from "@/lib/rounds/list-round-choices";
import { listRounds } from "@/lib/rounds/list-rounds";
import { CreateRoundForm } from "./create-round-form";

export const metadata: Metadata = { title: "Agreement rounds" };

export default async function RoundsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, userId, db } = await requireProjectPage(slug, "read_text");
  const actor = { userId, role };
  const manages = roleAllows(role, "manage_rounds");
  const rounds = listRounds(db, actor, project.id);
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "rounds" }}>
      <PageHeader
        title="Agreement rounds"
        description="Two or more coders code the same transcripts or answers. In a blind round each coder sees only their own codings on the round's units until the round is closed."
      />
      {rounds.length === 0 ? (
        <EmptyState
          title={manages ? "No rounds yet" : "You code in no rounds"}
          description={manages ? "Create a round below." : "An owner or lead adds you to a round."}
        />
      ) : (
        <Table aria-label="Rounds">
          <TableCaption>Agreement rounds, newest first</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Round</TableHead>
              <TableHead>Mode</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Units</TableHead>
              <TableHead>Coders (units done)</TableHead>
              <TableHead>Open</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rounds.map((round) => (
              <TableRow key={round.id}>
                <TableCell className="font-medium">{round.name}</TableCell>
                <TableCell>{round.mode === "blind" ? "Blind" : "Open"}</TableCell>
                <TableCell>
                  <Badge tone={round.status === "open" ? "accent" : "neutral"}>
                    {round.status === "open" ? "Open" : "Closed"}
                  </Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums">{round.units}</TableCell>
                <TableCell>
                  {round.coders.map((coder) => `${coder.name} (${coder.done} of ${round.units})`).join(", ")}
                </TableCell>
                <TableCell className="space-x-3 whitespace-nowrap">
                  {round.isCoder ? (
                    <Link href={`/projects/${slug}/rounds/${round.id}/queue`} className="font-medium">
                      My round<span className="sr-only">: {round.name}</span>
                    </Link>
                  ) : null}
                  {manages ? (
                    <Link href={`/projects/${slug}/rounds/${round.id}`} className="font-medium">
                      Progress<span className="sr-only"> of {round.name}</span>
                    </Link>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {manages ? (
        <Card aria-labelledby="new-round-title" className="mt-8">
          <CardTitle id="new-round-title">New round</CardTitle>
          <CardDescription>
            Choose whole transcripts, or draw a random sample of answers stratified by wave: the seed is shown so the
            same sample can be drawn again.
          </CardDescription>
          <div className="mt-4">
            <CreateRoundForm projectSlug={slug} choices={listRoundChoices(db, actor, project.id)} />
          </div>
        </Card>
      ) : null}
    </AppShell>
  );
}
