// Name-substitution stress test on the tuning half: every person's name swapped for one from a pool (names no list holds, ordinary-word names, lexicon names), optionally typed in lower case, then rescored. Measures whether the rules reach names and spellings the passages never had.
// Run: npx tsx scripts/anonymise/stress-names.ts unlisted|ordinary|lexicon [--lower | --lowernames] [--half A|B] [--misses]
// --half A keeps the even-indexed words of each pool, --half B the odd ones: tune on A only, and run B only to report (never with --misses).

import type { LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";
import { tuningSet } from "../../lib/anonymise/eval/labelled-sets";
import { evaluate } from "../../lib/anonymise/eval/score";
import { isLexiconSurname } from "../../lib/anonymise/known-words";
import { isGazetteerSurname } from "../../lib/anonymise/name-gazetteer";
import { isLexiconFamilyName } from "../../lib/anonymise/name-lexicon";
import { isAnyGivenName } from "../../lib/anonymise/name-token-facts";

const POOLS: Record<string, { given: string[]; surnames: string[] }> = {
  // Invented / rare names of many origins that no list should hold (filtered below).
  unlisted: {
    given:
      "Olamide Tendai Nkechi Chidinma Oluwatobi Adwoa Yewande Temitope Farzana Shabnam Rukhsana Nasreen Tahira Sajida Rhodri Iolo Gwenllian Heledd Wiktor Radek Bogumiła Zdzisław Krzysia Oyelola Ebunoluwa Kwabla Dzifa Selorm Elikem Afia Nanayaa Thandiwe Nomvula Kudakwashe Tafadzwa Rumbidzai Shamsul Mofizul Delwar Jubayer Tahmid Ishrat Farhad Shirazi Zeynab Mehrnaz Dariusz Ksawery Brygida Eluned Carwyn Morfudd Jahangir Kazi Nilufa Mumtaz Safiya Yusra Bilqis Tiwalade Morenike Abiodun".split(
        " ",
      ),
    surnames:
      "Okwuosa Adeyinka-Bello Ogunyemi Nwaogu Akpabio Ekwueme Owusu-Ansah Boakye Asiedu Kyeremeh Amankwah Opare Sarfo Chowdhury-Ali Talukder Bhuiyan Miah Begum Hoque Rahman Uddin Siddiqa Mahmood Rashid Qureshi Iqbal Abbasi Janjua Awan Gondal Rajput Wojcik Szczepanski Grzybowska Przybylska Kaczmarek Wrobel Lewandowska Pryce Llewellyn Pritchard Gruffydd Parry Bowen Vaughan Tudor Griffiths Hughes Morgan Jenkins Evans Kowalewski Okonjo-Iweala Nyamekye Twumasi-Ankrah Appiah-Kubi Osei-Tutu Darkwa Quansah Ekuban Abubakar Danjuma Yakubu Olawale Oyedepo Adegbite".split(
        " ",
      ),
  },
  // Given names that are ordinary words (virtues, flowers, weather, modal verbs, nouns).
  ordinary: {
    given:
      "Clover Storm River Journey Honour Blossom Willow Rain Bliss Heaven Sterling Story Harmony Justice Liberty Poppy Saffron Meadow Sky Summer Winter Breeze Ocean Unity Trinity Destiny Serenity Treasure Precious Marvel Rebel Royal Legend Major King Prince Reign Sage Rowan Sparrow Wren Robin Hazel Fern Ivy Olive Cherry Berry Honey Sugar Candy Diamond Gem Crystal Star Shiloh Genesis Eden Haven Echo Lyric Melody Rhythm Jazz Blue Grey Scarlet Ginger Pepper Cinnamon Marigold Primrose Bluebell Jasmine Lavender Rosemary Dusty Misty Rusty Sonny Patience Prudence Constance Verity Charity Mercy Felicity Gift Godswill Goodluck Blessing Favour Wisdom Comfort Peace Promise Innocent Memory Mark Will Bill Grant Chase Hunter Archer Mason Fletcher Taylor Cooper Carter Parker Baker Walker".split(
        " ",
      ),
    surnames:
      "Wood Hill Brook Field Green White Black Stone Rivers Banks Marsh Moss Frost Snow Bird Fox Wolf Lamb Bull Swan Crane Hawk Nightingale Sparrow Robins Cook Smith Turner Miller Carpenter Mason Fisher Hunter Archer Bowman Cross Church Chapel Hall House Bridge Ford Lane Street Wells Pond Lake Shore Coast Sands Price Cash Money Noble Wise Goodman Young Strong Power Love Hope Joy Bliss Rich Sharp Swift Moody Bright Golightly".split(
        " ",
      ),
  },
};

import lexiconData from "../../lib/anonymise/data/name-lexicon.json";
import { isEnglishWordForm } from "../../lib/anonymise/known-words";

{
  let k = 7;
  const rnd = () => {
    k = (k * 1103515245 + 12345) % 2147483648;
    return k / 2147483648;
  };
  const pickN = (list: string[], n: number) => Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]);
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const given = lexiconData.given.split(" ").filter((w) => w.length >= 3 && !isEnglishWordForm(w));
  const surnames = lexiconData.surnames.split(" ").filter((w) => w.length >= 3 && !isEnglishWordForm(w));
  POOLS.lexicon = { given: pickN(given, 300).map(cap), surnames: pickN(surnames, 300).map(cap) };
}
const inLists = (word: string) =>
  isAnyGivenName(word) || isGazetteerSurname(word) || isLexiconFamilyName(word) || isLexiconSurname(word);
const poolName = process.argv[2] ?? "unlisted";
const lower = process.argv.includes("--lower");
const lowerNames = process.argv.includes("--lowernames");
const pool = POOLS[poolName];
if (poolName === "unlisted") {
  pool.given = pool.given.filter((w) => !inLists(w));
  pool.surnames = pool.surnames.filter((w) => !w.split("-").some(inLists));
  console.log(`unlisted pool: ${pool.given.length} given, ${pool.surnames.length} surnames`);
}
const halfIndex = process.argv.indexOf("--half");
const half = halfIndex >= 0 ? process.argv[halfIndex + 1]?.toUpperCase() : undefined;
if (half !== undefined) {
  if (half !== "A" && half !== "B") throw new Error("--half takes A or B");
  const keep = (_: string, index: number) => index % 2 === (half === "A" ? 0 : 1);
  pool.given = pool.given.filter(keep);
  pool.surnames = pool.surnames.filter(keep);
}
let seed = Number(process.env.SEED ?? 1);
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list: string[]) => list[Math.floor(random() * list.length)];
const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const KEEP = /^(?:Mr|Mrs|Ms|Miss|Dr|Mx|Big|Little|Auntie|Uncle|Nan|St)\.?$/u;

const out: LabelledPassage[] = [];
for (const passage of tuningSet) {
  const persons = passage.gold.filter((g) => g.category === "person");
  if (persons.length === 0) continue;
  const map = new Map<string, string>();
  for (const span of persons) {
    const words = span.text.split(/\s+/u);
    words.forEach((word, index) => {
      const bare = word.replace(/['’]s$/u, "");
      if (map.has(bare) || KEEP.test(bare) || !/^\p{L}[\p{L}'’-]+$/u.test(bare) || /^\p{Lu}{2,}$/u.test(bare)) return;
      const surname = words.length > 1 ? index === words.length - 1 : random() < 0.4;
      let name = pick(surname ? pool.surnames : pool.given);
      if (/^\p{Ll}/u.test(bare) || lower || lowerNames) name = name.toLowerCase();
      map.set(bare, name);
    });
  }
  if (map.size === 0) continue;
  const swap = (s: string) => {
    let r = s;
    for (const [from, to] of map)
      r = r.replace(new RegExp(`(?<![\\p{L}])${escapeForRegExp(from)}(?![\\p{L}])`, "gu"), to);
    return r;
  };
  let text = swap(passage.text);
  if (lower) text = text.toLowerCase();
  out.push({
    ...passage,
    text,
    gold: passage.gold
      .filter((g) => g.category === "person")
      .map((g) => ({ ...g, text: lower ? swap(g.text).toLowerCase() : swap(g.text) })),
    roster: undefined,
    expectedFlags: undefined,
  });
}
const report = evaluate(out);
const r = report.recall.person ?? { redacted: 0, gold: 0, recall: 1 };

console.log(
  `${poolName}${lower ? " lower" : ""}${lowerNames ? " lowernames" : ""}${half ? ` half ${half}` : ""}: ${out.length} passages, person recall ${r.redacted}/${r.gold} ${(100 * r.recall).toFixed(1)}%`,
);
if (process.argv.includes("--misses"))
  for (const m of report.misses)
    if (m.category === "person" || m.category === "person_not_in_name_lists") {
      const t = out.find((x) => x.id === m.passage)?.text ?? "";
      const i = t.indexOf(m.text);
      console.log(
        `  ${m.passage} “${m.text}” … ${t.slice(Math.max(0, i - 60), i + m.text.length + 60).replace(/\n/g, " ")}`,
      );
    }
