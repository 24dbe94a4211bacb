import type { Metadata } from "next";
import { StaffForm } from "@/components/admin/staff-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { localName } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { createStaffAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("admin.home.title") };
}

export default async function AdminPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const [programs, staff] = await Promise.all([
    db.program.findMany({ orderBy: { startsOn: "desc" } }),
    db.user.findMany({
      where: { deletedAt: null, roles: { some: { role: { in: ["COORDINATOR", "ADMIN"] } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true, roles: { select: { role: true } }, coordinatedPrograms: { select: { program: { select: { nameFr: true, nameEn: true } } } } },
    }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.home.title")} description={t("admin.home.intro")} />
      <Card labelledBy="programs">
        <h2 id="programs" className="mb-3 text-lg font-semibold">
          {t("admin.programs.title")}
        </h2>
        <ul className="space-y-2">
          {programs.map((p) => (
            <li key={p.id}>
              <span className="font-medium">{localName(p, locale)}</span>{" "}
              <span className="text-muted">
                · {t("admin.programs.since", { date: formatDate(locale, p.startsOn) })} · {t("admin.programs.ttl", { count: p.proposalTtlHours })}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card labelledBy="staff">
        <h2 id="staff" className="mb-3 text-lg font-semibold">
          {t("admin.staff.title")}
        </h2>
        <ul className="mb-6 divide-y divide-gray-200">
          {staff.map((s) => (
            <li key={s.id} className="py-2">
              <span className="font-medium">{s.name}</span> · {s.email} · {s.roles.filter((r) => r.role !== "VOLUNTEER").map((r) => t(`admin.roles.${r.role}`)).join(", ")}
              {s.coordinatedPrograms.length ? <span className="text-muted"> · {s.coordinatedPrograms.map((c) => localName(c.program, locale)).join(", ")}</span> : null}
            </li>
          ))}
        </ul>
        <h3 className="mb-2 font-semibold">{t("admin.staff.createTitle")}</h3>
        <StaffForm action={createStaffAction.bind(null, locale)} programs={programs.map((p) => ({ value: p.id, label: localName(p, locale) }))} />
      </Card>
    </div>
  );
}
