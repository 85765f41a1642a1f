"use client";

import { MessageSquareQuote } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { proposeQuote } from "@/app/projects/[slug]/quotes/actions";

export interface ProposeChipButtonProps {
  projectSlug: string;
  documentId: number;
  codeId: number;
  /** UTF-16 offsets of the coded stretch in the question's text, end exclusive. */
  start: number;
  end: number;
  /** Read by screen readers: "Propose Workload on the answer of R-0012 as a quote". */
  label: string;
}

/** A coding chip's "Propose as quote": the coded stretch becomes a candidate quote for the chip's code. */
export function ProposeChipButton({ projectSlug, documentId, codeId, start, end, label }: ProposeChipButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={label}
      title="Propose as quote"
      data-testid="propose-chip"
      onClick={() =>
        startTransition(async () => {
          const result = await proposeQuote({ projectSlug, codeId, documentId, start, end });
          if (!result.ok) {
            toast.error(result.error.message);
            return;
          }
          const reviewUrl = `/projects/${projectSlug}/quotes/${result.data.id}`;
          toast.success(result.data.created ? "Proposed as a candidate quote" : "Already proposed for this theme", {
            action: { label: "Review", onClick: () => router.push(reviewUrl) },
          });
        })
      }
      className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-accent-700 disabled:opacity-50"
    >
      <MessageSquareQuote className="size-3" aria-hidden="true" />
    </button>
  );
}
