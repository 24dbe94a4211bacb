import Link from "next/link";
import type { ReactNode } from "react";

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
        {description ? <p className="mt-1 max-w-prose text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Card({ children, className = "", as: Tag = "section", labelledBy }: { children: ReactNode; className?: string; as?: "section" | "div" | "article" | "li"; labelledBy?: string }) {
  return (
    <Tag aria-labelledby={labelledBy} className={`rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>
      {children}
    </Tag>
  );
}

const BADGE_TONES = {
  gray: "bg-gray-100 text-gray-800 border-gray-300",
  blue: "bg-brand-50 text-brand-800 border-brand-100",
  green: "bg-green-50 text-green-800 border-green-300",
  amber: "bg-amber-50 text-amber-900 border-amber-300",
  red: "bg-red-50 text-red-800 border-red-300",
} as const;
export type BadgeTone = keyof typeof BADGE_TONES;

export function Badge({ children, tone = "gray" }: { children: ReactNode; tone?: BadgeTone }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium ${BADGE_TONES[tone]}`}>{children}</span>;
}

export function ButtonLink({ href, children, variant = "primary" }: { href: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  const styles = variant === "primary" ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-gray-400 bg-white text-ink hover:bg-gray-50";
  return (
    <Link href={href} className={`inline-flex items-center justify-center rounded-md px-4 py-2 font-semibold no-underline ${styles}`}>
      {children}
    </Link>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-gray-300 bg-white p-6 text-center text-muted">{children}</p>;
}

export function DefinitionList({ items }: { items: { term: ReactNode; detail: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {items.map((item, i) => (
        <div key={i} className="contents">
          <dt className="font-medium text-muted">{item.term}</dt>
          <dd className="text-ink">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
