import { UserRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAttributeValues } from "@/lib/attribute-values/list-attribute-values";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { roleAllows } from "@/lib/auth/permissions";
import { listParticipants } from "@/lib/participants/list-participants";
import { PARTICIPANT_ATTRIBUTE_KEYS } from "@/lib/participants/participant-attribute-keys";
import { listAttributeNames } from "@/lib/participants/set-participant-attributes";
import { ParticipantEditor } from "./participant-editor";

export const metadata: Metadata = { title: "Participants" };

export default async function ParticipantsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const participants = listParticipants(db, project.id);
  const canEdit = roleAllows(role, "import");
  const attributeNames = [...new Set([...PARTICIPANT_ATTRIBUTE_KEYS, ...listAttributeNames(db, project.id)])];
  // Standard attributes are chosen from the values already in the project, with an explicit "New value…".
  const knownValues = Object.fromEntries(
    listAttributeValues(db, project.id).map((attribute) => [attribute.name, attribute.values.map((v) => v.value)]),
  );
  const choices = participants.map((p) => ({ id: p.id, name: p.name }));

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "participants" }}>
      <PageHeader
        title="Participants"
        description="Each transcript speaker is a participant. Their attributes (region, role …) describe every turn they speak."
      />
      {participants.length === 0 ? (
        <EmptyState
          icon={<UserRound className="size-8" />}
          title="No participants yet"
          description="Participants are created from the speakers of imported transcripts."
        />
      ) : (
        <Table>
          <TableCaption>Participants, their attributes and where they speak</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Participant</TableHead>
              <TableHead>Attributes</TableHead>
              <TableHead>Speaks in</TableHead>
              <TableHead className="text-right">Turns</TableHead>
              {canEdit ? (
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {participants.map((participant) => {
              const entries = Object.entries(participant.attributes);
              return (
                <TableRow key={participant.id}>
                  <TableHead scope="row" className="break-words">
                    <Link href={`/projects/${slug}/participants/${participant.id}`}>{participant.name}</Link>
                    {participant.wave ? (
                      <span className="block text-xs font-normal text-gray-600">Wave {participant.wave}</span>
                    ) : null}
                  </TableHead>
                  <TableCell>
                    {entries.length === 0 ? (
                      <span className="text-gray-600">None recorded</span>
                    ) : (
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                        {entries.map(([name, value]) => (
                          <div key={name} className="contents">
                            <dt className="text-gray-600">{attributeLabel(name)}</dt>
                            <dd className="text-gray-900">{value}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </TableCell>
                  <TableCell>
                    {participant.documents.length === 0 ? (
                      <span className="text-gray-600">No turns</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {participant.documents.map((document) => (
                          <li key={document.documentId}>
                            <Link href={`/projects/${slug}/documents/${document.documentId}`}>{document.title}</Link>{" "}
                            <span className="text-gray-600">
                              ({document.turns} {document.turns === 1 ? "turn" : "turns"})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{participant.turns}</TableCell>
                  {canEdit ? (
                    <TableCell className="text-right">
                      <ParticipantEditor
                        projectSlug={slug}
                        participant={{ id: participant.id, name: participant.name, attributes: participant.attributes }}
                        others={choices.filter((choice) => choice.id !== participant.id)}
                        standardKeys={[...PARTICIPANT_ATTRIBUTE_KEYS]}
                        knownNames={attributeNames}
                        knownValues={knownValues}
                      />
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </AppShell>
  );
}
