"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { addQuoteComment } from "@/app/projects/[slug]/quotes/actions";
import { Button } from "../ui/button";
import { Textarea } from "../ui/textarea";
import { formatWhen } from "./format-when";

export interface QuoteCommentsProps {
  projectSlug: string;
  quoteId: number;
  comments: { id: number; author: string; body: string; createdAt: string }[];
}

/** A quote's comment thread, oldest first, with a form to add to it. */
export function QuoteComments({ projectSlug, quoteId, comments }: QuoteCommentsProps) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await addQuoteComment({ projectSlug, quoteId, body });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setBody("");
      toast.success("Comment added");
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {comments.length === 0 ? (
        <p className="text-sm text-gray-600">No comments yet.</p>
      ) : (
        <ol className="space-y-2" data-testid="quote-comments">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-md border border-gray-200 bg-white p-3 text-sm">
              <p className="text-gray-700">
                <span className="font-medium text-gray-900">{comment.author}</span> ·{" "}
                <time dateTime={comment.createdAt}>{formatWhen(comment.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap text-gray-900">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-2">
        <label htmlFor={fieldId} className="block text-sm font-medium text-gray-800">
          Add a comment
        </label>
        <Textarea
          id={fieldId}
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
        />
        {error ? (
          <p id={`${fieldId}-error`} role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" pending={pending}>
          Comment
        </Button>
      </form>
    </div>
  );
}
