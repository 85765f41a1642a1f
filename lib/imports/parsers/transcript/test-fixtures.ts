import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe } from "vitest";

/** Real third-party files, checked out beside the repository as ../shared (see its SOURCES.md). */
export const THIRD_PARTY_FIXTURES = path.resolve(__dirname, "../../../../../shared/fixtures/third_party");
const HAND_MADE_FILES = path.resolve(__dirname, "../test-files/transcript");

/** Runs the suite when ../shared is present; fails under CI when it is missing, skips with a message otherwise. */
export function describeWithThirdPartyFixtures(name: string, body: () => void): void {
  if (existsSync(THIRD_PARTY_FIXTURES)) {
    describe(name, () => body());
    return;
  }
  if (process.env.CI === "true") {
    throw new Error(`Third-party fixtures are missing at ${THIRD_PARTY_FIXTURES}; CI must check out ../shared.`);
  }
  console.warn(`Skipped "${name}": ../shared is absent (no ${THIRD_PARTY_FIXTURES}).`);
  describe.skip(name, () => body());
}

export function readThirdPartyFixture(relativePath: string): Uint8Array {
  return readFileSync(path.join(THIRD_PARTY_FIXTURES, relativePath));
}

export function readHandMadeFile(name: string): Uint8Array {
  return readFileSync(path.join(HAND_MADE_FILES, name));
}
