import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { QuestionThread } from "@/components/questions/question-thread";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { getQuestionThread } from "@/lib/questions/get-question-thread";
import { excerpt } from "@/lib/text/excerpt";

type QuestionPageProps = { params: Promise<{ id: string }> };

// generateMetadata and the page share one lookup per request.
const loadThread = cache(async (rawId: string) => {
  if (!/^\d{1,10}$/.test(rawId)) notFound();
  const viewer = await currentActor();
  try {
    return { viewer, thread: await getQuestionThread({ viewer, questionId: Number(rawId) }) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const { id } = await params;
  const { thread } = await loadThread(id);
  const { question } = thread;
  return {
    title: question.title,
    description: excerpt(question.body, 160),
    alternates: { canonical: `/questions/${question.id}` },
    // A hidden question is shown only to its author and staff; it must not reach search engines.
    ...(question.hidden && { robots: { index: false, follow: false } }),
  };
}

export default async function QuestionPage({ params }: QuestionPageProps) {
  const { id } = await params;
  const { viewer, thread } = await loadThread(id);
  const open = thread.question.status === "OPEN" && !thread.question.hidden;

  let note: ReactNode = null;
  if (open && !viewer) {
    note = (
      <p className="rounded-lg bg-brand-soft px-4 py-3">
        Are you a doctor?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/questions/${thread.question.id}`)}`}>
          Sign in as a doctor to answer
        </Link>
        .
      </p>
    );
  } else if (open && viewer?.role === "DOCTOR" && !viewer.doctorVerified) {
    note = (
      <p className="rounded-lg bg-brand-soft px-4 py-3">
        You can answer questions once an administrator has verified your credentials.
      </p>
    );
  }

  return <QuestionThread thread={thread} footer={note} />;
}
