"use client";

import { Clock, Phone } from "lucide-react";
import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { EMERGENCY_NOTICE, emergencyAdviceFor, redFlagsFor } from "@/lib/triage/red-flags";

type SpecialtyTriageProps = {
  specialty: { slug: string; name: string } | undefined;
  /** "2 hours", from the last 30 days' median; absent when there is no figure. */
  usualWait?: string;
  /** Codes ticked before a failed submit. */
  defaultTicked?: readonly string[];
  error?: readonly string[];
};

/**
 * Under the specialty picker: how soon its doctors usually answer, and its warning signs. Ticking any sign shows the
 * emergency notice at once, in the browser, before anything is posted. The parent keys this by specialty, so a new
 * choice starts with nothing ticked.
 */
export function SpecialtyTriage({ specialty, usualWait, defaultTicked = [], error }: SpecialtyTriageProps) {
  const flags = specialty ? redFlagsFor(specialty.slug) : [];
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(defaultTicked.filter((code) => flags.some((flag) => flag.code === code))),
  );
  const message = error?.[0];

  return (
    <div className="flex flex-col gap-4">
      <p aria-live="polite" className="text-muted">
        {specialty && usualWait && (
          <span className="inline-flex items-center gap-2">
            <Clock aria-hidden="true" className="size-4 shrink-0" />
            {specialty.name}s usually answer within {usualWait}.
          </span>
        )}
      </p>
      {specialty && (
        <fieldset
          aria-describedby={`redFlags-hint${message ? " redFlags-error" : ""}`}
          className="rounded-lg border border-line p-4"
        >
          <legend className="px-1 font-semibold">Do any of these apply?</legend>
          <p id="redFlags-hint" className="text-muted">
            Tick any you have now. You can still post your question.
          </p>
          <ul className="mt-2 flex flex-col">
            {flags.map((flag) => (
              <li key={flag.code}>
                <label className="flex min-h-11 cursor-pointer items-start gap-3 py-1.5">
                  <input
                    type="checkbox"
                    name="redFlags"
                    value={flag.code}
                    checked={ticked.has(flag.code)}
                    onChange={(event) => {
                      const next = new Set(ticked);
                      if (event.currentTarget.checked) next.add(flag.code);
                      else next.delete(flag.code);
                      setTicked(next);
                    }}
                    className="mt-1 size-5 shrink-0 accent-[var(--color-danger)]"
                  />
                  <span>{flag.label}</span>
                </label>
              </li>
            ))}
          </ul>
          {message && <FieldError id="redFlags-error">{message}</FieldError>}
        </fieldset>
      )}
      {specialty && ticked.size > 0 && (
        <div role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-4 text-ink">
          <p className="flex items-center gap-2 text-xl font-bold text-danger">
            <Phone aria-hidden="true" className="size-5 shrink-0" />
            {EMERGENCY_NOTICE.title}
          </p>
          <p className="mt-2 font-semibold">{EMERGENCY_NOTICE.call}</p>
          <p className="mt-2">{EMERGENCY_NOTICE.dontWait}</p>
          <p className="mt-2">{emergencyAdviceFor(specialty.slug)}</p>
        </div>
      )}
    </div>
  );
}
