import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { createTestDb } from "../../db/client";
import { foldAuthorityName, listProjectAuthorities, matchAuthority } from "./authorities";
import { type AuthorityPack, buildPacks } from "./build-packs";
import { CONFIDENTIAL } from "./disclosure";
import { getAuthorityPack, listPackStates, packFileName, packOptions, writePacksZip } from "./make-packs";
import { renderPackDocx } from "./render-pack-docx";
import { renderPackPdf } from "./render-pack-pdf";
import { buildPackFixture, type PackFixture } from "./test-fixtures";

type TestDb = ReturnType<typeof createTestDb>;

function readZipEntries(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.readEntry();
    });
  });
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every table of a .docx as rows of cell texts, read back from word/document.xml. */
async function docxTables(buffer: Buffer): Promise<{ tables: string[][][]; text: string }> {
  const xml = (await readZipEntries(buffer)).get("word/document.xml")!.toString("utf8");
  const textOf = (fragment: string) =>
    decodeXml([...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(""));
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1])),
    ),
  );
  return { tables, text: textOf(xml) };
}

describe("authority packs", () => {
  let db: TestDb;
  let fixture: PackFixture;
  let packs: AuthorityPack[];
  const byName = (name: string) => packs.find((pack) => pack.authority.name === name)!;

  beforeEach(() => {
    db = createTestDb();
    fixture = buildPackFixture(db);
    packs = buildPacks(db, fixture.projectId, packOptions(db, fixture.projectId));
  });
  afterEach(() => db.cleanup());

  it("maps an authority's spellings to it, and no other", () => {
    const list = listProjectAuthorities(db, fixture.projectId);
    expect(matchAuthority(list, "LB Camden")?.name).toBe("Camden");
    expect(matchAuthority(list, "Kent County Council")?.name).toBe("Kent");
    expect(matchAuthority(list, "kcc")?.name).toBe("Kent");
    expect(matchAuthority(list, "Atlantis")).toBeNull();
    expect(foldAuthorityName("Royal Borough of Kensington & Chelsea")).toBe("kensington and chelsea");
  });

  it("a new project gets the 33 London and 19 South East authorities", () => {
    const other = createTestDb();
    try {
      const projectId = buildPackFixture(other).projectId + 0;
      other.$client.prepare("delete from authorities where project_id = ?").run(projectId);
      const list = listProjectAuthorities(other, projectId);
      expect(list.filter((authority) => authority.region === "London")).toHaveLength(33);
      expect(list.filter((authority) => authority.region === "South East")).toHaveLength(19);
      expect(matchAuthority(list, "RBKC")?.name ?? matchAuthority(list, "Kensington & Chelsea")?.name).toBe(
        "Kensington and Chelsea",
      );
    } finally {
      other.cleanup();
    }
  });

  it("counts respondents by wave against the region and everyone, spellings merged", () => {
    const camden = byName("Camden");
    const responses = camden.tables[0];
    expect(responses.columns).toEqual(["Wave", "Camden", "London", "All respondents"]);
    // London 2025: 64 + 27 + 4 + 13 + 3 unplaced (Atlantis, region London) = 111; everyone 175 + 3 = 178.
    expect(responses.rows).toEqual([
      { label: "2023", cells: ["60", "104", "167"] },
      { label: "2025", cells: ["64", "111", "178"] },
    ]);
    expect(camden.waves).toEqual({ baseline: "2023", current: "2025" });
  });

  it("gives an authority below 10 respondents a one-page pack with only its region's figures", () => {
    const islington = byName("Islington");
    expect(islington.small).toBe(true);
    expect(islington.tables.map((table) => table.title)).toEqual([
      "Responses by wave",
      "Sentiment questions (mean score, 1–5)",
    ]);
    expect(islington.tables[0].rows.map((row) => row.cells[0])).toEqual([CONFIDENTIAL, CONFIDENTIAL]);
    expect(islington.tables[1].rows.every((row) => !row.label.includes("Islington"))).toBe(true);
    expect(islington.quotes).toEqual([]);
    expect(islington.methods[0]).toMatch(/Fewer than 10 people from this authority responded in 2025/);
  });

  it("hides the next smallest authority of a region where exactly one is small, so the region's total gives nothing back", () => {
    // London 2025: Islington 4 is hidden, and the 3 unplaced are never shown; with them the line is
    // 64, 27, 4, 13, 3 = 111: 111 − 64 − 27 − 13 = 7 = Islington + unplaced, 0 … 9 + 0 … 9: not pinned.
    // South East 2025: Medway 9 alone hidden: 67 − 42 − 16 = 9 would give it away, so Surrey (16) is hidden too.
    expect(byName("Medway").tables[0].rows[1].cells[0]).toBe(CONFIDENTIAL);
    expect(byName("Surrey").tables[0].rows[1].cells[0]).toBe(CONFIDENTIAL);
    expect(byName("Kent").tables[0].rows[1].cells[0]).toBe("42");
    // Surrey's roles and means are hidden with its total.
    const surreyRoles = byName("Surrey").tables.find((table) => table.title.startsWith("Responses by role"))!;
    expect(surreyRoles.rows.every((row) => row.cells[0] === CONFIDENTIAL)).toBe(true);
  });

  it("shows no count below 10 and no figure from fewer than 10 respondents in any pack, read back from every .docx", async () => {
    for (const pack of packs) {
      const { tables } = await docxTables(await renderPackDocx(pack, "Packs fixture"));
      expect(tables.length).toBe(pack.tables.length);
      for (const table of tables) {
        const header = table[0];
        for (const row of table.slice(1)) {
          row.slice(1).forEach((cell, index) => {
            const column = header[index + 1];
            if (/^\d[\d,]*$/.test(cell))
              expect(Number(cell.replace(/,/g, "")), `${pack.authority.name} ${column}`).toBeGreaterThanOrEqual(10);
            else
              expect(cell, `${pack.authority.name} ${column}`).toMatch(/^(\[c\]|\d+\.\d\d|\d+%|[+-]?\d+\.\d\d [↑↓→])$/);
          });
        }
      }
    }
  });

  it("shows a mean only where 10 or more of the group answered, and the change between the compared waves", () => {
    const kent = byName("Kent").tables.find((table) => table.title.startsWith("Sentiment"))!;
    expect(kent.columns).toEqual(["Question and group", "2023", "2025", "Change 2023 → 2025"]);
    const own = kent.rows.find((row) => row.label.endsWith("— Kent"))!;
    expect(own.cells[0]).toMatch(/^\d\.\d\d$/);
    const change = Number(own.cells[1]) - Number(own.cells[0]);
    expect(own.cells[2]).toBe(
      `${change > 0 ? "+" : ""}${change.toFixed(2)} ${change > 0 ? "↑" : change < 0 ? "↓" : "→"}`,
    );
    const medway = byName("Medway").tables.find((table) => table.title.startsWith("Sentiment"))!;
    expect(medway.rows.some((row) => row.label.includes("Medway"))).toBe(false);
  });

  it("puts a quote in its own authority's pack only, and leaves out a quote that names another authority", async () => {
    const texts = new Map<string, string>();
    for (const pack of packs)
      texts.set(pack.authority.name, (await docxTables(await renderPackDocx(pack, "Packs fixture"))).text);
    const withCamdenQuote = [...texts].filter(([, text]) => text.includes(fixture.camdenQuote)).map(([name]) => name);
    expect(withCamdenQuote).toEqual(["Camden"]);
    expect([...texts.values()].some((text) => text.includes(fixture.hackneyQuoteNamingLambeth))).toBe(false);
    // No pack names another authority.
    for (const [name, text] of texts) {
      for (const other of packs.map((pack) => pack.authority.name).filter((candidate) => candidate !== name)) {
        expect(text.includes(other), `${name}'s pack names ${other}`).toBe(false);
      }
    }
  });

  it("labels a quote so it fits at least k of the authority's own respondents", () => {
    const quote = byName("Camden").quotes[0];
    expect(quote.wording).toBe(fixture.camdenQuote);
    // Worked independently: Camden respondents (both waves) who share the label's role, read from the database.
    const role = db.$client
      .prepare(
        `select ra.value from respondent_attributes ra join attributes a on a.id = ra.attribute_id
         join answers an on an.respondent_id = ra.respondent_id where a.name = 'role' and an.text = ?`,
      )
      .get(fixture.camdenQuote) as { value: string };
    const sameRole = db.$client
      .prepare(
        `select count(*) n from respondent_attributes ra join attributes a on a.id = ra.attribute_id
         where a.name = 'role' and ra.value = ? and ra.respondent_id in (
           select rb.respondent_id from respondent_attributes rb join attributes b on b.id = rb.attribute_id
           where b.name = 'local authority' and rb.value in ('Camden', 'LB Camden'))`,
      )
      .get(role.value) as { n: number };
    expect(sameRole.n).toBeGreaterThanOrEqual(10);
    expect(quote.attribution.toLowerCase()).toContain(role.value.toLowerCase());
    expect(quote.fits).toBe(sameRole.n);
    expect(quote.attribution).not.toMatch(/Camden/);
  });

  it("leaves a quote unlabelled when no label fits k of a small authority's respondents", () => {
    const small = buildPacks(db, fixture.projectId, { ...packOptions(db, fixture.projectId), k: 200 });
    const quote = small.find((pack) => pack.authority.name === "Camden")!.quotes[0];
    expect(quote.attribution).toBe("(respondent)");
  });

  it("writes every pack as .docx and .pdf into one zip, with progress", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "packs-"));
    try {
      const progress: number[] = [];
      const out = path.join(folder, "packs.zip");
      const result = await writePacksZip(db, fixture.projectId, out, (done) => progress.push(done));
      expect(result).toEqual({ packs: 7, small: 2 });
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const entries = await readZipEntries(fs.readFileSync(out));
      expect([...entries.keys()].sort()).toEqual(
        ["camden", "hackney", "islington", "kent", "lambeth", "medway", "surrey"].flatMap((name) => [
          `${name}.docx`,
          `${name}.pdf`,
        ]),
      );
      expect(entries.get("kent.pdf")!.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("renders a PDF whose text uses an embedded font that covers ś and ó", async () => {
    const pdf = await renderPackPdf(
      { ...byName("Kent"), authority: { id: 0, name: "Kraków-Śródmieście", region: "South East" } },
      "Ćwiczenie",
    );
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/DejaVuSans/);
  });

  it("answers one authority's pack and refuses one that is not the project's", () => {
    expect(getAuthorityPack(db, fixture.projectId, fixture.authorityId.Kent).authority.name).toBe("Kent");
    expect(() => getAuthorityPack(db, fixture.projectId, 999_999)).toThrow(/not found/);
    expect(packFileName("Brighton & Hove")).toBe("brighton-and-hove");
  });

  it("builds one authority's pack exactly as it stands among all (suppression crosses authorities)", () => {
    for (const pack of packs) {
      expect(getAuthorityPack(db, fixture.projectId, pack.authority.id)).toEqual(pack);
    }
  });

  it("lists every authority's state and respondents as its pack shows them", () => {
    const states = listPackStates(db, fixture.projectId);
    expect(states.rows.map((row) => row.name)).toEqual(packs.map((pack) => pack.authority.name));
    expect(states.rows.map((row) => row.small)).toEqual(packs.map((pack) => pack.small));
    for (const [index, row] of states.rows.entries()) {
      const byWave = packs[index].tables[0].rows.map((tableRow) => [tableRow.label, tableRow.cells[0]]);
      expect(row.respondents.map((entry) => [entry.wave, entry.shown])).toEqual(byWave);
    }
    expect(states.rows.some((row) => row.small)).toBe(true);
    expect(states.rows.some((row) => !row.small)).toBe(true);
  });
});
