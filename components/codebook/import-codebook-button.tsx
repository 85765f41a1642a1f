"use client";

import { Upload } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { importCodebook } from "@/app/projects/[slug]/codebook/actions";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export function ImportButton({ projectSlug, onDone }: { projectSlug: string; onDone: () => void }) {
  const inputId = useId();
  const [pending, setPending] = useState(false);
  return (
    <span>
      <label
        htmlFor={inputId}
        className={cn(
          buttonClasses("secondary", "sm"),
          "cursor-pointer focus-within:outline-2 focus-within:outline-accent-700",
        )}
      >
        <Upload className="size-4" aria-hidden="true" />
        {pending ? "Importing…" : "Import CSV"}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          if (file.size > 1_000_000) {
            toast.error("The codebook file is larger than 1 MB.");
            return;
          }
          setPending(true);
          const result = await importCodebook({ projectSlug, csv: await file.text() });
          setPending(false);
          if (!result.ok) {
            toast.error(`Codebook not imported: ${result.error.message}`);
            return;
          }
          const skipped = result.data.unknownMetrics.length
            ? ` Links to unknown metrics were skipped: ${result.data.unknownMetrics.join(", ")}.`
            : "";
          toast.success(`Imported ${result.data.codes} codes.${skipped}`);
          onDone();
        }}
      />
    </span>
  );
}
