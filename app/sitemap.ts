import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { listSitemapQuestions } from "@/lib/questions/list-sitemap-questions";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env().NEXTAUTH_URL.replace(/\/$/, "");
  const questions = await listSitemapQuestions();
  return [
    { url: `${origin}/`, changeFrequency: "hourly", priority: 1 },
    ...questions.map((question) => ({
      url: `${origin}/questions/${question.id}`,
      lastModified: question.lastModified,
      changeFrequency: "daily" as const,
      priority: 0.7,
    })),
  ];
}
