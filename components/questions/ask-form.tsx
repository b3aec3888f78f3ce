"use client";

import { useEffect, useState } from "react";
import { askAction } from "@/app/(member)/ask/actions";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { SpecialtyOption } from "@/lib/specialties/list-specialties";
import { IDLE } from "@/lib/validation/form-state";
import { QUESTION_LIMITS } from "@/lib/validation/question-limits";
import { DRAFT_FIELDS, readAskDraft, writeAskDraft } from "./ask-draft";
import { SimilarWhileTyping } from "./similar-while-typing";
import { SpecialtyTriage } from "./specialty-triage";

/** The title and body typed so far, for the "already asked" suggestions. */
function typedQuestion(form: HTMLFormElement) {
  const data = new FormData(form);
  return { title: String(data.get("title") ?? ""), body: String(data.get("body") ?? "") };
}

type AskFormProps = {
  specialties: SpecialtyOption[];
  defaultSpecialtyId?: number;
  /** "2 hours" by specialty id, where there is a figure. */
  usualWait?: Record<number, string>;
};

export function AskForm({ specialties, defaultSpecialtyId, usualWait = {} }: AskFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(askAction, IDLE);
  const values = state.ok === false ? state.values : {};
  const errors = state.ok === false ? state.fieldErrors : {};
  const [typed, setTyped] = useState({ title: "", body: "" });
  const [specialtyId, setSpecialtyId] = useState(defaultSpecialtyId ? String(defaultSpecialtyId) : "");
  const chosen = specialties.find((s) => String(s.id) === specialtyId);

  // Restore a draft left in this browser, into fields the server did not fill.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const draft = readAskDraft();
    for (const field of DRAFT_FIELDS) {
      const control = form.elements.namedItem(field) as HTMLInputElement | HTMLTextAreaElement | null;
      const saved = draft[field];
      if (control && saved && !control.value) control.value = saved;
    }
    setTyped(typedQuestion(form));
    const select = form.elements.namedItem("specialtyId");
    if (select instanceof HTMLSelectElement) setSpecialtyId(select.value);
  }, [formRef]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onInput={(event) => {
        writeAskDraft(event.currentTarget);
        setTyped(typedQuestion(event.currentTarget));
      }}
      onSubmit={onSubmit}
      className="flex flex-col gap-6 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      {state.ok === false && (
        <Alert role="alert" tone="danger" title="Your question was not posted yet">
          <p>{state.message}</p>
        </Alert>
      )}

      <SelectField
        name="specialtyId"
        label="Which doctor should answer?"
        placeholder="Choose a specialty"
        options={specialties.map((s) => ({ value: String(s.id), label: `${s.name} (${s.field})` }))}
        defaultValue={values.specialtyId ?? (defaultSpecialtyId ? String(defaultSpecialtyId) : "")}
        error={errors.specialtyId}
        hint="Not sure? Choose Therapist: a general practitioner can point you to the right specialist."
        onChange={(event) => setSpecialtyId(event.currentTarget.value)}
      />
      <SpecialtyTriage
        key={chosen?.slug ?? ""}
        specialty={chosen}
        usualWait={chosen ? usualWait[chosen.id] : undefined}
        defaultTicked={values.redFlags}
        error={errors.redFlags}
      />
      <TextField
        name="title"
        label="Your question in one line"
        hint="For example: “Lower back pain going down my leg for three weeks”."
        maxLength={QUESTION_LIMITS.titleMax}
        defaultValue={values.title}
        error={errors.title}
      />
      <SimilarWhileTyping title={typed.title} body={typed.body} />
      <TextAreaField
        name="body"
        label="Describe what worries you"
        rows={9}
        maxLength={QUESTION_LIMITS.bodyMax}
        hint="Since when, where exactly, what makes it better or worse, what you have already tried, your age, and any medicines you take. You can use **bold**, *italic* and lists starting with “- ”."
        defaultValue={values.body}
        error={errors.body}
      />

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 font-semibold">How you appear</legend>
        <p className="-mt-2 text-muted">Your question is public. Choose the name and city shown with it.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="shownName"
            label="Name shown"
            optional
            hint="Your first name if left empty."
            maxLength={QUESTION_LIMITS.shownNameMax}
            autoComplete="off"
            defaultValue={values.shownName}
            error={errors.shownName}
          />
          <TextField
            name="shownCity"
            label="City"
            optional
            maxLength={QUESTION_LIMITS.shownCityMax}
            autoComplete="address-level2"
            defaultValue={values.shownCity}
            error={errors.shownCity}
          />
        </div>
      </fieldset>

      <div className="flex flex-col gap-2">
        <h2 className="font-semibold">Test results</h2>
        <p className="text-muted">
          Photos or PDFs of lab results, scans or reports: JPEG, PNG, WebP or PDF, up to 10 MB each, at most{" "}
          {QUESTION_LIMITS.attachmentsMax}. Photos are cleaned of location and camera data.
        </p>
        <AttachmentPicker max={QUESTION_LIMITS.attachmentsMax} />
        {errors.attachmentIds && <p className="text-danger">{errors.attachmentIds[0]}</p>}
      </div>

      <Button type="submit" disabled={pending} size="lg" className="w-full sm:w-auto sm:self-start">
        {pending ? "Posting your question…" : "Post your question"}
      </Button>
    </form>
  );
}
