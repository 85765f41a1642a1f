import type { Detection, Redaction } from "./types";

const DEFAULT_REPLACEMENT: Record<Redaction["category"], string> = {
  email: "[email]",
  phone: "[phone]",
  postcode: "[postcode]",
  nhs_number: "[NHS number]",
  ni_number: "[NI number]",
  url: "[url]",
  case_number: "[case number]",
  date: "[date]",
  authority: "[authority]",
  place: "[place]",
  person: "[person]",
  organisation: "[organisation]",
  custom: "[redacted]",
};

interface PersonCluster {
  number: number;
  words: Set<string>;
  lastSeen: number;
}

/**
 * Turns resolved detections into redactions with their pseudonyms: `[colleague N]` follows the
 * roster order, `[person N]` the order of first mention, and a later "Ayaan" joins an earlier
 * "Ayaan Warsame" (the most recent such person when several match).
 */
export function assignReplacements(input: string, detections: readonly Detection[]): Redaction[] {
  const clusters: PersonCluster[] = [];
  const sorted = [...detections].sort((left, right) => left.start - right.start);
  return sorted.map((detection) => {
    const base = {
      start: detection.start,
      end: detection.end,
      category: detection.category,
      text: input.slice(detection.start, detection.end),
      reason: detection.reason,
      source: detection.source,
    };
    const rosterNumber = /^roster:(\d+)$/u.exec(detection.identity ?? "")?.[1];
    if (rosterNumber) return { ...base, replacement: `[colleague ${rosterNumber}]` };
    if (detection.category === "person" && detection.identity?.startsWith("person:")) {
      const words = detection.identity.slice("person:".length).split(" ").filter(Boolean);
      return { ...base, replacement: `[person ${personNumber(clusters, words, detection.start)}]` };
    }
    return { ...base, replacement: detection.replacement ?? DEFAULT_REPLACEMENT[detection.category] };
  });
}

function personNumber(clusters: PersonCluster[], words: string[], position: number): number {
  const matching = clusters.filter(
    (cluster) =>
      words.every((word) => cluster.words.has(word)) || [...cluster.words].every((word) => words.includes(word)),
  );
  const cluster = matching.sort((left, right) => right.lastSeen - left.lastSeen)[0];
  if (cluster) {
    for (const word of words) cluster.words.add(word);
    cluster.lastSeen = position;
    return cluster.number;
  }
  const created = { number: clusters.length + 1, words: new Set(words), lastSeen: position };
  clusters.push(created);
  return created.number;
}
