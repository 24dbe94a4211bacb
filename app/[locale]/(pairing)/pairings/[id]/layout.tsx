import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceTabs } from "@/components/pairing/workspace-tabs";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { pageI18n } from "@/lib/i18n/page";
import { pairingScope } from "@/lib/pairings/queries";

/** Every page of a pairing workspace shares the section tabs. Pages still check access themselves. */
export default async function PairingWorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}`);
  if (!(await db.pairing.count({ where: { id, ...pairingScope(actor) } }))) notFound();
  return (
    <>
      <WorkspaceTabs pairingId={id} />
      {children}
    </>
  );
}
