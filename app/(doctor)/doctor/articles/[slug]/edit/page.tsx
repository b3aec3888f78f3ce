import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/articles/article-form";
import { getArticle } from "@/lib/articles/get-article";
import { listAuthorSpecialties } from "@/lib/articles/list-author-specialties";
import { requireUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { updateArticleAction } from "../../actions";

export const metadata: Metadata = { title: "Edit article", robots: { index: false } };

export default async function EditArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireUser(`/doctor/articles/${slug}/edit`);
  const article = await getArticle({ viewer: actor, slug }).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // Someone else's article is not theirs to edit: the use-case refuses it too.
  if (!article.viewerIsAuthor) notFound();
  const specialties = await listAuthorSpecialties(actor.id);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Edit article</h1>
      <ArticleForm
        specialties={specialties}
        action={updateArticleAction}
        articleId={article.id}
        initial={{
          title: article.title,
          summary: article.summary ?? "",
          specialtyId: String(article.specialty.id),
          body: article.body,
        }}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        failureTitle="Your changes were not saved yet"
      />
    </div>
  );
}
