"use client";

import { useFormStatus } from "react-dom";
import { useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/state";

/** The form-level outcome, announced by screen readers when it changes. */
export function FormMessage({ state, id = "form-message" }: { state: FormState; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // After a failed submit, bring keyboard and screen-reader users to the summary.
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} id={id} aria-live="polite" role="status" className="min-h-0 outline-none">
      {state.message ? (
        <p
          className={
            state.status === "error"
              ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-800"
              : "rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-800"
          }
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-gray-400 bg-white text-ink hover:bg-gray-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${styles}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
