import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from "react";
import { cn } from "./cn";
import { Label } from "./label";

interface ControlProps {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
  required?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  /** Exactly one control (Input, Textarea, Select …); it receives id, aria-describedby and aria-invalid. */
  children: ReactElement<ControlProps>;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  className?: string;
  /** Hides the label visually; it stays the control's accessible name. */
  labelHidden?: boolean;
}

/** A label bound to its control, with a hint and an error the control is described by. */
export function Field({ label, children, hint, error, id, className, labelHidden = false }: FieldProps) {
  const generated = useId();
  const control = Children.only(children);
  const controlId = id ?? control.props.id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [control.props["aria-describedby"], hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className={cn("flex items-baseline gap-0.5", labelHidden && "sr-only")}>
        <Label htmlFor={controlId}>{label}</Label>
        {control.props.required ? (
          <span className="text-red-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {isValidElement(control)
        ? cloneElement(control, {
            id: controlId,
            "aria-describedby": describedBy,
            "aria-invalid": error ? true : control.props["aria-invalid"],
          })
        : control}
      {hint ? (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
