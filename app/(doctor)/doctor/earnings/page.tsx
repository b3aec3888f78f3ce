import type { Metadata } from "next";
import Link from "next/link";
import { EarningsView } from "@/components/doctors/earnings-view";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/auth/session";
import { getDoctorEarnings } from "@/lib/doctors/get-doctor-earnings";
import { isDomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Earnings", robots: { index: false } };

export default async function DoctorEarningsPage() {
  const actor = await requireRole(["DOCTOR"], "/doctor/earnings");
  const earnings = await getDoctorEarnings({ actor }).catch((error: unknown) => {
    // Only doctors have earnings (the layout already sent everyone else away): say so rather than fail.
    if (isDomainError(error) && error.code === "FORBIDDEN") return error;
    throw error;
  });
  if (earnings instanceof Error) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Earnings</h1>
        <Alert tone="info" title="Not available to your account now">
          <p>{earnings.message}</p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Earnings</h1>
        <p className="mt-2 text-muted">
          Private consultations whose payment went through; refunded ones are not counted. Amounts in different
          currencies are shown side by side. Your price is set in{" "}
          <Link href="/doctor/settings">consultation settings</Link>.
        </p>
      </div>
      <EarningsView earnings={earnings} />
    </div>
  );
}
