"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { markAllNotificationsRead } from "@/lib/notifications/inbox";

export async function markAllReadAction(locale: AppLocale, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await markAllNotificationsRead({ actor: await requireActor() });
      revalidatePath(`/${locale}`, "layout");
      return succeeded(locale, "notifications.markedRead");
    },
  });
}
