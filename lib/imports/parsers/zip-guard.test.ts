import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { assertZipWithinLimits, DEFAULT_ZIP_LIMITS } from "./zip-guard";

async function zipOf(parts: { name: string; data: Buffer; compress?: boolean }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const part of parts) zip.addBuffer(part.data, part.name, { compress: part.compress ?? true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One deflated part whose headers declare `declared` bytes, whatever it really unpacks to. */
function liar(data: Buffer, declared: number): Buffer {
  const name = Buffer.from("word/document.xml");
  const body = deflateRawSync(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + body.length, 16);
  return Buffer.concat([local, name, body, central, name, end]);
}

describe("the zip guard", () => {
  it("lets a realistic document through: several parts of ordinary XML", async () => {
    const paragraphs = Array.from(
      { length: 20_000 },
      (_, i) => `<w:p><w:r><w:t>Turn ${i}: caseloads ${i * 7}</w:t></w:r></w:p>`,
    );
    const file = await zipOf([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.from(paragraphs.join("")) },
      { name: "word/media/image1.png", data: Buffer.alloc(300_000, 7), compress: false },
    ]);
    await expect(assertZipWithinLimits(file)).resolves.toBeUndefined();
  });

  it("refuses a part declared over 20 MB, or parts over 50 MB together, before unpacking anything", async () => {
    expect(DEFAULT_ZIP_LIMITS).toMatchObject({ maxEntryBytes: 20 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024 });
    const big = await zipOf([{ name: "word/document.xml", data: Buffer.alloc(21 * 1024 * 1024, "a") }]);
    await expect(assertZipWithinLimits(big)).rejects.toThrow(/part "word\/document\.xml" declares 22020096 bytes/);
    const parts = await zipOf(
      [1, 2, 3].map((n) => ({
        name: `xl/worksheets/sheet${n}.xml`,
        data: Buffer.alloc(18 * 1024 * 1024, "a"),
        compress: false,
      })),
    );
    await expect(assertZipWithinLimits(parts)).rejects.toThrow(/50 MB in all/);
  });

  it("stops inflating a part that lies about its size, or packs far tighter than any document", async () => {
    await expect(assertZipWithinLimits(liar(Buffer.alloc(30 * 1024 * 1024, "a"), 1_000))).rejects.toThrow(
      /damaged|unpack to more than/,
    );
    const dense = await zipOf([{ name: "word/document.xml", data: Buffer.alloc(8 * 1024 * 1024, "a") }]);
    await expect(assertZipWithinLimits(dense)).rejects.toThrow(/more than 200 times its packed size/);
  });
});
