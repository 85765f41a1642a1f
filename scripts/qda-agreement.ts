// `qda agreement --project <slug> [--round <id>] [--coders a@x,b@y] [--seed s] --format csv|json`: unit-level agreement per code.
import { parseArgs } from "node:util";
import { eq, inArray } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { projects, users } from "../db/schema";
import { agreementCsv, getAgreementReport } from "../lib/agreement/agreement-report";
import { type AgreementSelection, chosenSelection, roundSelection } from "../lib/agreement/agreement-selection";
import { AppError } from "../lib/errors";

const USAGE = "usage: agreement --project <slug> [--round <id>] [--coders a@x,b@y] [--seed s] --format csv|json";

export async function agreementCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      project: { type: "string" },
      round: { type: "string" },
      coders: { type: "string" },
      format: { type: "string" },
      seed: { type: "string" },
    },
  });
  const format = values.format ?? "json";
  const roundId = values.round === undefined ? null : Number(values.round);
  if (
    !values.project ||
    (!values.coders && roundId === null) ||
    (roundId !== null && !(Number.isInteger(roundId) && roundId > 0)) ||
    (format !== "csv" && format !== "json")
  ) {
    throw new AppError("invalid_input", USAGE);
  }
  const db = openDatabase();
  migrateDatabase(db);
  const project = db.select().from(projects).where(eq(projects.slug, values.project)).get();
  if (!project) throw new AppError("not_found", `No project with slug "${values.project}".`);
  let selection: AgreementSelection | null = roundId !== null ? roundSelection(db, project.id, roundId) : null;
  let emails: string[] = [];
  if (values.coders) {
    emails = values.coders.split(",").map((email) => email.trim().toLowerCase());
    const coders = db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails))
      .all();
    const missing = emails.filter((email) => !coders.some((coder) => coder.email === email));
    if (missing.length > 0) throw new AppError("not_found", `No coder ${missing.join(", ")}.`);
    const coderIds = emails.map((email) => coders.find((coder) => coder.email === email)!.id);
    // With a round, --coders narrows its coders; without, they are compared over every document.
    const inRound = selection?.coderIds;
    selection = selection
      ? { ...selection, coderIds: coderIds.filter((id) => inRound?.includes(id)) }
      : chosenSelection(db, project.id, coderIds, []);
  } else if (selection) {
    emails = db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.id, selection.coderIds))
      .all()
      .map((coder) => coder.email);
  }
  if (!selection) throw new AppError("invalid_input", USAGE);
  const report = getAgreementReport(db, project.id, { ...selection, seed: values.seed });
  if (format === "csv") {
    process.stdout.write(`${agreementCsv(report)}\n`);
    return undefined;
  }
  return { coders: emails, round: selection.roundName, ...report };
}
