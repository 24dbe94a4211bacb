"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { initialFormState, typed } from "@/lib/forms/state";
import type { WeightsFormState } from "./weights-state";

type WeightsAction = (state: WeightsFormState, formData: FormData) => Promise<WeightsFormState>;

export interface WeightsFormLabels {
  criteria: { id: string; label: string; value: number }[];
  weightsLegend: string;
  weightsHint: string;
  minimumScore: string;
  minimumHint: string;
  sampleNeed: string;
  sampleHint: string;
  preview: string;
  save: string;
  pending: string;
  previewTitle: string;
  previewCaption: string;
  volunteer: string;
  before: string;
  after: string;
  outside: string;
  /** "{rank}" and "{score}" are replaced. */
  rankScore: string;
}

/**
 * The program's weights and minimum score. "Preview" ranks a sample need under the typed settings
 * without saving; "Save" stores them. Labels come translated from the server page.
 */
export function WeightsForm(props: {
  saveAction: WeightsAction;
  previewAction: WeightsAction;
  minimumScore: number;
  /** BCP 47 locale for numbers, e.g. "fr-CA". */
  intlLocale: string;
  sampleNeeds: { value: string; label: string }[];
  labels: WeightsFormLabels;
}) {
  const { labels } = props;
  // React resets the form after an action; the state submitted last holds what the user typed.
  const [saveState, save] = useActionState(async (prev: WeightsFormState, data: FormData) => ({ ...(await props.saveAction(prev, data)), at: Date.now() }), initialFormState as WeightsFormState);
  const [previewState, preview] = useActionState(async (prev: WeightsFormState, data: FormData) => ({ ...(await props.previewAction(prev, data)), at: Date.now() }), initialFormState as WeightsFormState);
  const state = (previewState.at ?? 0) > (saveState.at ?? 0) ? previewState : saveState;
  const formatScore = (score: number) => new Intl.NumberFormat(props.intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
  const rankScore = (rank: number, score: string) => labels.rankScore.replace("{rank}", String(rank)).replace("{score}", score);
  const errors = (name: string) => saveState.errors?.[name] ?? previewState.errors?.[name];
  return (
    <form action={save} className="space-y-6">
      <FormMessage state={saveState} id="save-message" />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{labels.weightsLegend}</legend>
        <p className="text-sm text-muted">{labels.weightsHint}</p>
        <FieldErrorsBlock errors={errors("weights")} />
        <div className="grid gap-4 sm:grid-cols-2">
          {labels.criteria.map((c) => (
            <TextField
              key={c.id}
              id={`weight-${c.id}`}
              name={`weight.${c.id}`}
              label={c.label}
              type="number"
              min={0}
              max={10}
              step={0.5}
              inputMode="decimal"
              defaultValue={typed(state, `weight.${c.id}`) ?? String(c.value)}
              errors={errors(`weights.${c.id}`)}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        name="minimumScore"
        label={labels.minimumScore}
        hint={labels.minimumHint}
        type="number"
        min={0}
        max={100}
        step={1}
        defaultValue={typed(state, "minimumScore") ?? String(props.minimumScore)}
        errors={errors("minimumScore")}
      />
      <SelectField
        name="sampleNeedId"
        label={labels.sampleNeed}
        hint={labels.sampleHint}
        options={props.sampleNeeds}
        defaultValue={typed(state, "sampleNeedId") ?? props.sampleNeeds[0]?.value}
        errors={errors("sampleNeedId")}
      />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          formAction={preview}
          className="inline-flex items-center justify-center rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-ink hover:bg-gray-50"
        >
          {labels.preview}
        </button>
        <SubmitButton pendingLabel={labels.pending}>{labels.save}</SubmitButton>
      </div>
      <FormMessage state={previewState} id="preview-message" />
      {previewState.preview ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title" className="mb-2 text-lg font-semibold">{labels.previewTitle}</h2>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left">
              <caption className="sr-only">{labels.previewCaption}</caption>
              <thead className="bg-gray-50 text-sm">
                <tr>
                  <th scope="col" className="px-3 py-2">{labels.volunteer}</th>
                  <th scope="col" className="px-3 py-2">{labels.before}</th>
                  <th scope="col" className="px-3 py-2">{labels.after}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {previewState.preview.map((row) => (
                  <tr key={row.volunteerId}>
                    <th scope="row" className="px-3 py-2 font-medium">{row.name}</th>
                    <td className="px-3 py-2">{row.before ? rankScore(row.before.rank, formatScore(row.before.score)) : labels.outside}</td>
                    <td className="px-3 py-2">{row.after ? rankScore(row.after.rank, formatScore(row.after.score)) : labels.outside}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </form>
  );
}

function FieldErrorsBlock({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul className="text-sm font-medium text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
