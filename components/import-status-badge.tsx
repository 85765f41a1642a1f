import type { ImportStatus } from "@/lib/imports/import-statuses";
import { Badge, type BadgeTone } from "./ui/badge";

const STATUS: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  uploaded: { label: "Uploaded", tone: "neutral" },
  queued: { label: "Waiting", tone: "neutral" },
  parsing: { label: "Reading", tone: "neutral" },
  previewed: { label: "Awaiting confirmation", tone: "warning" },
  importing: { label: "Importing", tone: "accent" },
  done: { label: "Done", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  discarded: { label: "Discarded", tone: "neutral" },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
