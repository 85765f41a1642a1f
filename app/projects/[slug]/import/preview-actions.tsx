import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The end of every preview: why the last confirmation failed, then import or discard. */
export function PreviewActions({
  pending,
  error,
  onCancel,
}: {
  pending: boolean;
  error: string | null;
  onCancel: () => void;
}) {
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          Import
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Discard upload
        </Button>
      </div>
    </>
  );
}
