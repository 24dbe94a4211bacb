import type { FormState } from "@/lib/forms/state";
import type { PreviewRow } from "@/lib/matching-settings/queries";

/** The weights form's state: a FormState plus, after "preview", the ranking before and after. */
export type WeightsFormState = FormState & { preview?: PreviewRow[]; at?: number };
