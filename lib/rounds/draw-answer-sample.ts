import seedrandom from "seedrandom";

/** An answer that may be drawn, with the wave it belongs to. */
export interface SampleCandidate {
  answerId: number;
  waveId: number;
}

/**
 * How many of `size` each wave gets: in proportion to its answers, the remainders going to the largest
 * fractions (ties to the lower wave id), never more than a wave holds.
 */
export function allocateByWave(candidates: readonly SampleCandidate[], size: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const candidate of candidates) counts.set(candidate.waveId, (counts.get(candidate.waveId) ?? 0) + 1);
  const total = candidates.length;
  const take = Math.min(size, total);
  const waves = [...counts.keys()].sort((a, b) => a - b);
  const exact = waves.map((wave) => (take * counts.get(wave)!) / Math.max(1, total));
  const allocation = new Map(waves.map((wave, index) => [wave, Math.floor(exact[index])]));
  let left = take - [...allocation.values()].reduce((sum, n) => sum + n, 0);
  const byRemainder = waves
    .map((wave, index) => ({ wave, remainder: exact[index] - Math.floor(exact[index]) }))
    .sort((a, b) => b.remainder - a.remainder || a.wave - b.wave);
  for (const { wave } of byRemainder) {
    if (left === 0) break;
    if (allocation.get(wave)! < counts.get(wave)!) {
      allocation.set(wave, allocation.get(wave)! + 1);
      left--;
    }
  }
  return allocation;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

/**
 * A reproducible random sample of `size` answers, stratified by wave: each wave gets its share (see
 * `allocateByWave`), drawn by a seeded shuffle of its answers in id order, and the sample is then put in
 * a seeded order so the waves are mixed in the queue. The same candidates and seed give the same sample.
 */
export function drawAnswerSample(
  candidates: readonly SampleCandidate[],
  size: number,
  seed: number,
): SampleCandidate[] {
  const random = seedrandom(`round-sample:${seed}`);
  const allocation = allocateByWave(candidates, size);
  const byWave = new Map<number, SampleCandidate[]>();
  for (const candidate of [...candidates].sort((a, b) => a.answerId - b.answerId)) {
    const list = byWave.get(candidate.waveId) ?? [];
    list.push(candidate);
    byWave.set(candidate.waveId, list);
  }
  const drawn: SampleCandidate[] = [];
  for (const wave of [...byWave.keys()].sort((a, b) => a - b)) {
    drawn.push(...shuffle(byWave.get(wave)!, random).slice(0, allocation.get(wave) ?? 0));
  }
  return shuffle(drawn, random);
}

/** A fresh seed when the lead gives none: a positive 31-bit integer, shown with the round. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 2_147_483_646);
}
