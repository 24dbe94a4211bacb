import type { Actor } from "./actor";
import { isAdmin, isCoordinator, isOrgMember, isVolunteer } from "./actor";

/** Where a person lands after signing in: the area of their main role. */
export function homePathFor(actor: Pick<Actor, "roles" | "organisationIds">): string {
  const a = actor as Actor;
  if (isCoordinator(a) && !isAdmin(a)) return "/coordinator";
  if (isAdmin(a)) return "/admin";
  if (isOrgMember(a)) return "/org";
  if (isVolunteer(a)) return "/volunteer";
  return "/account";
}

/** Accepts only same-site relative paths for ?next= redirects. */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  return next;
}
