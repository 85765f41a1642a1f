import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

export const THIRD_PARTY = path.resolve(__dirname, "../../../shared/fixtures/third_party");
export const thirdPartyPresent = existsSync(THIRD_PARTY);

/** describe() when ../shared is checked out; in CI its absence fails, elsewhere the block is left out with a warning. */
export function describeThirdParty(name: string, body: () => void): void {
  if (thirdPartyPresent) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("has the third-party fixtures under ../shared (required in CI)", () => {
        expect.fail(`Missing ${THIRD_PARTY}`);
      });
    });
  } else {
    console.warn(`Left out "${name}": ${THIRD_PARTY} is absent.`);
  }
}
