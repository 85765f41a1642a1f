import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

function all<T>(sql: string, ...params: unknown[]): T[] {
  const db = e2eDatabase();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

test.describe("per-person views", () => {
  test("a respondent's page shows every answer they gave, with its codings, reached from the answer grid", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    // The respondent with the most answers.
    const [respondent] = all<{ id: number; externalId: string; documentId: number; n: number }>(
      `select r.id, r.external_id as externalId, min(a.document_id) as documentId, count(*) as n
       from respondents r join answers a on a.respondent_id = r.id join projects p on p.id = r.project_id
       where p.slug = ? group by r.id order by n desc, r.id limit 1`,
      DEMO_SLUG,
    );
    expect(respondent.n).toBeGreaterThan(1);
    const answers = all<{ text: string; question: string; codings: number }>(
      `select a.text, q.text as question,
         (select count(*) from codings c join segments s on s.id = c.segment_id
          where s.document_id = a.document_id and s.start_offset < a.end_offset and s.end_offset > a.start_offset) as codings
       from answers a join documents d on d.id = a.document_id join questions q on q.id = d.question_id
       where a.respondent_id = ? order by q.id, d.id`,
      respondent.id,
    );

    const answerId = all<{ id: number }>(
      "select id from answers where respondent_id = ? and document_id = ?",
      respondent.id,
      respondent.documentId,
    )[0].id;
    await page.goto(`/projects/${DEMO_SLUG}/questions/${respondent.documentId}?answer=${answerId}`);
    await page.getByRole("link", { name: respondent.externalId, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/respondents/${respondent.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Respondent ${respondent.externalId}`);
    await expect(page).toHaveTitle(new RegExp(`Respondent ${respondent.externalId}`));

    const shown = page.getByTestId("respondent-answer");
    await expect(shown).toHaveCount(answers.length);
    for (const [index, answer] of answers.entries()) {
      const item = shown.nth(index);
      await expect(item.getByRole("heading", { level: 2 })).toHaveText(answer.question);
      await expect(item).toContainText(answer.text.slice(0, 60));
      if (answer.codings > 0)
        await expect(item.getByTestId("person-codings").getByRole("listitem")).toHaveCount(answer.codings);
      else await expect(item).toContainText("Not coded.");
    }
    await expect(page.getByTestId("person-attribute-region")).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });

  test("a participant's page shows their turns across focus groups, reached from the participants list", async ({
    page,
  }) => {
    await signIn(page, "lead");
    const [participant] = all<{ id: number; name: string; turns: number; groups: number }>(
      `select pa.id, pa.name, count(*) as turns, count(distinct t.document_id) as groups
       from participants pa join turns t on t.participant_id = pa.id join projects p on p.id = pa.project_id
       where p.slug = ? group by pa.id order by groups desc, turns desc limit 1`,
      DEMO_SLUG,
    );
    await page.goto(`/projects/${DEMO_SLUG}/participants`);
    await page.getByRole("link", { name: participant.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/participants/${participant.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(participant.name);
    await expect(page.getByTestId("participant-turn")).toHaveCount(participant.turns);
    await expect(page.locator('section[aria-labelledby^="transcript-"]')).toHaveCount(participant.groups);
    await expectNoSeriousA11yIssues(page);
  });

  test("another project's respondent is the same 404 as one that does not exist", async ({ page }) => {
    await signIn(page, "researcher");
    const [other] = all<{ id: number }>(
      "select r.id from respondents r join projects p on p.id = r.project_id where p.slug <> ? limit 1",
      DEMO_SLUG,
    );
    for (const id of [other?.id ?? 999_999, 999_999]) {
      const response = await page.goto(`/projects/${DEMO_SLUG}/respondents/${id}`);
      expect(response?.status()).toBe(404);
    }
  });
});
