import { exportPersonalData } from "@/lib/accounts/privacy";
import { getCurrentActor } from "@/lib/auth/session";

/** GET: the signed-in person's data as a JSON download. */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const data = await exportPersonalData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tandem-my-data.json"`,
      "cache-control": "no-store",
    },
  });
}
