import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-capped-body";

function streamOf(chunks: number[], chunkSize: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= chunks.length) return controller.close();
        controller.enqueue(new Uint8Array(chunkSize).fill(chunks[pulled]));
        pulled++;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

describe("readCappedBody", () => {
  it("reads a body under the cap", async () => {
    const { stream } = streamOf([1, 2, 3], 10);
    const bytes = await readCappedBody(stream, "30", 100);
    expect(bytes.length).toBe(30);
    expect([bytes[0], bytes[10], bytes[29]]).toEqual([1, 2, 3]);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const { stream, pulled } = streamOf([1], 10);
    await expect(readCappedBody(stream, String(101), 100)).rejects.toMatchObject({ code: "too_large" });
    expect(pulled()).toBe(0);
  });

  it("stops reading a stream that passes the cap without a length, long before its end", async () => {
    const { stream, pulled } = streamOf(new Array(10_000).fill(7), 1024);
    await expect(readCappedBody(stream, null, 10 * 1024)).rejects.toMatchObject({ code: "too_large" });
    expect(pulled()).toBeLessThan(20);
  });

  it("refuses an empty body", async () => {
    await expect(readCappedBody(streamOf([], 1).stream, null, 100)).rejects.toMatchObject({ code: "invalid_input" });
  });
});
