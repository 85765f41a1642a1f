// Organisation- and place-substitution stress test on the tuning half: the own words of every organisation and place
// (not their head words: "Recruitment", "Family Court", "Hospital") swapped for ordinary words no list holds, or for
// invented words, keeping their case; then rescored. Measures whether the frames and endings reach names the lists never had.
// Run: npx tsx scripts/anonymise/stress-organisations.ts ordinary|invented [--half A|B] [--misses]
// --half A keeps the pool's words at even indexes, B those at odd ones: rules are tuned on A, B only reports.

import { detectListed } from "../../lib/anonymise/detect-listed";
import { isListedOrganisationName } from "../../lib/anonymise/detect-listed-organisations";
import type { GoldCategory, LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";
import { tuningSet } from "../../lib/anonymise/eval/labelled-sets";
import { evaluate } from "../../lib/anonymise/eval/score";
import { isEnglishWordForm, wordTags } from "../../lib/anonymise/known-words";
import { PLACE_TYPES_STRONG, PLACE_TYPES_WEAK } from "../../lib/anonymise/name-cues";
import { GENERIC_WORDS } from "../../lib/anonymise/organisation-detection";

const POOLS: Record<string, string[]> = {
  ordinary:
    "Lantern Kite Copper Bramble Tandem Anvil Quill Cobalt Ember Tide Harvest Thistle Marble Granite Linden Cascade Prism Velvet Ripple Forge Crest Lark Pebble Vista Canopy Quarry Fable Orchid Saddle Tinder Kettle Lattice Garnet Beacon Mariner Meadowlark Cinder Bracken Heather Rook Wicket Spindle Mosswood Flint Gable Hearth Juniper Larch Marigold Nettle Osier Plover Quartz Rampart Sorrel Teasel Umber Vellum Warbler Yarrow".split(
      " ",
    ),
  invented:
    "Thornvale Ashwick Brindlemoor Calderbrook Fennimore Wrexley Marlowfield Kestwick Halloway Brackenhurst Dunmere Farrowdale Glenholt Ivesbury Kelmscott Merriden Norbeck Pendlebury Quarndon Ravensholt Thackley Varley Wexcombe Yarwood Ossington Belthorpe Cradley Dunholt Eskmere Fairleigh Gorseby Hepworth Ingleby Jesmond Kirkby Lindale Morwick Netherby Oakley Pelham Rushmere Stanwick Tolland Ulverley Wendholt".split(
      " ",
    ),
};
const KINDS: GoldCategory[] = ["organisation", "place"];
/**
 * Words a name keeps: what the organisation or place is ("Solutions", "Associates", "Crescent", "Town Hall"), its
 * titles ("St", "Royal"), compass words, and the small words between its own ("Action for Children",
 * "Family Court at …"), which would otherwise be swapped everywhere in the passage.
 */
const HEAD_WORDS = new Set(
  `st saint royal queen king princess prince sir hmp hmyoi nhs court courts family county crown combined magistrates
  hospital hospitals trust foundation centre center road rd street lane avenue ave close way drive ward school schools
  primary academy college nursery surgery practice clinic recruitment personnel resourcing staffing locums consulting
  consultancy consultants associates solutions services service partners partnership social care interpreting
  interpreters translation translations languages fostering adoption adopt housing association homes home group ltd
  limited llp plc solicitors chambers advice team hub unit house estate park green hill church mosque temple tabernacle
  chapel offices office civic hall town city council borough isle forest wood woods juniors infants prison youth
  children children's children’s support health community medical north south east west upper lower great little new
  old all saints mother`.split(/\s+/u),
);
const isKept = (folded: string) =>
  HEAD_WORDS.has(folded) ||
  PLACE_TYPES_STRONG.has(folded) ||
  PLACE_TYPES_WEAK.has(folded) ||
  [...wordTags(folded)].some((tag) => SMALL_WORD_TAGS.has(tag));
const SMALL_WORD_TAGS = new Set(["Preposition", "Conjunction", "Determiner", "Pronoun"]);

const poolName = process.argv[2] ?? "ordinary";
const halfAt = process.argv.indexOf("--half");
const half = halfAt < 0 ? null : process.argv[halfAt + 1];
if (half !== null && half !== "A" && half !== "B") throw new Error("--half takes A or B");
const pool = POOLS[poolName].filter(
  (word, index) =>
    (half === null || index % 2 === (half === "A" ? 0 : 1)) &&
    !isListedOrganisationName(word.toLowerCase()) &&
    detectListed(word).length === 0,
);
if (poolName === "invented") pool.splice(0, pool.length, ...pool.filter((word) => !isEnglishWordForm(word)));
let seed = Number(process.env.SEED ?? 1);
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const out: LabelledPassage[] = [];
for (const passage of tuningSet) {
  const spans = passage.gold.filter((span) => KINDS.includes(span.category));
  const map = new Map<string, string>();
  for (const span of spans) {
    for (const word of span.text.split(/[\s]+/u)) {
      const bare = word.replace(/['’]s$/u, "").replace(/[,.]$/u, "");
      const folded = bare.toLowerCase();
      if (map.has(bare) || isKept(folded) || GENERIC_WORDS.has(folded) || !/^\p{L}[\p{L}'’-]+$/u.test(bare)) continue;
      if (/^\p{Lu}{2,}$/u.test(bare)) continue;
      const name = pool[Math.floor(random() * pool.length)];
      map.set(bare, /^\p{Ll}/u.test(bare) ? name.toLowerCase() : name);
    }
  }
  if (map.size === 0) continue;
  const swap = (text: string) => {
    let swapped = text;
    for (const [from, to] of map)
      swapped = swapped.replace(new RegExp(`(?<![\\p{L}])${escapeForRegExp(from)}(?![\\p{L}])`, "gu"), to);
    return swapped;
  };
  out.push({
    ...passage,
    text: swap(passage.text),
    gold: spans.map((span) => ({ ...span, text: swap(span.text) })),
    roster: undefined,
    expectedFlags: undefined,
  });
}
const report = evaluate(out);
for (const kind of KINDS) {
  const recall = report.recall[kind] ?? { redacted: 0, gold: 0, recall: 1 };
  console.log(
    `${poolName}${half ? ` half ${half}` : ""} ${kind}: ${out.length} passages, recall ${recall.redacted}/${recall.gold} ${(100 * recall.recall).toFixed(1)}%`,
  );
}
if (process.argv.includes("--misses"))
  for (const miss of report.misses) {
    const text = out.find((passage) => passage.id === miss.passage)?.text ?? "";
    const at = text.indexOf(miss.text);
    console.log(
      `  ${miss.passage} ${miss.category} “${miss.text}” … ${text.slice(Math.max(0, at - 60), at + miss.text.length + 50).replace(/\n/g, " ")}`,
    );
  }
