import { Button } from "@/components/ui/button";

export interface UndoRedoButtonsProps {
  /** The step undo would take back, null when there is none. */
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo: () => void;
  onRedo: () => void;
}

/** Undo and redo of coding steps, each named by the step it acts on. */
export function UndoRedoButtons({ undoLabel, redoLabel, onUndo, onRedo }: UndoRedoButtonsProps) {
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        onClick={onUndo}
        disabled={undoLabel === null}
        aria-label={undoLabel === null ? "Undo (nothing to undo)" : `Undo ${undoLabel}`}
      >
        Undo
      </Button>
      <Button
        size="sm"
        variant="ghost"
        onClick={onRedo}
        disabled={redoLabel === null}
        aria-label={redoLabel === null ? "Redo (nothing to redo)" : `Redo ${redoLabel}`}
      >
        Redo
      </Button>
    </>
  );
}
