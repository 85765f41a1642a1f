import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { COMPARE_PARAM, type Comparison, compareParamOf } from "@/lib/waves/comparison";

const SOURCE_TEXT = {
  default: "the two waves with the most respondents",
  project: "chosen by the project's owner",
} as const;

/**
 * What every change on the page is between ("2023 → 2025"), why, and a GET form to look at another pair
 * for this view only (the project's pair stays as it is). `keep` carries the page's other parameters.
 */
export function ComparisonBar({
  comparison,
  path,
  keep = {},
}: {
  comparison: Comparison;
  path: string;
  keep?: Record<string, string | null | undefined>;
}) {
  const eligible = comparison.waves.filter((wave) => wave.eligible);
  const pairs: string[] = [];
  for (let i = 0; i < eligible.length; i++)
    for (let j = i + 1; j < eligible.length; j++) pairs.push(compareParamOf(eligible[i].label, eligible[j].label));
  const current =
    comparison.baseline && comparison.current
      ? compareParamOf(comparison.baseline.label, comparison.current.label)
      : "";
  const small = comparison.waves.filter((wave) => !wave.eligible);
  const kept = Object.entries(keep).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const back = `${path}${kept.length ? `?${new URLSearchParams(kept).toString()}` : ""}`;
  return (
    <section
      aria-label="Waves compared"
      className="mb-5 flex flex-wrap items-end justify-between gap-3 rounded-lg border border-gray-200 bg-white p-3"
      data-testid="comparison-bar"
    >
      <div className="text-sm text-gray-800">
        <p>
          Change is shown for <strong data-testid="comparison-label">{comparison.label ?? "no pair of waves"}</strong>
          {comparison.source === "view" ? (
            <>
              {" "}
              (your view; the project compares {comparison.projectPair.baseline} → {comparison.projectPair.current}.{" "}
              <Link href={back}>Back to the project's pair</Link>)
            </>
          ) : comparison.label ? (
            ` (${SOURCE_TEXT[comparison.source]}).`
          ) : (
            `: fewer than two waves have ${comparison.threshold} respondents or more.`
          )}
        </p>
        {small.length > 0 ? (
          <p className="mt-1 text-gray-700">
            Listed but never compared, with fewer than {comparison.threshold} respondents:{" "}
            {small.map((wave) => `${wave.label} (${wave.respondents})`).join(", ")}.
          </p>
        ) : null}
        {comparison.notice ? (
          <p className="mt-1 text-amber-800" role="status">
            {comparison.notice}
          </p>
        ) : null}
      </div>
      {pairs.length > 1 ? (
        <form method="get" action={path} className="flex items-end gap-2" aria-label="Compare another pair of waves">
          {kept.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="space-y-1.5">
            <Label htmlFor="compare-waves">Compare</Label>
            <Select id="compare-waves" name={COMPARE_PARAM} defaultValue={current} wrapperClassName="w-44">
              {pairs.map((pair) => (
                <option key={pair} value={pair}>
                  {pair.replace("..", " → ")}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
      ) : null}
    </section>
  );
}
