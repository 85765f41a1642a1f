"use client";

import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { type Editor, useEditor } from "@tiptap/react";
import { Popover } from "radix-ui";
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { addCode } from "@/app/projects/[slug]/codebook/actions";
import { applyCodings, removeCodings } from "@/app/projects/[slug]/codings/actions";
import { Button } from "@/components/ui/button";
import type { CodingRange } from "@/lib/coding/create-codings";
import { CodingDecorations, getCodingDecorationsState } from "@/lib/coding/editor/coding-decorations";
import { TranscriptDocument } from "@/lib/coding/editor/transcript-document";
import { TranscriptText } from "@/lib/coding/editor/transcript-text";
import { turnsToContent } from "@/lib/coding/editor/turns-to-content";
import type { CodingParticipant, CodingTurn } from "@/lib/coding/get-transcript-for-coding";
import { buildPositionMap } from "@/lib/coding/position-map";
import type { MemoView } from "@/lib/memos/list-memos";
import { type CaretMove, clampToText, moveCaret, turnAt } from "./caret-moves";
import { CodePicker, type PickerCode } from "./code-picker";
import {
  type CoderFilter,
  type CodingRecord,
  isShown,
  legendOf,
  type PackedCodings,
  toDecoration,
  toDecorations,
  unpackCodings,
} from "./coding-records";
import { MemoContent } from "./memo-content";
import { MemoEditor } from "./memo-editor-lazy";
import { MemoList } from "./memo-list";
import { selectionToRange } from "./selection-to-range";
import { type TurnSpeaker, transcriptTurn } from "./transcript-turn";
import { type MemoTargetInput, useMemos } from "./use-memos";
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
  memos: MemoView[];
  currentUser: { id: number; name: string };
  /** False for roles that read but may not code (lead, author): no picker, no removing, no memos. */
  canCode: boolean;
}

type UndoEntry = { label: string; run: () => Promise<boolean> };
type PickerState = { mode: "apply"; range: CodingRange } | { mode: "recode"; record: CodingRecord };
type Message = { tone: "info" | "error"; text: string };

const KEY_MOVES: Record<string, [CaretMove, CaretMove]> = {
  ArrowRight: ["characterForward", "wordForward"],
  ArrowLeft: ["characterBackward", "wordBackward"],
  Home: ["turnStart", "documentStart"],
  End: ["turnEnd", "documentEnd"],
};

let temporaryKeys = 0;

/** Puts the browser's selection where the editor's is, so a read-only editor shows it and keeps it. */
function syncDomSelection(view: EditorView): void {
  const { anchor, head } = view.state.selection;
  try {
    const from = view.domAtPos(anchor);
    const to = view.domAtPos(head);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  } catch {
    // A position the DOM cannot show yet (the view is being rebuilt): the next move fixes it.
  }
}

function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The transcript coding view: a read-only tiptap document of turns with codings drawn as
 * decorations, a code picker on any selection (mouse or keyboard), codings listed on click,
 * a coder filter, memos and undo. New codings show at once and are reconciled with the server.
 */
export function TranscriptCodingView(props: TranscriptCodingViewProps) {
  const { projectSlug, documentId, currentUser, canCode } = props;
  // Server actions re-render the page with fresh props; the view keeps its own state from the first ones.
  const [initial] = useState(() => {
    const map = buildPositionMap(props.turns);
    const records = new Map(unpackCodings(props.codings).map((record) => [record.key, record]));
    const speakers = new Map<number, TurnSpeaker>(
      props.turns.map((turn) => [
        turn.id,
        {
          participantId: turn.participantId,
          participant: turn.participantId === null ? null : (props.participants[turn.participantId] ?? null),
        },
      ]),
    );
    return {
      map,
      text: props.text,
      turns: props.turns,
      participants: props.participants,
      records,
      content: turnsToContent(props.text, props.turns),
      speakers,
    };
  });
  const { map, text, turns, participants } = initial;
  const records = initial.records;
  const [revision, setRevision] = useState(0);
  // Lists beside the text (legend, counts) follow a coding in a transition, after its decoration is painted.
  const bump = useCallback(() => startTransition(() => setRevision((value) => value + 1)), []);
  const [filter, setFilter] = useState<CoderFilter>("all");
  const filterRef = useRef<CoderFilter>("all");
  const [codes, setCodes] = useState(props.codes);
  const [recentIds, setRecentIds] = useState(props.recentCodeIds);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [atPlace, setAtPlace] = useState<{ keys: string[]; pos: number } | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);
  const [currentTurn, setCurrentTurn] = useState<number | null>(null);
  const [hovered, setHovered] = useState<{ participantId: number; top: number; left: number } | null>(null);
  const [memoDraft, setMemoDraft] = useState<{ on: MemoTargetInput; label: string } | null>(null);
  const memoState = useMemos(projectSlug, props.memos, currentUser);
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  // Popovers are anchored to a text position, measured afresh whenever they reposition (on scroll too).
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
  const wrapperRef = useRef<HTMLDivElement>(null);
  const anchorPos = useRef(1);
  const openedAt = useRef(0);
  const pendingPlace = useRef<number | undefined>(undefined);
  const goalX = useRef<number | null>(null);

  const handlers = useRef({
    keydown: (_view: EditorView, _event: KeyboardEvent): boolean => false,
    mouseup: (_view: EditorView, _event: MouseEvent) => {},
    codingsClick: (_keys: string[], _pos: number) => {},
    hover: (_event: MouseEvent) => {},
    focus: (_view: EditorView) => {},
  });

  const [options] = useState(() => ({
    immediatelyRender: false as const,
    editable: false,
    injectCSS: true,
    extensions: [
      TranscriptDocument,
      TranscriptText,
      transcriptTurn(initial.speakers),
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
        .setContent(initial.content, { emitUpdate: false })
        .setCodings(toDecorations(initial.records.values(), initial.map))
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

  const visibleRecords = useMemo(() => {
    void revision;
    return [...records.values()].filter((record) => isShown(record, filter, currentUser.id));
  }, [records, filter, currentUser.id, revision]);
  const legend = useMemo(() => legendOf(visibleRecords), [visibleRecords]);
  const coders = useMemo(() => {
    void revision;
    const byId = new Map<number, string>([[currentUser.id, currentUser.name]]);
    for (const record of records.values()) byId.set(record.coderId, record.coderName);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  }, [records, currentUser, revision]);
  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);

  const say = useCallback((tone: Message["tone"], textOfMessage: string) => {
    setMessage({ tone, text: textOfMessage });
    if (tone === "error") toast.error(textOfMessage);
  }, []);

  const draw = useCallback(
    (added: CodingRecord[], removedKeys: string[]) => {
      if (!editor) return;
      const shown = added.filter((record) => isShown(record, filterRef.current, currentUser.id));
      const decorations = shown.map((record) => toDecoration(record, map)).filter((d) => d !== null);
      editor.chain().removeCodings(removedKeys).addCodings(decorations).run();
    },
    [editor, map, currentUser.id],
  );

  const changeFilter = useCallback(
    (next: CoderFilter) => {
      filterRef.current = next;
      setFilter(next);
      editor?.commands.setCodings(
        toDecorations(
          [...records.values()].filter((r) => isShown(r, next, currentUser.id)),
          map,
        ),
      );
    },
    [editor, records, map, currentUser.id],
  );

  const focusEditor = useCallback(() => {
    if (!editor) return;
    editor.view.dom.focus({ preventScroll: true });
    syncDomSelection(editor.view);
  }, [editor]);

  const pushUndo = useCallback((entry: UndoEntry) => setUndoStack((stack) => [...stack.slice(-19), entry]), []);

  const successors = useRef(new Map<string, string>());
  /** The records as they are now: a coding removed and restored by undo has a new id. */
  const latest = useCallback(
    (targets: CodingRecord[]) =>
      targets
        .map((record) => {
          let key = record.key;
          while (successors.current.has(key)) key = successors.current.get(key)!;
          return records.get(key);
        })
        .filter((record): record is CodingRecord => Boolean(record)),
    [records],
  );

  const removeRecordsRef = useRef<(targets: CodingRecord[], recordUndo?: boolean) => Promise<boolean>>(
    async () => false,
  );

  /** Applies codes to a range at once on screen, then settles it with the server. Returns the server's codings. */
  const apply = useCallback(
    async (range: CodingRange, codeIds: number[], recordUndo = true): Promise<CodingRecord[] | null> => {
      if (!editor) return null;
      // A coder filtered to someone else would not see their own new coding; show everyone's instead.
      if (typeof filterRef.current === "number" && filterRef.current !== currentUser.id) changeFilter("all");
      const batch = ++temporaryKeys;
      const pending: CodingRecord[] = codeIds.map((codeId) => {
        const code = codeById.get(codeId);
        return {
          key: `pending-${batch}-${codeId}`,
          id: null,
          segmentId: null,
          start: range.start,
          end: range.end,
          codeId,
          codeName: code?.name ?? "Code",
          colour: code?.colour ?? "#495057",
          coderId: currentUser.id,
          coderName: currentUser.name,
          createdAt: null,
        };
      });
      for (const record of pending) records.set(record.key, record);
      draw(pending, []);
      bump();
      startTransition(() =>
        setRecentIds((current) => [...codeIds, ...current.filter((id) => !codeIds.includes(id))].slice(0, 9)),
      );
      const result = await applyCodings({ projectSlug, documentId, ranges: [range], codeIds });
      for (const record of pending) records.delete(record.key);
      if (!result.ok) {
        draw(
          [],
          pending.map((record) => record.key),
        );
        bump();
        say("error", `Not coded: ${result.error.message}`);
        return null;
      }
      const settled: CodingRecord[] = [];
      const fresh: CodingRecord[] = [];
      for (const coding of result.data) {
        const code = codeById.get(coding.codeId);
        const record: CodingRecord = {
          key: String(coding.id),
          id: coding.id,
          segmentId: coding.segmentId,
          start: coding.start,
          end: coding.end,
          codeId: coding.codeId,
          codeName: code?.name ?? "Code",
          colour: code?.colour ?? "#495057",
          coderId: coding.coderId,
          coderName: currentUser.name,
          createdAt: Date.now(),
        };
        settled.push(record);
        if (coding.created || !records.has(record.key)) fresh.push(record);
        records.set(record.key, record);
      }
      draw(
        fresh,
        pending.map((record) => record.key),
      );
      bump();
      const names = codeIds.map((id) => codeById.get(id)?.name ?? "a code").join(", ");
      const created = result.data.filter((coding) => coding.created).map((coding) => coding.id);
      say(
        "info",
        created.length > 0
          ? `Coded “${shortText(text.slice(range.start, range.end), 40)}” with ${names}.`
          : `Already coded with ${names}.`,
      );
      if (recordUndo && created.length > 0) {
        pushUndo({
          label: `coding with ${names}`,
          run: () => removeRecordsRef.current(latest(settled.filter((r) => created.includes(r.id!))), false),
        });
      }
      return settled;
    },
    [
      editor,
      codeById,
      currentUser,
      records,
      draw,
      bump,
      projectSlug,
      documentId,
      text,
      say,
      pushUndo,
      changeFilter,
      latest,
    ],
  );

  const removeRecords = useCallback(
    async (targets: CodingRecord[], recordUndo = true): Promise<boolean> => {
      const settled = targets.filter((record) => record.id !== null);
      if (settled.length === 0) return false;
      for (const record of settled) records.delete(record.key);
      draw(
        [],
        settled.map((record) => record.key),
      );
      bump();
      const result = await removeCodings({ projectSlug, codingIds: settled.map((record) => record.id!) });
      if (!result.ok) {
        for (const record of settled) records.set(record.key, record);
        draw(settled, []);
        bump();
        say("error", `Not removed: ${result.error.message}`);
        return false;
      }
      const names = [...new Set(settled.map((record) => record.codeName))].join(", ");
      say("info", `Removed ${names}.`);
      if (recordUndo) {
        pushUndo({
          label: `removing ${names}`,
          run: async () => {
            const byRange = new Map<string, CodingRecord[]>();
            for (const record of settled)
              byRange.set(`${record.start}:${record.end}`, [
                ...(byRange.get(`${record.start}:${record.end}`) ?? []),
                record,
              ]);
            for (const group of byRange.values()) {
              const restored = await apply(
                { start: group[0].start, end: group[0].end },
                group.map((record) => record.codeId),
                false,
              );
              if (!restored) return false;
              // Older undo entries name the removed codings; point them at the ones that replace them.
              for (const record of group) {
                const replacement = restored.find((r) => r.codeId === record.codeId);
                if (replacement) successors.current.set(record.key, replacement.key);
              }
            }
            return true;
          },
        });
      }
      return true;
    },
    [records, draw, bump, projectSlug, say, pushUndo, apply],
  );

  removeRecordsRef.current = removeRecords;

  const undo = useCallback(async () => {
    const entry = undoStack.at(-1);
    if (!entry) {
      say("info", "Nothing to undo.");
      return;
    }
    setUndoStack((stack) => stack.slice(0, -1));
    const done = await entry.run();
    if (done) say("info", `Undone: ${entry.label}.`);
    else say("info", `Could not undo ${entry.label}: those codings have changed since.`);
  }, [undoStack, say]);

  const recode = useCallback(
    async (record: CodingRecord, codeIds: number[]) => {
      const added = await apply({ start: record.start, end: record.end }, codeIds, false);
      if (!added) return;
      const replaced = codeIds.includes(record.codeId) ? true : await removeRecords([record], false);
      if (!replaced) return;
      const createdKeys = new Set(added.map((r) => r.key));
      pushUndo({
        label: `recoding ${record.codeName}`,
        run: async () => {
          const undone = await removeRecords(
            latest(added.filter((r) => createdKeys.has(r.key) && r.codeId !== record.codeId)),
            false,
          );
          const restored = await apply({ start: record.start, end: record.end }, [record.codeId], false);
          return undone && restored !== null;
        },
      });
    },
    [apply, removeRecords, pushUndo, latest],
  );

  const createAndApply = useCallback(
    async (name: string, alsoApply: number[], target: PickerState) => {
      const result = await addCode({ projectSlug, name });
      if (!result.ok) {
        say("error", `Code not created: ${result.error.message}`);
        return;
      }
      const created: PickerCode = {
        id: result.data.id,
        name: result.data.name,
        colour: result.data.colour,
        path: [result.data.name],
      };
      codeById.set(created.id, created);
      setCodes((current) => [...current, created]);
      const ids = [...new Set([...alsoApply, created.id])];
      if (target.mode === "apply") await apply(target.range, ids);
      else await recode(target.record, ids);
    },
    [projectSlug, say, codeById, apply, recode],
  );

  const openPicker = useCallback(() => {
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
  }, [editor, map, text, canCode, say]);

  const openAtPlace = useCallback(
    (keys: string[], pos: number) => {
      const found = keys.filter((key) => records.has(key));
      if (found.length === 0) return;
      anchorPos.current = pos;
      openedAt.current = performance.now();
      setPicker(null);
      setAtPlace({ keys: found, pos });
    },
    [records],
  );

  const updateCaret = useCallback((view: EditorView) => {
    const wrapper = wrapperRef.current;
    const { selection } = view.state;
    const index = turnAt(view.state.doc, selection.head).index;
    setCurrentTurn((current) => (current === index ? current : index));
    if (!wrapper || !selection.empty || document.activeElement !== view.dom) {
      setCaret(null);
      return;
    }
    try {
      const coords = view.coordsAtPos(selection.head);
      const box = wrapper.getBoundingClientRect();
      setCaret({
        top: coords.top - box.top,
        left: coords.left - box.left,
        height: Math.max(16, coords.bottom - coords.top),
      });
    } catch {
      setCaret(null);
    }
  }, []);

  useEffect(() => {
    if (!editor) return;
    const onSelection = () => updateCaret(editor.view);
    const onBlur = () => setCaret(null);
    editor.on("selectionUpdate", onSelection);
    editor.view.dom.addEventListener("blur", onBlur);
    return () => {
      editor.off("selectionUpdate", onSelection);
      editor.view.dom.removeEventListener("blur", onBlur);
    };
  }, [editor, updateCaret]);

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

  handlers.current.mouseup = (view) => {
    goalX.current = null;
    // Read the browser's selection now: ProseMirror hears of it a moment later.
    window.setTimeout(() => {
      const domSelection = window.getSelection();
      if (
        !domSelection ||
        domSelection.isCollapsed ||
        !view.dom.contains(domSelection.anchorNode) ||
        !view.dom.contains(domSelection.focusNode)
      )
        return;
      try {
        const anchor = view.posAtDOM(domSelection.anchorNode!, domSelection.anchorOffset);
        const head = view.posAtDOM(domSelection.focusNode!, domSelection.focusOffset);
        const { doc } = view.state;
        view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
      } catch {
        return;
      }
      if (canCode) openPicker();
    }, 0);
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

  handlers.current.keydown = (view, event) => {
    const { state } = view;
    const { selection } = state;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    const handled = () => {
      event.preventDefault();
      return true;
    };
    if (mod && !event.shiftKey && !event.altKey && key.toLowerCase() === "z") {
      if (canCode) void undo();
      return handled();
    }
    if (
      (mod && key.toLowerCase() === "k") ||
      (!mod && !event.altKey && (key === "c" || key === "C" || key === "Enter"))
    ) {
      if (selection.empty && key === "Enter") {
        const pluginState = getCodingDecorationsState(state);
        const keys = [
          ...new Set(
            (pluginState?.decorations.find(selection.head, selection.head) ?? []).map(
              (d) => (d.spec as { codingKey: string }).codingKey,
            ),
          ),
        ];
        if (keys.length > 0) {
          openAtPlace(keys, selection.head);
          return handled();
        }
      }
      openPicker();
      return handled();
    }
    if (!mod && !event.altKey && (key === "t" || key === "T")) {
      const turn = turnAt(state.doc, selection.head);
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, turn.start, turn.end)));
      return handled();
    }
    if (key === "Escape" && !selection.empty) {
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, selection.head)));
      return handled();
    }
    let head: number | null = null;
    const moves = KEY_MOVES[key];
    if (moves && !event.altKey) {
      goalX.current = null;
      if (!event.shiftKey && !selection.empty && !mod && (key === "ArrowRight" || key === "ArrowLeft")) {
        head = key === "ArrowRight" ? selection.to : selection.from;
      } else {
        head = moveCaret(state.doc, clampToText(state.doc, selection.head), moves[mod ? 1 : 0]);
      }
    } else if ((key === "ArrowDown" || key === "ArrowUp") && !mod && !event.altKey) {
      head = verticalMove(view, selection.head, key === "ArrowDown" ? 1 : -1, goalX);
    }
    if (head === null) return false;
    const anchor = event.shiftKey ? selection.anchor : head;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)).scrollIntoView());
    return handled();
  };

  const placeRecords = atPlace
    ? atPlace.keys.map((key) => records.get(key)).filter((r): r is CodingRecord => Boolean(r))
    : [];
  const segmentMemos = (segmentId: number | null) =>
    segmentId === null ? [] : memoState.memos.filter((memo) => memo.segmentId === segmentId);
  const participantOf = (turnIndex: number | null) => {
    const turn = turnIndex === null ? null : turns[turnIndex];
    return turn
      ? { turn, participant: turn.participantId === null ? null : (participants[turn.participantId] ?? null) }
      : null;
  };
  const current = participantOf(currentTurn);
  const hoveredParticipant = hovered ? participants[hovered.participantId] : null;
  const pickerTarget = picker;
  // The mouse events of the selection that opened a popover must not close it again.
  const keepThroughOpeningGesture = (event: Event) => {
    if (performance.now() - openedAt.current < 500) event.preventDefault();
  };
  const documentMemos = memoState.memos;

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="transcript-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <h2 id="transcript-heading" className="mr-auto text-lg font-semibold text-gray-900">
            Transcript <span className="font-normal text-gray-600">({turns.length} turns)</span>
          </h2>
          {canCode ? (
            <>
              <Button
                size="sm"
                variant="secondary"
                onMouseDown={(event) => event.preventDefault()}
                onClick={openPicker}
              >
                Code selection <kbd className="ml-1 text-xs text-gray-600">C</kbd>
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => void undo()}
                disabled={undoStack.length === 0}
                aria-label={undoStack.length ? `Undo ${undoStack.at(-1)!.label}` : "Undo (nothing to undo)"}
              >
                Undo
              </Button>
            </>
          ) : (
            <p className="text-sm text-gray-700">
              You can read this transcript and its codings; your role does not code.
            </p>
          )}
        </div>
        <p
          role={message?.tone === "error" ? "alert" : "status"}
          className={
            message?.tone === "error"
              ? "mb-2 min-h-5 text-sm font-medium text-red-800"
              : "mb-2 min-h-5 text-sm text-gray-700"
          }
          data-testid="coding-message"
        >
          {message?.text ?? ""}
        </p>
        <div ref={wrapperRef} className="relative rounded-lg border border-gray-200 bg-white">
          <div ref={containerRef} className="coding-editor-host" data-testid="transcript-editor" />
          {!editor ? <p className="p-4 text-sm text-gray-600">Opening the transcript…</p> : null}
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
        <Popover.Root
          open={pickerTarget !== null}
          onOpenChange={(open) => {
            if (!open) setPicker(null);
          }}
        >
          <Popover.Anchor virtualRef={virtualAnchor} />
          <Popover.Portal>
            <Popover.Content
              side="bottom"
              align="start"
              sideOffset={6}
              collisionPadding={12}
              className="z-50 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white shadow-xl"
              onInteractOutside={keepThroughOpeningGesture}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                focusEditor();
              }}
            >
              {pickerTarget ? (
                <CodePicker
                  codes={codes}
                  recentIds={recentIds}
                  canCreate={canCode}
                  heading={
                    pickerTarget.mode === "apply"
                      ? `Code “${shortText(text.slice(pickerTarget.range.start, pickerTarget.range.end), 40)}”`
                      : `Recode ${pickerTarget.record.codeName}`
                  }
                  selectedText={
                    pickerTarget.mode === "apply" ? text.slice(pickerTarget.range.start, pickerTarget.range.end) : ""
                  }
                  onApply={(codeIds) => {
                    // The decoration is drawn first, synchronously; closing the picker and the rest can follow the paint.
                    if (pickerTarget.mode === "apply") void apply(pickerTarget.range, codeIds);
                    else void recode(pickerTarget.record, codeIds);
                    startTransition(() => setPicker(null));
                  }}
                  onCreate={(name, alsoApply) => {
                    setPicker(null);
                    void createAndApply(name, alsoApply, pickerTarget);
                  }}
                />
              ) : null}
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
        <Popover.Root
          open={atPlace !== null}
          onOpenChange={(open) => {
            if (!open) setAtPlace(null);
          }}
        >
          <Popover.Anchor virtualRef={virtualAnchor} />
          <Popover.Portal>
            <Popover.Content
              side="bottom"
              align="start"
              sideOffset={6}
              collisionPadding={12}
              aria-label="Codings here"
              className="z-50 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white p-3 shadow-xl"
              onInteractOutside={keepThroughOpeningGesture}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                focusEditor();
              }}
            >
              <p className="mb-2 text-sm font-semibold text-gray-900">Codings here</p>
              <ul className="space-y-2" data-testid="codings-here">
                {placeRecords.map((record) => (
                  <li
                    key={record.key}
                    className="rounded-md border border-gray-200 p-2 text-sm"
                    data-coding-id={record.id ?? undefined}
                  >
                    <p className="flex items-center gap-2">
                      <span
                        aria-hidden="true"
                        className="size-3 shrink-0 rounded-full"
                        style={{ backgroundColor: record.colour }}
                      />
                      <span className="font-medium text-gray-900">{record.codeName}</span>
                    </p>
                    <p className="text-xs text-gray-700">
                      by {record.coderName}
                      {record.createdAt ? ` · ${new Date(record.createdAt).toLocaleDateString("en-GB")}` : " · saving…"}
                    </p>
                    <p className="mt-1 text-xs text-gray-700 italic">
                      “{shortText(text.slice(record.start, record.end), 90)}”
                    </p>
                    {segmentMemos(record.segmentId).map((memo) => (
                      <div key={memo.id} className="mt-1 rounded bg-gray-50 p-1.5 text-xs">
                        <p className="text-gray-600">Memo by {memo.authorName}</p>
                        <MemoContent body={memo.body} />
                      </div>
                    ))}
                    {canCode && record.id !== null ? (
                      <div className="mt-2 flex flex-wrap gap-1.5">
                        <Button
                          size="sm"
                          variant="secondary"
                          onClick={() => {
                            setAtPlace(null);
                            void removeRecords([record]);
                          }}
                        >
                          Remove
                        </Button>
                        <Button
                          size="sm"
                          variant="secondary"
                          onClick={() => {
                            setAtPlace(null);
                            openedAt.current = performance.now();
                            setPicker({ mode: "recode", record });
                          }}
                        >
                          Recode
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => {
                            setAtPlace(null);
                            setMemoDraft({
                              on: {
                                target: "segment",
                                segmentId: record.segmentId!,
                                segment: {
                                  start: record.start,
                                  end: record.end,
                                  text: text.slice(record.start, record.end),
                                },
                              },
                              label: `Memo on “${shortText(text.slice(record.start, record.end), 40)}”`,
                            });
                          }}
                        >
                          Memo
                        </Button>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      </section>

      <aside aria-label="Coding tools" className="space-y-5 text-sm">
        <section aria-labelledby="coder-filter-label" className="rounded-lg border border-gray-200 bg-white p-3">
          <label id="coder-filter-label" htmlFor="coder-filter" className="mb-1 block font-medium text-gray-800">
            Show codings by
          </label>
          <select
            id="coder-filter"
            className="block min-h-9 w-full rounded-md border border-gray-300 bg-white px-2"
            value={String(filter)}
            onChange={(event) => {
              const value = event.target.value;
              changeFilter(value === "all" || value === "mine" ? value : Number(value));
            }}
          >
            <option value="all">All coders</option>
            <option value="mine">Me ({currentUser.name})</option>
            {coders
              .filter((coder) => coder.id !== currentUser.id)
              .map((coder) => (
                <option key={coder.id} value={coder.id}>
                  {coder.name}
                </option>
              ))}
          </select>
          <p className="mt-2 text-gray-700" data-testid="coding-count">
            {visibleRecords.length} {visibleRecords.length === 1 ? "coding" : "codings"} shown
          </p>
        </section>

        <section aria-labelledby="legend-heading" className="rounded-lg border border-gray-200 bg-white p-3">
          <h2 id="legend-heading" className="mb-2 font-semibold text-gray-900">
            Codes in this transcript
          </h2>
          {legend.length === 0 ? (
            <p className="text-gray-600">No codings yet.</p>
          ) : (
            <ul className="space-y-1">
              {legend.map((entry) => (
                <li key={entry.codeId} className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="size-3 shrink-0 rounded-full"
                    style={{ backgroundColor: entry.colour }}
                  />
                  <span className="min-w-0 flex-1 truncate">{entry.codeName}</span>
                  <span className="text-gray-700 tabular-nums">{entry.count}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="turn-heading" className="rounded-lg border border-gray-200 bg-white p-3">
          <h2 id="turn-heading" className="mb-1 font-semibold text-gray-900">
            Speaker at the caret
          </h2>
          {current ? (
            current.participant ? (
              <ParticipantFacts participant={current.participant} />
            ) : (
              <p className="text-gray-700">{current.turn.speaker ?? "No speaker"}: no participant attributes.</p>
            )
          ) : (
            <p className="text-gray-600">Move into the transcript to see who is speaking.</p>
          )}
        </section>

        <section aria-labelledby="memos-heading" className="rounded-lg border border-gray-200 bg-white p-3">
          <h2 id="memos-heading" className="mb-2 font-semibold text-gray-900">
            Memos
          </h2>
          {memoDraft && canCode ? (
            <div className="mb-3">
              <MemoEditor
                label={memoDraft.label}
                onSave={async (body) => {
                  const saved = await memoState.create(memoDraft.on, body);
                  if (saved) setMemoDraft(null);
                  return saved;
                }}
                onCancel={() => setMemoDraft(null)}
              />
            </div>
          ) : canCode ? (
            <Button
              size="sm"
              variant="secondary"
              className="mb-3"
              onClick={() => setMemoDraft({ on: { target: "document", documentId }, label: "Memo on this transcript" })}
            >
              New memo on this transcript
            </Button>
          ) : null}
          <MemoList
            memos={documentMemos}
            currentUserId={currentUser.id}
            canWrite={canCode}
            emptyText="No memos on this transcript yet."
            describeTarget={(memo) => (memo.segment ? `On “${shortText(memo.segment.text, 50)}”` : "On the transcript")}
            onUpdate={memoState.update}
            onDelete={memoState.remove}
          />
        </section>

        <details className="rounded-lg border border-gray-200 bg-white p-3" open>
          <summary className="cursor-pointer font-semibold text-gray-900">Keyboard</summary>
          <ul id="coding-keys-help" className="mt-2 space-y-1 text-gray-700">
            <li>Tab into the transcript; arrows move, Ctrl+arrows by word, Home/End to the turn&apos;s ends.</li>
            <li>Shift with those keys selects; T selects the whole turn; Esc clears.</li>
            {canCode ? (
              <>
                <li>C, Enter or Ctrl+K opens the code picker for the selection.</li>
                <li>In the picker: type to filter, ↑↓ and Enter apply, Space picks several, 1–9 apply a top code.</li>
                <li>
                  Enter on coded text lists its codings (remove, recode, memo). Ctrl+Z undoes the last coding action.
                </li>
              </>
            ) : (
              <li>Enter on coded text lists its codings.</li>
            )}
          </ul>
        </details>
      </aside>
    </div>
  );
}

function ParticipantFacts({ participant }: { participant: CodingParticipant }) {
  const entries = Object.entries(participant.attributes);
  return (
    <div>
      <p className="font-semibold">{participant.name}</p>
      {entries.length === 0 ? (
        <p>No attributes recorded.</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {entries.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="capitalize opacity-80">{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** The position a line up or down, keeping the caret's column; at a turn's edge it goes to the next turn. */
function verticalMove(view: EditorView, pos: number, direction: 1 | -1, goalX: { current: number | null }): number {
  const { doc } = view.state;
  try {
    const coords = view.coordsAtPos(pos);
    goalX.current ??= coords.left;
    const lineHeight = Math.max(8, coords.bottom - coords.top);
    const top = direction === 1 ? coords.bottom + lineHeight / 2 : coords.top - lineHeight / 2;
    const found = view.posAtCoords({ left: goalX.current, top });
    const turn = turnAt(doc, pos);
    if (found) {
      const target = clampToText(doc, found.pos);
      if (direction === 1 ? target > pos : target < pos) return target;
    }
    // Past the turn's first or last line: to the neighbouring turn's nearest end.
    if (direction === 1)
      return turn.index < doc.childCount - 1 ? moveCaret(doc, turn.end, "characterForward") : turn.end;
    return turn.index > 0 ? moveCaret(doc, turn.start, "characterBackward") : turn.start;
  } catch {
    return moveCaret(doc, pos, direction === 1 ? "turnEnd" : "turnStart");
  }
}
