"use client";

import { Keyboard } from "lucide-react";
import { Fragment, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { type KeyMapPage, keyMapFor, typedInField } from "./key-map";

/** "?" (or the Keys button) opens a list of every key on this page. */
export function KeyMapOverlay({ page, canCode }: { page: KeyMapPage; canCode: boolean }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || typedInField(event.target)) return;
      if (document.querySelector("[role=dialog]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  const groups = keyMapFor(page, canCode);
  return (
    <>
      <Button
        type="button"
        size="sm"
        variant="ghost"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="?"
      >
        <Keyboard className="size-4" aria-hidden="true" />
        Keys <kbd className="text-xs text-gray-600">?</kbd>
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title="Keyboard shortcuts" className="max-w-xl">
          <div className="space-y-4" data-testid="key-map">
            {groups.map((group, index) => (
              <section key={group.title} aria-labelledby={`keys-group-${index}`}>
                <h3 id={`keys-group-${index}`} className="mb-1 text-sm font-semibold text-gray-900">
                  {group.title}
                </h3>
                <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1 text-sm">
                  {group.entries.map((entry) => (
                    <Fragment key={entry.does}>
                      <dt className="flex flex-wrap items-center gap-1">
                        {entry.keys.map((key) => (
                          <kbd
                            key={key}
                            className="rounded border border-gray-300 bg-gray-50 px-1.5 text-xs text-gray-900"
                          >
                            {key}
                          </kbd>
                        ))}
                      </dt>
                      <dd className="text-gray-800">{entry.does}</dd>
                    </Fragment>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}
