"use client";

import { useEffect } from "react";
import { CodePicker, type PickerCode } from "@/components/coding/code-picker";
import { showPendingHighlight } from "@/components/coding/pending-highlight";
import { Dialog, DialogContent } from "@/components/ui/dialog";

export interface CodePickerDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  codes: PickerCode[];
  recentIds: number[];
  /** What the code will be applied to, e.g. "the answer of R25-00012". */
  targetLabel: string;
  /** The selected words, for in-vivo coding; empty for a whole answer. */
  selectedText: string;
  canCreate: boolean;
  onApply: (codeIds: number[]) => void;
  onCreate: (name: string, alsoApply: number[]) => void;
  /** After closing; the caller puts the focus back (the row it came from may have left the list). */
  onClosed: () => void;
  pinnedKeys?: ReadonlyMap<number, number>;
  onPin?: (codeId: number, key: number) => void;
  /** The selected words, kept highlighted while the dialog has the focus. */
  highlight?: Range | null;
}

/** "Apply a code" to an answer or part of one: the transcript's code picker in a dialog. */
export function CodePickerDialog({
  open,
  onOpenChange,
  targetLabel,
  onApply,
  onCreate,
  onClosed,
  highlight,
  ...picker
}: CodePickerDialogProps) {
  useEffect(() => {
    if (!open || !highlight) return;
    showPendingHighlight(highlight);
    return () => showPendingHighlight(null);
  }, [open, highlight]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Apply a code"
        description={`To ${targetLabel}.`}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onClosed();
        }}
      >
        <CodePicker
          {...picker}
          onApply={(codeIds) => {
            onOpenChange(false);
            onApply(codeIds);
          }}
          onCreate={(name, alsoApply) => {
            onOpenChange(false);
            onCreate(name, alsoApply);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
