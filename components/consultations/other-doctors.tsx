import { Star } from "lucide-react";
import Link from "next/link";
import { personName } from "@/components/questions/labels";
import { Avatar } from "@/components/ui/avatar";
import type { ConsultingDoctor } from "@/lib/doctors/list-consulting-doctors";
import { formatMoney } from "@/lib/payments/format-money";

/** "Other neurology doctors who can help" (specialty: the field, e.g. "Neurology"), each with a link to start a consultation with them. */
export function OtherDoctors({ doctors, specialty }: { doctors: ConsultingDoctor[]; specialty: string | null }) {
  if (doctors.length === 0) return null;
  return (
    <section aria-labelledby="other-doctors" className="flex flex-col gap-3">
      <h2 id="other-doctors" className="text-xl font-bold">
        Other {specialty ? `${specialty.toLowerCase()} ` : ""}doctors who can help
      </h2>
      <ul className="flex flex-col gap-2">
        {doctors.map((doctor) => {
          const name = personName(doctor.name, "DOCTOR");
          return (
            <li key={doctor.id} className="flex items-start gap-3 rounded-xl border border-line bg-surface p-4">
              <Avatar name={doctor.name} photoUrl={doctor.photoUrl} />
              <div className="flex min-w-0 flex-col gap-1">
                <p className="font-semibold">
                  <Link href={`/doctors/${doctor.id}`}>{name}</Link>
                </p>
                <p className="text-muted">
                  {doctor.university} · {doctor.yearsOfExperience} years of experience ·{" "}
                  {formatMoney(doctor.priceMinor, doctor.currency)}
                  {doctor.ratingAverage !== null && (
                    <span className="inline-flex items-center gap-1">
                      {" · "}
                      <Star aria-hidden="true" className="size-4" />
                      {doctor.ratingAverage.toFixed(1)} from {doctor.ratingCount}{" "}
                      {doctor.ratingCount === 1 ? "rating" : "ratings"}
                    </span>
                  )}
                </p>
                <p>
                  <Link href={`/consultations/new?doctor=${encodeURIComponent(doctor.id)}`}>
                    Consult {name} privately
                  </Link>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
