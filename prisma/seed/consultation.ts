// The story behind the product: a public consultation about back pain that radiates to the leg, answered by
// six doctors whose specialties together cover six fields; the patient answers each of them under their answer.
import type { Tx } from "../../lib/db";
import type { DemoFile } from "./files";
import { createQuestions, type SeedQuestion } from "./threads";

type StoryContext = Parameters<typeof createQuestions>[1];

const HOUR = 60;
const NEXT_DAY = 24 * HOUR;

export const STORY_QUESTION = {
  specialty: "neurologist",
  asker: "mark",
  shownName: "Mark",
  city: "Graz",
  daysAgo: 365,
  minuteOfDay: 9 * HOUR + 12,
  views: 1481,
  title: "Lower back pain going down my right leg, and now my knee hurts too",
  body: [
    "I am 36 and have had lower back pain for about two years. It starts just above the belt on the right and runs through the buttock and the back of the thigh down to the calf. Long sitting and bending forward make it worse. For the last six months my right knee has hurt as well, mostly on stairs and when I get up in the morning.",
    "What I have tried: anti-inflammatory tablets during flare-ups, a three-month course of an anti-inflammatory prescribed by a rheumatologist (it ended four months ago), glucosamine with chondroitin, warming gels, an acupressure mat and daily stretching. Each helps for a while, then the pain comes back.",
    "A neurosurgeon looked at my MRI (disc protrusions at L4-L5 and L5-S1) and said there is no reason to operate. I have attached the MRI report and my blood tests. What could be behind the knee pain, and what should I do next?",
  ].join("\n\n"),
  answers: [
    {
      doctor: "maslova",
      at: 35,
      body: "Hello, Mark. Before suggesting anything: what are you taking at the moment, including anything bought without a prescription? And does the pain wake you at night?",
      replies: [
        {
          by: "asker",
          at: 58,
          body: "at the moment only an anti-inflammatory gel, and tablets for a few days when it flares up. The pain does not wake me, but it takes a long time to find a position to fall asleep in.",
        },
        {
          by: "doctor",
          at: 80,
          body: "Burning or shooting pain down the leg is partly nerve pain, and ordinary anti-inflammatories often help it only a little. There are medicines made for nerve pain (gabapentin or pregabalin, for example). They are started at a low dose and raised slowly, and they need a prescription and follow-up from your own doctor, because drowsiness and dizziness are common. Has anyone offered you one of these?",
        },
        { by: "asker", at: 95, body: "no, nobody has. I will ask my GP about it at my next appointment." },
        {
          by: "doctor",
          at: 110,
          body: "Good. Please do not take someone else's tablets or order them online: the dose has to be chosen for you. Meanwhile keep a short pain diary for two weeks (what you did, how strong the pain was from 0 to 10). It shows whoever treats you whether a treatment works.",
        },
      ],
    },
    {
      doctor: "marin",
      at: 2 * HOUR + 20,
      body: "Hello! A few questions that matter. Do you have numbness in the groin or between the legs, any change in bladder or bowel control, or weakness in the foot (catching your toes, not being able to stand on your heel)? If any of that appears, go to an emergency department the same day. And when was your last course of treatment, and what exactly was it?",
      replies: [
        {
          by: "asker",
          at: 2 * HOUR + 50,
          body: "none of that: no numbness in the groin, bladder and bowels are normal, and I can walk on heels and toes. The last treatment was the three-month course from the rheumatologist, which ended four months ago. I did see a neurosurgeon; the MRI report is attached to the question.",
        },
        {
          by: "doctor",
          at: 3 * HOUR + 25,
          body: "Thank you, that is reassuring. The report describes protrusions that touch the right S1 root without compressing it, which fits pain running down the back of the leg to the calf. Has anyone offered you an image-guided injection (a nerve root or epidural steroid injection)? For radicular pain that has not settled with exercise and tablets it is one of the usual next steps, done by a pain specialist or a neurosurgeon.",
        },
        { by: "asker", at: 3 * HOUR + 50, body: "no, nobody has suggested injections. Are they risky?" },
        {
          by: "doctor",
          at: 4 * HOUR + 20,
          body: "Serious complications are rare when an experienced doctor does it under X-ray or ultrasound guidance. The relief is often temporary, weeks to months, but that window is useful for getting going with physiotherapy. Ask your neurosurgeon or a pain clinic whether you are a candidate.",
        },
      ],
    },
    {
      doctor: "hartmann",
      at: 5 * HOUR + 10,
      body: "Hello, Mark. Your blood count looks unremarkable. Knee pain together with back pain in a young man is sometimes inflammatory rather than mechanical, so I would check the inflammation markers if they have not been done: CRP, ESR, rheumatoid factor and ASO (antistreptolysin O). Have you had any of these?",
      replies: [
        {
          by: "asker",
          at: 5 * HOUR + 35,
          body: "CRP and rheumatoid factor were done last summer, both negative. ASO was raised, 400, but I had a sore throat when I gave blood. The lab sheet is attached to the question.",
        },
        {
          by: "doctor",
          at: 6 * HOUR + 10,
          body: "One raised ASO during a sore throat means little on its own. Ask yourself a few more things: morning stiffness in the back lasting over 30 minutes that eases with movement, pain in the heels, red painful eyes, a relative with psoriasis or inflammatory bowel disease? If yes, ask for a rheumatologist's review for spondyloarthritis. If no, the back and the knee are most likely mechanical.",
        },
        {
          by: "asker",
          at: 6 * HOUR + 35,
          body: "the morning stiffness lasts maybe ten minutes, no heel or eye problems, and nobody in the family that I know of.",
        },
        {
          by: "doctor",
          at: 7 * HOUR,
          body: "Then inflammatory disease is unlikely. I would put the effort into a structured physiotherapy programme for the back and have the knee examined on its own.",
        },
      ],
    },
    {
      doctor: "novak",
      at: 8 * HOUR,
      body: "Hello. Has the knee itself been imaged, with an ultrasound or an X-ray? Knee pain on stairs is usually a problem of the joint rather than of the spine. And what exercise do you do?",
      replies: [
        {
          by: "asker",
          at: 8 * HOUR + 20,
          body: "I stretch and do some gym exercises every day. An ultrasound last year found a small Baker's cyst behind the knee.",
        },
        {
          by: "doctor",
          at: 9 * HOUR,
          body: "Was removing the cyst ever discussed? Is the knee stiff or swollen? A small Baker's cyst usually reflects something inside the joint, such as cartilage wear or a meniscus problem, and is rarely treated by itself. If you are thinking of seeing an osteopath for the back, choose a registered practitioner, tell them about the disc protrusions, and avoid forceful manipulation.",
        },
        {
          by: "asker",
          at: 9 * HOUR + 25,
          body: "nobody suggested removing it; in fact no doctor paid any attention to it. The knee is not stiff or swollen. Understood about the osteopath.",
        },
        {
          by: "doctor",
          at: 10 * HOUR,
          body: "Part of the knee pain may be referred from the back and part may be early wear of the joint, which is common even in the thirties after years of sport. Once the back is under control it will be easier to tell the two apart. Have an orthopedist examine the knee; strengthening the thigh muscles helps both problems.",
        },
      ],
    },
    {
      doctor: "stein",
      at: 11 * HOUR + 40,
      body: "Good evening. Something not mentioned yet: sleep, mood and general fitness change how much back pain we feel, and pain that lasts longer than three months tends to be amplified by the nervous system itself. The best-supported treatments for long-lasting back pain are a graded exercise programme led by a physiotherapist (8 to 12 weeks), staying active, and, if needed, a pain-focused psychological approach. How many hours a day do you sit?",
      replies: [
        { by: "asker", at: 12 * HOUR + 30, body: "about nine hours at a desk; I am a software developer." },
        {
          by: "doctor",
          at: 13 * HOUR,
          body: "Then break it up: get up and walk for two minutes every 30 to 45 minutes, raise the screen to eye level, and try a standing desk for part of the day. Small things, but done daily they add up.",
        },
      ],
    },
    {
      doctor: "ferrante",
      at: NEXT_DAY + 2 * HOUR + 30,
      body: [
        "Hello! Having read the whole thread: the picture fits right-sided S1 radicular pain from the protrusions, plus a separate, probably mechanical, knee problem. What I would do:",
        "1. An in-person neurological examination with reflexes and the straight-leg-raise test, if it has not been done recently.",
        "2. A physiotherapy programme for the trunk and hip muscles.",
        "3. If the leg pain still limits you, ask a pain clinic about an image-guided injection.",
        "4. An orthopedist's examination of the knee with an X-ray.",
        "5. Since the knee began to hurt after an infection, tests for urogenital and bowel infections, to rule out reactive arthritis.",
        "And go to urgent care at once if leg weakness, numbness in the groin or bladder problems appear.",
      ].join("\n"),
      replies: [
        {
          by: "asker",
          at: NEXT_DAY + 3 * HOUR + 20,
          body: "thank you, that is a clear plan. I will book the physiotherapist and the orthopedist and ask about the injection.",
        },
        {
          by: "doctor",
          at: NEXT_DAY + 4 * HOUR + 20,
          body: "Good luck, Mark. Do write here in a few weeks how it is going.",
        },
      ],
    },
  ],
} satisfies SeedQuestion;

/** Creates the story question, its thread, the asker's follow and the two attached test results. */
export async function createStory(
  tx: Tx,
  context: StoryContext,
  files: { labResults: DemoFile; mriReport: DemoFile },
): Promise<number> {
  const [questionId] = await createQuestions(tx, context, [STORY_QUESTION]);
  if (questionId === undefined) throw new Error("Seed: the story question was not created");
  const ownerId = context.people.userIds.mark;
  const question = await tx.question.findUniqueOrThrow({ where: { id: questionId }, select: { createdAt: true } });
  await tx.attachment.createMany({
    data: [
      // Lab values carry more personal detail than an imaging summary, so only doctors see them.
      { ...files.labResults, visibility: "DOCTORS_ONLY" as const },
      { ...files.mriReport, visibility: "PUBLIC" as const },
    ].map((file) => ({ ...file, ownerId, questionId, createdAt: question.createdAt })),
  });
  return questionId;
}
