// Organisation- and place-substitution stress test on the tuning half: the own words of every organisation and place
// (not their head words: "Recruitment", "Family Court", "Hospital") swapped for ordinary words no list holds, or for
// invented words, keeping their case; then rescored. Measures whether the frames and endings reach names the lists never had.
// Run: npx tsx scripts/anonymise/stress-organisations.ts ordinary|invented [--misses]

import { detectListed } from "../../lib/anonymise/detect-listed";
import { isListedOrganisationName } from "../../lib/anonymise/detect-listed-organisations";
import type { GoldCategory, LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";
import { tuningSet } from "../../lib/anonymise/eval/labelled-sets";
import { evaluate } from "../../lib/anonymise/eval/score";
import { isEnglishWordForm } from "../../lib/anonymise/known-words";
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
/** Words a name keeps: what the organisation is, and its titles ("St", "Royal", "Family Court"). */
const KEEP =
  /^(?:st|saint|royal|queen|king|princess|prince|the|of|and|&|hmp|hmyoi|nhs|court|courts|family|county|crown|combined|magistrates|hospital|hospitals|trust|foundation|centre|center|road|street|lane|avenue|close|way|drive|ward|school|primary|academy|college|nursery|surgery|practice|clinic|recruitment|personnel|resourcing|consulting|social|care|interpreting|translation|languages|fostering|housing|homes|group|ltd|team|hub|unit|house|estate|park|green|hill|church|mosque|temple)$/u;

const poolName = process.argv[2] ?? "ordinary";
const pool = POOLS[poolName].filter(
  (word) => !isListedOrganisationName(word.toLowerCase()) && detectListed(word).length === 0,
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
      if (map.has(bare) || KEEP.test(folded) || GENERIC_WORDS.has(folded) || !/^\p{L}[\p{L}'’-]+$/u.test(bare))
        continue;
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
    `${poolName} ${kind}: ${out.length} passages, recall ${recall.redacted}/${recall.gold} ${(100 * recall.recall).toFixed(1)}%`,
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
