import type { Db } from "../../db/client";
import {
  codes,
  documents,
  members,
  participantAttributes,
  participants,
  ROLES,
  type Role,
  turns,
  users,
} from "../../db/schema";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureWave } from "../imports/ensure-wave";
import { createProject } from "../projects/create-project";
import type { QuoteActor } from "./workflow";

export interface FocusGroupSpeaker {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** A project with one member per role, a theme, and the actors to act as. */
export function seedQuoteProject(db: Db, slug = "quotes") {
  const project = createProject(db, { slug, name: `Project ${slug}` });
  const actors = {} as Record<Role, QuoteActor>;
  for (const role of ROLES) {
    const userId = db
      .insert(users)
      .values({ email: `${role}@${slug}.example.org`, name: `${role} of ${slug}`, passwordHash: "x" })
      .returning({ id: users.id })
      .get().id;
    db.insert(members).values({ projectId: project.id, userId, role }).run();
    actors[role] = { userId, role };
  }
  const codeId = db
    .insert(codes)
    .values({ projectId: project.id, name: "Workload" })
    .returning({ id: codes.id })
    .get().id;
  return { projectId: project.id, actors, codeId };
}

/** One focus group (a transcript document) of a wave: each speaker a participant with attributes, one turn each. */
export function seedFocusGroup(
  db: Db,
  projectId: number,
  input: { wave: string; groupType: string; title?: string; heldOn?: string; speakers: FocusGroupSpeaker[] },
) {
  const waveId = ensureWave(db, projectId, input.wave);
  const text = input.speakers.map((speaker) => speaker.text).join("\n\n");
  const documentId = db
    .insert(documents)
    .values({
      projectId,
      kind: "transcript",
      title: input.title ?? `${input.groupType} focus group`,
      waveId,
      groupType: input.groupType,
      heldOn: input.heldOn ?? "2025-07-09",
      text,
      textLength: text.length,
    })
    .returning({ id: documents.id })
    .get().id;
  let offset = 0;
  const turnsBySpeaker = new Map<string, { turnId: number; participantId: number; start: number; end: number }>();
  input.speakers.forEach((speaker, position) => {
    const existing = db.$client
      .prepare("select id from participants where project_id = ? and name = ?")
      .get(projectId, speaker.name) as { id: number } | undefined;
    const participantId =
      existing?.id ??
      db.insert(participants).values({ projectId, name: speaker.name, waveId }).returning({ id: participants.id }).get()
        .id;
    for (const [name, value] of Object.entries(speaker.attributes)) {
      db.insert(participantAttributes)
        .values({ participantId, attributeId: ensureAttribute(db, projectId, name), value })
        .onConflictDoNothing()
        .run();
    }
    const turnId = db
      .insert(turns)
      .values({
        documentId,
        position,
        speaker: speaker.name,
        participantId,
        startOffset: offset,
        endOffset: offset + speaker.text.length,
        text: speaker.text,
      })
      .returning({ id: turns.id })
      .get().id;
    turnsBySpeaker.set(speaker.name, { turnId, participantId, start: offset, end: offset + speaker.text.length });
    offset += speaker.text.length + 2;
  });
  return { documentId, waveId, turns: turnsBySpeaker };
}

/** `count` plain speakers for padding a population: "Name 1" … with the given attributes. */
export function crowd(prefix: string, count: number, attributes: Record<string, string>): FocusGroupSpeaker[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `${prefix} ${String.fromCharCode(65 + (index % 26))}${index}`,
    attributes,
    text: "Nothing more to add from me, thanks.",
  }));
}
