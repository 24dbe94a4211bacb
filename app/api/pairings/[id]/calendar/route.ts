// Downloadable invite (.ics) with every session of one pairing, for its
// participants and coordinators (session cookie; outside the scope → 404).
import { getCurrentActor } from "@/lib/auth/session";
import { calendarForPairing } from "@/lib/calendar/feed";
import { mapError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Unauthorized", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { id } = await context.params;
  try {
    const { ics, filename } = await calendarForPairing({ actor, pairingId: id });
    return new Response(ics, {
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    const mapped = mapError(error);
    if (!mapped) throw error;
    return new Response(mapped.messageKey, { status: mapped.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
