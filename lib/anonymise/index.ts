export { anonymise } from "./anonymise";
export { applyRedactions } from "./apply-redactions";
export { type DroppedAttribute, flagDroppedAttributeDetails } from "./flag-dropped-attribute-details";
export type {
  AnonymiseOptions,
  AnonymiseResult,
  Flag,
  FlagKind,
  Redaction,
  RedactionCategory,
  RedactionSource,
} from "./types";
