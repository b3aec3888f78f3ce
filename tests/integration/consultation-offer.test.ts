// A doctor's consultation offer: price in minor units, declining keeps the last price, every change audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getConsultationOffer } from "../../lib/doctors/get-consultation-offer";
import { updateConsultationOffer } from "../../lib/doctors/update-consultation-offer";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("consultation_offer");

let neurologyId: number;
let patient: Person;

const offerOf = (doctorId: string) =>
  db().doctorProfile.findUniqueOrThrow({
    where: { userId: doctorId },
    select: { offersConsultations: true, consultationPriceMinor: true, consultationCurrency: true },
  });
const auditOf = (doctorId: string) =>
  db().auditLog.findMany({
    where: { action: "consultation.offer", targetId: doctorId },
    orderBy: { id: "asc" },
    select: { actorId: true, targetType: true, before: true, after: true },
  });

beforeAll(async () => {
  neurologyId = (await createSpecialty("Neurologist")).id;
  patient = await createPerson({ name: "Mark Tanner" });
});

describe("updateConsultationOffer", () => {
  it("stores the price in minor units with its currency and audits the change", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId] });
    const saved = await updateConsultationOffer({
      actor: doctor.actor,
      input: { offersConsultations: true, price: "35.50", currency: "USD" },
    });
    expect(saved).toEqual({ offersConsultations: true, priceMinor: 3550, currency: "USD" });
    expect(await offerOf(doctor.id)).toEqual({
      offersConsultations: true,
      consultationPriceMinor: 3550,
      consultationCurrency: "USD",
    });
    const audit = await auditOf(doctor.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: doctor.id,
      targetType: "DoctorProfile",
      before: { offersConsultations: false, consultationPriceMinor: null, consultationCurrency: "EUR" },
      after: { offersConsultations: true, consultationPriceMinor: 3550, consultationCurrency: "USD" },
    });
  });

  it("accepts a comma as the decimal mark", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId] });
    await updateConsultationOffer({ actor: doctor.actor, input: { offersConsultations: true, price: "35,5" } });
    expect(await offerOf(doctor.id)).toMatchObject({ consultationPriceMinor: 3550, consultationCurrency: "EUR" });
  });

  it("declining keeps the last price and currency", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId] });
    await updateConsultationOffer({
      actor: doctor.actor,
      input: { offersConsultations: true, price: "40", currency: "GBP" },
    });
    await updateConsultationOffer({ actor: doctor.actor, input: { offersConsultations: false } });
    expect(await offerOf(doctor.id)).toEqual({
      offersConsultations: false,
      consultationPriceMinor: 4000,
      consultationCurrency: "GBP",
    });
    const offer = await getConsultationOffer({ actor: doctor.actor });
    expect(offer).toEqual({ offersConsultations: false, priceMinor: 4000, currency: "GBP", verification: "VERIFIED" });
    expect(await auditOf(doctor.id)).toHaveLength(2);
  });

  it("refuses a bad price with a message on the price field and changes nothing", async () => {
    const doctor = await createDoctor({ specialtyIds: [neurologyId] });
    await updateConsultationOffer({ actor: doctor.actor, input: { offersConsultations: true, price: "35" } });
    for (const price of ["abc", "0.50", "1000.01", "-5", "35.555", undefined]) {
      const error = await failureOf(
        updateConsultationOffer({ actor: doctor.actor, input: { offersConsultations: true, price, currency: "USD" } }),
      );
      expect(error.code).toBe("INVALID");
      expect(error.fieldErrors.price?.[0]).toBeTruthy();
    }
    const badCurrency = await failureOf(
      updateConsultationOffer({
        actor: doctor.actor,
        input: { offersConsultations: true, price: "35", currency: "XYZ" },
      }),
    );
    expect(badCurrency.fieldErrors.currency?.[0]).toBe("Choose EUR, USD or GBP.");
    expect(await offerOf(doctor.id)).toEqual({
      offersConsultations: true,
      consultationPriceMinor: 3500,
      consultationCurrency: "EUR",
    });
    expect(await auditOf(doctor.id)).toHaveLength(1);
  });

  it("lets an unverified doctor set an offer (patients see it only after verification)", async () => {
    const pending = await createDoctor({ specialtyIds: [neurologyId], verified: false });
    await updateConsultationOffer({ actor: pending.actor, input: { offersConsultations: true, price: "20" } });
    expect(await getConsultationOffer({ actor: pending.actor })).toMatchObject({
      offersConsultations: true,
      priceMinor: 2000,
      verification: "PENDING",
    });
  });

  it("refuses patients, staff, suspended doctors and visitors, and writes nothing", async () => {
    const moderator = await createPerson({ role: "MODERATOR" });
    const suspended = await createDoctor({ specialtyIds: [neurologyId], suspended: true });
    for (const actor of [patient.actor, moderator.actor, suspended.actor, null]) {
      const error = await failureOf(
        updateConsultationOffer({ actor, input: { offersConsultations: true, price: "35" } }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await failureOf(getConsultationOffer({ actor: patient.actor }))).code).toBe("FORBIDDEN");
    expect(await offerOf(suspended.id)).toMatchObject({ offersConsultations: false, consultationPriceMinor: null });
    expect(
      await db().auditLog.count({
        where: { action: "consultation.offer", actorId: { in: [patient.id, moderator.id, suspended.id] } },
      }),
    ).toBe(0);
  });
});
