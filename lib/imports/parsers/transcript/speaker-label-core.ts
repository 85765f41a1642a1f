const TRAILING_ROLE = /\s*\(([^()]{1,30})\)$/u;

/** The name part of a label, without a trailing role such as "(Facilitator)". */
export function speakerLabelCore(label: string): string {
  return label.trim().replace(TRAILING_ROLE, "");
}
