import path from "node:path";
import { and, eq } from "drizzle-orm";
import { XMLBuilder } from "fast-xml-parser";
import { migrateDatabase, openDatabase } from "../../db/client";
import { documents, users } from "../../db/schema";
import { exportQdpx } from "../../lib/exchange/export-qdpx";
import { registerQdpxImportKind } from "../../lib/exchange/qdpx-import-kind";
import { readZipEntries } from "../../lib/exchange/read-zip-entries";
import { parseRefiXml } from "../../lib/exchange/refi-xml";
import { zipFiles } from "../../lib/exchange/zip-files";
import { createImport, type ImportSummary } from "../../lib/imports/import-jobs";
import { confirmImport, queuePreview } from "../../lib/imports/queue-import";
import { runImportPhase } from "../../lib/imports/run-import-phase";
import { saveUpload } from "../../lib/imports/save-upload";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, timeItAsync } from "./harness";

const TARGET_MS = 10_000;

/**
 * The bench project's 60 transcripts with every coding on them, exported as a REFI-QDA .qdpx and
 * imported into a new project in a fresh database, each beside a plain baseline from the same run:
 * writing the same XML (XMLBuilder on the parsed .qde) and zipping it with the same sources, and
 * reading it back (unzip and XMLParser), with no queries, offsets, GUIDs or inserts.
 */
export const exchangeMeasurement: Measurement = {
  name: "exchange",
  async run({ project, workDir, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(project.databasePath);
    const transcriptIds = db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.projectId, project.projectId), eq(documents.kind, "transcript")))
      .all()
      .map((row) => row.id);
    const actor = { userId: project.coder.id, projectId: project.projectId, role: "researcher" as const };
    const exported = await timeItAsync(() => exportQdpx(db, actor, { documentIds: transcriptIds }));
    const file = exported.result;
    const codings = (file.qde.match(/<Coding /g) ?? []).length;
    const megabytes = (file.body.byteLength / 1024 / 1024).toFixed(1);
    log(
      `exported ${transcriptIds.length} transcripts, ${codings} codings: ${megabytes} MB in ${exported.ms.toFixed(0)} ms`,
    );

    const entries = await readZipEntries(file.body);
    const sources = [...entries].filter(([name]) => name.startsWith("sources/"));
    const tree = parseRefiXml(file.qde);
    const writeBaseline = await timeItAsync(async () => {
      const builder = new XMLBuilder({
        ignoreAttributes: false,
        attributeNamePrefix: "@_",
        format: true,
        suppressBooleanAttributes: false,
      });
      const xml = builder.build(tree);
      return zipFiles([{ path: "project.qde", data: xml }, ...sources.map(([name, data]) => ({ path: name, data }))]);
    });

    const target = openDatabase(path.join(workDir, "exchange-import.sqlite"));
    migrateDatabase(target);
    const owner = target
      .insert(users)
      .values({ email: "exchange@bench.quoteline", name: "Exchange Bench", passwordHash: "!" })
      .returning({ id: users.id })
      .get().id;
    const copy = createProject(target, { slug: "exchange-copy", name: "Exchange copy", ownerId: owner });
    // The way the app imports it: an upload read into a preview (kept beside it), confirmed, then stored,
    // each phase as an import worker runs it (the IPC to the worker aside).
    registerQdpxImportKind();
    const imported = await timeItAsync(async () => {
      const storedPath = saveUpload(target.$client.name, file.body);
      const job = createImport(target, {
        projectId: copy.id,
        userId: owner,
        filename: file.filename,
        storedPath,
        byteSize: file.body.byteLength,
      });
      queuePreview(target, job.id);
      await runImportPhase(target, job.id, "preview");
      confirmImport(target, copy.id, job.id, {});
      const done = await runImportPhase(target, job.id, "import");
      const summary = done?.summary as ImportSummary | null | undefined;
      if (done?.status !== "done" || !summary?.qdpx)
        throw new Error(`The .qdpx import ended ${done?.status}: ${done?.message}`);
      return summary.qdpx;
    });
    log(
      `imported ${imported.result.documents} documents, ${imported.result.codings} codings in ${imported.ms.toFixed(0)} ms (${imported.result.offsetConvention})`,
    );
    const readBaseline = await timeItAsync(async () => {
      const read = await readZipEntries(file.body);
      return parseRefiXml(read.get("project.qde")!.toString("utf8"));
    });
    target.$client.close();
    db.$client.close();

    const corpus = `${transcriptIds.length} transcripts, ${codings.toLocaleString("en-GB")} codings, ${megabytes} MB .qdpx`;
    return [
      {
        name: "export the transcripts with their codings as REFI-QDA (.qdpx)",
        corpus,
        value: exported.ms,
        unit: "ms",
        baselineName: "XMLBuilder on the same .qde + zip",
        baseline: writeBaseline.ms,
        target: "< 10 s",
        met: exported.ms < TARGET_MS,
      },
      {
        name: "import that .qdpx into a new project as an upload: preview, then store (one transaction)",
        corpus,
        value: imported.ms,
        unit: "ms",
        baselineName: "unzip + XMLParser on the same file",
        baseline: readBaseline.ms,
        target: "< 10 s",
        met: imported.ms < TARGET_MS,
        notes: `${imported.result.codings} codings imported`,
      },
    ];
  },
};
