import { type ReactNode, useMemo } from "react";
import { layoutSegments } from "@/lib/coding/segment-layout";

export interface TextCoding {
  start: number;
  end: number;
  codeId: number;
}

export interface AnswerTextProps {
  text: string;
  /** Where the answer starts in the document; codings use document offsets. */
  offset: number;
  /** Codings covering part of the answer (whole-answer ones show as chips only). */
  partial: readonly TextCoding[];
  codeNames: ReadonlyMap<number, { name: string; colour: string }>;
  id?: string;
}

/**
 * The answer as plain React text, with partly coded stretches marked; overlapping codings split
 * into pieces, each tinted by its first code and underlined once per code. Only the answer's own
 * text is inside this element, so selection offsets within it are offsets within the answer.
 */
export function AnswerText({ text, offset, partial, codeNames, id }: AnswerTextProps) {
  const content = useMemo(() => {
    if (partial.length === 0) return text;
    const byRange = new Map<string, { id: string; startOffset: number; endOffset: number; codeIds: number[] }>();
    for (const coding of partial) {
      const startOffset = Math.max(0, coding.start - offset);
      const endOffset = Math.min(text.length, coding.end - offset);
      if (endOffset <= startOffset) continue;
      const key = `${startOffset}-${endOffset}`;
      const existing = byRange.get(key);
      if (existing) {
        if (!existing.codeIds.includes(coding.codeId)) existing.codeIds.push(coding.codeId);
      } else {
        byRange.set(key, { id: key, startOffset, endOffset, codeIds: [coding.codeId] });
      }
    }
    const { pieces } = layoutSegments([...byRange.values()]);
    const parts: ReactNode[] = [];
    let at = 0;
    for (const piece of pieces) {
      if (piece.startOffset > at) parts.push(text.slice(at, piece.startOffset));
      const colours = piece.codeIds.map((codeId) => codeNames.get(codeId)?.colour ?? "#495057");
      const names = piece.codeIds.map((codeId) => codeNames.get(codeId)?.name ?? "Code").join(", ");
      parts.push(
        <mark
          key={piece.startOffset}
          title={names}
          data-codes={piece.codeIds.join(" ")}
          className="rounded-sm text-gray-900"
          style={{
            backgroundColor: `${colours[0]}26`,
            boxShadow: colours.map((colour, index) => `inset 0 -${2 * (index + 1)}px 0 ${colour}`).join(", "),
          }}
        >
          {text.slice(piece.startOffset, piece.endOffset)}
        </mark>,
      );
      at = piece.endOffset;
    }
    if (at < text.length) parts.push(text.slice(at));
    return parts;
  }, [text, offset, partial, codeNames]);
  return (
    <p id={id} data-answer-text="" className="leading-relaxed whitespace-pre-wrap text-gray-900">
      {content}
    </p>
  );
}
