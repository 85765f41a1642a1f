"use client";

import type { CSSProperties, ReactNode } from "react";
import { describeCodes, type StripeCoding, type TurnStripes } from "@/lib/coding/stripe-layout";
import type { StripePattern } from "@/lib/coding/stripe-palette";
import "./stripes.css";

export interface StripeLook {
  colour: string;
  pattern: StripePattern;
}

export interface StripeBarsProps<Coding extends StripeCoding> {
  layout: TurnStripes<Coding>;
  /** Colour and line pattern per code id; a code missing here is drawn grey and solid. */
  looks: ReadonlyMap<number, StripeLook>;
  /** The accessible name of one stripe's button; it starts with the code name shown on the stripe. */
  describe: (coding: Coding) => string;
  onSelect: (coding: Coding) => void;
  /** The "+N" bar for codings beyond the lanes shown, with the offsets the bar covers. */
  onMore: (codings: Coding[], start: number, end: number) => void;
  /** Codes in focus: the others' stripes are greyed. Null when no code is in focus. */
  focused?: ReadonlySet<number> | null;
  selectedKey?: string | null;
  /** Drawn in the margin's last column (memo markers). */
  children?: ReactNode;
}

const PLAIN: StripeLook = { colour: "#495057", pattern: "solid" };

function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}

/**
 * A turn's (or answer's) coding stripes: a list named after the codes it holds ("Coded: Caseloads,
 * Pay"), one button per coding, stacked in lanes where codings overlap, each with its code's name.
 */
export function StripeBars<Coding extends StripeCoding>({
  layout,
  looks,
  describe,
  onSelect,
  onMore,
  focused = null,
  selectedKey = null,
  children,
}: StripeBarsProps<Coding>) {
  const { more } = layout;
  return (
    <>
      {layout.stripes.length > 0 || more ? (
        <ul className="stripe-list" aria-label={describeCodes(layout.codeNames)} data-testid="coding-stripes">
          {layout.stripes.map(({ coding, lane, top, height }) => {
            const look = looks.get(coding.codeId) ?? PLAIN;
            const style = {
              top: percent(top),
              height: percent(height),
              "--stripe-lane": lane,
              "--stripe-colour": look.colour,
            } as CSSProperties;
            return (
              <li
                key={coding.key}
                className="stripe"
                style={style}
                data-pattern={look.pattern}
                data-code-id={coding.codeId}
                data-coding-key={coding.key}
                data-dimmed={focused && !focused.has(coding.codeId) ? "" : undefined}
                data-selected={selectedKey === coding.key ? "" : undefined}
              >
                <button
                  type="button"
                  className="stripe-button"
                  aria-label={describe(coding)}
                  aria-pressed={selectedKey === coding.key}
                  onClick={() => onSelect(coding)}
                >
                  {coding.codeName}
                </button>
              </li>
            );
          })}
          {more ? (
            <li
              className="stripe stripe-more"
              style={
                {
                  top: percent(more.top),
                  height: percent(more.height),
                  "--stripe-lane": more.lane,
                  "--stripe-colour": PLAIN.colour,
                } as CSSProperties
              }
              data-dimmed={focused && !more.codings.some((coding) => focused.has(coding.codeId)) ? "" : undefined}
              data-selected={more.codings.some((coding) => coding.key === selectedKey) ? "" : undefined}
            >
              <button
                type="button"
                className="stripe-button"
                // The visible "+N" starts the name (WCAG 2.5.3); the codes follow as the list's own name gives them.
                aria-label={`+${more.codings.length} more codings here: ${more.codeNames.join(", ")}`}
                onClick={() => onMore(more.codings, more.start, more.end)}
              >
                +{more.codings.length}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {children}
    </>
  );
}
