// The readable difference between two states of the document: per section, per item, per field,
// with removed words struck through and added words highlighted (and named for screen readers).
import type { Translate } from "@/lib/i18n/translate";
import { fieldLabelKey, platformNameKey, practiceNameKey, sectionTitleKey, type FieldChange, type FieldValue, type PlatformCode, type SectionDiff, type SectionKey } from "@/lib/strategy";

function valueText(value: FieldValue, t: Translate): string {
  if (value === null) return "—";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return t(value ? "strategy.export.yes" : "strategy.export.no");
  return String(value);
}

function Field({ section, change, t }: { section: SectionKey; change: FieldChange; t: Translate }) {
  return (
    <div className="space-y-1">
      <p className="font-medium">
        {t(fieldLabelKey(section, change.field))} <span className="text-sm font-normal text-muted">({t(`strategy.history.${change.kind}`)})</span>
      </p>
      {change.words ? (
        <p className="whitespace-pre-line">
          {change.words.map((part, i) =>
            part.removed ? (
              <del key={i} className="bg-red-50 text-red-800">
                <span className="sr-only">{t("strategy.workspace.history.removedText")} </span>
                {part.value}
              </del>
            ) : part.added ? (
              <ins key={i} className="bg-green-50 text-green-800">
                <span className="sr-only">{t("strategy.workspace.history.addedText")} </span>
                {part.value}
              </ins>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </p>
      ) : (
        <p className="whitespace-pre-line">
          {change.kind !== "added" ? (
            <del className="bg-red-50 text-red-800">
              <span className="sr-only">{t("strategy.workspace.history.removedText")} </span>
              {valueText(change.before, t)}
            </del>
          ) : null}
          {change.kind === "changed" ? " → " : null}
          {change.kind !== "removed" ? (
            <ins className="bg-green-50 text-green-800">
              <span className="sr-only">{t("strategy.workspace.history.addedText")} </span>
              {valueText(change.after, t)}
            </ins>
          ) : null}
        </p>
      )}
    </div>
  );
}

export function RevisionDiff({ diffs, t }: { diffs: SectionDiff[]; t: Translate }) {
  if (diffs.length === 0) return <p className="text-muted">{t("strategy.history.noChanges")}</p>;
  return (
    <div className="space-y-6">
      {diffs.map((diff) => (
        <section key={diff.section} aria-labelledby={`diff-${diff.section}`} className="space-y-3">
          <h3 id={`diff-${diff.section}`} className="text-lg font-semibold">
            {t(sectionTitleKey(diff.section))}
          </h3>
          <ul className="space-y-3">
            {diff.changes.map((change, i) => {
              const title = change.practice
                ? t(practiceNameKey(change.practice))
                : change.item
                  ? change.item.titleIsPlatformCode
                    ? t(platformNameKey(change.item.title as PlatformCode))
                    : change.item.title || t("strategy.export.untitledItem", { number: change.item.index + 1 })
                  : null;
              return (
                <li key={i} className="rounded-md border border-gray-200 p-3">
                  {title || change.kind === "reordered" ? (
                    <p className="mb-2 font-semibold">
                      {title ? `${title} — ` : ""}
                      {t(`strategy.history.${change.kind}`)}
                    </p>
                  ) : null}
                  <div className="space-y-2">
                    {change.fields.map((field) => (
                      <Field key={field.field} section={diff.section} change={field} t={t} />
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
