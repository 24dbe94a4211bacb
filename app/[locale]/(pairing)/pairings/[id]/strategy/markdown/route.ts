// Markdown download of the pairing's strategy document, in the reader's language.
import { getCurrentActor } from "@/lib/auth/session";
import { mapError } from "@/lib/errors";
import { intlLocale, isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { strategyToMarkdown } from "@/lib/strategy";
import { getStrategyForExport } from "@/lib/strategy/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getTranslator(locale);
  const actor = await getCurrentActor();
  if (!actor) return new Response(t("errors.unauthenticated"), { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const { title, content } = await getStrategyForExport({ actor, pairingId: id });
    const markdown = strategyToMarkdown({ content, title, translate: t, locale: intlLocale(locale) });
    return new Response(markdown, {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName(title)}.md"; filename*=UTF-8''${encodeURIComponent(title)}.md`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const mapped = mapError(error);
    if (!mapped) throw error;
    return new Response(t(mapped.messageKey), { status: mapped.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

/** An ASCII file name for browsers that ignore filename*. */
function fileName(title: string) {
  return (
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "strategy"
  );
}
