import type { SnippetPart } from "@/lib/search/snippet-parts";

/** A search snippet with the matched words marked, rendered as React text (never as HTML). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="leading-relaxed whitespace-pre-wrap text-gray-800">
      {parts.map((part, index) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder.
          <mark key={index} className="rounded-sm bg-amber-100 font-semibold text-gray-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
