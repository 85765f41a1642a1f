import { and, asc, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { memos, segments, users } from "../../db/schema";
import type { MemoNode } from "./memo-body";

export interface MemoView {
  id: number;
  target: "project" | "document" | "segment" | "code";
  documentId: number | null;
  segmentId: number | null;
  codeId: number | null;
  /** For a segment memo: the segment's range and text. */
  segment: { start: number; end: number; text: string } | null;
  authorId: number;
  authorName: string;
  body: MemoNode;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: memos.id,
  target: memos.target,
  documentId: memos.documentId,
  segmentId: memos.segmentId,
  codeId: memos.codeId,
  authorId: memos.authorId,
  authorName: users.name,
  body: memos.body,
  createdAt: memos.createdAt,
  updatedAt: memos.updatedAt,
  segmentStart: segments.startOffset,
  segmentEnd: segments.endOffset,
  segmentText: segments.text,
};

type Row = { [K in keyof typeof columns]: unknown } & {
  segmentStart: number | null;
  segmentEnd: number | null;
  segmentText: string | null;
};

function toView({ segmentStart, segmentEnd, segmentText, ...row }: Row): MemoView {
  return {
    ...(row as Omit<MemoView, "segment">),
    segment: segmentStart === null ? null : { start: segmentStart, end: segmentEnd!, text: segmentText! },
  };
}

/** Memos on a document and on its segments, oldest first. */
export function listDocumentMemos(db: Db, projectId: number, documentId: number): MemoView[] {
  return db
    .select(columns)
    .from(memos)
    .innerJoin(users, eq(users.id, memos.authorId))
    .leftJoin(segments, eq(segments.id, memos.segmentId))
    .where(
      and(eq(memos.projectId, projectId), or(eq(memos.documentId, documentId), eq(segments.documentId, documentId))),
    )
    .orderBy(asc(memos.createdAt), asc(memos.id))
    .all()
    .map((row) => toView(row as Row));
}

/** Memos on one code, oldest first. */
export function listCodeMemos(db: Db, projectId: number, codeId: number): MemoView[] {
  return db
    .select(columns)
    .from(memos)
    .innerJoin(users, eq(users.id, memos.authorId))
    .leftJoin(segments, eq(segments.id, memos.segmentId))
    .where(and(eq(memos.projectId, projectId), eq(memos.codeId, codeId)))
    .orderBy(asc(memos.createdAt), asc(memos.id))
    .all()
    .map((row) => toView(row as Row));
}

/** Memos on every code of the project, oldest first (the codebook page shows them per code). */
export function listProjectCodeMemos(db: Db, projectId: number): MemoView[] {
  return db
    .select(columns)
    .from(memos)
    .innerJoin(users, eq(users.id, memos.authorId))
    .leftJoin(segments, eq(segments.id, memos.segmentId))
    .where(and(eq(memos.projectId, projectId), eq(memos.target, "code")))
    .orderBy(asc(memos.createdAt), asc(memos.id))
    .all()
    .map((row) => toView(row as Row));
}
