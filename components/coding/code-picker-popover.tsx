"use client";

import { Popover } from "radix-ui";
import type { RefObject } from "react";
import { CodePicker, type CodePickerProps } from "./code-picker";

export interface CodePickerPopoverProps extends CodePickerProps {
  open: boolean;
  anchor: RefObject<{ getBoundingClientRect: () => DOMRect }>;
  onClose: () => void;
  onInteractOutside: (event: Event) => void;
  onCloseAutoFocus: (event: Event) => void;
}

/** The code picker beside a place in the transcript text. */
export function CodePickerPopover({
  open,
  anchor,
  onClose,
  onInteractOutside,
  onCloseAutoFocus,
  ...picker
}: CodePickerPopoverProps) {
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white shadow-xl"
          onInteractOutside={onInteractOutside}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          {open ? <CodePicker {...picker} /> : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
