/**
 * Colours and patterns that keep the codes of one document apart: codes keep their own colour
 * unless it is hard to tell from a code listed before it, and every code also gets a line pattern,
 * so no one has to tell codes apart by colour alone.
 */

/** Dark enough for 3:1 against white (a bar beside text), and far apart in hue and lightness. */
export const STRIPE_PALETTE = [
  "#1864ab",
  "#c92a2a",
  "#2b8a3e",
  "#862e9c",
  "#d9480f",
  "#0b7285",
  "#5c3d00",
  "#c2255c",
  "#495057",
  "#5f3dc4",
  "#2f6b00",
  "#a61e4d",
] as const;

export const STRIPE_PATTERNS = ["solid", "dashed", "dotted", "double"] as const;
export type StripePattern = (typeof STRIPE_PATTERNS)[number];

/** Colours closer than this (CIE76 ΔE) are taken for the same by many readers. */
export const MIN_COLOUR_DISTANCE = 20;

type Lab = [number, number, number];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function toLab(hex: string): Lab {
  const [r, g, b] = [1, 3, 5].map((at) => channel(Number.parseInt(hex.slice(at, at + 2), 16)));
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIE76 distance between two `#rrggbb` colours. */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * A colour per code, in the order given (most used first): a code keeps its stored colour when it
 * stands apart from every colour already handed out, otherwise it takes the palette colour farthest
 * from them. Codes past the palette's length may repeat a colour; their pattern still differs.
 */
export function distinctColours(codes: readonly { codeId: number; colour: string }[]): Map<number, string> {
  const chosen = new Map<number, string>();
  const used: string[] = [];
  const farthestFromUsed = (colour: string) =>
    used.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...used.map((other) => colourDistance(colour, other)));
  for (const { codeId, colour } of codes) {
    if (chosen.has(codeId)) continue;
    let pick = HEX.test(colour) ? colour.toLowerCase() : null;
    if (pick === null || farthestFromUsed(pick) < MIN_COLOUR_DISTANCE) {
      const candidates = STRIPE_PALETTE.filter((candidate) => !used.includes(candidate));
      const pool = candidates.length > 0 ? candidates : [...STRIPE_PALETTE];
      pick = pool.reduce((best, candidate) =>
        farthestFromUsed(candidate) > farthestFromUsed(best) ? candidate : best,
      );
    }
    chosen.set(codeId, pick);
    used.push(pick);
  }
  return chosen;
}

/** The line pattern of the n-th code of a document: codes next to each other in the list never share one. */
export function stripePattern(index: number): StripePattern {
  return STRIPE_PATTERNS[((index % STRIPE_PATTERNS.length) + STRIPE_PATTERNS.length) % STRIPE_PATTERNS.length];
}
