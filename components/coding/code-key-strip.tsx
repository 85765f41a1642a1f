"use client";

import { Pin } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { PickerCode } from "./code-picker";
import { CodeSwatch } from "./code-swatch";
import type { CodeKeys } from "./use-code-keys";

const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface CodeKeyStripProps {
  codeKeys: CodeKeys;
  /** Active codes in tree order: the ones that can be pinned. */
  codes: readonly PickerCode[];
}

/** The coder's nine keys on screen, the same on every coding page, with "Pin keys…" to change them. */
export function CodeKeyStrip({ codeKeys, codes }: CodeKeyStripProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-gray-800" data-testid="key-strip">
      <ol className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Digit shortcuts">
        {DIGITS.map((digit) => {
          const code = codeKeys.codeAt(digit);
          return (
            <li key={digit} className="flex items-center gap-1.5" data-key={digit}>
              <kbd className="rounded border border-gray-300 bg-white px-1.5 text-xs">{digit}</kbd>
              {code ? (
                <>
                  <CodeSwatch colour={code.colour} />
                  <span className="max-w-40 truncate">{code.name}</span>
                </>
              ) : (
                <span className="text-gray-600">free</span>
              )}
            </li>
          );
        })}
      </ol>
      <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(true)}>
        <Pin className="size-4" aria-hidden="true" />
        Pin keys…
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent
          title="Pin codes to keys"
          description="Digits 1 to 9 apply these codes in transcripts, answer grids and search results. A code on one key only: pinning it elsewhere moves it."
        >
          <ul className="space-y-2">
            {DIGITS.map((digit) => {
              const id = `pin-key-${digit}`;
              return (
                <li key={digit} className="flex items-center gap-3">
                  <Label htmlFor={id} className="w-12 shrink-0">
                    Key {digit}
                  </Label>
                  <Select
                    id={id}
                    wrapperClassName="flex-1"
                    value={String(codeKeys.codeAt(digit)?.id ?? "")}
                    onChange={(event) => {
                      const value = event.target.value;
                      void (value ? codeKeys.pin(Number(value), digit) : codeKeys.unpin(digit));
                    }}
                  >
                    <option value="">(free)</option>
                    {codes.map((code) => (
                      <option key={code.id} value={code.id}>
                        {code.path.join(" › ")}
                      </option>
                    ))}
                  </Select>
                </li>
              );
            })}
          </ul>
        </DialogContent>
      </Dialog>
    </div>
  );
}
