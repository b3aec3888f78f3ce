import type { Metadata } from "next";
import Link from "next/link";
import { AskForm } from "@/components/questions/ask-form";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatResponseTime, getRecentResponseTimes } from "@/lib/questions/get-response-times";
import { listSpecialties } from "@/lib/specialties/list-specialties";

export const metadata: Metadata = {
  title: "Ask a doctor",
  description: "Describe what worries you, attach your test results, and doctors of the right specialty will answer.",
  robots: { index: false },
};

export default async function AskPage({ searchParams }: { searchParams: Promise<{ specialty?: string }> }) {
  const actor = await requireUser("/ask");
  const { specialty } = await searchParams;

  if (!can(actor, "question.ask")) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Ask a doctor</h1>
        <Alert tone="info" title="Questions are asked from patient accounts">
          <p>
            {actor.role === "PATIENT"
              ? "Your account is suspended for now, so you cannot post. You can still read every question."
              : "Doctors and staff answer and moderate here. To ask a question of your own, use a patient account."}{" "}
            <Link href="/">Back to the questions</Link>
          </p>
        </Alert>
      </div>
    );
  }

  const [specialties, responseTimes] = await Promise.all([listSpecialties(), getRecentResponseTimes()]);
  const usualWait = Object.fromEntries(
    responseTimes.map((time) => [time.specialtyId, formatResponseTime(time.medianMinutes)]),
  );
  const preselected = specialties.find((option) => option.slug === specialty)?.id;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Ask a doctor</h1>
        <p className="mt-2 text-muted">
          Your question and the doctors' answers are public, under a name you choose. Test results you attach are
          visible to doctors only unless you choose otherwise.
        </p>
      </div>
      <AskForm specialties={specialties} defaultSpecialtyId={preselected} usualWait={usualWait} />
    </div>
  );
}
