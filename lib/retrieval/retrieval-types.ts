import type { CodeQueryJoin } from "./code-query";

export interface RetrievalFilter {
  codeId: number;
  /** More codes joined to the first by AND, OR, AND NOT or NEAR: a code query (see code-query.ts). */
  joins?: readonly CodeQueryJoin[];
  /** Also every code below it in the tree (for each code of a query). */
  includeSubcodes?: boolean;
  /** Wave labels ("2023"); empty or absent: every wave. */
  waves?: readonly string[];
  /** Attribute name → the values kept; a segment whose speaker or respondent lacks the attribute is left out. */
  attributes?: Readonly<Record<string, readonly string[]>>;
  documentIds?: readonly number[];
  coderIds?: readonly number[];
}

export type SegmentSource =
  | { kind: "turn"; unitId: number; speaker: string | null; participantId: number | null }
  | { kind: "answer"; unitId: number; respondentId: number; respondentExternalId: string };

export interface RetrievedSegment {
  codingId: number;
  segmentId: number;
  codeId: number;
  codeName: string;
  colour: string;
  documentId: number;
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  coderId: number;
  coderName: string;
  codedAt: Date;
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The turn or answer the segment starts in; null if it starts between them. */
  source: SegmentSource | null;
  /** The speaker's or respondent's attributes. */
  attributes: Record<string, string>;
  /** The whole turn or answer, and where it starts in the document; filled for the returned page only. */
  context: { text: string; start: number } | null;
}

export interface CodeCount {
  codeId: number;
  name: string;
  /** 0 for the retrieved code, 1 for its subcodes, and so on. */
  depth: number;
  count: number;
}

export interface Retrieval {
  code: { id: number; name: string; colour: string };
  rows: RetrievedSegment[];
  /** Codings left after every filter, and per code (the retrieved code and, if asked, its subcodes). */
  total: number;
  counts: CodeCount[];
  page: number;
  pageCount: number;
  pageSize: number;
}

export const RETRIEVAL_PAGE_SIZE = 100;

/** A stretch of one turn or answer that a code query finds. */
export interface CodeQueryPassage {
  documentId: number;
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  text: string;
  source: SegmentSource;
  attributes: Record<string, string>;
  /** The query's codes with codings touching the passage, and those codings' coders. */
  codes: { id: number; name: string; colour: string }[];
  coders: string[];
  context: { text: string; start: number } | null;
}

export interface CodeQueryResult {
  /** "Workload AND NOT Pay". */
  name: string;
  codes: { id: number; name: string; colour: string }[];
  rows: CodeQueryPassage[];
  /** Passages left after every filter. */
  total: number;
  /** Turns and answers holding them. */
  unitCount: number;
  page: number;
  pageCount: number;
  pageSize: number;
}
