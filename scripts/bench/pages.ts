// Pages under load: the production server answering real page requests with real sessions, one bounded autocannon
// run per page kind, and the peak memory of the web (and worker) process meanwhile.
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { STORY_QUESTION } from "../../prisma/seed/consultation";
import { type LoadResult, load, printLoad } from "./load";
import type { App } from "./processes";
import { COLD_MESSAGES } from "./seed-threads";
import { signIn } from "./sign-in";

export type PageTargets = {
  storyId: number;
  storyMessages: number;
  /** Bulk questions with exactly COLD_MESSAGES messages, never requested before the cold run. */
  coldIds: number[];
  articleSlug: string;
  patientEmail: string;
  doctorEmail: string;
};

export async function findTargets(databaseUrl: string): Promise<PageTargets> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const story = await pool.query<{ id: number; messages: number }>(
      `SELECT q."id", (SELECT count(*)::int FROM "ThreadMessage" m WHERE m."questionId" = q."id") AS messages
      FROM "Question" q WHERE q."title" = $1`,
      [STORY_QUESTION.title],
    );
    const cold = await pool.query<{ id: number }>(
      `SELECT q."id" FROM "Question" q WHERE q."authorId" LIKE 'bp%' AND q."hiddenAt" IS NULL AND q."answerCount" = 6
        AND (SELECT count(*) FROM "ThreadMessage" m WHERE m."questionId" = q."id") = $1
      ORDER BY q."id" LIMIT 5000`,
      [COLD_MESSAGES],
    );
    const article = await pool.query<{ slug: string }>(
      `SELECT "slug" FROM "Article" WHERE "publishedAt" IS NOT NULL ORDER BY "id" LIMIT 1`,
    );
    const storyRow = story.rows[0];
    if (!storyRow || !article.rows[0]) throw new Error("the demo seed's story question or article is missing");
    return {
      storyId: storyRow.id,
      storyMessages: storyRow.messages,
      coldIds: cold.rows.map((row) => row.id),
      articleSlug: article.rows[0].slug,
      patientEmail: DEMO_ACCOUNTS[0].email,
      doctorEmail: DEMO_ACCOUNTS[1].email,
    };
  } finally {
    await pool.end();
  }
}

export type PagesResult = { loads: LoadResult[]; coldSequential?: LoadResult };

export async function benchPages(
  app: App,
  targets: PageTargets,
  options: { seconds: number; log: (line: string) => void },
): Promise<PagesResult> {
  const { seconds, log } = options;
  const pids = { web: app.web.pid, worker: app.worker?.pid };
  const patient = await signIn(app.url, targets.patientEmail, DEMO_PASSWORD);
  const doctor = await signIn(app.url, targets.doctorEmail, DEMO_PASSWORD);
  const story = `/questions/${targets.storyId}`;
  await expectPage(app.url, story, STORY_QUESTION.title);

  // Cold: every request asks for a question nobody asked for before, so no page cache can answer it. The ids are
  // split between the two cold runs so that the second does not find what the first cached.
  const half = Math.floor(targets.coldIds.length / 2);
  const cycle = (ids: number[]) => {
    let i = 0;
    return () => `/questions/${ids[i++ % ids.length]}`;
  };
  const loads: LoadResult[] = [];
  const run = async (name: string, target: string, extra: Partial<Parameters<typeof load>[0]> = {}) => {
    const result = await load({ name, url: `${app.url}${target}`, target, seconds, pids, warmupSeconds: 2, ...extra });
    printLoad(result, log);
    loads.push(result);
    return result;
  };
  const coldTarget = `/questions/<${COLD_MESSAGES}-message question, a new one per request>`;
  await run("question, anonymous, cold", coldTarget, {
    nextPath: cycle(targets.coldIds.slice(0, half)),
    warmupSeconds: 0,
  });
  // One connection: the time one uncached page takes, compared with its bare SQL (D1).
  const coldSequential = await run("question, anonymous, cold, 1 conn.", coldTarget, {
    nextPath: cycle(targets.coldIds.slice(half)),
    connections: 1,
    warmupSeconds: 0,
    seconds: Math.min(seconds, 5),
  });
  loads.pop();
  await run("question, anonymous, warm", story);
  // A signed-in reader gets the kept page, whose scripts then ask for the reader's own part: one view is both.
  const viewerPart = `/api/questions/${targets.storyId}/viewer`;
  const signedInView = `${story} (kept page) + ${viewerPart}`;
  for (const [name, cookie] of [
    ["question, signed-in patient (asker)", patient],
    ["question, signed-in doctor", doctor],
  ] as const) {
    await expectKeptForMember(app.url, story, viewerPart, cookie);
    await run(name, signedInView, { headers: { cookie }, sequence: [story, viewerPart] });
  }
  await run("home", "/");
  await run("search", "/search?q=back+pain");
  await run("doctor queue", "/doctor/queue", { headers: { cookie: doctor } });
  return { loads, coldSequential };
}

/** The run must measure what a member gets: the kept page (not a render for them) and their part of it. */
async function expectKeptForMember(baseUrl: string, page: string, viewerPart: string, cookie: string) {
  // fetch asks for gzip, which autocannon does not: keep that copy too, as a visitor's browser would.
  await (await fetch(`${baseUrl}${page}`)).arrayBuffer();
  const kept = await fetch(`${baseUrl}${page}`, { headers: { cookie } });
  await kept.arrayBuffer();
  const part = await fetch(`${baseUrl}${viewerPart}`, { headers: { cookie } });
  const body = (await part.json()) as { thread?: unknown };
  if (kept.headers.get("x-consilium-cache") !== "hit" || part.status !== 200 || !body.thread) {
    const cache = kept.headers.get("x-consilium-cache");
    throw new Error(`a member's view of ${page} was not the kept page (${cache}) and their part (${part.status})`);
  }
}

async function expectPage(baseUrl: string, path: string, text: string) {
  const response = await fetch(`${baseUrl}${path}`);
  const html = await response.text();
  if (response.status !== 200 || !html.includes(text.replace(/'/g, "&#x27;").slice(0, 40))) {
    throw new Error(`${path} answered ${response.status} without "${text}"`);
  }
}
