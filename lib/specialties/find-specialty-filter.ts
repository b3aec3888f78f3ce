import { db } from "../db";
import { DomainError } from "../errors";

export type SpecialtyFilter = { id: number; name: string; slug: string };

/** The specialty a list is filtered by: null without a slug; an unknown slug is NOT_FOUND (the page says so). */
export async function findSpecialtyFilter(slug: string | undefined): Promise<SpecialtyFilter | null> {
  if (!slug) return null;
  const specialty = await db().specialty.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!specialty) throw new DomainError("NOT_FOUND", "This specialty does not exist.");
  return specialty;
}
