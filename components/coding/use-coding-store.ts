"use client";

import { startTransition, useEffect, useState } from "react";
import { applyCodings, removeCodings } from "@/app/projects/[slug]/codings/actions";
import { retryWhenBusy } from "@/components/retry-when-busy";
import {
  type CodingEvent,
  type CodingFacts,
  type CodingRequest,
  type CodingStoreState,
  createCodingStore,
  type RemoteCoding,
  reduceCodingStore,
  type StoredCoding,
} from "./coding-store";

type Listener = (state: CodingStoreState, previous: CodingStoreState) => void;

/** What a change does: codings to add (keyed with the acting coder) and keys of codings to remove. */
export interface CodingChange {
  label: string;
  apply?: readonly CodingFacts[];
  remove?: readonly string[];
}

/**
 * Holds the store's state and talks to the server: a change shows at once, then each of its calls
 * settles or fails. Listeners hear of every change synchronously (the editor draws from them).
 */
export class CodingStoreController {
  private state: CodingStoreState;
  private readonly listeners = new Set<Listener>();
  private readonly waiting = new Map<number, (request: CodingRequest) => void>();
  private nextRequestId = 1;

  constructor(
    private readonly projectSlug: string,
    initial: CodingStoreState,
  ) {
    this.state = initial;
  }

  getState(): CodingStoreState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the server has answered every call of the change (at once when nothing was sent). */
  change(change: CodingChange): Promise<CodingRequest | null> {
    const requestId = this.nextRequestId++;
    return this.run(requestId, {
      type: "begin",
      requestId,
      label: change.label,
      apply: change.apply,
      remove: change.remove,
    });
  }

  /** Codings heard of live (see use-live-codings): shown at once, never undone by this coder. */
  receive(added: readonly RemoteCoding[], removedIds: readonly number[]): void {
    this.dispatch({ type: "remote", added, removedIds });
  }

  /** Null when there is nothing to undo. */
  undo(): Promise<CodingRequest | null> {
    const requestId = this.nextRequestId++;
    return this.run(requestId, { type: "undo", requestId });
  }

  redo(): Promise<CodingRequest | null> {
    const requestId = this.nextRequestId++;
    return this.run(requestId, { type: "redo", requestId });
  }

  private dispatch(event: CodingEvent): void {
    const previous = this.state;
    this.state = reduceCodingStore(previous, event);
    if (this.state === previous) return;
    for (const listener of this.listeners) listener(this.state, previous);
    const last = this.state.last;
    if (last && last !== previous.last) {
      this.waiting.get(last.id)?.(last);
      this.waiting.delete(last.id);
    }
  }

  private run(requestId: number, event: CodingEvent): Promise<CodingRequest | null> {
    const done = new Promise<CodingRequest | null>((resolve) => this.waiting.set(requestId, resolve));
    this.dispatch(event);
    const request = this.state.requests.get(requestId);
    if (!request) {
      if (this.state.last?.id !== requestId) {
        this.waiting.delete(requestId);
        return Promise.resolve(null);
      }
      return done;
    }
    void this.send(request);
    return done;
  }

  private async send(request: CodingRequest): Promise<void> {
    for (const [index, part] of request.parts.entries()) {
      try {
        if (part.kind === "apply") {
          // A write that found the project busy with an import is tried once more before it is explained.
          const result = await retryWhenBusy(() =>
            applyCodings({
              projectSlug: this.projectSlug,
              documentId: part.documentId,
              ranges: part.ranges,
              codeIds: part.codeIds,
            }),
          );
          if (result.ok)
            this.dispatch({
              type: "settled",
              requestId: request.id,
              part: index,
              codings: result.data,
              at: Date.now(),
            });
          else this.dispatch({ type: "failed", requestId: request.id, part: index, message: result.error.message });
        } else {
          const result = await retryWhenBusy(() =>
            removeCodings({ projectSlug: this.projectSlug, codingIds: part.codingIds }),
          );
          if (result.ok) this.dispatch({ type: "settled", requestId: request.id, part: index, at: Date.now() });
          else this.dispatch({ type: "failed", requestId: request.id, part: index, message: result.error.message });
        }
      } catch {
        this.dispatch({
          type: "failed",
          requestId: request.id,
          part: index,
          message: "The server could not be reached. Try again.",
        });
      }
    }
  }
}

export interface UseCodingStoreOptions {
  projectSlug: string;
  coderId: number;
  /** Read once, on the first render. */
  initial?: () => Iterable<Omit<StoredCoding, "key" | "status">>;
  /** Re-render in a transition: for views that draw codings themselves first (the transcript's editor). */
  deferRender?: boolean;
}

/** The coding store of one view: the controller, and its state as of the last render. */
export function useCodingStore({ projectSlug, coderId, initial, deferRender = false }: UseCodingStoreOptions) {
  const [store] = useState(
    () => new CodingStoreController(projectSlug, createCodingStore(coderId, initial ? initial() : [])),
  );
  const [state, setState] = useState(() => store.getState());
  useEffect(() => {
    setState(store.getState());
    return store.subscribe((next) => {
      if (deferRender) startTransition(() => setState(next));
      else setState(next);
    });
  }, [store, deferRender]);
  return { store, state };
}
