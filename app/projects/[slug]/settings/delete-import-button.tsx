"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { deleteImportAction, previewImportDeletion } from "./actions";

type Preview = Extract<Awaited<ReturnType<typeof previewImportDeletion>>, { ok: true }>["data"];

/**
 * Deletes an import after a confirmation that says exactly what goes ("3 documents, 1,220 respondents,
 * 6,415 codings, 2 approved quotes"); approved quotes need the owner's explicit confirmation too.
 */
export function DeleteImportButton({
  projectSlug,
  importId,
  filename,
  isOwner,
}: {
  projectSlug: string;
  importId: number;
  filename: string;
  isOwner: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirmQuotes, setConfirmQuotes] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function openConfirmation() {
    setError(null);
    setConfirmQuotes(false);
    startTransition(async () => {
      const result = await previewImportDeletion({ projectSlug, importId });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      setPreview(result.data);
      setOpen(true);
    });
  }

  function confirm() {
    if (!preview) return;
    setError(null);
    startTransition(async () => {
      const result = await deleteImportAction({
        projectSlug,
        importId,
        confirmApprovedQuotes: confirmQuotes,
        expected: {
          documents: preview.documents,
          respondents: preview.respondents,
          codings: preview.codings,
          quotes: preview.quotes,
          approvedQuotes: preview.approvedQuotes,
        },
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setOpen(false);
      toast.success(`Deleted ${filename}: ${result.data.text}`);
    });
  }

  const blocked = preview ? preview.approvedQuotes > 0 && (!isOwner || !confirmQuotes) : true;
  return (
    <>
      <Button type="button" variant="danger" size="sm" pending={pending && !open} onClick={openConfirmation}>
        Delete…
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title={`Delete the import ${filename}?`} description="This cannot be undone.">
          {preview ? (
            <div className="space-y-4 text-sm text-gray-800">
              <p data-testid="deletion-summary">
                This deletes <strong>{preview.text}</strong>, and nothing else.
              </p>
              {preview.approvedQuotes > 0 ? (
                isOwner ? (
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={confirmQuotes}
                      onChange={(event) => setConfirmQuotes(event.target.checked)}
                    />
                    <span>
                      Delete the {preview.approvedQuotes} approved {preview.approvedQuotes === 1 ? "quote" : "quotes"}{" "}
                      too; the report loses {preview.approvedQuotes === 1 ? "it" : "them"}.
                    </span>
                  </label>
                ) : (
                  <Alert tone="warning">
                    Approved quotes come from this import: only the project owner can delete it.
                  </Alert>
                )
              ) : null}
              {error ? <Alert tone="error">{error}</Alert> : null}
              <div className="flex justify-end gap-2">
                <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                  Keep it
                </Button>
                <Button type="button" variant="danger" pending={pending} disabled={blocked} onClick={confirm}>
                  Delete the import
                </Button>
              </div>
            </div>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
