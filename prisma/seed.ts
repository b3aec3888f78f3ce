// Demo data: reference data (specialties) on every run; demo accounts, the story consultation, the article and
// the further questions once, in one transaction. `npm run db:seed`, or seedDatabase() from tests and scripts.
import { pathToFileURL } from "node:url";
import { hashPassword } from "../lib/auth/password";
import { type Db, db, disconnectDb } from "../lib/db";
import { env } from "../lib/env";
import { createAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PATIENT_EMAIL } from "./seed/accounts";
import { createArticle } from "./seed/article";
import { createStory } from "./seed/consultation";
import { writeDemoFiles } from "./seed/files";
import { createPrivateConsultations } from "./seed/private-consultations";
import { BODY_QUESTIONS } from "./seed/questions-body";
import { FAMILY_QUESTIONS } from "./seed/questions-family";
import { MIND_QUESTIONS } from "./seed/questions-mind";
import { SPINE_QUESTIONS } from "./seed/questions-spine";
import { seededRandom } from "./seed/random";
import { createReactions } from "./seed/reactions";
import { upsertSpecialties } from "./seed/specialties";
import { createQuestions } from "./seed/threads";

export const OTHER_QUESTIONS = [...SPINE_QUESTIONS, ...BODY_QUESTIONS, ...FAMILY_QUESTIONS, ...MIND_QUESTIONS];

export type SeedOptions = {
  log?: (line: string) => void;
  /** Where uploads live (`<dataDir>/uploads/`); defaults to DATA_DIR. */
  dataDir?: string;
};

export async function seedDatabase(client: Db, options: SeedOptions = {}): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const specialtyIds = await upsertSpecialties(client);
  log(`Specialties: ${Object.keys(specialtyIds).length} upserted.`);

  // Written on every run: the bytes (and so the storage keys) never change, and a wiped upload folder is restored.
  const files = await writeDemoFiles(options.dataDir ?? env().DATA_DIR);

  const existing = await client.user.findUnique({ where: { email: DEMO_PATIENT_EMAIL }, select: { id: true } });
  if (existing) {
    log("Demo content is already present: nothing else to do.");
    return { created: false };
  }

  // One hash for every demo account: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const random = seededRandom(20_201_201);
  await client.$transaction(
    async (tx) => {
      const people = await createAccounts(tx, { passwordHash, specialtyIds, now });
      const context = { people, specialtyIds, now, random };
      const storyId = await createStory(tx, context, files);
      log(`Story consultation: question #${storyId}.`);
      const articleId = await createArticle(tx, context);
      log(`Article: #${articleId}.`);
      const questionIds = await createQuestions(tx, context, OTHER_QUESTIONS);
      log(`Further questions: ${questionIds.length}.`);
      // Last, so the seeded random numbers drawn for the content above stay as they were.
      const consultationIds = await createPrivateConsultations(tx, context);
      log(`Paid private consultations: ${consultationIds.length}.`);
      const reactions = await createReactions(tx);
      log(`Thanks: ${reactions.thanks}; doctors agreeing: ${reactions.agreements}.`);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created: true };
}

async function printSummary(client: Db): Promise<void> {
  const [users, doctors, questions, messages, attachments, articles] = await Promise.all([
    client.user.count(),
    client.doctorProfile.count(),
    client.question.count(),
    client.threadMessage.count(),
    client.attachment.count(),
    client.article.count(),
  ]);
  console.log(
    `Database now holds ${users} users (${doctors} doctors), ${questions} questions, ${messages} thread messages, ` +
      `${attachments} attachments, ${articles} articles.`,
  );
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS)
    console.log(`  ${account.role.padEnd(9)} ${account.email}  ${account.description}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const client = db();
  try {
    const { created } = await seedDatabase(client, { log: (line) => console.log(line) });
    console.log(created ? "Demo content created." : "Demo content was already there; reference data refreshed.");
    await printSummary(client);
  } catch (error) {
    console.error("Seeding failed:", error);
    process.exitCode = 1;
  } finally {
    await disconnectDb();
  }
}
