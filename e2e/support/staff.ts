// Rows the staff pages show, written into the e2e server's database through the app's own use-cases
// (connect() from e2e/support/database.ts), so a scan of those pages has something to look at.
import { registerUser } from "../../lib/accounts/register-user";
import { loadActor } from "../../lib/auth/load-actor";
import { decideDoctorVerification } from "../../lib/doctors/decide-doctor-verification";
import { connect } from "./database";
import { uniqueEmail } from "./pages";

export const DEMO_ADMIN = { email: "admin@demo.consilium.test", password: "consilium-demo" };
export const DEMO_MODERATOR = { email: "moderator@demo.consilium.test", password: "consilium-demo" };

/**
 * A doctor who signed up and was rejected by the demo admin: one more entry in the audit log (with a reason and
 * before/after) and one in the Rejected queue. Returns the doctor's name.
 */
export async function seedRejectedDoctor(name: string): Promise<string> {
  const client = connect();
  const specialty = await client.specialty.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const doctor = await registerUser({
    accountType: "doctor",
    name,
    email: uniqueEmail("rejected"),
    password: "steady hands and patience",
    specialtyIds: [specialty.id],
    university: "University of Bergen",
    yearsOfExperience: 3,
    licenseNumber: `NO-${Math.floor(Math.random() * 1e6)}`,
  });
  const admin = await client.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email }, select: { id: true } });
  await decideDoctorVerification({
    actor: await loadActor(admin.id),
    input: { doctorId: doctor.id, decision: "REJECT", reason: "The licence number is not in the Norwegian register." },
  });
  return name;
}
