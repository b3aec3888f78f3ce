// The neurologist's article the story consultation sits under on the seed page, rewritten from scratch.
import type { Tx } from "../../lib/db";
import type { SeededPeople } from "./accounts";
import { daysBefore } from "./random";
import type { SpecialtyIds } from "./specialties";

const BODY = `Pain in the lower back that travels into the buttock and down the leg is one of the most common reasons people see a neurologist. It is a symptom, not a diagnosis: the aim is to find out what irritates the nerve and to treat that, not only to quiet the pain.

## Where the pain comes from

The lower lumbar and upper sacral nerve roots join to form the sciatic nerve, the longest nerve in the body. It runs through the buttock and down the back of the thigh, then splits to supply the lower leg and foot. When a root is squeezed or inflamed on its way out of the spine, the pain is felt along the whole path of the nerve, far from the spine itself.

The usual culprits are:

- a bulging (protruding) or herniated intervertebral disc;
- age-related wear of the discs and small joints of the spine, with bony spurs;
- narrowing of the spinal canal or of the openings the roots pass through (stenosis);
- less often, a slipped vertebra, an inborn variant of the lumbosacral vertebrae, or a tight muscle in the buttock.

## Four names for related problems

- Radicular syndrome (radiculopathy): irritation of a nerve root. Besides pain it can cause numbness, tingling or burning of the skin, weaker reflexes and, if long-standing, weakness of the leg muscles.
- Sciatica: pain along the sciatic nerve, from the buttock down the back or side of the leg, sometimes to the foot, usually on one side. The back itself may hardly hurt.
- Lumbago: sudden, sharp pain in the lower back after lifting, bending or an awkward movement. The back muscles go into spasm and it is hard to straighten up. It usually settles within days to a few weeks.
- Lumboischialgia: the two together, back pain and pain down the leg.

## Why the pain goes to one leg

Which leg hurts depends on which side the disc bulges. A bulge to the right presses on a right-sided root, so the pain runs down the right leg, and the other way round. A bulge straight backwards, into the middle of the canal, may cause back pain without leg pain, because it stretches the ligament behind the discs rather than pinching a root. The level matters too: an L5 root tends to hurt along the side of the leg to the top of the foot, an S1 root along the back of the leg to the heel and the outer edge of the foot.

## How the cause is found

1. A conversation about how the pain started, what eases it and what makes it worse, and whether there are warning signs.
2. A neurological examination: sensation, reflexes, muscle strength, and the straight-leg-raise test, in which lifting the straight leg while lying on your back reproduces the pain down the leg.
3. An MRI of the lumbar spine, when the pain has not improved after four to six weeks, when surgery or injections are being considered, or at once if there are warning signs.
4. Blood tests (blood count, CRP, ESR) when infection, inflammatory disease or another cause needs to be ruled out.
5. Nerve conduction studies and electromyography when it is unclear which nerve is affected, or when weakness needs to be measured.

Imaging is not needed in the first weeks of ordinary back pain without warning signs. Disc bulges are also common in people with no pain at all, so an MRI finding always has to be matched to the examination.

## Treatment

Most episodes of sciatica improve within six to twelve weeks.

- Stay active. Bed rest slows recovery. Walk, and avoid long sitting and heavy lifting while the pain is strong.
- Pain relief. Paracetamol or a short course of an anti-inflammatory medicine can ease the acute phase. Anti-inflammatories irritate the stomach and kidneys, so take them for as short a time as possible and ask your doctor or pharmacist whether they are safe for you. Medicines for nerve pain are prescribed and adjusted by a doctor.
- Physiotherapy and exercise. A programme that strengthens the trunk and hip muscles and keeps the nerve moving is the basis of treatment and of preventing relapses. Massage and heat may help alongside it, not instead of it.
- Injections. An image-guided steroid injection near the irritated root can relieve persistent leg pain for weeks to months.
- Surgery. An operation is considered when there is progressive weakness, when the warning signs below appear, or when severe leg pain has not responded to at least six weeks of good conservative treatment.

## Prevention

- Keep moving every day: walking, swimming and cycling are kind to the spine.
- Strengthen the muscles of the trunk and hips two or three times a week.
- Lift with your legs, keep the load close to your body and do not twist while lifting.
- Break up long sitting: stand up and move for a few minutes every half hour.
- Keep a healthy weight and do not smoke; smoking speeds up wear of the discs.

## When to seek urgent care

Go to an emergency department or call an ambulance at once if back or leg pain comes with any of these:

- numbness in the groin, around the anus or on the inner thighs;
- new difficulty passing urine, loss of bladder or bowel control;
- weakness in a leg or foot that is getting worse, or a foot that slaps or drags;
- fever, unexplained weight loss, a history of cancer, or pain after a fall or accident;
- severe pain that does not ease at all with rest or in any position, especially at night.

These can be signs of severe compression of the nerve roots (cauda equina syndrome), an infection or a fracture, which need treatment within hours.`;

export const ARTICLE = {
  slug: "lower-back-pain-radiating-to-the-leg",
  title: "Lower back pain radiating to the leg: causes, examination, treatment and prevention",
  summary:
    "Why back pain travels down one leg, how radiculopathy, sciatica, lumbago and lumboischialgia differ, which examinations help, what treatment works and which symptoms need urgent care.",
  body: BODY,
  daysAgo: 420,
} as const;

/** Publishes the article under the demo neurologist's byline, with two ratings averaging 4.5 stars. */
export async function createArticle(
  tx: Tx,
  context: { people: SeededPeople; specialtyIds: SpecialtyIds; now: Date },
): Promise<number> {
  const { people, specialtyIds, now } = context;
  const publishedAt = daysBefore(context.now, ARTICLE.daysAgo, 10 * 60);
  const article = await tx.article.create({
    data: {
      slug: ARTICLE.slug,
      authorId: people.doctors.hartmann.id,
      specialtyId: specialtyIds.neurologist,
      title: ARTICLE.title,
      summary: ARTICLE.summary,
      body: ARTICLE.body,
      publishedAt,
      createdAt: daysBefore(now, ARTICLE.daysAgo + 3, 16 * 60),
    },
    select: { id: true },
  });
  await tx.articleRating.createMany({
    data: [
      { articleId: article.id, userId: people.userIds.mark, stars: 5, createdAt: daysBefore(now, 366, 8 * 60 + 40) },
      { articleId: article.id, userId: people.userIds.lena, stars: 4, createdAt: daysBefore(now, 390, 19 * 60 + 5) },
    ],
  });
  return article.id;
}
