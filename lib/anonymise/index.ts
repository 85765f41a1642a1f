export { anonymise } from "./anonymise";
export { applyRedactions } from "./apply-redactions";
export type {
  AnonymiseOptions,
  AnonymiseResult,
  Flag,
  FlagKind,
  Redaction,
  RedactionCategory,
  RedactionSource,
} from "./types";
