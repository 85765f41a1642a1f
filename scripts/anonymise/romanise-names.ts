// Romanises faker's Cyrillic and Greek person names the way they are usually spelt in English-language records.

const UKRAINIAN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "yu",
  я: "ya",
  "'": "",
  "’": "",
};

const RUSSIAN: Record<string, string> = {
  ...UKRAINIAN,
  г: "g",
  и: "i",
  ы: "y",
  э: "e",
  ё: "yo",
  ъ: "",
  е: "e",
};

const MACEDONIAN: Record<string, string> = {
  ...RUSSIAN,
  ѓ: "gj",
  ѕ: "dz",
  ј: "j",
  љ: "lj",
  њ: "nj",
  ќ: "kj",
  џ: "dzh",
  х: "h",
};

const GREEK_PAIRS: [string, string][] = [
  ["ου", "ou"],
  ["αι", "ai"],
  ["ει", "ei"],
  ["οι", "oi"],
  ["αυ", "av"],
  ["ευ", "ev"],
  ["μπ", "b"],
  ["ντ", "d"],
  ["γγ", "ng"],
  ["γκ", "g"],
  ["τσ", "ts"],
  ["τζ", "tz"],
];

const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};

const TABLES: Record<string, Record<string, string>> = { uk: UKRAINIAN, ru: RUSSIAN, mk: MACEDONIAN, el: GREEK };

/** The locales whose names this file can romanise. */
export const ROMANISED_LOCALES = Object.keys(TABLES);

/** "Олена" → "olena", "Γεωργίου" → "georgiou"; null when a letter has no spelling here. */
export function romaniseName(locale: string, name: string): string | null {
  const table = TABLES[locale];
  if (!table) return null;
  let lower = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (locale === "el") for (const [pair, latin] of GREEK_PAIRS) lower = lower.replaceAll(pair, latin);
  let out = "";
  for (const letter of lower) {
    if (/[a-z]/u.test(letter)) out += letter;
    else if (letter in table) out += table[letter];
    else return null;
  }
  return out.length >= 2 ? out : null;
}
