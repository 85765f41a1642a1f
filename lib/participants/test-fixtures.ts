import type { Db } from "../../db/client";
import { documents, participants, turns, users } from "../../db/schema";
import { createProject } from "../projects/create-project";

/** A project with an owner and one transcript spoken by the named participants (one turn each per entry). */
export function seedTranscriptProject(db: Db, slug: string, speakers: string[]) {
  const user = db
    .insert(users)
    .values({ email: `${slug}@example.org`, name: slug, passwordHash: "x" })
    .returning({ id: users.id })
    .get();
  const project = createProject(db, { slug, name: slug, ownerId: user.id });
  const ids = new Map<string, number>();
  for (const name of new Set(speakers)) {
    ids.set(
      name,
      db.insert(participants).values({ projectId: project.id, name }).returning({ id: participants.id }).get().id,
    );
  }
  const texts = speakers.map((name, i) => `${name} says ${i}`);
  const text = texts.join("\n\n");
  const document = db
    .insert(documents)
    .values({ projectId: project.id, kind: "transcript", title: `${slug} focus group`, text, textLength: text.length })
    .returning({ id: documents.id })
    .get();
  let offset = 0;
  speakers.forEach((name, position) => {
    const turnText = texts[position];
    db.insert(turns)
      .values({
        documentId: document.id,
        position,
        speaker: name,
        participantId: ids.get(name)!,
        startMs: position * 1000,
        startOffset: offset,
        endOffset: offset + turnText.length,
        text: turnText,
      })
      .run();
    offset += turnText.length + 2;
  });
  return { userId: user.id, projectId: project.id, documentId: document.id, participantIds: ids };
}
