import type { Detection } from "./types";

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

const FULL_MONTH =
  "[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember";
const SHORT_MONTH = "(?:[Jj]an|[Ff]eb|Mar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)\\.?";
const MONTH = `(?:${FULL_MONTH}|${SHORT_MONTH})`;
/** With an ordinal day beside it, "may" and "mar" in lower case are months too ("the 3rd of may"). */
const MONTH_BESIDE_ORDINAL = `(?:${MONTH}|may|mar)`;
const WEEKDAY =
  "(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)\\.?";
const DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\p{N})";
const ORDINAL_DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)";
const ORDINAL_UNIT = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
/** "the fifth", "twenty-third", "thirty-first": a day of the month in words. */
const ORDINAL_WORD = `(?:(?:twenty|thirty)[- ](?:${ORDINAL_UNIT})|thirty-first|${ORDINAL_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
/** An optional year after the day and month: ", 2024", " 2024" or " '24". */
const YEAR = "(?:,?\\s+(?:19|20)\\d{2}(?!\\p{N})|\\s+['’]\\d{2}(?!\\p{N}))?";
/** Words after which a bare day/month ("on 14/3") is a date rather than a fraction. */
const DATE_CUE = `(?<=(?:\\b(?:on|dated|from|until|till|by|since|before|after|DOB|dob|d\\.o\\.b\\.?)|${WEEKDAY}),?\\s+)`;

/**
 * "admitted 22/12", "conference 28/1.": a bare day and month is a date wherever it stands, unless it reads as a share,
 * a score or a count: "3/4 of", "a 2/10", "overall 4/10", "24/7", "5/6 times", "year 5/6", "1/2 days".
 */
const BARE_DAY_AND_MONTH =
  /(?<![\p{N}/.,£$-])(?<!\b(?:a|an|year|years|yr|yrs|y|ks|stage|age|aged|ages|band|grade|tier|level|section|s|score|scored|rate|rated|overall|it|about|around|approx|like|maybe|only)\s+)(?!24\/7(?!\p{N})|[123]\/[234](?!\p{N}))(?:0?[1-9]|[12][0-9]|3[01])\/(?:0?[1-9]|1[0-2])(?!\p{N}|\/|[.-]\p{N}|\s*%|\s+(?:of|or|out|per|times|x|days?|nights?|weeks?|wks?|months?|years?|yrs?|yo|hours?|hrs?|mins?|minutes|kids|children|cases|families|visits|people|staff|sessions|shifts|placements)\b)/giu;

const DATE_PATTERNS = [
  // "11th-13th Aug", "3 to 5 May": a range of days in one month.
  new RegExp(
    `${NOT_WORD_BEFORE}${DAY}\\s*(?:[-–]|to|and|&)\\s*${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}${NOT_WORD_AFTER}`,
    "gu",
  ),
  new RegExp(
    `${NOT_WORD_BEFORE}(?:${WEEKDAY},?\\s+(?:the\\s+)?)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}${NOT_WORD_AFTER}`,
    "gu",
  ),
  new RegExp(`${NOT_WORD_BEFORE}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(?:the\\s+)?${DAY}${YEAR}${NOT_WORD_AFTER}`, "gu"),
  new RegExp(
    `${NOT_WORD_BEFORE}${WEEKDAY},?\\s+(?:the\\s+)?(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)${NOT_WORD_AFTER}`,
    "gu",
  ),
  new RegExp(`${NOT_WORD_BEFORE}${ORDINAL_DAY}\\s+(?:of\\s+)?${MONTH_BESIDE_ORDINAL}${YEAR}${NOT_WORD_AFTER}`, "gu"),
  // "listed 14 may 2024": with a day and a whole year beside them, "may" and "mar" in lower case are months too.
  new RegExp(`${NOT_WORD_BEFORE}${DAY}\\s+(?:of\\s+)?(?:may|mar)\\s+(?:19|20)\\d{2}${NOT_WORD_AFTER}`, "gu"),
  // "listed at east london family court on 9 may": after a date's word and before a clause's end or a preposition too.
  new RegExp(
    `(?<=\\b(?:on|dated|listed|for|until|till|by|from)\\s+)${DAY}\\s+(?:of\\s+)?(?:may|mar)(?=\\s*$|\\s*[.,;:!?)]|\\s+(?:at|for|in|and|or|to|when|until|but)\\b)`,
    "gu",
  ),
  new RegExp(`${NOT_WORD_BEFORE}${MONTH_BESIDE_ORDINAL}\\s+(?:the\\s+)?${ORDINAL_DAY}${YEAR}${NOT_WORD_AFTER}`, "gu"),
  new RegExp(
    `${NOT_WORD_BEFORE}(?:the\\s+)?${ORDINAL_WORD}\\s+of\\s+${MONTH_BESIDE_ORDINAL}${YEAR}${NOT_WORD_AFTER}`,
    "giu",
  ),
  new RegExp(`${NOT_WORD_BEFORE}${MONTH}\\s+(?:the\\s+)?${ORDINAL_WORD}${YEAR}${NOT_WORD_AFTER}`, "gu"),
  /(?<![\p{N}/.-])(?:0?[1-9]|[12][0-9]|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d{2}|\d{2})(?![\p{N}]|[/.-]\p{N})/gu,
  /(?<![\p{N}/.-])(?:19|20)\d{2}([/.-])(?:0?[1-9]|1[0-2])\1(?:0[1-9]|[12][0-9]|3[01]|[1-9])(?![\p{N}]|[/.-]\p{N})/gu,
  /(?<![\p{N}/.-])(?:0?[1-9]|[12][0-9]|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d{2}(?![\p{N}])/gu,
  new RegExp(`${DATE_CUE}(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![\\p{N}/.-]|\\s+of\\b)`, "gu"),
  BARE_DAY_AND_MONTH,
  /(?<![\p{L}])(?:Christmas|Xmas|Boxing|New Year['’]?s|Valentine['’]?s)\s+(?:Eve|Day),?\s+(?:19|20)\d{2}(?![\p{N}])/giu,
];

/** Specific dates only: a bare weekday or month ("on Monday", "in March") is left alone. */
export function detectDates(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      detections.push({
        start: match.index,
        end: match.index + match[0].length,
        category: "date",
        reason: "Specific date",
        source: "structured",
        replacement: "[date]",
      });
    }
  }
  return detections;
}
