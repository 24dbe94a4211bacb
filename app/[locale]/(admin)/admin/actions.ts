"use server";

import { revalidatePath } from "next/cache";
import { createStaffAccount } from "@/lib/accounts/staff";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";

export async function createStaffAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, ["programIds"]);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await createStaffAccount({ actor: await requireActor(), input: values });
      revalidatePath(`/${locale}/admin`);
      return succeeded(locale, "admin.staff.created", { email: String(values.email) });
    },
  });
}
