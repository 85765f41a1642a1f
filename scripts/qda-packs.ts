// `qda packs --project <slug> --out <folder> [--authority <name>]`: every authority's pack as .docx and .pdf.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { projects } from "../db/schema";
import { AppError } from "../lib/errors";
import { listProjectAuthorities, matchAuthority } from "../lib/packs/authorities";
import { buildPacks } from "../lib/packs/build-packs";
import { packFileName, packOptions } from "../lib/packs/make-packs";
import { renderPackDocx } from "../lib/packs/render-pack-docx";
import { renderPackPdf } from "../lib/packs/render-pack-pdf";

export async function packsCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { project: { type: "string" }, out: { type: "string" }, authority: { type: "string" } },
  });
  if (!values.project || !values.out) {
    throw new AppError("invalid_input", "usage: packs --project <slug> --out <folder> [--authority <name>]");
  }
  const db = openDatabase();
  migrateDatabase(db);
  const project = db.select().from(projects).where(eq(projects.slug, values.project)).get();
  if (!project) throw new AppError("not_found", `No project with slug "${values.project}".`);
  let only: number | undefined;
  if (values.authority) {
    const authority = matchAuthority(listProjectAuthorities(db, project.id), values.authority);
    if (!authority) throw new AppError("not_found", `No authority "${values.authority}" in this project.`);
    only = authority.id;
  }
  const packs = buildPacks(db, project.id, packOptions(db, project.id)).filter(
    (pack) => only === undefined || pack.authority.id === only,
  );
  fs.mkdirSync(values.out, { recursive: true });
  const files: string[] = [];
  for (const pack of packs) {
    const base = path.join(values.out, packFileName(pack.authority.name));
    fs.writeFileSync(`${base}.docx`, await renderPackDocx(pack, project.name));
    fs.writeFileSync(`${base}.pdf`, await renderPackPdf(pack, project.name));
    files.push(`${base}.docx`, `${base}.pdf`);
  }
  return {
    ok: true,
    packs: packs.length,
    regionOnly: packs.filter((pack) => pack.small).map((pack) => pack.authority.name),
    waves: packs[0]?.waves ?? null,
    folder: path.resolve(values.out),
    files: files.length,
  };
}
