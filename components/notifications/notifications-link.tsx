import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { unreadNotificationCount } from "@/lib/notifications/inbox";

/** The header's link to the notifications, with the number of unread ones in its accessible name. */
export async function NotificationsLink({ locale, actor }: { locale: AppLocale; actor: Actor }) {
  const t = getTranslator(locale);
  const unread = await unreadNotificationCount(actor);
  return (
    <Link
      href={`/${locale}/notifications`}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 font-medium text-ink underline-offset-4 hover:underline"
      aria-label={unread ? t("notifications.navLabelUnread", { count: unread }) : t("notifications.navLabel")}
    >
      <span aria-hidden="true">{t("notifications.navLabel")}</span>
      {unread ? (
        <span aria-hidden="true" className="rounded-full bg-red-700 px-2 text-sm font-semibold text-white">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
