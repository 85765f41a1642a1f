"use client";

import { MessageSquareQuote } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { proposeQuote } from "@/app/projects/[slug]/quotes/actions";
import { Button, type ButtonSize, type ButtonVariant } from "../ui/button";

export type ProposeQuoteTarget = { segmentId: number } | { documentId: number; start: number; end: number };

export interface ProposeQuoteButtonProps {
  projectSlug: string;
  /** The theme the quote is for. */
  codeId: number;
  /** An existing segment, or a range of a document (UTF-16 offsets, end exclusive) made a segment if needed. */
  target: ProposeQuoteTarget;
  /** Read by screen readers after "Propose as quote", e.g. the first words of the segment. */
  context?: string;
  size?: ButtonSize;
  variant?: ButtonVariant;
}

/**
 * Proposes a segment as a candidate quote for a theme (roles with propose_quote), then links to its
 * review. Drop it into the coding view, retrieval or a theme page.
 */
export function ProposeQuoteButton({
  projectSlug,
  codeId,
  target,
  context,
  size = "sm",
  variant = "secondary",
}: ProposeQuoteButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [proposed, setProposed] = useState<{ id: number; created: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (proposed) {
    return (
      <span role="status" className="inline-flex flex-wrap items-center gap-2 text-sm text-gray-700">
        {proposed.created ? "Proposed as a candidate." : "Already proposed for this theme."}
        <Link href={`/projects/${projectSlug}/quotes/${proposed.id}`}>
          Review quote<span className="sr-only"> {proposed.id}</span>
        </Link>
      </span>
    );
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size={size}
        variant={variant}
        pending={pending}
        aria-label={context ? `Propose as quote: ${context}` : undefined}
        onClick={() => {
          setError(null);
          startTransition(async () => {
            const result = await proposeQuote({ projectSlug, codeId, ...target });
            if (!result.ok) {
              setError(result.error.message);
              toast.error(result.error.message);
              return;
            }
            setProposed({ id: result.data.id, created: result.data.created });
            const reviewUrl = `/projects/${projectSlug}/quotes/${result.data.id}`;
            toast.success(result.data.created ? "Proposed as a candidate quote" : "Already proposed for this theme", {
              action: { label: "Review", onClick: () => router.push(reviewUrl) },
            });
            router.refresh();
          });
        }}
      >
        <MessageSquareQuote className="size-4" aria-hidden="true" />
        Propose as quote
      </Button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
