import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/components/articles/article-form";
import { Alert } from "@/components/ui/alert";
import { listAuthorSpecialties } from "@/lib/articles/list-author-specialties";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { writeArticleAction } from "../actions";

export const metadata: Metadata = {
  title: "Write an article",
  robots: { index: false },
};

export default async function NewArticlePage() {
  const actor = await requireUser("/doctor/articles/new");
  if (!can(actor, "article.write")) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Write an article</h1>
        <Alert tone="info" title="Articles are written by verified doctors">
          <p>
            You can write articles once an administrator has verified your doctor profile.{" "}
            <Link href="/articles">Read the articles</Link>
          </p>
        </Alert>
      </div>
    );
  }
  const specialties = await listAuthorSpecialties(actor.id);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Write an article</h1>
        <p className="mt-2 text-muted">
          It is published at once under your name, university and experience, and readers can rate it.
        </p>
      </div>
      <ArticleForm
        specialties={specialties}
        action={writeArticleAction}
        submitLabel="Publish article"
        pendingLabel="Publishing…"
        failureTitle="Your article was not published yet"
      />
    </div>
  );
}
