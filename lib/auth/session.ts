// Session helpers for pages, layouts and actions. The one place in lib/ that knows about Next:
// it turns "no session" into a redirect. Use-cases never read the session; they take an Actor.
// Both lookups are memoised per request (React's cache): the header, the layout and the page each
// ask, but the cookie is decoded and the account read once.

import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./auth-options";
import { loadActor } from "./load-actor";
import type { Actor } from "./permissions";

export type SessionUser = { id: string; role: Role; name: string; email: string };

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  return session?.user?.id ? session.user : null;
});

/** The signed-in actor as the database knows it now, or null for a visitor (or a deleted account). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  return user ? loadActor(user.id) : null;
});

export async function requireUser(returnTo = "/"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function requireRole(roles: readonly Role[], returnTo = "/"): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!roles.includes(actor.role)) redirect("/?denied=1");
  return actor;
}
