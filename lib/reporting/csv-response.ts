// HTTP answers of the CSV route handlers: a streamed attachment, or a short plain-text error in
// the reader's language (mapped from the domain's typed errors; anything else is a bug and is
// rethrown).
import { mapError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

export function csvResponse(stream: ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export const notFoundResponse = (t: Translate) => textResponse(404, t("errors.notFound"));

export function errorResponse(t: Translate, error: unknown): Response {
  const mapped = mapError(error);
  if (!mapped) throw error;
  return textResponse(mapped.status, t(mapped.messageKey, mapped.params));
}
