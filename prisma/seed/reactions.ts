// Thanks and agreement on the seeded answers, read from the threads themselves: an asker who thanked a doctor in a
// reply under that doctor's answer also pressed "Thank"; in the story thread, three of the other doctors agree with
// the demo neurologist's answer, which their own answers build on.
import type { Tx } from "../../lib/db";
import { STORY_QUESTION } from "./consultation";

const DEMO_DOCTOR_EMAIL = "doctor@demo.consilium.test";

export async function createReactions(tx: Tx): Promise<{ thanks: number; agreements: number }> {
  const thanked = await tx.$queryRaw<{ messageId: string; userId: string }[]>`
    SELECT DISTINCT answer.id AS "messageId", question."authorId" AS "userId"
      FROM "ThreadMessage" reply
      JOIN "ThreadMessage" answer ON answer.id = reply."parentId" AND answer.kind = 'ANSWER'
      JOIN "Question" question ON question.id = reply."questionId"
     WHERE reply.kind = 'REPLY' AND reply."authorId" = question."authorId" AND reply.body ~* '\\mthank'`;
  await tx.messageReaction.createMany({ data: thanked.map((row) => ({ ...row, kind: "THANKS" as const })) });

  const story = await tx.question.findFirstOrThrow({ where: { title: STORY_QUESTION.title }, select: { id: true } });
  const answers = await tx.threadMessage.findMany({
    where: { questionId: story.id, kind: "ANSWER" },
    orderBy: { createdAt: "asc" },
    select: { id: true, authorId: true, author: { select: { email: true } } },
  });
  const demoDoctorAnswer = answers.find((answer) => answer.author.email === DEMO_DOCTOR_EMAIL);
  const agreements = demoDoctorAnswer
    ? answers
        .filter((answer) => answer.authorId !== demoDoctorAnswer.authorId)
        .slice(0, 3)
        .map((answer) => ({ messageId: demoDoctorAnswer.id, userId: answer.authorId, kind: "AGREE" as const }))
    : [];
  await tx.messageReaction.createMany({ data: agreements });
  return { thanks: thanked.length, agreements: agreements.length };
}
