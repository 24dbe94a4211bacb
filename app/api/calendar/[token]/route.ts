// A person's sessions feed at a secret URL (/api/calendar/<token>.ics), for
// calendar programs that subscribe to it. No session cookie: the token is the
// credential, and a revoked or unknown token is a plain 404.
import { calendarForToken } from "@/lib/calendar/feed";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  const ics = await calendarForToken(token.replace(/\.ics$/, ""));
  if (!ics) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="tandem-sessions.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
