import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { UndoRedoButtons } from "./undo-redo-buttons";

export type Message = { tone: "info" | "error"; text: string };

export interface TranscriptToolbarProps {
  turnCount: number;
  canCode: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  message: Message | null;
  onCode: () => void;
  onUndo: () => void;
  onRedo: () => void;
  /** The "?" keys button, for every role. */
  help?: ReactNode;
  /** The coder's pinned keys, under the heading. */
  keys?: ReactNode;
}

/** Above the transcript: its heading, the keys, "Code selection", undo and redo, the pinned keys and the last coding message. */
export function TranscriptToolbar(props: TranscriptToolbarProps) {
  const { message } = props;
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2 id="transcript-heading" className="mr-auto text-lg font-semibold text-gray-900">
          Transcript <span className="font-normal text-gray-600">({props.turnCount} turns)</span>
        </h2>
        {props.help}
        {props.canCode ? (
          <>
            <Button
              size="sm"
              variant="secondary"
              onMouseDown={(event) => event.preventDefault()}
              onClick={props.onCode}
            >
              Code selection <kbd className="ml-1 text-xs text-gray-600">C</kbd>
            </Button>
            <UndoRedoButtons
              undoLabel={props.undoLabel}
              redoLabel={props.redoLabel}
              onUndo={props.onUndo}
              onRedo={props.onRedo}
            />
          </>
        ) : (
          <p className="text-sm text-gray-700">
            You can read this transcript and its codings; your role does not code.
          </p>
        )}
      </div>
      {props.keys ? <div className="mb-2">{props.keys}</div> : null}
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
    </>
  );
}
