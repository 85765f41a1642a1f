import Papa from "papaparse";
import { FIT_LABELS } from "./describe-fit";
import type { JointDisplay } from "./get-joint-display";

/** Text a spreadsheet would run as a formula gets a leading apostrophe (names are typed by users). */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function number(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The joint display's rows as CSV (RFC 4180, CRLF). Hidden counts appear as shown on screen ("<10"),
 * never as numbers.
 */
export function jointDisplayCsv(display: JointDisplay): string {
  const from = display.from ?? "first wave";
  const to = display.to ?? "last wave";
  const fields = [
    ...(display.region ? ["Region"] : []),
    "Theme",
    "Metric key",
    "Metric",
    "Polarity",
    `Prevalence ${from}`,
    `Prevalence ${to}`,
    "Prevalence change (points)",
    `Metric ${from}`,
    `Metric ${to}`,
    "Metric change",
    "Published change",
    "Change source",
    "Fit",
    "Fit explained",
  ];
  const data = display.rows.map((row) => [
    ...(display.region ? [safeText(display.region)] : []),
    safeText(row.codeName),
    row.metric.key,
    safeText(row.metric.label),
    row.polarity,
    row.prevalenceFrom?.shareDisplay ?? "",
    row.prevalenceTo?.shareDisplay ?? "",
    row.prevalenceChange?.display ?? "",
    number(row.metricMovement?.from),
    number(row.metricMovement?.to),
    row.metricMovement?.change?.display ?? "",
    number(row.metricMovement?.published),
    row.metricMovement?.source ?? "",
    FIT_LABELS[row.fit],
    row.fitText,
  ]);
  return `${Papa.unparse({ fields, data }, { newline: "\r\n" })}\r\n`;
}
