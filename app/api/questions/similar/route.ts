import { currentActor } from "@/lib/auth/session";
import { suggestSimilarQuestions } from "@/lib/search/suggest-similar-questions";
import { ZSimilarQuery } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** Questions like the one being typed on the ask page. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = ZSimilarQuery.safeParse({ title: url.searchParams.get("title"), body: url.searchParams.get("body") });
  if (!parsed.success) return Response.json({ questions: [] });
  try {
    const questions = await suggestSimilarQuestions({ viewer: await currentActor(), ...parsed.data });
    return Response.json({ questions }, { headers: { "Cache-Control": "private, max-age=30" } });
  } catch (error) {
    console.error("similar questions failed", error);
    return Response.json({ questions: [] }, { status: 500 });
  }
}
