import { createHash } from "node:crypto";

/** Quoteline's own namespace for name-based (version 5) UUIDs. */
const NAMESPACE = Buffer.from("6f1d2c1e4b8a5d2e9c3a7b1f0e2d4c6a", "hex");

/**
 * A REFI-QDA GUID derived from what it names (project, kind, id): a UUID version 5 (SHA-1,
 * name-based), so exporting the same project twice gives the same identifiers.
 */
export function stableGuid(projectId: number, kind: string, id: number | string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(`${projectId}:${kind}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

/** True for the two spellings REFI-QDA's GUIDType allows (with or without braces). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** One spelling per GUID: lower case, no braces (files mix cases and braces). */
export function normaliseGuid(value: string): string {
  return value
    .trim()
    .replace(/^\{|\}$/g, "")
    .toLowerCase();
}
