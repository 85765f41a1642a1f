import type { Db } from "../../../db/client";
import type { Role } from "../../../db/schema";
import { blindRoundsOf, resolveCodingScope } from "../coding-scope";
import { type LiveCodingChange, type LivePresence, liveHub } from "./live-hub";
import { readLiveCodings } from "./read-live-codings";

export interface LiveViewer {
  userId: number;
  name: string;
  role: Role;
}

export interface LiveFeedInput {
  projectId: number;
  documentId: number;
  viewer: LiveViewer;
  /** Ends the feed when the request ends. */
  signal: AbortSignal;
}

/** A comment line every so often, so proxies and browsers keep an idle feed open. */
const KEEP_ALIVE_MS = 15_000;
/** Events a reader may fall behind by before its feed is ended (its browser reconnects and reloads). */
const MAX_BEHIND = 500;

/**
 * One viewer's server-sent event feed of a document: `presence` (who has it open) and `codings`
 * (codings added, read under the viewer's coding scope so a blind round's work never leaves the
 * server, and ids removed). Null when the viewer already holds
 * as many feeds as allowed.
 */
export function openLiveFeed(db: Db, input: LiveFeedInput): ReadableStream<Uint8Array> | null {
  const encoder = new TextEncoder();
  let leave: (() => void) | null = null;
  let keepAlive: ReturnType<typeof setInterval> | null = null;
  let closed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

  const close = () => {
    if (closed) return;
    closed = true;
    leave?.();
    if (keepAlive) clearInterval(keepAlive);
    try {
      controllerRef?.close();
    } catch {
      // Already closed by the reader.
    }
  };
  const send = (text: string) => {
    const controller = controllerRef;
    if (closed || !controller) return;
    if ((controller.desiredSize ?? 0) < -MAX_BEHIND) {
      close();
      return;
    }
    controller.enqueue(encoder.encode(text));
  };
  const sendEvent = (event: string, data: unknown) => send(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const onChange = (change: LiveCodingChange) => {
    // Resolved per change: a blind round may have opened or closed since the feed began.
    const viewer = { userId: input.viewer.userId, role: input.viewer.role };
    const visible =
      blindRoundsOf(db, input.projectId, viewer).length > 0
        ? resolveCodingScope(db, input.projectId, viewer).visible
        : undefined;
    const added = readLiveCodings(db, input.projectId, input.documentId, change.addedIds, visible);
    if (added.length === 0 && change.removedIds.length === 0) return;
    sendEvent("codings", { added, removedIds: change.removedIds });
  };
  const onPresence = (present: readonly LivePresence[]) => sendEvent("presence", { present });

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      send("retry: 2000\n\n");
      leave = liveHub().join(input.projectId, input.documentId, {
        userId: input.viewer.userId,
        name: input.viewer.name,
        onChange,
        onPresence,
      });
      keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      input.signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      close();
    },
  });
  // start() runs as the stream is made, so the hub has answered by now.
  if (!leave) {
    close();
    return null;
  }
  return stream;
}
