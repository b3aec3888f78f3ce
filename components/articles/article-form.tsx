"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { SpecialtyOption } from "@/lib/specialties/list-specialties";
import type { ArticleValues } from "@/lib/validation/article";
import { ARTICLE_LIMITS } from "@/lib/validation/article-limits";
import { type FormState, IDLE } from "@/lib/validation/form-state";

const BODY_HINT =
  "Separate paragraphs with an empty line. Start a line with “## ” for a heading or “### ” for a subheading, " +
  "“- ” for a bullet list and “1. ” for a numbered list. **Bold** and *italic* work too; links and images do not.";

type ArticleFormProps = {
  specialties: SpecialtyOption[];
  action: (previous: FormState<ArticleValues>, formData: FormData) => Promise<FormState<ArticleValues>>;
  /** The article as saved, when editing. */
  initial?: ArticleValues;
  /** Sent along when editing. */
  articleId?: number;
  submitLabel: string;
  pendingLabel: string;
  failureTitle: string;
};

/** The doctor's article form, to write or to edit. Submitted by hand so a refused article keeps every field as typed. */
export function ArticleForm({
  specialties,
  action,
  initial = {},
  articleId,
  submitLabel,
  pendingLabel,
  failureTitle,
}: ArticleFormProps) {
  const { state, formAction, pending, formRef, onSubmit } = useKeptForm(action, IDLE);
  const values = state.ok === false ? state.values : initial;
  const errors = state.ok === false ? state.fieldErrors : {};

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-6 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      {articleId !== undefined && <input type="hidden" name="articleId" value={articleId} />}
      {state.ok === false && (
        <Alert role="alert" tone="danger" title={failureTitle}>
          <p>{state.message}</p>
        </Alert>
      )}
      <TextField
        name="title"
        label="Title"
        hint="What a patient would search for, e.g. “Lower back pain radiating to the leg: what helps”."
        maxLength={ARTICLE_LIMITS.titleMax}
        defaultValue={values.title}
        error={errors.title}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        optional
        rows={3}
        hint="One or two sentences shown in the list of articles and in search results."
        maxLength={ARTICLE_LIMITS.summaryMax}
        defaultValue={values.summary}
        error={errors.summary}
      />
      <SelectField
        name="specialtyId"
        label="Specialty"
        placeholder="Choose one of your specialties"
        options={specialties.map((s) => ({ value: String(s.id), label: s.name }))}
        defaultValue={values.specialtyId ?? (specialties.length === 1 ? String(specialties[0]?.id) : "")}
        error={errors.specialtyId}
      />
      <TextAreaField
        name="body"
        label="Article"
        rows={18}
        hint={BODY_HINT}
        maxLength={ARTICLE_LIMITS.bodyMax}
        defaultValue={values.body}
        error={errors.body}
      />
      <Button type="submit" size="lg" disabled={pending} className="self-start">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
