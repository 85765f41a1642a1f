// `qda import <file.qdpx|file.qdc>` and `qda export qdpx|qdc`: REFI-QDA exchange on the command line.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { members, projects, users } from "../db/schema";
import { roleAllows } from "../lib/auth/permissions";
import { AppError } from "../lib/errors";
import type { ExchangeActor } from "../lib/exchange/exchange-actor";
import { exportQdc } from "../lib/exchange/export-qdc";
import { exportQdpx } from "../lib/exchange/export-qdpx";
import { importQdc } from "../lib/exchange/import-qdc";
import { importQdpx } from "../lib/exchange/import-qdpx";
import { applyMapping, parseSurvey, proposeMapping } from "../lib/imports/parsers/survey";
import { type RespondentCollision, storeSurvey } from "../lib/imports/store-survey";

const EXCHANGE_FILE = /\.(qdpx|qdc)$/i;

/** True when `import` is given a REFI-QDA file, or a survey part to add to a wave (--add-to-wave). */
export function isExchangeImport(args: string[]): boolean {
  return args.includes("--add-to-wave") || args.some((arg) => !arg.startsWith("--") && EXCHANGE_FILE.test(arg));
}

/** True for `export qdpx …` and `export qdc …`. */
export function isExchangeExport(args: string[]): boolean {
  return args[0] === "qdpx" || args[0] === "qdc";
}

function open() {
  const database = openDatabase();
  migrateDatabase(database);
  return database;
}

/**
 * Who acts: --as <email>, or else the first site admin. The command line runs with the database
 * file in hand, so it acts as the project's owner unless the user is a member with another role.
 */
function actorFor(database: ReturnType<typeof open>, slug: string, email: string | undefined): ExchangeActor {
  const project = database.select().from(projects).where(eq(projects.slug, slug)).get();
  if (!project) throw new AppError("not_found", `No project with slug "${slug}".`);
  const user = email
    ? database.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get()
    : database.select().from(users).where(eq(users.isAdmin, true)).get();
  if (!user) {
    throw new AppError(
      "invalid_input",
      email ? `No user with email "${email}".` : "Create an admin first (user:create --admin) or pass --as <email>.",
    );
  }
  const membership = database
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.projectId, project.id), eq(members.userId, user.id)))
    .get();
  return { userId: user.id, projectId: project.id, role: membership?.role ?? "owner" };
}

export async function importExchangeFile(args: string[]): Promise<unknown> {
  if (args.includes("--add-to-wave")) return addSurveyToWave(args);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { project: { type: "string" }, as: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || !values.project) {
    throw new AppError("invalid_input", "usage: import <file.qdpx|file.qdc> --project <slug> [--as <email>]");
  }
  const database = open();
  const actor = actorFor(database, values.project, values.as);
  const bytes = fs.readFileSync(file);
  const input = { bytes, filename: path.basename(file) };
  const summary = /\.qdc$/i.test(file) ? importQdc(database, actor, input) : await importQdpx(database, actor, input);
  return { ok: true, file: path.resolve(file), ...summary };
}

export async function exportExchangeFile(args: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { project: { type: "string" }, out: { type: "string" }, as: { type: "string" } },
  });
  const format = positionals[0];
  if ((format !== "qdpx" && format !== "qdc") || !values.project || !values.out) {
    throw new AppError("invalid_input", "usage: export qdpx|qdc --project <slug> --out <file> [--as <email>]");
  }
  const database = open();
  const actor = actorFor(database, values.project, values.as);
  const file = format === "qdpx" ? await exportQdpx(database, actor) : exportQdc(database, actor);
  fs.writeFileSync(values.out, file.body);
  return { ok: true, file: path.resolve(values.out), bytes: file.body.byteLength, format };
}

const COLLISIONS: RespondentCollision[] = ["skip", "replace", "stop"];

/**
 * `import <survey.csv|.xlsx> --project <slug> --wave 2025 --add-to-wave [--on-collision skip|replace|stop]`:
 * a further part of a wave's export, its respondents matched to the wave's by id.
 */
async function addSurveyToWave(args: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      project: { type: "string" },
      wave: { type: "string" },
      mapping: { type: "string" },
      "add-to-wave": { type: "boolean" },
      "on-collision": { type: "string" },
      "include-preview": { type: "boolean" },
      as: { type: "string" },
    },
  });
  const file = positionals[0];
  const onCollision = (values["on-collision"] ?? "stop") as RespondentCollision;
  if (!file || !values.project || !values.wave || !COLLISIONS.includes(onCollision)) {
    throw new AppError(
      "invalid_input",
      "usage: import <survey.csv|survey.xlsx> --project <slug> --wave <wave> --add-to-wave [--on-collision skip|replace|stop] [--mapping mapping.json]",
    );
  }
  const database = open();
  const actor = actorFor(database, values.project, values.as);
  if (!roleAllows(actor.role, "import"))
    throw new AppError("forbidden", "Your role in this project does not allow this.");
  const survey = await parseSurvey(path.basename(file), fs.readFileSync(file), {
    includePreviewResponses: values["include-preview"] ?? false,
  });
  const mapping = values.mapping ? JSON.parse(fs.readFileSync(values.mapping, "utf8")) : proposeMapping(survey, []);
  const summary = storeSurvey(database, {
    projectId: actor.projectId,
    userId: actor.userId,
    wave: values.wave,
    records: applyMapping(survey, mapping),
    filename: path.basename(file),
    addToWave: { onCollision },
  });
  return {
    ok: true,
    file: path.resolve(file),
    tool: survey.tool?.name ?? null,
    excludedResponses: survey.excludedResponses ?? null,
    ...summary,
  };
}
