import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type Decoration, DecorationSet } from "@tiptap/pm/view";

/**
 * The stretch of a long transcript whose codings are drawn. Building tens of thousands of nested spans
 * for text far off screen was most of the time a long, densely coded transcript took to open; codings
 * are drawn for the opening stretch, then for the stretch around wherever the reader goes.
 * Null: every coding is drawn, as for any transcript of ordinary length.
 */
export type ShownRange = { from: number; to: number } | null;

/** Documents up to this many editor positions draw every coding at once. */
export const DRAW_ALL_UP_TO = 60_000;
/** How much of a longer document is drawn as it opens: the first screens and the stretch scrolling reaches next. */
export const FIRST_DRAWN = 12_000;

export function initialShown(doc: ProseMirrorNode): ShownRange {
  return doc.content.size <= DRAW_ALL_UP_TO ? null : { from: 0, to: FIRST_DRAWN };
}

export function covers(shown: ShownRange, from: number, to: number): boolean {
  return shown === null || (shown.from <= from && to <= shown.to);
}

/**
 * The drawn stretch moved to `from`–`to` (the turns near the screen and some either side); null when that
 * is the whole document. A long transcript never draws more than a few stretches' codings at once.
 */
export function moveShown(shown: ShownRange, from: number, to: number, doc: ProseMirrorNode): ShownRange {
  if (shown === null || (from <= 0 && to >= doc.content.size)) return null;
  return { from: Math.max(0, from), to };
}

/**
 * Every coding's decorations, which a long transcript builds only when something needs them all (adding,
 * removing or finding codings at a place); until then the drawn stretch is made from the codings in it.
 */
export interface AllDecorations {
  get(): DecorationSet;
  /** The decorations touching `from`–`to`, without building the full set when it is not built yet. */
  find(from: number, to: number): Decoration[];
  isBuilt(): boolean;
}

const kept = new WeakMap<AllDecorations, { from: number; to: number; set: DecorationSet }>();

/** The decorations inside the drawn stretch, the same set object for as long as neither changes. */
export function decorationsShown(all: AllDecorations, shown: ShownRange, doc: ProseMirrorNode): DecorationSet {
  if (shown === null) return all.get();
  const found = kept.get(all);
  if (found && found.from === shown.from && found.to === shown.to) return found.set;
  const set = DecorationSet.create(doc, all.find(shown.from, shown.to));
  kept.set(all, { ...shown, set });
  return set;
}
