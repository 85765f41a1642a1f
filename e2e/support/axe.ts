import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on any serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  // Check the page as a person meets it once it has settled: Next streams the <title> of a dynamic page
  // after its body, and a toast fading in is half-transparent for a moment (a false contrast failure).
  await expect.poll(() => page.title(), { message: "the page has a title", timeout: 10_000 }).not.toBe("");
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"), null, {
      timeout: 5_000,
    })
    .catch(() => {});
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
    `axe on ${page.url()}`,
  ).toEqual([]);
}
