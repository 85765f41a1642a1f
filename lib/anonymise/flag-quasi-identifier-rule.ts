import type { Flag } from "./types";

/** One quasi-identifier wording: what kind of detail it finds, the reason shown to the author, and its pattern. */
export interface QuasiIdentifierRule {
  kind: Flag["kind"];
  reason: string;
  pattern: RegExp;
}
