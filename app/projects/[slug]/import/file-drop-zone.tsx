"use client";

import { Upload } from "lucide-react";
import { type DragEvent, useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { ACCEPTED_EXTENSIONS } from "./import-types";

export interface FileDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A labelled native file input inside a zone that also accepts a dropped file. */
export function FileDropZone({ onFile, disabled = false }: FileDropZoneProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const file = event.dataTransfer.files?.[0];
    if (file) onFile(file);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target is a convenience; the file input inside is the accessible control.
    <div
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "flex flex-col items-center rounded-lg border-2 border-dashed bg-white px-6 py-10 text-center transition-colors",
        dragging ? "border-accent-600 bg-accent-50" : "border-gray-300",
      )}
    >
      <Upload className="mb-3 size-8 text-gray-500" aria-hidden="true" />
      <label htmlFor={inputId} className="text-base font-semibold text-gray-900">
        File to import
      </label>
      <p id={hintId} className="mt-1 mb-4 text-sm text-gray-600">
        Drop a file here, or choose one. Accepted: {ACCEPTED_EXTENSIONS.join(", ")}.
      </p>
      <input
        id={inputId}
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(",")}
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = "";
        }}
        className="block max-w-full text-sm text-gray-700 file:mr-3 file:min-h-9 file:cursor-pointer file:rounded-md file:border-0 file:bg-accent-700 file:px-3.5 file:text-sm file:font-medium file:text-white hover:file:bg-accent-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-700"
      />
    </div>
  );
}
