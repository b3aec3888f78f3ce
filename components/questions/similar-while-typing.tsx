"use client";

import { useEffect, useState } from "react";
import { type SimilarQuestion, SimilarQuestions } from "./similar-questions";

const DEBOUNCE_MS = 400;
const MIN_TITLE_CHARS = 8;

/**
 * While a patient writes their question, questions already asked (and perhaps answered) appear under the
 * title. Requests wait for a pause in typing and the older one is cancelled, so typing never waits on them.
 */
export function SimilarWhileTyping({ title, body }: { title: string; body: string }) {
  const [questions, setQuestions] = useState<SimilarQuestion[]>([]);

  useEffect(() => {
    if (title.trim().length < MIN_TITLE_CHARS) {
      setQuestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ title: title.slice(0, 200), body: body.slice(0, 1000) });
      fetch(`/api/questions/similar?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { questions: [] }))
        .then((data: { questions: SimilarQuestion[] }) => setQuestions(data.questions))
        .catch(() => {
          // Aborted by newer typing, or offline: suggestions are a help, never an error to show.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title, body]);

  return (
    <div aria-live="polite">
      <SimilarQuestions
        questions={questions}
        heading="Already asked: perhaps a doctor has answered"
        headingId="similar-while-typing"
        newTab
      />
    </div>
  );
}
