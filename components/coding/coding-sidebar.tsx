"use client";

import { Button } from "@/components/ui/button";
import type { CodingParticipant, CodingTurn } from "@/lib/coding/get-transcript-for-coding";
import type { MemoView } from "@/lib/memos/list-memos";
import type { MemoNode } from "@/lib/memos/memo-body";
import type { CoderFilter, LegendEntry } from "./coding-records";
import { MemoEditor } from "./memo-editor-lazy";
import { MemoList } from "./memo-list";
import { ParticipantFacts } from "./participant-facts";
import { shortText } from "./short-text";
import type { MemoTargetInput } from "./use-memos";

export interface MemoDraft {
  on: MemoTargetInput;
  label: string;
}

export interface CodingSidebarProps {
  documentId: number;
  currentUser: { id: number; name: string };
  canCode: boolean;
  filter: CoderFilter;
  onFilter: (filter: CoderFilter) => void;
  coders: { id: number; name: string }[];
  shownCount: number;
  legend: LegendEntry[];
  current: { turn: CodingTurn; participant: CodingParticipant | null } | null;
  memos: MemoView[];
  memoDraft: MemoDraft | null;
  onMemoDraft: (draft: MemoDraft | null) => void;
  onSaveMemo: (draft: MemoDraft, body: MemoNode) => Promise<boolean>;
  onUpdateMemo: (memoId: number, body: MemoView["body"]) => Promise<boolean>;
  onDeleteMemo: (memoId: number) => Promise<boolean>;
}

/** Beside the transcript: whose codings are shown, the codes in it, the speaker at the caret, memos and keys. */
export function CodingSidebar(props: CodingSidebarProps) {
  const { currentUser, canCode, filter, coders, legend, current, memoDraft } = props;
  return (
    <aside
      aria-label="Coding tools"
      className="space-y-5 text-sm xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto"
    >
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
            props.onFilter(value === "all" || value === "mine" ? value : Number(value));
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
          {props.shownCount} {props.shownCount === 1 ? "coding" : "codings"} shown
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
              onSave={(body) => props.onSaveMemo(memoDraft, body)}
              onCancel={() => props.onMemoDraft(null)}
            />
          </div>
        ) : canCode ? (
          <Button
            size="sm"
            variant="secondary"
            className="mb-3"
            onClick={() =>
              props.onMemoDraft({
                on: { target: "document", documentId: props.documentId },
                label: "Memo on this transcript",
              })
            }
          >
            New memo on this transcript
          </Button>
        ) : null}
        <MemoList
          memos={props.memos}
          currentUserId={currentUser.id}
          canWrite={canCode}
          emptyText="No memos on this transcript yet."
          describeTarget={(memo) => (memo.segment ? `On “${shortText(memo.segment.text, 50)}”` : "On the transcript")}
          onUpdate={props.onUpdateMemo}
          onDelete={props.onDeleteMemo}
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
              <li>1–9 apply your pinned codes, here and in the picker; ? lists every key.</li>
              <li>In the picker: type to filter, ↑↓ and Enter apply, Space picks several, Alt+1–9 pins a code.</li>
              <li>
                Enter on coded text lists its codings (remove, recode, memo). Ctrl+Z undoes the last coding action,
                Ctrl+Shift+Z redoes it.
              </li>
            </>
          ) : (
            <li>Enter on coded text lists its codings.</li>
          )}
        </ul>
      </details>
    </aside>
  );
}
