"use client";

// A submit button that shows the form is being sent and cannot be pressed twice.
import { useFormStatus } from "react-dom";

import { Button, type ButtonSize, type ButtonVariant } from "./button";

type SubmitButtonProps = {
  children: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  /** A form with several submit buttons tells them apart by name and value. */
  name?: string;
  value?: string;
};

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size,
  className,
  name,
  value,
}: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      size={size}
      className={className}
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
    >
      {pending ? (pendingLabel ?? `${children}…`) : children}
    </Button>
  );
}
