"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { addKpi, createCampaign, deleteMeasurement, importMeasurements, IMPORT_MAX_BYTES, recordMeasurement } from "@/lib/campaigns/commands";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import { formDataToObject } from "@/lib/forms/form-data";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import type { ImportState } from "@/components/campaigns/import-state";

const campaignsPath = (locale: AppLocale, pairingId: string) => `/${locale}/pairings/${pairingId}/campaigns`;

export async function createCampaignAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, ["channels"]);
  let id: string | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      id = (await createCampaign({ actor: await requireActor(), pairingId, input: values })).id;
    },
  });
  if (!id) return state;
  revalidatePath(campaignsPath(locale, pairingId));
  redirect(`${campaignsPath(locale, pairingId)}/${id}`);
}

export async function addKpiAction(locale: AppLocale, pairingId: string, campaignId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await addKpi({ actor: await requireActor(), pairingId, campaignId, input: values });
      revalidatePath(`${campaignsPath(locale, pairingId)}/${campaignId}`);
      return succeeded(locale, "campaigns.workspace.kpi.added");
    },
  });
}

export async function recordMeasurementAction(locale: AppLocale, pairingId: string, campaignId: string, kpiId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await recordMeasurement({ actor: await requireActor(), pairingId, kpiId, input: values });
      revalidatePath(`${campaignsPath(locale, pairingId)}/${campaignId}`);
      return succeeded(locale, "campaigns.workspace.measurement.saved");
    },
  });
}

export async function deleteMeasurementAction(locale: AppLocale, pairingId: string, campaignId: string, measurementId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await deleteMeasurement({ actor: await requireActor(), pairingId, measurementId });
      revalidatePath(`${campaignsPath(locale, pairingId)}/${campaignId}`);
      return succeeded(locale, "campaigns.workspace.measurement.deleted");
    },
  });
}

export async function importMeasurementsAction(locale: AppLocale, pairingId: string, campaignId: string, _prev: ImportState, formData: FormData): Promise<ImportState> {
  const t = getTranslator(locale);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", code: 422, message: t("campaigns.workspace.errors.fileMissing") };
  if (file.size > IMPORT_MAX_BYTES) return { status: "error", code: 413, message: t("campaigns.workspace.errors.fileTooLarge") };
  const text = await file.text();
  let report: ImportState["report"];
  const state = await handleFormAction({
    locale,
    values: {},
    run: async () => {
      const outcome = await importMeasurements({ actor: await requireActor(), pairingId, campaignId, input: { text } });
      const translate = (m: { key: string; params: Record<string, string | number> }) => t(m.key, m.params);
      report = {
        created: outcome.created,
        updated: outcome.updated,
        fileErrors: outcome.report.fileErrors.map(translate),
        rejected: outcome.report.rejected.map((row) => ({ line: row.line, raw: row.raw, reasons: row.reasons.map(translate) })),
      };
      revalidatePath(`${campaignsPath(locale, pairingId)}/${campaignId}`);
      const imported = outcome.created + outcome.updated;
      const failed = outcome.report.fileErrors.length > 0;
      return {
        status: failed ? "error" : "success",
        code: failed ? 422 : 200,
        message: failed ? t("campaigns.workspace.import.fileRejected") : t("campaigns.workspace.import.done", { count: imported }),
      };
    },
  });
  return { ...state, report };
}
