"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
      {label}
    </button>
  );
}
