import { type Change, formatPercent, levelChange, type SuppressedCell, shareOf, suppressCount } from "../analysis";

/** A prevalence figure ready for display: counts under the threshold are hidden, and the share with them. */
export interface PrevalenceCell {
  wave: string;
  raised: SuppressedCell;
  base: SuppressedCell;
  /** `null` when the base is 0 or a count is hidden. */
  share: number | null;
  /** "34%", "–" for no base, or the hidden count's display ("<10") when the share would reveal it. */
  shareDisplay: string;
  suppressed: boolean;
}

export function prevalenceCell(wave: string, raised: number, base: number, threshold: number): PrevalenceCell {
  const raisedCell = suppressCount(raised, { threshold });
  const baseCell = suppressCount(base, { threshold });
  const suppressed = raisedCell.suppressed || baseCell.suppressed;
  const share = suppressed ? null : shareOf(raised, base);
  return {
    wave,
    raised: raisedCell,
    base: baseCell,
    share,
    shareDisplay: suppressed
      ? raisedCell.suppressed
        ? raisedCell.display
        : baseCell.display
      : formatPercent(raised, base),
    suppressed,
  };
}

/** The change in percentage points between two shown shares, rounded to whole points as they are displayed. */
export function prevalenceChange(from: PrevalenceCell | undefined, to: PrevalenceCell | undefined): Change | null {
  if (!from || !to || from.share === null || to.share === null) return null;
  return levelChange(from.share * 100, to.share * 100, 0);
}
