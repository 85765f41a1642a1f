"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import {
  approveQuote,
  rejectQuote,
  returnQuoteToCandidates,
  shortlistQuote,
} from "@/app/projects/[slug]/quotes/actions";
import type { QuoteStatus } from "@/lib/quotes/quote-statuses";
import { Button } from "../ui/button";
import { Textarea } from "../ui/textarea";

const ACTIONS = {
  shortlisted: { label: "Shortlist", done: "Shortlisted", run: shortlistQuote, variant: "primary" },
  approved: { label: "Approve", done: "Approved", run: approveQuote, variant: "primary" },
  rejected: { label: "Reject", done: "Rejected", run: rejectQuote, variant: "danger" },
  candidate: {
    label: "Back to candidates",
    done: "Moved back to the candidates",
    run: returnQuoteToCandidates,
    variant: "secondary",
  },
} as const;

export interface QuoteStatusActionsProps {
  projectSlug: string;
  quoteId: number;
  /** The moves this user may make from the quote's status (from `availableTransitions`). */
  transitions: QuoteStatus[];
  /** Offers a comment box sent with the move (the review screen); the board keeps to buttons. */
  withComment?: boolean;
  /** Names the quote for screen readers when several cards sit on one page. */
  quoteLabel?: string;
}

/** Buttons that move a quote along the workflow; the server checks the role and the rules again. */
export function QuoteStatusActions({
  projectSlug,
  quoteId,
  transitions,
  withComment = false,
  quoteLabel,
}: QuoteStatusActionsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const commentId = useId();
  if (transitions.length === 0) return null;
  return (
    <div className="space-y-2">
      {withComment ? (
        <div className="space-y-1.5">
          <label htmlFor={commentId} className="block text-sm font-medium text-gray-800">
            Comment with the decision (optional)
          </label>
          <Textarea id={commentId} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {transitions.map((to) => {
          const action = ACTIONS[to];
          return (
            <Button
              key={to}
              size="sm"
              variant={action.variant}
              pending={pending}
              onClick={() => {
                setError(null);
                startTransition(async () => {
                  const result = await action.run({ projectSlug, quoteId, comment: comment.trim() || undefined });
                  if (!result.ok) {
                    setError(result.error.message);
                    toast.error(result.error.message);
                    return;
                  }
                  setComment("");
                  toast.success(`${action.done}: quote ${quoteId}`);
                  router.refresh();
                });
              }}
            >
              {action.label}
              {quoteLabel ? <span className="sr-only"> {quoteLabel}</span> : null}
            </Button>
          );
        })}
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
