import { describe, expect, it } from "vitest";
import { LIVE_LIMITS, type LiveCodingChange, LiveHub, type LivePresence, type LiveSubscriber } from "./live-hub";

function subscriber(userId: number, name: string) {
  const changes: LiveCodingChange[] = [];
  const presence: LivePresence[][] = [];
  const value: LiveSubscriber = {
    userId,
    name,
    onChange: (change) => changes.push(change),
    onPresence: (present) => presence.push([...present]),
  };
  return { value, changes, presence };
}

const change = (documentId: number, addedIds: number[] = [1]): LiveCodingChange => ({
  projectId: 1,
  documentId,
  actorId: 7,
  addedIds,
  removedIds: [],
});

describe("LiveHub", () => {
  it("tells everyone in the document, and nobody in another document or project", () => {
    const hub = new LiveHub();
    const ann = subscriber(1, "Ann");
    const ben = subscriber(2, "Ben");
    const elsewhere = subscriber(3, "Cat");
    const otherProject = subscriber(4, "Dev");
    hub.join(1, 10, ann.value);
    hub.join(1, 10, ben.value);
    hub.join(1, 11, elsewhere.value);
    hub.join(2, 10, otherProject.value);
    hub.publish(change(10, [5, 6]));
    expect(ann.changes.map((c) => c.addedIds)).toEqual([[5, 6]]);
    expect(ben.changes).toHaveLength(1);
    expect(elsewhere.changes).toHaveLength(0);
    expect(otherProject.changes).toHaveLength(0);
  });

  it("says who is present as people join and leave, each person once", () => {
    const hub = new LiveHub();
    const ann = subscriber(1, "Ann");
    const annSecondTab = subscriber(1, "Ann");
    const ben = subscriber(2, "Ben");
    hub.join(1, 10, ann.value);
    hub.join(1, 10, annSecondTab.value);
    const leaveBen = hub.join(1, 10, ben.value)!;
    expect(ann.presence.at(-1)?.map((p) => p.name)).toEqual(["Ann", "Ben"]);
    leaveBen();
    leaveBen();
    expect(ann.presence.at(-1)?.map((p) => p.name)).toEqual(["Ann"]);
    expect(hub.present(1, 10)).toEqual([{ userId: 1, name: "Ann" }]);
    expect(hub.connections()).toBe(2);
  });

  it("keeps delivering to the others when one connection throws", () => {
    const hub = new LiveHub();
    const broken: LiveSubscriber = {
      userId: 1,
      name: "Ann",
      onChange: () => {
        throw new Error("closed");
      },
      onPresence: () => {},
    };
    const ben = subscriber(2, "Ben");
    hub.join(1, 10, broken);
    hub.join(1, 10, ben.value);
    hub.publish(change(10));
    expect(ben.changes).toHaveLength(1);
  });

  it("refuses a person's connection beyond the per-person limit, and takes one again after a leave", () => {
    const hub = new LiveHub();
    const leaves = Array.from({ length: LIVE_LIMITS.perUser }, () => hub.join(1, 10, subscriber(1, "Ann").value));
    expect(leaves.every(Boolean)).toBe(true);
    expect(hub.join(1, 11, subscriber(1, "Ann").value)).toBeNull();
    expect(hub.join(1, 10, subscriber(2, "Ben").value)).not.toBeNull();
    leaves[0]!();
    expect(hub.join(1, 11, subscriber(1, "Ann").value)).not.toBeNull();
  });

  it("ignores a change that adds and removes nothing", () => {
    const hub = new LiveHub();
    const ann = subscriber(1, "Ann");
    hub.join(1, 10, ann.value);
    hub.publish(change(10, []));
    expect(ann.changes).toHaveLength(0);
  });
});
