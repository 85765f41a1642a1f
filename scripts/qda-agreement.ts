// `qda agreement --project <slug> --coders a@x,b@y [--seed s] --format csv|json`: unit-level agreement per code.
import { parseArgs } from "node:util";
import { eq, inArray } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { projects, users } from "../db/schema";
import { agreementCsv, getAgreementReport } from "../lib/agreement/agreement-report";
import { AppError } from "../lib/errors";

export async function agreementCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      project: { type: "string" },
      coders: { type: "string" },
      format: { type: "string" },
      seed: { type: "string" },
    },
  });
  const format = values.format ?? "json";
  if (!values.project || !values.coders || (format !== "csv" && format !== "json")) {
    throw new AppError(
      "invalid_input",
      "usage: agreement --project <slug> --coders a@x,b@y [--seed s] --format csv|json",
    );
  }
  const db = openDatabase();
  migrateDatabase(db);
  const project = db.select().from(projects).where(eq(projects.slug, values.project)).get();
  if (!project) throw new AppError("not_found", `No project with slug "${values.project}".`);
  const emails = values.coders.split(",").map((email) => email.trim().toLowerCase());
  const coders = db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)).all();
  const missing = emails.filter((email) => !coders.some((coder) => coder.email === email));
  if (missing.length > 0) throw new AppError("not_found", `No coder ${missing.join(", ")}.`);
  const report = getAgreementReport(db, project.id, {
    coderIds: emails.map((email) => coders.find((coder) => coder.email === email)!.id),
    seed: values.seed,
  });
  if (format === "csv") {
    process.stdout.write(`${agreementCsv(report)}\n`);
    return undefined;
  }
  return { coders: emails, ...report };
}
