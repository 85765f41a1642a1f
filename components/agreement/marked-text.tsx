import type { Span } from "@/lib/agreement/character-agreement";

/** A unit's text with spans (sorted, disjoint, relative to the text) marked. */
export function MarkedText({ text, spans, label }: { text: string; spans: Span[]; label: string }) {
  const parts: { text: string; marked: boolean; key: number }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), marked: false, key: at });
    parts.push({ text: text.slice(span.start, span.end), marked: true, key: span.start });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false, key: at });
  return (
    <p className="whitespace-pre-wrap text-sm leading-relaxed">
      {parts.map((part) =>
        part.marked ? (
          <mark key={part.key} className="rounded-sm bg-amber-200 px-0.5 text-gray-950">
            <span className="sr-only">[{label}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </mark>
        ) : (
          <span key={part.key}>{part.text}</span>
        ),
      )}
    </p>
  );
}
