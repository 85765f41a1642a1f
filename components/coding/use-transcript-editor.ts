"use client";

import type { JSONContent } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { type Editor, useEditor } from "@tiptap/react";
import { useLayoutEffect, useRef, useState } from "react";
import { type CodingDecorationInput, CodingDecorations } from "@/lib/coding/editor/coding-decorations";
import { TranscriptDocument } from "@/lib/coding/editor/transcript-document";
import { TranscriptText } from "@/lib/coding/editor/transcript-text";
import { type TurnSpeaker, transcriptTurn } from "./transcript-turn";

/** What the view does with the editor's events; replaced on every render, read when an event comes. */
export interface TranscriptEditorHandlers {
  keydown: (view: EditorView, event: KeyboardEvent) => boolean;
  mouseup: (view: EditorView, event: MouseEvent) => void;
  codingsClick: (keys: string[], pos: number) => void;
  hover: (event: MouseEvent) => void;
  focus: (view: EditorView) => void;
}

export interface TranscriptEditorSetup {
  content: JSONContent;
  speakers: Map<number, TurnSpeaker>;
  /** The codings drawn with the text, read once as the editor is built. */
  initialCodings: () => CodingDecorationInput[];
}

/**
 * The read-only tiptap editor of a transcript, built once: turns and their codings are drawn in one
 * pass before the editor's DOM is moved into `containerRef`. Also a popover anchor that follows a text
 * position (`anchorPos`), measured afresh whenever a popover repositions (on scroll too).
 */
export function useTranscriptEditor(setup: TranscriptEditorSetup) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const anchorPos = useRef(1);
  const handlers = useRef<TranscriptEditorHandlers>({
    keydown: () => false,
    mouseup: () => {},
    codingsClick: () => {},
    hover: () => {},
    focus: () => {},
  });
  const virtualAnchor = useRef({
    getBoundingClientRect: () => {
      const view = editorRef.current?.view;
      if (!view) return new DOMRect();
      try {
        const coords = view.coordsAtPos(Math.min(anchorPos.current, view.state.doc.content.size));
        return new DOMRect(coords.left, coords.top, 1, coords.bottom - coords.top);
      } catch {
        return new DOMRect();
      }
    },
  });

  const [options] = useState(() => ({
    immediatelyRender: false as const,
    editable: false,
    injectCSS: true,
    extensions: [
      TranscriptDocument,
      TranscriptText,
      transcriptTurn(setup.speakers),
      CodingDecorations.configure({ onCodingsClick: (keys, pos) => handlers.current.codingsClick(keys, pos) }),
    ],
    // A placeholder: the real turns arrive in onMount together with their codings, so the text is drawn once.
    content: { type: "doc", content: [{ type: "turn" }] },
    editorProps: {
      attributes: {
        class: "coding-editor",
        role: "textbox",
        "aria-readonly": "true",
        "aria-multiline": "true",
        "aria-label": "Transcript text",
        "aria-describedby": "coding-keys-help",
        tabindex: "0",
        spellcheck: "false",
      },
      handleDOMEvents: {
        keydown: (view: EditorView, event: KeyboardEvent) => handlers.current.keydown(view, event),
        mouseup: (view: EditorView, event: MouseEvent) => {
          handlers.current.mouseup(view, event);
          return false;
        },
        mouseover: (_view: EditorView, event: MouseEvent) => {
          handlers.current.hover(event);
          return false;
        },
        focus: (view: EditorView) => {
          handlers.current.focus(view);
          return false;
        },
      },
    },
    // Runs while the view is still detached: the turns and their codings are drawn in one pass, off the page.
    onMount: ({ editor }: { editor: Editor }) => {
      performance.mark("coding-view:view-created");
      editor
        .chain()
        .setContent(setup.content, { emitUpdate: false })
        .setCodings(setup.initialCodings())
        .setTextSelection(1)
        .run();
      performance.mark("coding-view:decorations-set");
    },
  }));
  const editor = useEditor(options);
  editorRef.current = editor;

  // Moves the editor's DOM into place without tiptap's EditorContent, which rebuilds every node view on mount.
  useLayoutEffect(() => {
    const container = containerRef.current;
    const dom = editor?.view.dom;
    if (!editor || !container || !dom || dom.parentNode === container) return;
    container.append(...Array.from(dom.parentNode?.childNodes ?? [dom]));
    editor.view.updateRoot();
    container.dataset.ready = "true";
    // Marks for the bench: how long the editor took to build, apart from loading the page.
    performance.mark("coding-view:attached");
  }, [editor]);

  return { editor, containerRef, handlers, virtualAnchor, anchorPos };
}
