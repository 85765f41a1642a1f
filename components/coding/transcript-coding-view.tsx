"use client";

import { TextSelection } from "@tiptap/pm/state";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import type { CodingRange } from "@/lib/coding/apply-codings";
import type { CodingDecorationInput } from "@/lib/coding/editor/coding-decorations";
import { turnsToContent } from "@/lib/coding/editor/turns-to-content";
import type { CodingParticipant, CodingTurn } from "@/lib/coding/get-transcript-for-coding";
import { buildPositionMap } from "@/lib/coding/position-map";
import type { MemoView } from "@/lib/memos/list-memos";
import { clampToText } from "./caret-moves";
import { CodeKeyStrip } from "./code-key-strip";
import type { PickerCode } from "./code-picker";
import { CodePickerPopover } from "./code-picker-popover";
import { CodingLens } from "./coding-lens";
import { type CodingRecord, legendOf, type PackedCodings } from "./coding-records";
import { CodingSidebar, type MemoDraft } from "./coding-sidebar";
import { CodingsHerePopover } from "./codings-here-popover";
import { KeyMapOverlay } from "./key-map-overlay";
import { ParticipantFacts } from "./participant-facts";
import { PresentCoders } from "./present-coders";
import { SelectionCodeButton } from "./selection-code-button";
import { selectionToRange } from "./selection-to-range";
import { shortText } from "./short-text";
import { handleTranscriptKey, syncDomSelection } from "./transcript-keys";
import { type Message, TranscriptToolbar } from "./transcript-toolbar";
import type { TurnSpeaker } from "./transcript-turn";
import { useCodeKeys } from "./use-code-keys";
import { useMemos } from "./use-memos";
import { useSelectionCoding } from "./use-selection-coding";
import { useTranscriptCaret } from "./use-transcript-caret";
import { useTranscriptCodings } from "./use-transcript-codings";
import { useTranscriptEditor } from "./use-transcript-editor";
import "./coding-view.css";

export interface TranscriptCodingViewProps {
  projectSlug: string;
  documentId: number;
  text: string;
  turns: CodingTurn[];
  participants: Record<number, CodingParticipant>;
  codings: PackedCodings;
  /** Active codes in tree order, for the picker. */
  codes: PickerCode[];
  recentCodeIds: number[];
  /** The coder's pinned keys: digits 1–9 apply these codes. */
  codeKeys?: CodeKey[];
  memos: MemoView[];
  currentUser: { id: number; name: string };
  /** False for roles that read but may not code (lead, author): no picker, no removing, no memos. */
  canCode: boolean;
  /** Roles that may propose quotes (authors too) propose from the codings popover. */
  canPropose?: boolean;
}

type PickerState = { mode: "apply"; range: CodingRange } | { mode: "recode"; record: CodingRecord };

/**
 * The transcript coding view: a read-only tiptap document of turns with codings drawn as
 * decorations, a code picker on any selection (mouse or keyboard), codings listed on click,
 * a coder filter, memos, undo and redo. Codings live in the coding store; the editor draws them.
 */
export function TranscriptCodingView(props: TranscriptCodingViewProps) {
  const { projectSlug, documentId, currentUser, canCode } = props;
  // Server actions re-render the page with fresh props; the view keeps its own state from the first ones.
  const [initial] = useState(() => ({
    map: buildPositionMap(props.turns),
    text: props.text,
    turns: props.turns,
    participants: props.participants,
    content: turnsToContent(props.text, props.turns),
    speakers: new Map<number, TurnSpeaker>(
      props.turns.map((turn) => [
        turn.id,
        {
          participantId: turn.participantId,
          participant: turn.participantId === null ? null : (props.participants[turn.participantId] ?? null),
        },
      ]),
    ),
  }));
  const { map, text, turns, participants } = initial;
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [atPlace, setAtPlace] = useState<string[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [hovered, setHovered] = useState<{ participantId: number; top: number; left: number } | null>(null);
  const [memoDraft, setMemoDraft] = useState<MemoDraft | null>(null);
  const memoState = useMemos(projectSlug, props.memos, currentUser);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const openedAt = useRef(0);
  const pendingPlace = useRef<number | undefined>(undefined);
  const goalX = useRef<number | null>(null);

  const drawInitial = useRef<() => CodingDecorationInput[]>(() => []);
  const { editor, containerRef, handlers, virtualAnchor, anchorPos } = useTranscriptEditor({
    content: initial.content,
    speakers: initial.speakers,
    initialCodings: () => drawInitial.current(),
  });
  const say = useCallback((tone: Message["tone"], textOfMessage: string) => {
    setMessage({ tone, text: textOfMessage });
    if (tone === "error") toast.error(textOfMessage);
  }, []);
  const codings = useTranscriptCodings(
    {
      projectSlug,
      documentId,
      text,
      map,
      codings: props.codings,
      codes: props.codes,
      recentCodeIds: props.recentCodeIds,
      currentUser,
      say,
    },
    editor,
  );
  drawInitial.current = codings.initialDecorations;
  const codeKeys = useCodeKeys(projectSlug, props.codeKeys ?? [], codings.codes);
  const pending = picker?.mode === "apply" ? picker.range : null;
  const selecting = useSelectionCoding({
    editor,
    map,
    text,
    canCode,
    wrapperRef,
    codeKeys,
    pending,
    apply: codings.apply,
    say,
  });
  const { caret, currentTurn, updateCaret } = useTranscriptCaret(editor, wrapperRef);
  const legend = useMemo(() => legendOf(codings.visible), [codings.visible]);
  const { undo: undoSteps, redo: redoSteps } = codings.state;

  const focusEditor = useCallback(() => {
    if (!editor) return;
    editor.view.dom.focus({ preventScroll: true });
    syncDomSelection(editor.view);
  }, [editor]);

  const openPicker = () => {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const range = from === to ? null : selectionToRange(map, text, from, to);
    if (!range) {
      say(
        "info",
        "Select some text first: drag with the mouse, or Shift with the arrow keys (T selects the whole turn).",
      );
      return;
    }
    if (!canCode) {
      say("info", "Your role in this project lets you read codings but not add them.");
      return;
    }
    anchorPos.current = to;
    openedAt.current = performance.now();
    window.clearTimeout(pendingPlace.current);
    setAtPlace(null);
    setPicker({ mode: "apply", range });
  };

  const openAtPlace = (keys: string[], pos: number) => {
    const found = keys.filter((key) => codings.byKey.has(key));
    if (found.length === 0) return;
    anchorPos.current = pos;
    openedAt.current = performance.now();
    setPicker(null);
    setAtPlace(found);
  };

  const createAndApply = async (name: string, alsoApply: number[], target: PickerState) => {
    const created = await codings.createCode(name);
    if (!created) return;
    const ids = [...new Set([...alsoApply, created.id])];
    if (target.mode === "apply") await codings.apply(target.range, ids);
    else await codings.recode(target.record, ids);
  };

  // The turns are drawn after hydration, so the browser's own jump to #turn-<id> comes too early.
  useEffect(() => {
    if (!editor) return;
    const target = /^#turn-\d+$/.test(window.location.hash)
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.classList.add("turn-target");
    }
  }, [editor]);

  // A click on coded text lists its codings, unless it was the first click of a double-click that selects a word.
  handlers.current.codingsClick = (keys, pos) => {
    window.clearTimeout(pendingPlace.current);
    pendingPlace.current = window.setTimeout(() => {
      if (window.getSelection()?.isCollapsed !== false) openAtPlace(keys, pos);
    }, 250);
  };

  handlers.current.focus = (view) => {
    const { selection } = view.state;
    const head = clampToText(view.state.doc, selection.head);
    if (selection.empty && head !== selection.head) {
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, head)));
    }
    requestAnimationFrame(() => {
      if (document.activeElement !== view.dom) return;
      const domSelection = window.getSelection();
      if (!domSelection || !view.dom.contains(domSelection.anchorNode)) syncDomSelection(view);
      updateCaret(view);
    });
  };

  handlers.current.mouseup = (view, event) => {
    goalX.current = null;
    selecting.afterMouseUp(view, event.altKey);
  };

  handlers.current.hover = (event) => {
    const target = (event.target as HTMLElement | null)?.closest?.(".turn-speaker") as HTMLElement | null;
    const wrapper = wrapperRef.current;
    if (!target?.dataset.participantId || !wrapper) {
      if (hovered) setHovered(null);
      return;
    }
    const box = target.getBoundingClientRect();
    const outer = wrapper.getBoundingClientRect();
    const participantId = Number(target.dataset.participantId);
    if (hovered?.participantId === participantId && Math.abs(hovered.top - (box.bottom - outer.top)) < 1) return;
    setHovered({ participantId, top: box.bottom - outer.top + 4, left: box.left - outer.left });
  };

  handlers.current.keydown = (view, event) =>
    handleTranscriptKey(view, event, {
      canCode,
      undo: () => void codings.undo(),
      redo: () => void codings.redo(),
      openPicker,
      openAtPlace,
      applyKey: selecting.applyKey,
      goalX,
    });

  const placeRecords = atPlace
    ? atPlace.map((key) => codings.byKey.get(key)).filter((r): r is CodingRecord => Boolean(r))
    : null;
  const currentTurnRow = currentTurn === null ? null : turns[currentTurn];
  const current = currentTurnRow
    ? {
        turn: currentTurnRow,
        participant:
          currentTurnRow.participantId === null ? null : (participants[currentTurnRow.participantId] ?? null),
      }
    : null;
  const hoveredParticipant = hovered ? participants[hovered.participantId] : null;
  // The mouse events of the selection that opened a popover must not close it again.
  const keepThroughOpeningGesture = (event: Event) => {
    if (performance.now() - openedAt.current < 500) event.preventDefault();
  };
  const refocusEditor = (event: Event) => {
    event.preventDefault();
    focusEditor();
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="transcript-heading" className="min-w-0">
        <TranscriptToolbar
          turnCount={turns.length}
          canCode={canCode}
          undoLabel={undoSteps.at(-1)?.label ?? null}
          redoLabel={redoSteps.at(-1)?.label ?? null}
          message={message}
          onCode={openPicker}
          onUndo={() => void codings.undo()}
          onRedo={() => void codings.redo()}
          help={<KeyMapOverlay page="transcript" canCode={canCode} />}
          keys={canCode ? <CodeKeyStrip codeKeys={codeKeys} codes={codings.codes} /> : null}
        />
        <PresentCoders present={codings.live.present} connected={codings.live.connected} />
        <CodingLens
          editor={editor}
          text={text}
          turns={turns}
          map={map}
          records={codings.visible}
          legend={legend}
          memos={memoState.memos}
          onOpenCodings={openAtPlace}
        />
        <div ref={wrapperRef} className="relative rounded-lg border border-gray-200 bg-white">
          <div ref={containerRef} className="coding-editor-host" data-testid="transcript-editor" />
          {!editor ? <p className="p-4 text-sm text-gray-600">Opening the transcript…</p> : null}
          <SelectionCodeButton place={selecting.button} onCode={openPicker} />
          {caret ? (
            <div
              aria-hidden="true"
              className="kbd-caret"
              style={{ top: caret.top, left: caret.left, height: caret.height }}
            />
          ) : null}
          {hovered && hoveredParticipant ? (
            <div role="tooltip" className="speaker-tooltip" style={{ top: hovered.top, left: hovered.left }}>
              <ParticipantFacts participant={hoveredParticipant} />
            </div>
          ) : null}
        </div>
        <CodePickerPopover
          open={picker !== null}
          anchor={virtualAnchor}
          onClose={() => setPicker(null)}
          onInteractOutside={keepThroughOpeningGesture}
          onCloseAutoFocus={refocusEditor}
          codes={codings.codes}
          recentIds={codings.recentIds}
          pinnedKeys={codeKeys.keyOf}
          onPin={(codeId, key) => void codeKeys.pin(codeId, key)}
          canCreate={canCode}
          heading={
            picker?.mode === "apply"
              ? `Code “${shortText(text.slice(picker.range.start, picker.range.end), 40)}”`
              : `Recode ${picker?.record.codeName ?? ""}`
          }
          selectedText={picker?.mode === "apply" ? text.slice(picker.range.start, picker.range.end) : ""}
          onApply={(codeIds) => {
            // The decoration is drawn first, synchronously; closing the picker and the rest can follow the paint.
            if (picker?.mode === "apply") void codings.apply(picker.range, codeIds);
            else if (picker) void codings.recode(picker.record, codeIds);
            startTransition(() => setPicker(null));
          }}
          onCreate={(name, alsoApply) => {
            setPicker(null);
            if (picker) void createAndApply(name, alsoApply, picker);
          }}
        />
        <CodingsHerePopover
          records={placeRecords}
          text={text}
          canCode={canCode}
          propose={props.canPropose ? { projectSlug, documentId } : null}
          memos={memoState.memos}
          anchor={virtualAnchor}
          onClose={() => setAtPlace(null)}
          onInteractOutside={keepThroughOpeningGesture}
          onCloseAutoFocus={refocusEditor}
          onRemove={(record) => {
            setAtPlace(null);
            void codings.remove([record]);
          }}
          onRecode={(record) => {
            setAtPlace(null);
            openedAt.current = performance.now();
            setPicker({ mode: "recode", record });
          }}
          onMemo={(record) => {
            setAtPlace(null);
            const segmentText = text.slice(record.start, record.end);
            setMemoDraft({
              on: {
                target: "segment",
                segmentId: record.segmentId!,
                segment: { start: record.start, end: record.end, text: segmentText },
              },
              label: `Memo on “${shortText(segmentText, 40)}”`,
            });
          }}
        />
      </section>

      <CodingSidebar
        documentId={documentId}
        currentUser={currentUser}
        canCode={canCode}
        filter={codings.filter}
        onFilter={codings.changeFilter}
        coders={codings.coders}
        shownCount={codings.visible.length}
        legend={legend}
        current={current}
        memos={memoState.memos}
        memoDraft={memoDraft}
        onMemoDraft={setMemoDraft}
        onSaveMemo={async (draft, body) => {
          const saved = await memoState.create(draft.on, body);
          if (saved) setMemoDraft(null);
          return saved;
        }}
        onUpdateMemo={memoState.update}
        onDeleteMemo={memoState.remove}
      />
    </div>
  );
}
