// The command line: `npm run qda -- <command> …`, JSON on stdout.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { backupDatabase, integrityCheck, restoreDatabase } from "../db/backup";
import { defaultDatabasePath, migrateDatabase, openDatabase } from "../db/client";
import { members, projects, ROLES, type Role, users } from "../db/schema";
import { createUser } from "../lib/accounts/create-user";
import { anonymise } from "../lib/anonymise";
import { AppError } from "../lib/errors";
import { importFileNow } from "../lib/imports/import-file-now";
import { listProjectAuthorities, matchAuthority } from "../lib/packs/authorities";
import { createProject } from "../lib/projects/create-project";
import { projectAnonymiserOptions } from "../lib/quotes/project-anonymiser-options";
import { exportReport, REPORT_FORMATS, type ReportFormat } from "../lib/reports/export-report";
import { agreementCommand } from "./qda-agreement";
import { exportExchangeFile, importExchangeFile, isExchangeExport, isExchangeImport } from "./qda-exchange";
import { packsCommand } from "./qda-packs";

type Handler = (args: string[]) => Promise<unknown>;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function db() {
  const database = openDatabase();
  migrateDatabase(database);
  return database;
}

/** Backup and restore are for site admins: the CLI asks who is acting and checks it. */
function requireAdmin(database: ReturnType<typeof db>, email: string | undefined) {
  if (!email) throw new AppError("forbidden", "Pass --as <email> of a site admin.");
  const user = userByEmail(database, email);
  if (!user.isAdmin) throw new AppError("forbidden", `${user.email} is not a site admin.`);
  return user;
}

const commands: Record<string, Handler> = {
  agreement: agreementCommand,
  packs: packsCommand,
  async backup(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { as: { type: "string" } } });
    const file = positionals[0];
    if (!file) throw new AppError("invalid_input", "usage: backup <file> --as <admin email>");
    const database = db();
    requireAdmin(database, values.as);
    const { pages } = await backupDatabase(database, path.resolve(file));
    return { ok: true, backup: path.resolve(file), pages, integrity: integrityCheck(openDatabase(path.resolve(file))) };
  },
  async restore(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { as: { type: "string" } } });
    const file = positionals[0];
    if (!file) throw new AppError("invalid_input", "usage: restore <file> --as <admin email>");
    const database = db();
    requireAdmin(database, values.as);
    database.$client.close();
    const { pages } = await restoreDatabase(path.resolve(file), defaultDatabasePath());
    return { ok: true, restored: defaultDatabasePath(), pages };
  },
  async "user:create"(args) {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        admin: { type: "boolean" },
        password: { type: "string" },
      },
    });
    if (!values.email) throw new AppError("invalid_input", "--email is required");
    return createUser(db(), {
      email: values.email,
      name: values.name,
      isAdmin: values.admin ?? false,
      password: values.password,
    });
  },
  async "project:create"(args) {
    const { values } = parseArgs({
      args,
      options: { slug: { type: "string" }, name: { type: "string" }, owner: { type: "string" } },
    });
    if (!values.slug || !values.name) throw new AppError("invalid_input", "--slug and --name are required");
    const database = db();
    const owner = values.owner ? userByEmail(database, values.owner) : undefined;
    return createProject(database, { slug: values.slug, name: values.name, ownerId: owner?.id });
  },
  async "member:add"(args) {
    const { values } = parseArgs({
      args,
      options: {
        project: { type: "string" },
        email: { type: "string" },
        role: { type: "string" },
        authority: { type: "string" },
      },
    });
    const role = values.role as Role;
    if (!values.project || !values.email || !ROLES.includes(role)) {
      throw new AppError("invalid_input", `--project, --email and --role (${ROLES.join("|")}) are required`);
    }
    const database = db();
    const project = projectBySlug(database, values.project);
    const user = userByEmail(database, values.email);
    // --authority makes an authority reader: they see that authority's pack and nothing else.
    let authorityId: number | null = null;
    if (values.authority) {
      const authority = matchAuthority(listProjectAuthorities(database, project.id), values.authority);
      if (!authority) throw new AppError("not_found", `No authority "${values.authority}" in this project.`);
      authorityId = authority.id;
    }
    database
      .insert(members)
      .values({ projectId: project.id, userId: user.id, role, authorityId })
      .onConflictDoUpdate({ target: [members.projectId, members.userId], set: { role, authorityId } })
      .run();
    return { project: project.slug, email: user.email, role, authorityId };
  },
  async import(args) {
    if (isExchangeImport(args)) return importExchangeFile(args);
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        project: { type: "string" },
        wave: { type: "string" },
        mapping: { type: "string" },
        title: { type: "string" },
        "group-type": { type: "string" },
        as: { type: "string" },
      },
    });
    const file = positionals[0];
    if (!file || !values.project)
      throw new AppError(
        "invalid_input",
        "usage: import <file> --project <slug> [--wave 2025] [--mapping mapping.json]",
      );
    const database = db();
    const project = projectBySlug(database, values.project);
    const actor = values.as
      ? userByEmail(database, values.as)
      : database.select().from(users).where(eq(users.isAdmin, true)).get();
    if (!actor)
      throw new AppError("invalid_input", "Create an admin first (user:create --admin) or pass --as <email>.");
    const mapping = values.mapping ? JSON.parse(fs.readFileSync(values.mapping, "utf8")) : undefined;
    // The same job and states as an upload, so the project's imports list shows how it ended.
    const { summary } = await importFileNow(database, {
      databasePath: defaultDatabasePath(),
      projectId: project.id,
      userId: actor.id,
      filename: path.basename(file),
      bytes: fs.readFileSync(file),
      options: { wave: values.wave ?? null, title: values.title, groupType: values["group-type"] ?? null, mapping },
    });
    return summary;
  },
  /** Reads text on standard input and writes it anonymised (with the project's roster and lists when given). */
  async anonymise(args) {
    const { values } = parseArgs({ args, options: { project: { type: "string" }, json: { type: "boolean" } } });
    const database = values.project ? db() : null;
    const options =
      database && values.project ? projectAnonymiserOptions(database, projectBySlug(database, values.project).id) : {};
    const result = anonymise(await readStdin(), options);
    if (values.json) return result;
    process.stdout.write(result.text.endsWith("\n") ? result.text : `${result.text}\n`);
    for (const flag of result.flags) process.stderr.write(`flag: “${flag.text}” (${flag.reason})\n`);
    return undefined;
  },
  /** `export report --project <slug> --format docx|md|csv --out <file>`: approved, anonymised quotes only. */
  async export(args) {
    if (isExchangeExport(args)) return exportExchangeFile(args);
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { project: { type: "string" }, format: { type: "string" }, out: { type: "string" } },
    });
    const format = (values.format ?? "docx") as ReportFormat;
    if (positionals[0] !== "report" || !values.project || !values.out || !REPORT_FORMATS.includes(format)) {
      throw new AppError(
        "invalid_input",
        `usage: export report --project <slug> --format ${REPORT_FORMATS.join("|")} --out <file>`,
      );
    }
    const database = db();
    const file = await exportReport(database, projectBySlug(database, values.project).id, format);
    fs.writeFileSync(values.out, file.body);
    return { ok: true, file: path.resolve(values.out), bytes: file.body.byteLength, format };
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function projectBySlug(database: ReturnType<typeof db>, slug: string) {
  const project = database.select().from(projects).where(eq(projects.slug, slug)).get();
  if (!project) throw new AppError("not_found", `No project with slug "${slug}".`);
  return project;
}

function userByEmail(database: ReturnType<typeof db>, email: string) {
  const user = database.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  if (!user) throw new AppError("not_found", `No user with email "${email}".`);
  return user;
}

export function registerCommand(name: string, handler: Handler): void {
  commands[name] = handler;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    print({ ok: false, error: `Unknown command. Commands: ${Object.keys(commands).join(", ")}` });
    process.exit(2);
  }
  try {
    const result = await command(args);
    if (result !== undefined) print(result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    print({ ok: false, error: message });
    process.exit(1);
  }
}

void main();
