"use client";

import { useSyncExternalStore } from "react";
import { TranscriptCodingView, type TranscriptCodingViewProps } from "./transcript-coding-view";

const never = () => () => {};

/**
 * The coding view, rendered in the browser only. Its text and codings are drawn by the editor, which exists
 * only in the browser, so rendering the rest on the server (the codings unpacked, the document built, the
 * store filled) only delayed the page's first byte, by more the longer the transcript.
 */
export function TranscriptCodingClient(props: TranscriptCodingViewProps) {
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  if (inBrowser) return <TranscriptCodingView {...props} />;
  return (
    <p className="text-sm text-gray-600" role="status">
      Opening the transcript…
    </p>
  );
}
