import { describe, expect, it } from "vitest";
import { retryWhenBusy } from "./retry-when-busy";

type Result = { ok: true; data: number } | { ok: false; error: { code: string; message: string } };

function answers(...results: Result[]) {
  let calls = 0;
  return {
    call: async (): Promise<Result> => results[Math.min(calls++, results.length - 1)],
    calls: () => calls,
  };
}

const busy: Result = { ok: false, error: { code: "busy", message: "The project is busy with an import" } };

describe("retryWhenBusy", () => {
  it("retries a busy answer once and returns the retry's answer", async () => {
    const action = answers(busy, { ok: true, data: 7 });
    expect(await retryWhenBusy(action.call, 0)).toEqual({ ok: true, data: 7 });
    expect(action.calls()).toBe(2);
  });

  it("returns the second busy answer to be explained, without a third call", async () => {
    const action = answers(busy, busy, { ok: true, data: 7 });
    expect(await retryWhenBusy(action.call, 0)).toEqual(busy);
    expect(action.calls()).toBe(2);
  });

  it("never repeats a success or another refusal", async () => {
    const success = answers({ ok: true, data: 1 });
    expect(await retryWhenBusy(success.call, 0)).toEqual({ ok: true, data: 1 });
    const refused = answers({ ok: false, error: { code: "forbidden", message: "No" } }, { ok: true, data: 2 });
    expect((await retryWhenBusy(refused.call, 0)).ok).toBe(false);
    expect(success.calls() + refused.calls()).toBe(2);
  });
});
