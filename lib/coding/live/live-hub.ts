/**
 * Live co-coding within one server process: who has a document open, and which codings changed in
 * it. Route handlers subscribe a connection to one document; the coding use cases publish after they
 * commit. Delivery is the subscriber's own function, so it can re-read what changed under the
 * subscriber's visibility (blind rounds) before anything leaves the server.
 */

export interface LivePresence {
  userId: number;
  name: string;
}

export interface LiveCodingChange {
  projectId: number;
  documentId: number;
  /** Who made the change: their own connections are told too (another tab of theirs may be open). */
  actorId: number;
  addedIds: readonly number[];
  removedIds: readonly number[];
}

export interface LiveSubscriber extends LivePresence {
  onChange(change: LiveCodingChange): void;
  onPresence(present: readonly LivePresence[]): void;
}

/** Connections one person may hold open at once, and in all, so open tabs cannot exhaust the server. */
export const LIVE_LIMITS = { perUser: 12, total: 2000 } as const;

export class LiveHub {
  private readonly rooms = new Map<string, Set<LiveSubscriber>>();
  private readonly perUser = new Map<number, number>();
  private total = 0;

  /** Null when the person (or the server) already has as many connections as allowed. */
  join(projectId: number, documentId: number, subscriber: LiveSubscriber): (() => void) | null {
    const held = this.perUser.get(subscriber.userId) ?? 0;
    if (held >= LIVE_LIMITS.perUser || this.total >= LIVE_LIMITS.total) return null;
    const key = roomKey(projectId, documentId);
    const room = this.rooms.get(key) ?? new Set<LiveSubscriber>();
    this.rooms.set(key, room);
    room.add(subscriber);
    this.perUser.set(subscriber.userId, held + 1);
    this.total++;
    this.announce(room);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      room.delete(subscriber);
      this.total--;
      const remaining = (this.perUser.get(subscriber.userId) ?? 1) - 1;
      if (remaining > 0) this.perUser.set(subscriber.userId, remaining);
      else this.perUser.delete(subscriber.userId);
      if (room.size === 0) this.rooms.delete(key);
      else this.announce(room);
    };
  }

  publish(change: LiveCodingChange): void {
    if (change.addedIds.length === 0 && change.removedIds.length === 0) return;
    const room = this.rooms.get(roomKey(change.projectId, change.documentId));
    if (!room) return;
    for (const subscriber of [...room]) {
      try {
        subscriber.onChange(change);
      } catch {
        // One broken connection must not keep the change from the others.
      }
    }
  }

  /** The people in a document, once each, in the order they arrived. */
  present(projectId: number, documentId: number): LivePresence[] {
    return presenceOf(this.rooms.get(roomKey(projectId, documentId)));
  }

  connections(): number {
    return this.total;
  }

  private announce(room: Set<LiveSubscriber>): void {
    const present = presenceOf(room);
    for (const subscriber of [...room]) {
      try {
        subscriber.onPresence(present);
      } catch {
        // As above: a closed connection is dropped by its own route when its request ends.
      }
    }
  }
}

function roomKey(projectId: number, documentId: number): string {
  return `${projectId}:${documentId}`;
}

function presenceOf(room: Set<LiveSubscriber> | undefined): LivePresence[] {
  const seen = new Map<number, LivePresence>();
  for (const subscriber of room ?? []) {
    if (!seen.has(subscriber.userId)) seen.set(subscriber.userId, { userId: subscriber.userId, name: subscriber.name });
  }
  return [...seen.values()];
}

const globalHub = globalThis as typeof globalThis & { quotelineLiveHub?: LiveHub };

/**
 * The process's one hub. Kept on globalThis because Next bundles route handlers and server actions
 * separately, and a module-level instance would be one per bundle.
 */
export function liveHub(): LiveHub {
  globalHub.quotelineLiveHub ??= new LiveHub();
  return globalHub.quotelineLiveHub;
}
