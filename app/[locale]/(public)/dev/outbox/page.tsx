import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { db } from "@/lib/db";
import { devOutboxEnabled } from "@/lib/env";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export const metadata: Metadata = { robots: { index: false } };

/** Development only: the mail Tandem would have sent, when no SMTP server is configured. */
export default async function DevOutboxPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  if (!devOutboxEnabled()) notFound();
  const emails = await db.emailOutbox.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div>
      <PageHeader title={t("common.outbox.title")} description={t("common.outbox.intro")} />
      {emails.length === 0 ? (
        <EmptyState>{t("common.outbox.empty")}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <Card as="li" key={email.id}>
              <h2 className="font-semibold">{email.subject}</h2>
              <p className="text-sm text-muted">
                {t("common.outbox.to", { email: email.toEmail })} · {when.format(email.createdAt)}
              </p>
              <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm" data-testid="email-text">
                {email.text}
              </pre>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
