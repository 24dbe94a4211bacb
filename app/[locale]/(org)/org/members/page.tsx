import type { Metadata } from "next";
import { InviteForm } from "@/components/org/invite-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { inviteMemberAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("org.members.title") };
}

export default async function MembersPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const organisations = await db.organisation.findMany({
    where: { id: { in: actor.organisationIds } },
    select: {
      id: true,
      name: true,
      members: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, title: true, user: { select: { name: true, email: true } } } },
      invitations: { where: { acceptedAt: null, expiresAt: { gt: new Date() } }, select: { id: true, email: true, expiresAt: true } },
    },
  });
  return (
    <div className="space-y-6">
      <PageHeader title={t("org.members.title")} description={t("org.members.intro")} />
      {organisations.map((org) => (
        <Card key={org.id} labelledBy={`org-${org.id}`}>
          <h2 id={`org-${org.id}`} className="mb-3 text-lg font-semibold">
            {org.name}
          </h2>
          <ul className="mb-6 divide-y divide-gray-200">
            {org.members.map((m) => (
              <li key={m.id} className="py-2">
                <span className="font-medium">{m.user.name}</span> · {m.user.email}
                {m.title ? ` · ${m.title}` : ""} · {t(`org.members.roles.${m.role}`)}
              </li>
            ))}
          </ul>
          {org.invitations.length ? (
            <>
              <h3 className="mb-2 font-semibold">{t("org.members.pending")}</h3>
              <ul className="mb-6 list-disc pl-6">
                {org.invitations.map((i) => (
                  <li key={i.id}>{t("org.members.pendingItem", { email: i.email, date: formatDate(locale, i.expiresAt) })}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="mb-2 font-semibold">{t("org.members.inviteTitle")}</h3>
          <InviteForm action={inviteMemberAction.bind(null, locale, org.id)} />
        </Card>
      ))}
    </div>
  );
}
