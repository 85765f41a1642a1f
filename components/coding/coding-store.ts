/**
 * The client's one store of codings, as plain data and a pure reducer: the transcript view, the
 * answer grid and "code all hits" keep their codings here. A coding is keyed by its segment
 * (document, start, end), its code and its coder, so the key is made on the client before the
 * server answers and never changes after. Offsets are UTF-16 code units, end exclusive.
 */

/** What identifies a coding: one code on one segment by one coder. */
export interface CodingFacts {
  documentId: number;
  start: number;
  end: number;
  codeId: number;
  coderId: number;
}

export type CodingStatus = "pending" | "confirmed";

export interface StoredCoding extends CodingFacts {
  key: string;
  /** The server's id, null while pending. */
  id: number | null;
  segmentId: number | null;
  /** When the server stored it (ms), null while pending. */
  createdAt: number | null;
  status: CodingStatus;
}

/** A coding as the server answers an apply. */
export interface ServerCoding extends CodingFacts {
  id: number;
  segmentId: number;
  /** False when the coder had already applied this code to this segment. */
  created: boolean;
}

/** One server call of a request: an apply to one document, or a removal. */
export type RequestPart =
  | {
      kind: "apply";
      documentId: number;
      ranges: { start: number; end: number }[];
      codeIds: number[];
      keys: string[];
      status: RequestStatus;
      /** Keys the server created (not ones that already existed). */
      created: string[];
      rows: number;
      message?: string;
    }
  | { kind: "remove"; codingIds: number[]; removed: StoredCoding[]; status: RequestStatus; message?: string };

export type RequestStatus = "pending" | "confirmed" | "failed";

/** One undoable action: codings it added and codings it removed (a bulk action is one step). */
export interface CodingStep {
  label: string;
  applied: CodingFacts[];
  removed: CodingFacts[];
}

export type RequestOrigin = "do" | "undo" | "redo";

export interface CodingRequest {
  id: number;
  origin: RequestOrigin;
  label: string;
  parts: RequestPart[];
  /** The step an undo or redo came from, put back if none of it could be done. */
  source: CodingStep | null;
  status: RequestStatus;
}

export interface CodingStoreState {
  /** The acting coder: what they apply is keyed with their id. */
  coderId: number;
  codings: ReadonlyMap<string, StoredCoding>;
  requests: ReadonlyMap<number, CodingRequest>;
  undo: readonly CodingStep[];
  redo: readonly CodingStep[];
  /** The last request that ended, for messages. */
  last: CodingRequest | null;
}

export type CodingEvent =
  | { type: "begin"; requestId: number; label: string; apply?: readonly CodingFacts[]; remove?: readonly string[] }
  | { type: "undo"; requestId: number }
  | { type: "redo"; requestId: number }
  | { type: "settled"; requestId: number; part: number; codings?: readonly ServerCoding[]; at: number }
  | { type: "failed"; requestId: number; part: number; message: string }
  /** Codings other coders (or this coder's other windows) made or removed, heard live from the server. */
  | { type: "remote"; added: readonly RemoteCoding[]; removedIds: readonly number[] };

/** A coding the server told of live: already stored, so confirmed. */
export interface RemoteCoding extends CodingFacts {
  id: number;
  segmentId: number;
  createdAt: number;
}

/** The most codings one apply or removal sends in one call (the server action's limit). */
export const PER_CALL = 5000;
/** How many steps undo keeps. */
export const UNDO_DEPTH = 20;

export function codingKey(facts: CodingFacts): string {
  return `${facts.documentId}:${facts.start}-${facts.end}:${facts.codeId}:${facts.coderId}`;
}

function factsOf({ documentId, start, end, codeId, coderId }: CodingFacts): CodingFacts {
  return { documentId, start, end, codeId, coderId };
}

export function createCodingStore(coderId: number, codings: Iterable<Omit<StoredCoding, "key" | "status">> = []) {
  const map = new Map<string, StoredCoding>();
  for (const coding of codings) {
    const key = codingKey(coding);
    const { id, segmentId, createdAt } = coding;
    map.set(key, { ...factsOf(coding), key, id, segmentId, createdAt, status: id === null ? "pending" : "confirmed" });
  }
  const state: CodingStoreState = { coderId, codings: map, requests: new Map(), undo: [], redo: [], last: null };
  return state;
}

/** Applies go one call per document and set of ranges: the same ranges with several codes share a call. */
function applyParts(facts: readonly CodingFacts[]): RequestPart[] {
  const byDocument = new Map<number, Map<number, CodingFacts[]>>();
  for (const fact of facts) {
    const byCode = byDocument.get(fact.documentId) ?? new Map<number, CodingFacts[]>();
    byDocument.set(fact.documentId, byCode);
    byCode.set(fact.codeId, [...(byCode.get(fact.codeId) ?? []), fact]);
  }
  const parts: RequestPart[] = [];
  for (const [documentId, byCode] of byDocument) {
    const byRanges = new Map<string, { ranges: { start: number; end: number }[]; codeIds: number[] }>();
    for (const [codeId, list] of byCode) {
      const ranges = list.map(({ start, end }) => ({ start, end }));
      const signature = ranges.map((range) => `${range.start}-${range.end}`).join(",");
      const group = byRanges.get(signature);
      if (group) group.codeIds.push(codeId);
      else byRanges.set(signature, { ranges, codeIds: [codeId] });
    }
    for (const { ranges, codeIds } of byRanges.values()) {
      const perCall = Math.max(1, Math.floor(PER_CALL / codeIds.length));
      for (let index = 0; index < ranges.length; index += perCall) {
        const chunk = ranges.slice(index, index + perCall);
        const keys = chunk.flatMap((range) =>
          codeIds.map((codeId) => codingKey({ documentId, ...range, codeId, coderId: facts[0].coderId })),
        );
        parts.push({
          kind: "apply",
          documentId,
          ranges: chunk,
          codeIds,
          keys,
          status: "pending",
          created: [],
          rows: 0,
        });
      }
    }
  }
  return parts;
}

function removeParts(codings: readonly StoredCoding[]): RequestPart[] {
  const parts: RequestPart[] = [];
  for (let index = 0; index < codings.length; index += PER_CALL) {
    const chunk = codings.slice(index, index + PER_CALL);
    parts.push({ kind: "remove", codingIds: chunk.map((coding) => coding.id!), removed: chunk, status: "pending" });
  }
  return parts;
}

/** Starts a request: new codings show at once as pending, removed ones go at once. */
function begin(
  state: CodingStoreState,
  requestId: number,
  origin: RequestOrigin,
  label: string,
  apply: readonly CodingFacts[],
  removeKeys: readonly string[],
  source: CodingStep | null,
): CodingStoreState {
  const codings = new Map(state.codings);
  const removing: StoredCoding[] = [];
  for (const key of new Set(removeKeys)) {
    const coding = codings.get(key);
    // A pending coding has no id to remove yet; undo only ever names confirmed ones.
    if (coding?.status !== "confirmed") continue;
    removing.push(coding);
    codings.delete(key);
  }
  const adding: CodingFacts[] = [];
  for (const wanted of apply) {
    const facts = { ...factsOf(wanted), coderId: state.coderId };
    const key = codingKey(facts);
    if (codings.has(key) || facts.end <= facts.start) continue;
    codings.set(key, { ...facts, key, id: null, segmentId: null, createdAt: null, status: "pending" });
    adding.push(facts);
  }
  const request: CodingRequest = {
    id: requestId,
    origin,
    label,
    parts: [...applyParts(adding), ...removeParts(removing)],
    source,
    status: "pending",
  };
  const requests = new Map(state.requests);
  requests.set(requestId, request);
  return finishIfDone({ ...state, codings, requests }, requestId);
}

function stepOf(request: CodingRequest, codings: ReadonlyMap<string, StoredCoding>): CodingStep {
  const applied: CodingFacts[] = [];
  const removed: CodingFacts[] = [];
  for (const part of request.parts) {
    if (part.status !== "confirmed") continue;
    if (part.kind === "apply") {
      for (const key of part.created) {
        const coding = codings.get(key);
        if (coding) applied.push(factsOf(coding));
      }
    } else removed.push(...part.removed.map(factsOf));
  }
  return { label: request.label, applied, removed };
}

/** When every part of a request has answered, its step goes on the undo (or redo) stack. */
function finishIfDone(state: CodingStoreState, requestId: number): CodingStoreState {
  const request = state.requests.get(requestId);
  if (!request || request.parts.some((part) => part.status === "pending")) return state;
  const requests = new Map(state.requests);
  requests.delete(requestId);
  const failed = request.parts.some((part) => part.status === "failed");
  const done: CodingRequest = { ...request, status: failed ? "failed" : "confirmed" };
  const step = stepOf(request, state.codings);
  const empty = step.applied.length === 0 && step.removed.length === 0;
  let { undo, redo } = state;
  const push = (stack: readonly CodingStep[], entry: CodingStep) => [...stack.slice(1 - UNDO_DEPTH), entry];
  if (!empty) {
    if (request.origin === "do") {
      undo = push(undo, step);
      redo = [];
    } else if (request.origin === "undo") redo = push(redo, step);
    else undo = push(undo, step);
  } else if (request.source && request.parts.length > 0) {
    // Nothing of an undo or redo could be done: it stays where it was, to be tried again.
    if (request.origin === "undo") undo = push(undo, request.source);
    else if (request.origin === "redo") redo = push(redo, request.source);
  }
  return { ...state, requests, undo, redo, last: done };
}

function updatePart(request: CodingRequest, index: number, part: RequestPart): CodingRequest {
  return { ...request, parts: request.parts.map((existing, at) => (at === index ? part : existing)) };
}

function settled(state: CodingStoreState, event: Extract<CodingEvent, { type: "settled" }>): CodingStoreState {
  const request = state.requests.get(event.requestId);
  const part = request?.parts[event.part];
  if (!request || !part || part.status !== "pending") return state;
  const requests = new Map(state.requests);
  let codings = state.codings;
  if (part.kind === "apply") {
    const next = new Map(codings);
    const created: string[] = [];
    const asked = new Set(part.keys);
    for (const answer of event.codings ?? []) {
      const key = codingKey(answer);
      const known = next.get(key);
      next.set(key, {
        ...factsOf(answer),
        key,
        id: answer.id,
        segmentId: answer.segmentId,
        createdAt: known?.createdAt ?? event.at,
        status: "confirmed",
      });
      if (answer.created && asked.has(key)) created.push(key);
    }
    codings = next;
    requests.set(
      request.id,
      updatePart(request, event.part, { ...part, status: "confirmed", created, rows: event.codings?.length ?? 0 }),
    );
  } else {
    requests.set(request.id, updatePart(request, event.part, { ...part, status: "confirmed" }));
  }
  return finishIfDone({ ...state, codings, requests }, request.id);
}

function failed(state: CodingStoreState, event: Extract<CodingEvent, { type: "failed" }>): CodingStoreState {
  const request = state.requests.get(event.requestId);
  const part = request?.parts[event.part];
  if (!request || !part || part.status !== "pending") return state;
  const codings = new Map(state.codings);
  if (part.kind === "apply") {
    for (const key of part.keys) if (codings.get(key)?.status === "pending") codings.delete(key);
  } else {
    for (const coding of part.removed) if (!codings.has(coding.key)) codings.set(coding.key, coding);
  }
  const requests = new Map(state.requests);
  requests.set(request.id, updatePart(request, event.part, { ...part, status: "failed", message: event.message }));
  return finishIfDone({ ...state, codings, requests }, request.id);
}

/** Undo removes what a step added (if still there) and adds back what it removed; redo undoes an undo. */
function replay(state: CodingStoreState, requestId: number, origin: "undo" | "redo"): CodingStoreState {
  const stack = origin === "undo" ? state.undo : state.redo;
  const step = stack.at(-1);
  if (!step) return state;
  const popped = origin === "undo" ? { undo: stack.slice(0, -1) } : { redo: stack.slice(0, -1) };
  // The redo stack holds what undo did, so both undo and redo do the inverse of the step they take.
  return begin({ ...state, ...popped }, requestId, origin, step.label, step.removed, step.applied.map(codingKey), step);
}

/** Live changes never enter undo: a coder undoes only their own steps. */
function remote(state: CodingStoreState, event: Extract<CodingEvent, { type: "remote" }>): CodingStoreState {
  let codings: Map<string, StoredCoding> | null = null;
  const edit = () => {
    codings ??= new Map(state.codings);
    return codings;
  };
  for (const coding of event.added) {
    const key = codingKey(coding);
    // A pending coding under the same key is this coder's own, answered by its own request.
    if (state.codings.has(key)) continue;
    edit().set(key, {
      ...factsOf(coding),
      key,
      id: coding.id,
      segmentId: coding.segmentId,
      createdAt: coding.createdAt,
      status: "confirmed",
    });
  }
  if (event.removedIds.length > 0) {
    const gone = new Set(event.removedIds);
    for (const [key, coding] of state.codings) {
      if (coding.status === "confirmed" && coding.id !== null && gone.has(coding.id)) edit().delete(key);
    }
  }
  return codings ? { ...state, codings } : state;
}

export function reduceCodingStore(state: CodingStoreState, event: CodingEvent): CodingStoreState {
  switch (event.type) {
    case "remote":
      return remote(state, event);
    case "begin":
      return begin(state, event.requestId, "do", event.label, event.apply ?? [], event.remove ?? [], null);
    case "undo":
      return replay(state, event.requestId, "undo");
    case "redo":
      return replay(state, event.requestId, "redo");
    case "settled":
      return settled(state, event);
    case "failed":
      return failed(state, event);
  }
}

/** Whether any coding or request is still waiting for the server. */
export function isSaving(state: CodingStoreState): boolean {
  return state.requests.size > 0;
}
