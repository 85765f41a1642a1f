import { CircleCheck, CircleMinus, CircleX } from "lucide-react";
import type { Fit } from "@/lib/analysis";
import { FIT_LABELS } from "@/lib/themes/describe-fit";
import { Badge } from "../ui/badge";

const STYLE = {
  confirms: { tone: "success", Icon: CircleCheck },
  diverges: { tone: "warning", Icon: CircleX },
  none: { tone: "neutral", Icon: CircleMinus },
} as const;

/** The fit as a word with an icon: never colour alone. */
export function FitLabel({ fit, explanation }: { fit: Fit; explanation?: string }) {
  const { tone, Icon } = STYLE[fit];
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Badge tone={tone} className="gap-1">
        <Icon className="size-3.5" aria-hidden="true" />
        {FIT_LABELS[fit]}
      </Badge>
      {explanation ? <span className="text-xs text-gray-700">{explanation}</span> : null}
    </span>
  );
}
