"use client";

import { useEffect, useRef, useState } from "react";
import type { RemoteCoding } from "./coding-store";
import type { CodingStoreController } from "./use-coding-store";

export interface LivePerson {
  userId: number;
  name: string;
}

/** A coding as the live feed sends it (lib/coding/live/read-live-codings.ts). */
export interface LiveCodingMessage extends RemoteCoding {
  codeName: string;
  colour: string;
  coderName: string;
}

export interface UseLiveCodingsOptions {
  projectSlug: string;
  documentId: number;
  selfId: number;
  store: CodingStoreController;
  /** Told of each coding before it is shown, so a view can learn a code or coder it has not met. */
  onCodings?: (codings: readonly LiveCodingMessage[]) => void;
}

/**
 * Follows a document's live feed: other coders' codings appear in the store as they are made, and the
 * people who have the document open are returned (the viewer left out). The browser's EventSource
 * reconnects by itself after a dropped connection.
 */
export function useLiveCodings({ projectSlug, documentId, selfId, store, onCodings }: UseLiveCodingsOptions) {
  const [present, setPresent] = useState<LivePerson[]>([]);
  const [connected, setConnected] = useState(false);
  // The latest handler, without re-opening the feed each render.
  const onCodingsRef = useRef(onCodings);
  onCodingsRef.current = onCodings;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const url = `/api/projects/${encodeURIComponent(projectSlug)}/live?document=${documentId}`;
    const source = new EventSource(url);
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("presence", (event) => {
      const { present: people } = JSON.parse((event as MessageEvent<string>).data) as { present: LivePerson[] };
      setPresent(people.filter((person) => person.userId !== selfId));
    });
    source.addEventListener("codings", (event) => {
      const { added, removedIds } = JSON.parse((event as MessageEvent<string>).data) as {
        added: LiveCodingMessage[];
        removedIds: number[];
      };
      onCodingsRef.current?.(added);
      store.receive(added, removedIds);
    });
    return () => source.close();
  }, [projectSlug, documentId, selfId, store]);
  return { present, connected };
}
