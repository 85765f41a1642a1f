"use client";

import { Command } from "cmdk";
import { Dialog, DialogContent } from "@/components/ui/dialog";

export interface PickableCode {
  id: number;
  name: string;
  colour: string;
  /** 0 for a top-level code. */
  depth: number;
}

export interface CodePickerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  codes: readonly PickableCode[];
  recentCodeIds: readonly number[];
  /** What the code will be applied to, e.g. "the answer of R25-00012". */
  targetLabel: string;
  onPick: (codeId: number) => void;
  /** After closing; the caller puts the focus back (the row it came from may have left the list). */
  onClosed: () => void;
}

const itemClasses =
  "flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-gray-900 data-[selected=true]:bg-accent-50 data-[selected=true]:text-accent-900";

export function CodeSwatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-2.5 shrink-0 rounded-full"
      style={{ backgroundColor: colour }}
    />
  );
}

/** Type to filter, arrows and Enter to apply; the codes the coder used last come first. */
export function CodePicker({
  open,
  onOpenChange,
  codes,
  recentCodeIds,
  targetLabel,
  onPick,
  onClosed,
}: CodePickerProps) {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const recent = recentCodeIds.map((id) => byId.get(id)).filter((code): code is PickableCode => Boolean(code));
  const pick = (codeId: number) => {
    onOpenChange(false);
    onPick(codeId);
  };
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
        <Command label="Codes" loop className="space-y-2">
          <Command.Input
            autoFocus
            aria-label="Filter codes"
            placeholder="Type to filter codes"
            className="block min-h-9 w-full rounded-md border border-gray-300 px-3 py-1.5 text-base focus-visible:outline-2 focus-visible:outline-accent-700"
          />
          <Command.List className="max-h-80 overflow-y-auto">
            <Command.Empty className="px-2 py-3 text-sm text-gray-700">No code matches.</Command.Empty>
            {recent.length > 0 ? (
              <Command.Group
                heading="Recent"
                className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-gray-700"
              >
                {recent.map((code) => (
                  <Command.Item
                    key={code.id}
                    value={`recent ${code.name} #${code.id}`}
                    onSelect={() => pick(code.id)}
                    className={itemClasses}
                  >
                    <CodeSwatch colour={code.colour} />
                    {code.name}
                  </Command.Item>
                ))}
              </Command.Group>
            ) : null}
            <Command.Group
              heading="All codes"
              className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-gray-700"
            >
              {codes.map((code, index) => (
                <Command.Item
                  key={code.id}
                  value={`${code.name} #${code.id}`}
                  onSelect={() => pick(code.id)}
                  className={itemClasses}
                >
                  <span style={{ paddingLeft: `${code.depth * 1}rem` }} className="flex items-center gap-2">
                    <CodeSwatch colour={code.colour} />
                    {code.name}
                  </span>
                  {index < 9 ? (
                    <kbd className="ml-auto rounded border border-gray-300 px-1.5 text-xs text-gray-700">
                      {index + 1}
                    </kbd>
                  ) : null}
                </Command.Item>
              ))}
            </Command.Group>
          </Command.List>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
