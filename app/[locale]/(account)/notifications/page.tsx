import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { hasMessage } from "@/lib/i18n/translate";
import { listNotifications, notificationParams } from "@/lib/notifications/inbox";
import { catalogues } from "@/messages";
import { markAllReadAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("notifications.title") };
}

/** The signed-in person's in-app notifications, newest first. */
export default async function NotificationsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale, "/notifications");
  const notifications = await listNotifications({ actor });
  const unread = notifications.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("notifications.title")}
        description={t("notifications.intro")}
        actions={unread ? <ActionButton id="mark-read" action={markAllReadAction.bind(null, locale)} variant="secondary">{t("notifications.markAllRead")}</ActionButton> : undefined}
      />
      {notifications.length === 0 ? (
        <EmptyState>{t("notifications.none")}</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-gray-200">
            {notifications.map((n) => {
              const key = `notifications.kinds.${n.kind}`;
              const text = hasMessage(catalogues[locale], key) ? t(key, notificationParams(n.params)) : t("notifications.generic");
              return (
                <li key={n.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between">
                  <div>
                    <p className={n.readAt ? "" : "font-semibold"}>
                      {!n.readAt ? (
                        <>
                          <Badge tone="blue">{t("notifications.unread")}</Badge>{" "}
                        </>
                      ) : null}
                      {text}
                    </p>
                    <p className="text-sm text-muted">
                      <time dateTime={n.createdAt.toISOString()}>{formatDateTime(locale, n.createdAt, actor.timeZone)}</time>
                    </p>
                  </div>
                  {n.link ? (
                    <Link href={`/${locale}${n.link}`} className="shrink-0 font-medium text-brand-700 underline">
                      {t("notifications.open")}
                      <span className="sr-only"> — {text}</span>
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
