import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { AppError } from "../errors";
import { createProject } from "../projects/create-project";
import { archiveCode, restoreCode } from "./archive-code";
import { createCode } from "./create-code";
import { defaultCodeKeys, listCodeKeys } from "./list-code-keys";
import { mergeCodes } from "./merge-codes";
import { pinCodeKey, unpinCodeKey } from "./pin-code-key";

describe("pinned code keys", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let otherProjectId: number;
  let workload: number;
  let pay: number;
  let supervision: number;
  const ANA = 1;
  const BEN = 2;

  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    otherProjectId = createProject(db, { slug: "q", name: "Q" }).id;
    db.$client
      .prepare("insert into users (email, name, password_hash) values ('a@x.org','Ana','x'), ('b@x.org','Ben','x')")
      .run();
    workload = createCode(db, projectId, ANA, { name: "Workload" }).id;
    pay = createCode(db, projectId, ANA, { name: "Pay" }).id;
    supervision = createCode(db, projectId, ANA, { name: "Supervision", parentId: workload }).id;
  });
  afterEach(() => db.cleanup());

  it("starts a coder on the codebook's first nine codes, in tree order", () => {
    const defaults = [
      { key: 1, codeId: workload },
      { key: 2, codeId: supervision },
      { key: 3, codeId: pay },
    ];
    expect(listCodeKeys(db, projectId, ANA)).toEqual(defaults);
    const more = Array.from({ length: 8 }, (_, index) => createCode(db, projectId, ANA, { name: `Extra ${index}` }).id);
    expect(listCodeKeys(db, projectId, BEN).map((entry) => entry.codeId)).toEqual([
      workload,
      supervision,
      pay,
      ...more.slice(0, 6),
    ]);
  });

  it("pins a code to a free key and keeps the other keys", () => {
    const extra = createCode(db, projectId, ANA, { name: "Extra" }).id;
    archiveCode(db, projectId, ANA, extra);
    restoreCode(db, projectId, ANA, extra);
    const keys = pinCodeKey(db, projectId, ANA, { codeId: extra, key: 7 });
    expect(keys).toEqual([
      { key: 1, codeId: workload },
      { key: 2, codeId: supervision },
      { key: 3, codeId: pay },
      { key: 7, codeId: extra },
    ]);
    expect(listCodeKeys(db, projectId, ANA)).toEqual(keys);
  });

  it("moves the old code off a taken key", () => {
    const extra = createCode(db, projectId, ANA, { name: "Extra" }).id;
    expect(pinCodeKey(db, projectId, ANA, { codeId: extra, key: 3 })).toEqual([
      { key: 1, codeId: workload },
      { key: 2, codeId: supervision },
      { key: 3, codeId: extra },
    ]);
  });

  it("moves a code to its new key instead of holding two", () => {
    expect(pinCodeKey(db, projectId, ANA, { codeId: workload, key: 9 })).toEqual([
      { key: 2, codeId: supervision },
      { key: 3, codeId: pay },
      { key: 9, codeId: workload },
    ]);
    expect(pinCodeKey(db, projectId, ANA, { codeId: pay, key: 2 })).toEqual([
      { key: 2, codeId: pay },
      { key: 9, codeId: workload },
    ]);
  });

  it("keeps each coder's keys their own, per project", () => {
    pinCodeKey(db, projectId, ANA, { codeId: pay, key: 1 });
    pinCodeKey(db, projectId, BEN, { codeId: supervision, key: 3 });
    expect(listCodeKeys(db, projectId, ANA)).toEqual([
      { key: 1, codeId: pay },
      { key: 2, codeId: supervision },
    ]);
    expect(listCodeKeys(db, projectId, BEN)).toEqual([
      { key: 1, codeId: workload },
      { key: 3, codeId: supervision },
    ]);
    expect(listCodeKeys(db, otherProjectId, ANA)).toEqual([]);
  });

  it("frees a key and leaves the others; freeing every key brings the defaults back", () => {
    expect(unpinCodeKey(db, projectId, ANA, 2)).toEqual([
      { key: 1, codeId: workload },
      { key: 3, codeId: pay },
    ]);
    expect(unpinCodeKey(db, projectId, ANA, 2)).toHaveLength(2);
    unpinCodeKey(db, projectId, ANA, 1);
    expect(unpinCodeKey(db, projectId, ANA, 3)).toEqual(defaultCodeKeys(db, projectId));
  });

  it("drops the key of an archived code until it is restored, and of a merged-away code for good", () => {
    pinCodeKey(db, projectId, ANA, { codeId: supervision, key: 5 });
    archiveCode(db, projectId, ANA, workload);
    expect(listCodeKeys(db, projectId, ANA)).toEqual([{ key: 3, codeId: pay }]);
    restoreCode(db, projectId, ANA, workload);
    expect(listCodeKeys(db, projectId, ANA)).toEqual([
      { key: 1, codeId: workload },
      { key: 3, codeId: pay },
      { key: 5, codeId: supervision },
    ]);
    mergeCodes(db, projectId, ANA, { sourceId: pay, targetId: workload });
    expect(listCodeKeys(db, projectId, ANA)).toEqual([
      { key: 1, codeId: workload },
      { key: 5, codeId: supervision },
    ]);
    expect(db.$client.prepare("select count(*) as n from code_keys").get()).toEqual({ n: 2 });
  });

  it("refuses an archived code, another project's code and keys outside 1–9", () => {
    const elsewhere = createCode(db, otherProjectId, ANA, { name: "Elsewhere" }).id;
    archiveCode(db, projectId, ANA, pay);
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).code;
      }
      throw new Error("expected a refusal");
    };
    expect(refusal(() => pinCodeKey(db, projectId, ANA, { codeId: pay, key: 1 }))).toBe("invalid_input");
    expect(refusal(() => pinCodeKey(db, projectId, ANA, { codeId: elsewhere, key: 1 }))).toBe("not_found");
    expect(refusal(() => pinCodeKey(db, projectId, ANA, { codeId: workload, key: 0 }))).toBe("invalid_input");
    expect(refusal(() => pinCodeKey(db, projectId, ANA, { codeId: workload, key: 10 }))).toBe("invalid_input");
    expect(listCodeKeys(db, projectId, ANA)).toEqual(defaultCodeKeys(db, projectId));
    expect(db.$client.prepare("select count(*) as n from code_keys").get()).toEqual({ n: 0 });
  });
});
