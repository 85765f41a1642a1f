// Coding decorations as ProseMirror draws them, and the full set of a transcript's, built when first needed.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { AllDecorations } from "./shown-range";

/** One coding as the editor draws it; `from`/`to` are editor positions (see `buildPositionMap`). */
export interface CodingDecoration {
  from: number;
  to: number;
  codeId: number;
  coderId: number;
  /** `#rrggbb`, as stored on the code. */
  colour: string;
  /** Shown before the server has stored it. */
  pending?: boolean;
}

export interface PlacedCodingDecoration extends CodingDecoration {
  /** Stripe lane: 0 nearest the text; overlapping codings never share one. */
  lane: number;
}

export interface CodingDecorationSpec {
  codingKey: string;
  lane: number;
}

export function createDecoration(key: string, coding: PlacedCodingDecoration): Decoration {
  const { colour, lane } = coding;
  const spec: CodingDecorationSpec = { codingKey: key, lane };
  return Decoration.inline(
    coding.from,
    coding.to,
    {
      // A node name of its own keeps each coding in its own span, so overlapping codings keep their attributes.
      nodeName: "span",
      class: "coding",
      "data-coding-key": key,
      "data-code-id": String(coding.codeId),
      "data-lane": String(lane),
      ...(coding.pending ? { "data-pending": "true" } : {}),
      // The stripe and its lane are drawn by the stylesheet (coding-view.css): a long inline style per span
      // was parsed again for every one of thousands of spans as a transcript opened.
      style: lane === 0 ? `--coding-colour: ${colour}` : `--coding-colour: ${colour}; --coding-lane: ${lane}`,
    },
    spec,
  );
}

/** The full set of these codings' decorations, built only when something asks for it. */
export function allOf(codings: ReadonlyMap<string, PlacedCodingDecoration>, doc: ProseMirrorNode): AllDecorations {
  const draw = (from: number, to: number) => {
    const inRange: Decoration[] = [];
    for (const [key, coding] of codings)
      if (coding.from <= to && coding.to >= from) inRange.push(createDecoration(key, coding));
    return inRange;
  };
  let set: DecorationSet | null = null;
  const get = () => {
    set ??= DecorationSet.create(doc, draw(0, doc.content.size));
    return set;
  };
  return { get, find: (from, to) => (set === null ? draw(from, to) : set.find(from, to)), isBuilt: () => set !== null };
}

/** A set already built, as `AllDecorations`. */
export function built(set: DecorationSet): AllDecorations {
  return { get: () => set, find: (from, to) => set.find(from, to), isBuilt: () => true };
}
