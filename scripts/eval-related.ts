// `npm run eval:related -- [file.csv] [--two-fold]` (default ../shared/data/mqp-dev.csv): judges "Similar questions on the topic"
// on doctor-labelled pairs (Curai's Medical Question Pairs: dr_id, question_1, question_2, label). Every distinct
// question of the file is asked in a database of its own, the real background job embeds them and computes the related
// lists, and each first question's list is read with findRelatedQuestions — the function the question page calls.
//
// recall@5: share of first questions whose paraphrase (label 1) is among the first 5.
// MRR: mean of 1/rank of the paraphrase (0 when it is not listed at all).
// pairwise: share of first questions whose paraphrase ranks above the look-alike (label 0). A question missing from
// the list ranks below everything listed; when both are missing, the pair counts as wrong.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../lib/db";
import { embedPendingQuestions } from "../lib/search/embed-pending-questions";
import { decodeVector, questionText } from "../lib/search/embedding-model";
import { findRelatedQuestions } from "../lib/search/find-related-questions";
import { withIsolatedDatabase } from "./lib/isolated-database";
import { type TwoFoldQuery, twoFold } from "./lib/related-two-fold";

type Pair = { doctor: string; first: string; second: string; label: "0" | "1" };

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A title of at most 200 characters: the text, or its first sentences, or its first words; the rest is the body. */
export function splitQuestion(text: string): { title: string; body: string } {
  const clean = text.trim();
  if (clean.length <= 200) return { title: clean, body: "" };
  const sentenceEnd = Math.max(...[". ", "? ", "! "].map((end) => clean.lastIndexOf(end, 199)));
  const cut = sentenceEnd > 40 ? sentenceEnd + 1 : clean.lastIndexOf(" ", 200);
  return { title: clean.slice(0, cut).trim(), body: clean.slice(cut).trim() };
}

type Metrics = { questions: number; recallAt5: number; mrr: number; pairwise: number };

function summarise(ranks: { paraphrase: number | null; lookAlike: number | null }[]): Metrics {
  let hits = 0;
  let reciprocal = 0;
  let ordered = 0;
  for (const { paraphrase, lookAlike } of ranks) {
    if (paraphrase !== null && paraphrase <= 5) hits++;
    if (paraphrase !== null) reciprocal += 1 / paraphrase;
    if (paraphrase !== null && (lookAlike === null || paraphrase < lookAlike)) ordered++;
  }
  const n = Math.max(ranks.length, 1);
  return { questions: ranks.length, recallAt5: hits / n, mrr: reciprocal / n, pairwise: ordered / n };
}

async function main() {
  const args = process.argv.slice(2);
  const withTwoFold = args.includes("--two-fold");
  const file = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? "../shared/data/mqp-dev.csv");
  const [header, ...rows] = parseCsv(await readFile(file, "utf8"));
  if (header?.join(",") !== "dr_id,question_1,question_2,label") throw new Error(`${file}: unexpected header`);
  const pairs: Pair[] = rows
    .filter((row) => row.length === 4)
    .map(([doctor, first, second, label]) => ({ doctor, first, second, label }) as Pair);
  const texts = [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))];
  console.log(`${file}: ${pairs.length} pairs, ${texts.length} distinct questions`);

  await withIsolatedDatabase("eval", console.log, async () => {
    const client = db();
    const specialty = await client.specialty.create({ data: { slug: "eval", name: "Evaluator", field: "Evaluation" } });
    const author = await client.user.create({
      data: { email: "eval@example.test", name: "Eval", passwordHash: "-" },
    });
    await client.question.createMany({
      data: texts.map((text) => ({
        ...splitQuestion(text),
        authorId: author.id,
        specialtyId: specialty.id,
        shownName: "Eval",
      })),
    });
    const idOf = new Map(
      (await client.question.findMany({ select: { id: true, title: true, body: true } })).map((q) => [
        [q.title, q.body].filter(Boolean).join(" "),
        q.id,
      ]),
    );
    const id = (text: string) => {
      const { title, body } = splitQuestion(text);
      const found = idOf.get([title, body].filter(Boolean).join(" "));
      if (found === undefined) throw new Error(`question not stored: ${text}`);
      return found;
    };

    const started = performance.now();
    let embedded = 0;
    while (true) {
      const run = await embedPendingQuestions();
      if (run.embedded.length === 0) break;
      embedded += run.embedded.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`background job: ${embedded} questions embedded and related lists computed in ${seconds.toFixed(1)} s`);

    const byFirst = new Map<string, { doctor: string; paraphrase?: string; lookAlike?: string }>();
    for (const pair of pairs) {
      const entry = byFirst.get(pair.first) ?? { doctor: pair.doctor };
      if (pair.label === "1") entry.paraphrase = pair.second;
      else entry.lookAlike = pair.second;
      byFirst.set(pair.first, entry);
    }
    const ranks: { doctor: string; paraphrase: number | null; lookAlike: number | null }[] = [];
    const foldQueries: (Omit<TwoFoldQuery, "query" | "paraphrase" | "lookAlike"> & Record<string, unknown>)[] = [];
    for (const [first, { doctor, paraphrase, lookAlike }] of byFirst) {
      if (!paraphrase || !lookAlike) continue;
      const listed = (await findRelatedQuestions({ viewer: null, questionId: id(first), limit: 50 })).map((q) => q.id);
      const rankOf = (text: string) => {
        const at = listed.indexOf(id(text));
        return at < 0 ? null : at + 1;
      };
      ranks.push({ doctor, paraphrase: rankOf(paraphrase), lookAlike: rankOf(lookAlike) });
      foldQueries.push({ doctor, query: id(first), paraphrase: id(paraphrase), lookAlike: id(lookAlike) });
    }

    const line = (label: string, m: Metrics) =>
      `${label.padEnd(10)} n=${String(m.questions).padStart(4)}  recall@5 ${m.recallAt5.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  pairwise ${m.pairwise.toFixed(3)}`;
    for (const doctor of [...new Set(ranks.map((r) => r.doctor))].sort()) {
      console.log(line(`doctor ${doctor}`, summarise(ranks.filter((r) => r.doctor === doctor))));
    }
    const all = summarise(ranks);
    console.log(line("all", all));
    if (withTwoFold) {
      // Every stored vector and text, indexed 0…n-1 for the scoring code.
      const stored = await client.question.findMany({
        select: { id: true, title: true, body: true, embedding: { select: { vector: true } } },
        orderBy: { id: "asc" },
      });
      const at = new Map(stored.map((question, i) => [question.id, i]));
      const index = (questionId: unknown) => at.get(questionId as number) as number;
      const lines = twoFold(
        stored.map((question) => questionText(question.title, question.body)),
        stored.map((question) => decodeVector(question.embedding?.vector ?? new Uint8Array())),
        foldQueries.map((q) => ({
          doctor: q.doctor,
          query: index(q.query),
          paraphrase: index(q.paraphrase),
          lookAlike: index(q.lookAlike),
        })),
      );
      for (const text of lines) console.log(text);
    }
    console.log(`recall@5 ${all.recallAt5.toFixed(3)}`);
    console.log(`MRR ${all.mrr.toFixed(3)}`);
    console.log(`pairwise ${all.pairwise.toFixed(3)}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
