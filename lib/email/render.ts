// Renders a transactional email in the recipient's language from the `email`
// catalogue: `email.<kind>.subject`, `email.<kind>.body` (plain text, blank lines
// separate paragraphs) and an optional call-to-action label `email.<kind>.action`.
import { getTranslator } from "@/lib/i18n/server";
import { lookup, type Params } from "@/lib/i18n/translate";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogues } from "@/messages";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export function renderEmail(options: { locale: AppLocale; kind: string; params?: Params; link?: string }): RenderedEmail {
  const t = getTranslator(options.locale);
  const params = options.params ?? {};
  const subject = t(`email.${options.kind}.subject`, params);
  const body = t(`email.${options.kind}.body`, params);
  const actionKey = `email.${options.kind}.action`;
  const action = options.link && lookup(catalogues[options.locale], actionKey) ? t(actionKey, params) : undefined;
  const footer = t("email.footer");

  const text = [body, options.link ? `${action ?? ""}\n${options.link}`.trim() : "", `—\n${footer}`].filter(Boolean).join("\n\n");
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const button = options.link
    ? `<p style="margin:24px 0"><a href="${escapeHtml(options.link)}" style="background:#1d4ed8;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(action ?? options.link)}</a></p>`
    : "";
  const html =
    `<!doctype html><html lang="${options.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;color:#111827;max-width:560px;margin:0 auto;padding:24px">` +
    `${paragraphs}${button}<p style="color:#6b7280;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}
