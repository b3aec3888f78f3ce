import type { MetadataRoute } from "next";
import { listSitemapArticles } from "@/lib/articles/list-sitemap-articles";
import { env } from "@/lib/env";
import { listSitemapQuestions } from "@/lib/questions/list-sitemap-questions";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env().NEXTAUTH_URL.replace(/\/$/, "");
  const [questions, articles] = await Promise.all([listSitemapQuestions(), listSitemapArticles()]);
  return [
    { url: `${origin}/`, changeFrequency: "hourly", priority: 1 },
    ...questions.map((question) => ({
      url: `${origin}/questions/${question.id}`,
      lastModified: question.lastModified,
      changeFrequency: "daily" as const,
      priority: 0.7,
    })),
    { url: `${origin}/articles`, changeFrequency: "daily", priority: 0.8 },
    ...articles.map((article) => ({
      url: `${origin}/articles/${article.slug}`,
      lastModified: article.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
