// Journeys seed their own users straight into the e2e server's database (its URL is left in
// E2E_STATE_FILE by scripts/e2e-server.ts), through the same use-cases the app uses.
import { readFileSync } from "node:fs";
import { registerUser } from "../../lib/accounts/register-user";
import { db } from "../../lib/db";
import { resetEnvForTests } from "../../lib/env";
import { E2E_STATE_FILE, type E2EState } from "../../scripts/lib/e2e-state";
import { uniqueEmail } from "./pages";

function connect() {
  const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as E2EState;
  if (process.env.DATABASE_URL !== state.databaseUrl) {
    process.env.DATABASE_URL = state.databaseUrl;
    resetEnvForTests();
  }
  return db();
}

export type SeededUser = { email: string; password: string; name: string };

/** A doctor an admin has verified (verification itself is the admin's journey, not this one's). */
export async function seedVerifiedDoctor(name: string, specialtySlug: string): Promise<SeededUser> {
  const client = connect();
  const specialty = await client.specialty.findUniqueOrThrow({ where: { slug: specialtySlug } });
  const user = {
    email: uniqueEmail("doctor"),
    password: "steady hands and patience",
    name,
  };
  const created = await registerUser({
    accountType: "doctor",
    ...user,
    specialtyIds: [specialty.id],
    university: "University of Tartu",
    yearsOfExperience: 11,
    licenseNumber: `EE-${Math.floor(Math.random() * 1e6)}`,
  });
  await client.doctorProfile.update({
    where: { userId: created.id },
    data: { verification: "VERIFIED", verifiedAt: new Date() },
  });
  return user;
}
