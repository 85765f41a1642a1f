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
  const people = new PersonClusters();
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
      return { ...base, replacement: `[person ${people.numberFor(words, detection.start)}]` };
    }
    return { ...base, replacement: detection.replacement ?? DEFAULT_REPLACEMENT[detection.category] };
  });
}

/** Every person so far, and each by its words, so a mention is compared only with the people who share a word with it. */
class PersonClusters {
  private readonly all: PersonCluster[] = [];
  private readonly byWord = new Map<string, PersonCluster[]>();
  private readonly wordless: PersonCluster[] = [];

  /** A cluster matches when its words hold all the mention's words or the mention's words hold all of its own. */
  numberFor(words: string[], position: number): number {
    const cluster = this.mostRecent(
      this.sharingAWord(words).filter(
        (candidate) =>
          words.every((word) => candidate.words.has(word)) ||
          [...candidate.words].every((word) => words.includes(word)),
      ),
    );
    if (cluster) {
      for (const word of words) this.addWord(cluster, word);
      cluster.lastSeen = position;
      return cluster.number;
    }
    const created: PersonCluster = { number: this.all.length + 1, words: new Set(), lastSeen: position };
    this.all.push(created);
    for (const word of words) this.addWord(created, word);
    if (words.length === 0) this.wordless.push(created);
    return created.number;
  }

  /** The only clusters that can match: a cluster matching a mention either has no words or shares one with it. */
  private sharingAWord(words: string[]): PersonCluster[] {
    if (words.length === 0) return this.all;
    const found = new Set<PersonCluster>(this.wordless);
    for (const word of words) for (const cluster of this.byWord.get(word) ?? []) found.add(cluster);
    return [...found];
  }

  private mostRecent(clusters: PersonCluster[]): PersonCluster | undefined {
    let best: PersonCluster | undefined;
    for (const cluster of clusters) {
      const later = best === undefined || cluster.lastSeen > best.lastSeen;
      const earlierOfTwins = best !== undefined && cluster.lastSeen === best.lastSeen && cluster.number < best.number;
      if (later || earlierOfTwins) best = cluster;
    }
    return best;
  }

  private addWord(cluster: PersonCluster, word: string): void {
    if (cluster.words.has(word)) return;
    cluster.words.add(word);
    const holders = this.byWord.get(word);
    if (holders) holders.push(cluster);
    else this.byWord.set(word, [cluster]);
  }
}
