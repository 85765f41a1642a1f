import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { type Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { assignLanes } from "../segment-layout";
import {
  allOf,
  built,
  type CodingDecoration,
  type CodingDecorationSpec,
  createDecoration,
  type PlacedCodingDecoration,
} from "./coding-decoration-set";
import { type AllDecorations, covers, decorationsShown, initialShown, moveShown, type ShownRange } from "./shown-range";

export type { CodingDecoration, PlacedCodingDecoration };

export interface CodingDecorationInput extends CodingDecoration {
  /** Unique per drawn coding, e.g. the coding's id. */
  key: string;
}

export interface CodingDecorationsState {
  codings: ReadonlyMap<string, PlacedCodingDecoration>;
  /** Every coding's decorations (built on first use, see `AllDecorations`). */
  readonly decorations: DecorationSet;
  all: AllDecorations;
  /** How many times the whole decoration set was built (only `setCodings` does that). */
  rebuilds: number;
  /** Where codings are drawn (see shown-range.ts); they are all kept in `decorations` either way. */
  shown: ShownRange;
}

export interface CodingDecorationsOptions {
  /** Called on a click inside one or more codings, innermost first. */
  onCodingsClick: ((keys: string[], pos: number) => void) | null;
}

type CodingOperation =
  | { type: "set"; codings: readonly CodingDecorationInput[] }
  | { type: "add"; codings: readonly CodingDecorationInput[] }
  | { type: "remove"; keys: readonly string[] }
  | { type: "sync"; codings: readonly CodingDecorationInput[] }
  | { type: "show"; from: number; to: number };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    codingDecorations: {
      /** Replaces every drawn coding: the initial load, or a change of filter (mine / all / one coder). */
      setCodings: (codings: readonly CodingDecorationInput[]) => ReturnType;
      /** Draws more codings (or redraws ones with the same key) without touching the others. */
      addCodings: (codings: readonly CodingDecorationInput[]) => ReturnType;
      /** Stops drawing the codings with these keys; unknown keys are ignored. */
      removeCodings: (keys: readonly string[]) => ReturnType;
      /** Draws exactly these codings: a snapshot of the coding store. Only what differs is redrawn. */
      syncCodings: (codings: readonly CodingDecorationInput[]) => ReturnType;
      /** Draws the codings of this stretch (a long transcript draws them only around where the reader is). */
      showCodingsIn: (from: number, to: number) => ReturnType;
    };
  }
}

export const codingDecorationsKey = new PluginKey<CodingDecorationsState>("codingDecorations");

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function getCodingDecorationsState(state: EditorState): CodingDecorationsState | undefined {
  return codingDecorationsKey.getState(state);
}

function isDrawable(coding: CodingDecorationInput, doc: ProseMirrorNode): boolean {
  return (
    typeof coding.key === "string" &&
    Number.isInteger(coding.from) &&
    Number.isInteger(coding.to) &&
    coding.from >= 0 &&
    coding.from < coding.to &&
    coding.to <= doc.content.size &&
    // Note: the colour goes into a style attribute, so anything but a plain hex colour is refused.
    HEX_COLOUR.test(coding.colour)
  );
}

function areDrawable(codings: readonly CodingDecorationInput[], doc: ProseMirrorNode): boolean {
  const keys = new Set(codings.map((coding) => coding.key));
  return keys.size === codings.length && codings.every((coding) => isDrawable(coding, doc));
}

function specOf(decoration: Decoration): CodingDecorationSpec {
  return decoration.spec as CodingDecorationSpec;
}

function findDecorations(set: DecorationSet, key: string, coding: CodingDecoration): Decoration[] {
  return set.find(coding.from, coding.to, (spec: CodingDecorationSpec) => spec.codingKey === key);
}

function byPosition(a: CodingDecorationInput, b: CodingDecorationInput): number {
  return a.from - b.from || b.to - a.to || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function place({ key: _key, ...coding }: CodingDecorationInput, lane: number): PlacedCodingDecoration {
  return { ...coding, lane };
}

/** Every coding drawn anew, in the state's drawn stretch. */
function build(
  state: CodingDecorationsState,
  codings: readonly CodingDecorationInput[],
  doc: ProseMirrorNode,
): CodingDecorationsState {
  const { lanes } = assignLanes(codings.map(({ key, from, to }) => ({ id: key, startOffset: from, endOffset: to })));
  const placed = new Map<string, PlacedCodingDecoration>();
  for (const coding of [...codings].sort(byPosition)) placed.set(coding.key, place(coding, lanes.get(coding.key)!));
  return next(state, { codings: placed, all: allOf(placed, doc), rebuilds: state.rebuilds + 1 });
}

/**
 * A state with some fields changed. `decorations` reads the full set through `all`, so a state is never
 * spread (spreading would build the set each time).
 */
function next(
  state: Pick<CodingDecorationsState, "codings" | "all" | "rebuilds" | "shown">,
  changes: Partial<Pick<CodingDecorationsState, "codings" | "all" | "rebuilds" | "shown">>,
): CodingDecorationsState {
  const fields = {
    codings: changes.codings ?? state.codings,
    all: changes.all ?? state.all,
    rebuilds: changes.rebuilds ?? state.rebuilds,
    shown: changes.shown === undefined ? state.shown : changes.shown,
  };
  return {
    ...fields,
    get decorations() {
      return fields.all.get();
    },
  };
}

function remove(state: CodingDecorationsState, keys: readonly string[]): CodingDecorationsState {
  const codings = new Map(state.codings);
  const stale: Decoration[] = [];
  for (const key of keys) {
    const coding = codings.get(key);
    if (!coding) continue;
    stale.push(...findDecorations(state.decorations, key, coding));
    codings.delete(key);
  }
  if (stale.length === 0) return next(state, { codings });
  return next(state, { codings, all: built(state.decorations.remove(stale)) });
}

/** New codings take the lowest lane free along their range, so codings already drawn never move. */
function add(
  previous: CodingDecorationsState,
  incoming: readonly CodingDecorationInput[],
  doc: ProseMirrorNode,
): CodingDecorationsState {
  const state = remove(
    previous,
    incoming.map((coding) => coding.key),
  );
  const codings = new Map(state.codings);
  const added: Decoration[] = [];
  for (const coding of [...incoming].sort(byPosition)) {
    const overlaps = (decoration: Decoration) => decoration.from < coding.to && decoration.to > coding.from;
    const taken = new Set(
      [...state.decorations.find(coding.from, coding.to), ...added].filter(overlaps).map((d) => specOf(d).lane),
    );
    let lane = 0;
    while (taken.has(lane)) lane++;
    const placed = place(coding, lane);
    codings.set(coding.key, placed);
    added.push(createDecoration(coding.key, placed));
  }
  return next(state, { codings, all: built(state.decorations.add(doc, added)) });
}

function sameDrawing(drawn: PlacedCodingDecoration, wanted: CodingDecorationInput): boolean {
  return (
    drawn.from === wanted.from &&
    drawn.to === wanted.to &&
    drawn.colour === wanted.colour &&
    drawn.codeId === wanted.codeId &&
    drawn.coderId === wanted.coderId &&
    Boolean(drawn.pending) === Boolean(wanted.pending)
  );
}

/** Redraws only what differs from the snapshot; a snapshot that changes most codings is built anew. */
function sync(
  state: CodingDecorationsState,
  wanted: readonly CodingDecorationInput[],
  doc: ProseMirrorNode,
): CodingDecorationsState {
  const wantedKeys = new Set<string>();
  const changed: CodingDecorationInput[] = [];
  for (const coding of wanted) {
    wantedKeys.add(coding.key);
    const drawn = state.codings.get(coding.key);
    if (!drawn || !sameDrawing(drawn, coding)) changed.push(coding);
  }
  const gone = [...state.codings.keys()].filter((key) => !wantedKeys.has(key));
  if (changed.length === 0 && gone.length === 0) return state;
  if (changed.length + gone.length > Math.max(64, wanted.length / 2)) return build(state, wanted, doc);
  return add(remove(state, gone), changed, doc);
}

function mapThrough(state: CodingDecorationsState, tr: Transaction): CodingDecorationsState {
  const codings = new Map<string, PlacedCodingDecoration>();
  for (const [key, coding] of state.codings) {
    const from = tr.mapping.map(coding.from, 1);
    const to = tr.mapping.map(coding.to, -1);
    if (from < to) codings.set(key, { ...coding, from, to });
  }
  return next(state, { codings, all: allOf(codings, tr.doc) });
}

function applyOperation(
  state: CodingDecorationsState,
  operation: CodingOperation,
  doc: ProseMirrorNode,
): CodingDecorationsState {
  switch (operation.type) {
    case "set":
      return build(state, operation.codings, doc);
    case "add":
      return add(state, operation.codings, doc);
    case "remove":
      return remove(state, operation.keys);
    case "sync":
      return sync(state, operation.codings, doc);
    case "show":
      return next(state, { shown: moveShown(state.shown, operation.from, operation.to, doc) });
  }
}

function keysAtTarget(view: EditorView, target: EventTarget | null): string[] {
  const keys: string[] = [];
  let node = target as Node | null;
  while (node && node !== view.dom) {
    if (node.nodeType === 1) {
      const key = (node as Element).getAttribute("data-coding-key");
      if (key !== null && (node as Element).classList.contains("coding") && !keys.includes(key)) keys.push(key);
    }
    node = node.parentNode;
  }
  return keys;
}

function keysAtPos(state: CodingDecorationsState, pos: number): string[] {
  const covering = state.decorations
    .find(pos, pos)
    .filter((decoration) => decoration.from <= pos && pos < decoration.to)
    .map((decoration) => specOf(decoration).codingKey);
  const unique = [...new Set(covering)];
  const length = (key: string) => state.codings.get(key)!.to - state.codings.get(key)!.from;
  return unique.sort((a, b) => length(a) - length(b));
}

/** Full sets already asked to be built while the reader reads. */
const scheduled = new WeakSet<AllDecorations>();

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 50);
}

function queue(tr: Transaction, operation: CodingOperation): void {
  const queued = (tr.getMeta(codingDecorationsKey) as CodingOperation[] | undefined) ?? [];
  tr.setMeta(codingDecorationsKey, [...queued, operation]);
  tr.setMeta("addToHistory", false);
}

/**
 * Draws codings as inline decorations: they overlap, belong to a coder and live outside the
 * document text, so they are never marks. Adding or removing codings patches the decoration set;
 * only `setCodings` builds it anew.
 */
export const CodingDecorations = Extension.create<CodingDecorationsOptions>({
  name: "codingDecorations",

  addOptions() {
    return { onCodingsClick: null };
  },

  addCommands() {
    return {
      setCodings:
        (codings) =>
        ({ tr, dispatch }) => {
          if (!areDrawable(codings, tr.doc)) return false;
          if (dispatch) queue(tr, { type: "set", codings });
          return true;
        },
      addCodings:
        (codings) =>
        ({ tr, dispatch }) => {
          if (!areDrawable(codings, tr.doc)) return false;
          if (dispatch) queue(tr, { type: "add", codings });
          return true;
        },
      removeCodings:
        (keys) =>
        ({ tr, dispatch }) => {
          if (dispatch) queue(tr, { type: "remove", keys });
          return true;
        },
      syncCodings:
        (codings) =>
        ({ tr, dispatch }) => {
          if (!areDrawable(codings, tr.doc)) return false;
          if (dispatch) queue(tr, { type: "sync", codings });
          return true;
        },
      showCodingsIn:
        (from, to) =>
        ({ tr, state, dispatch }) => {
          if (covers(codingDecorationsKey.getState(state)?.shown ?? null, from, to)) return false;
          if (dispatch) queue(tr, { type: "show", from, to });
          return true;
        },
    };
  },

  // Not addDecorations(): in tiptap 3.34 it can only rebuild an extension's set (create/createInRange), never patch it.
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<CodingDecorationsState>({
        key: codingDecorationsKey,
        state: {
          init: (_config, state) =>
            next(
              { codings: new Map(), all: built(DecorationSet.empty), rebuilds: 0, shown: null },
              { shown: initialShown(state.doc) },
            ),
          apply: (tr, previous) => {
            const operations = tr.getMeta(codingDecorationsKey) as CodingOperation[] | undefined;
            // The text is read-only: a changed document is a transcript set in place, drawn from its start.
            let state = tr.docChanged ? next(mapThrough(previous, tr), { shown: initialShown(tr.doc) }) : previous;
            for (const operation of operations ?? []) state = applyOperation(state, operation, tr.doc);
            return state;
          },
        },
        // Builds the full set while the reader reads, so the first coding added or removed does not wait for it.
        view: () => ({
          update: (view) => {
            const all = codingDecorationsKey.getState(view.state)?.all;
            if (!all || all.isBuilt() || scheduled.has(all)) return;
            scheduled.add(all);
            whenIdle(() => all.get());
          },
        }),
        props: {
          decorations(state) {
            const own = codingDecorationsKey.getState(state);
            return own && decorationsShown(own.all, own.shown, state.doc);
          },
          handleClick(view, pos, event) {
            const state = codingDecorationsKey.getState(view.state);
            if (!options.onCodingsClick || !state) return false;
            const fromTarget = keysAtTarget(view, event.target).filter((key) => state.codings.has(key));
            const keys = fromTarget.length > 0 ? fromTarget : keysAtPos(state, pos);
            if (keys.length > 0) options.onCodingsClick(keys, pos);
            return false;
          },
        },
      }),
    ];
  },
});
