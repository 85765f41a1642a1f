import { createPhraseMatcher, firstEndingAfter, foldForMatch } from "./text-matching";

/** Phrases a flag must take whole or leave whole, so redacting it never leaves "a team [length of service]". */
const PHRASES = `team manager|assistant team manager|deputy team manager|service manager|practice manager|case manager|
line manager|social worker|senior social worker|newly qualified social worker|principal social worker|
consultant social worker|agency social worker|locum social worker|student social worker|senior practitioner|
advanced practitioner|family support worker|support worker|youth worker|key worker|head of service|
assistant director|director of children's services|team leader|practice lead|practice educator|duty senior|
child protection chair|independent reviewing officer|personal adviser|business support|leaving care|
children in need|child protection|looked after children|assessment team|front door|early help|youth justice`
  .split("|")
  .map((phrase) => phrase.trim())
  .filter(Boolean);

const matcher = createPhraseMatcher(PHRASES);

/**
 * Widens each span that cuts a known phrase in two so that it covers the whole phrase (offsets stay
 * UTF-16, end exclusive). Spans that already hold whole phrases, or none, are returned unchanged.
 */
export function snapToPhrases<T extends { start: number; end: number; text: string }>(text: string, spans: T[]): T[] {
  if (spans.length === 0) return spans;
  const phrases = matcher.find(text, foldForMatch(text));
  if (phrases.length === 0) return spans;
  return spans.map((span) => {
    let { start, end } = span;
    // Note: the phrases found never overlap and come in order, so only those overlapping the span are looked at.
    for (let index = firstEndingAfter(phrases, span.start); index < phrases.length; index++) {
      const phrase = phrases[index];
      if (phrase.start >= span.end) break;
      const inside = span.start <= phrase.start && phrase.end <= span.end;
      if (inside) continue;
      start = Math.min(start, phrase.start);
      end = Math.max(end, phrase.end);
    }
    return start === span.start && end === span.end ? span : { ...span, start, end, text: text.slice(start, end) };
  });
}
