// The workbook's reference figures for six platforms, shown beside the platform-choice section.
import type { Translate } from "@/lib/i18n/translate";
import { PLATFORM_CARDS, REFERENCE_PLATFORMS, platformCardFacts, platformCardTextKey, platformNameKey } from "@/lib/strategy";

export function PlatformCards({ t }: { t: Translate }) {
  return (
    <details className="rounded-md border border-gray-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold text-brand-800">{t("strategy.workspace.platformCards.title")}</summary>
      <p className="mt-2 text-sm text-muted">{t("strategy.workspace.platformCards.source")}</p>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {REFERENCE_PLATFORMS.map((platform) => (
          <li key={platform} className="rounded-md border border-gray-200 p-3">
            <h4 className="font-semibold">{t(platformNameKey(platform))}</h4>
            <p className="mt-1">{t(platformCardTextKey(platform, "summary"))}</p>
            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
              {platformCardFacts(PLATFORM_CARDS[platform]).map((fact) => (
                <li key={fact.key}>{t(fact.key, fact.params)}</li>
              ))}
            </ul>
            <dl className="mt-2 space-y-1 text-sm">
              {(["audience", "time", "bestFor", "watchOut"] as const).map((part) => (
                <div key={part}>
                  <dt className="inline font-medium">{t(`strategy.workspace.platformCards.${part}`)} </dt>
                  <dd className="inline">{t(platformCardTextKey(platform, part))}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </details>
  );
}
