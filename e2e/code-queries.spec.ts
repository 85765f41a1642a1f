import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

const WORKLOAD = "Workload and caseloads";
const PAY = "Pay and remuneration";
const MANAGERS = ["Team manager", "Service manager"];

interface Range {
  start: number;
  end: number;
}

function codeId(name: string): number {
  return firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
    DEMO_SLUG,
    name,
  );
}

function merged(ranges: Range[]): Range[] {
  const result: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = result.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
}

/**
 * "Workload AND NOT Pay" among South East managers, worked out plainly from the database: in each turn or
 * answer of a South East team or service manager, the text coded Workload (merged) less the text coded Pay;
 * every stretch left is one passage.
 */
function expectedPassages(workload: number, pay: number): number {
  const db = e2eDatabase();
  try {
    const units = db
      .prepare(
        `with managers_r as (
           select v.respondent_id as id from respondent_attributes v join attributes a on a.id = v.attribute_id
           where a.name = 'region' and v.value = 'South East'
           intersect
           select v.respondent_id from respondent_attributes v join attributes a on a.id = v.attribute_id
           where a.name = 'role' and v.value in ('Team manager', 'Service manager')
         ),
         managers_p as (
           select v.participant_id as id from participant_attributes v join attributes a on a.id = v.attribute_id
           where a.name = 'region' and v.value = 'South East'
           intersect
           select v.participant_id from participant_attributes v join attributes a on a.id = v.attribute_id
           where a.name = 'role' and v.value in ('Team manager', 'Service manager')
         )
         select a.document_id as documentId, a.start_offset as start, a.end_offset as end from answers a
           join documents d on d.id = a.document_id join projects p on p.id = d.project_id
           where p.slug = ? and a.respondent_id in (select id from managers_r)
         union all
         select t.document_id, t.start_offset, t.end_offset from turns t
           join documents d on d.id = t.document_id join projects p on p.id = d.project_id
           where p.slug = ? and t.participant_id in (select id from managers_p)`,
      )
      .all(DEMO_SLUG, DEMO_SLUG) as (Range & { documentId: number })[];
    const codings = db
      .prepare(
        `select c.code_id as codeId, s.document_id as documentId, s.start_offset as start, s.end_offset as end
         from codings c join segments s on s.id = c.segment_id join users u on u.id = c.coder_id
         where c.code_id in (?, ?) and u.kind = 'person'`,
      )
      .all(workload, pay) as (Range & { codeId: number; documentId: number })[];
    const byDocument = new Map<number, typeof codings>();
    for (const coding of codings) {
      const list = byDocument.get(coding.documentId);
      if (list) list.push(coding);
      else byDocument.set(coding.documentId, [coding]);
    }
    let passages = 0;
    for (const unit of units) {
      const inUnit = (codeId: number) =>
        merged(
          (byDocument.get(unit.documentId) ?? [])
            .filter((c) => c.codeId === codeId && c.start < unit.end && c.end > unit.start)
            .map((c) => ({ start: Math.max(c.start, unit.start), end: Math.min(c.end, unit.end) })),
        );
      const paid = inUnit(pay);
      for (const range of inUnit(workload)) {
        let at = range.start;
        for (const cut of paid.filter((p) => p.start < range.end && p.end > range.start)) {
          if (cut.start > at) passages++;
          at = Math.max(at, cut.end);
        }
        if (at < range.end) passages++;
      }
    }
    return passages;
  } finally {
    db.close();
  }
}

test.describe("code queries", () => {
  test('"Workload AND NOT Pay" among South East managers finds what the database holds', async ({ page }) => {
    // A page of 100 passages checked by axe, on a machine that may be shared with parallel builds.
    test.setTimeout(180_000);
    await signIn(page, "researcher");
    const workload = codeId(WORKLOAD);
    const pay = codeId(PAY);
    await page.goto(`/projects/${DEMO_SLUG}/retrieval`);

    // Built with the keyboard: choose the first code, add a second, join it by AND NOT.
    await page.getByLabel("Code", { exact: true }).selectOption(String(workload));
    await expect(page).toHaveURL(new RegExp(`code=${workload}`));
    const add = page.getByRole("button", { name: "Add a code to the query" });
    await add.focus();
    await page.keyboard.press("Enter");
    const operator = page.getByLabel("Join code 2 by");
    await expect(operator).toBeFocused();
    await operator.selectOption("not");
    await page.getByLabel("Code 2", { exact: true }).selectOption(String(pay));
    await expect(page).toHaveURL(new RegExp(`join=not\\.${pay}`));
    await expect(page.getByTestId("query-name")).toHaveText(`${WORKLOAD} AND NOT ${PAY}`);

    const filters = page.getByRole("form", { name: "Retrieval filters" });
    await filters.getByRole("group", { name: "Region" }).getByLabel("South East").check();
    await expect(page).toHaveURL(/f\.region=South\+East/);
    for (const role of MANAGERS) {
      await filters.getByRole("group", { name: "Role" }).getByLabel(role, { exact: true }).check();
      await expect(page).toHaveURL(new RegExp(`f\\.role=${role.replace(" ", "\\+")}`));
    }
    await expect(page).toHaveURL(new RegExp(`join=not\\.${pay}`));

    const expected = expectedPassages(workload, pay);
    expect(expected).toBeGreaterThan(0);
    await expect(page.getByTestId("query-total")).toHaveText(expected.toLocaleString("en-GB"));
    const passages = page.getByTestId("query-passage");
    await expect(passages.first()).toBeVisible();
    const shown = await passages.evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('[data-testid="attribute-region"]')?.textContent ?? null,
        item.querySelector('[data-testid="attribute-role"]')?.textContent ?? null,
        item.textContent ?? "",
      ]),
    );
    expect(shown).toHaveLength(Math.min(expected, 100));
    for (const [region, role, text] of shown) {
      expect(region).toBe("South East");
      expect(MANAGERS).toContain(role);
      expect(text).toContain(WORKLOAD);
    }
    await expectNoSeriousA11yIssues(page);

    // The CSV holds the same passages, each with its attributes as columns.
    const exportLink = page.getByRole("link", { name: /Export CSV/ });
    const response = await page.context().request.get((await exportLink.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    const csv = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data).toHaveLength(expected);
    for (const row of csv.data) {
      expect(row.Query).toBe(`${WORKLOAD} AND NOT ${PAY}`);
      expect(row.region).toBe("South East");
      expect(MANAGERS).toContain(row.role);
    }

    // Removing the joined code goes back to retrieving the one code.
    await page.getByRole("button", { name: "Remove code 2" }).click();
    await expect(page).not.toHaveURL(/join=/);
    await expect(page.getByTestId("retrieval-total")).toBeVisible();
  });
});
