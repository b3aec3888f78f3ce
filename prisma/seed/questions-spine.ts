// Back, neck and sciatica questions: material for "similar questions" under the story consultation.
import type { SeedQuestion } from "./threads";

export const SPINE_QUESTIONS: readonly SeedQuestion[] = [
  {
    specialty: "neurologist",
    asker: "tomas",
    shownName: "Tomas",
    city: "Plzen",
    daysAgo: 12,
    title: "Numb toes after moving a wardrobe",
    body: "Three days ago I helped a friend carry a wardrobe. The next morning my lower back hurt, and since yesterday the pain goes down my left leg and the two smallest toes feel numb. I can walk, and there are no problems with the toilet. Should I wait, or see someone?",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello, Tomas. This sounds like an irritated S1 nerve root, most often from a disc bulge after lifting, and most such episodes settle within weeks with movement and simple pain relief. Please check two things: can you stand and walk on the toes of your left foot as well as on the right? Any numbness between the legs, difficulty passing urine or loss of control? If the foot becomes weaker or any of those appear, go to an emergency department at once.",
        replies: [
          { by: "asker", body: "I can walk on my toes, but the left side feels a little weaker than the right." },
          {
            by: "doctor",
            body: "Then please be examined in person within a day or two rather than waiting: even mild weakness should be measured by a doctor and followed. Until then keep moving gently and do not lift anything heavy.",
          },
          {
            by: "asker",
            body: "I saw a neurologist today. Mild weakness, she will check me again in two weeks. Thank you!",
          },
        ],
      },
      {
        doctor: "marin",
        body: "I agree with my colleague. Lying on your back with the lower legs resting on a chair often eases the leg pain for a while; several short walks a day are better than bed rest.",
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "neurologist",
    asker: "jan",
    shownName: "Jan",
    city: "Utrecht",
    daysAgo: 48,
    title: "Neck pain and tingling fingers after long laptop days",
    body: "I work on a laptop at the kitchen table. For a month my neck has been stiff by the evening, and sometimes my right thumb and index finger tingle. No weakness that I notice. Is this a pinched nerve?",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello, Jan. Tingling in the thumb and index finger can come from the C6 nerve root in the neck or from the median nerve at the wrist (carpal tunnel). A clue: is it worse at night or when you hold a phone, and does shaking the hand help? That points to the wrist. Tingling that comes with neck movements points to the neck. Either way, fix the workstation first: screen at eye level, a separate keyboard, and a break every 30 to 40 minutes.",
        replies: [
          { by: "asker", body: "it is worse when I look down at the laptop for a long time, not at night." },
          {
            by: "doctor",
            body: "Then the neck is the more likely source. Posture changes and neck exercises from a physiotherapist usually help within weeks. See a neurologist in person if the hand becomes weak, you drop things, or the tingling spreads.",
          },
        ],
      },
      {
        doctor: "stein",
        body: "A practical addition: a laptop stand plus an external keyboard and mouse costs less than most treatments and removes the main cause.",
        replies: [{ by: "asker", body: "ordered both already, thank you." }],
      },
    ],
  },
  {
    specialty: "orthopedist",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 95,
    title: "My lower back locks when I bend over in the morning",
    body: "I am 29. Two or three times a year my lower back suddenly locks when I bend over to wash my face, and for a few days I can hardly straighten up. In between I feel fine. What is this and how do I stop it happening?",
    answers: [
      {
        doctor: "lund",
        body: "Hello, Greta. That is a typical acute lumbago: a sudden spasm of the back muscles, usually triggered by bending forward while the discs are still swollen after the night. It is not dangerous. To make it rarer: avoid deep bending in the first half hour after getting up, bend at the hips and knees, and strengthen the trunk and buttock muscles two or three times a week.",
        replies: [
          { by: "asker", body: "does that mean I should not run or lift weights?" },
          {
            by: "doctor",
            body: "No, the opposite. Regular exercise protects the back; just build the load up gradually and learn to lift with a straight back. Stop only during an acute episode, and start moving again as soon as it eases.",
          },
        ],
      },
    ],
  },
  {
    specialty: "neurosurgeon",
    asker: "marco",
    shownName: "Marco",
    city: "Turin",
    daysAgo: 160,
    title: "Do I need surgery for a 7 mm L5-S1 herniation?",
    body: "My MRI shows a 7 mm disc herniation at L5-S1. The pain in my right leg has been going on for five weeks, better than at first but still there. A friend says anything over 6 mm must be operated on. Is that true?",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello, Marco. No, the size alone does not decide. An operation is considered for progressive weakness, problems with bladder or bowel control, or severe leg pain that has not improved after about six weeks of good conservative treatment. Many herniations shrink by themselves over months. Since you are improving, a neurosurgeon's consultation is reasonable, but there is no reason to rush.",
        replies: [
          { by: "asker", body: "good to hear. There is no weakness, the pain is maybe 4 out of 10 now." },
          {
            by: "doctor",
            body: "Then keep up the physiotherapy and walking, and see the neurosurgeon with the MRI to agree a plan.",
          },
        ],
      },
      {
        doctor: "ferrante",
        body: "If the leg pain plateaus, an image-guided injection is an option between exercise and surgery. Discuss it at the same consultation.",
      },
    ],
  },
  {
    specialty: "massage-therapist",
    asker: "olga",
    shownName: "Olga",
    city: "Tallinn",
    daysAgo: 210,
    title: "Is massage safe while the sciatica is flaring?",
    body: "My sciatica flared up a week ago. I have a voucher for a massage course. Is it safe to go now, or should I wait?",
    answers: [
      {
        doctor: "novak",
        body: "Hello, Olga. Gentle massage of the back and buttock muscles can ease the spasm that comes with sciatica, but deep pressure over a very irritated area can make the leg pain worse for a day or two. Tell the therapist about the sciatica, ask for gentle work, and stop if the leg pain increases. If you have numbness in the groin, weakness in the leg or fever, see a doctor first, not a massage therapist.",
        replies: [{ by: "asker", body: "no weakness or fever. I will ask for a gentle session." }],
      },
    ],
    closed: { by: "system", reason: "Closed automatically after 30 days without new messages" },
  },
  {
    specialty: "neurologist",
    asker: "amira",
    shownName: "Amira",
    city: "Marseille",
    daysAgo: 6,
    title: "Pain deep in the buttock when I sit, but not in the back",
    body: "For two weeks I have had a deep ache in the left buttock after sitting for half an hour; it sometimes goes down the back of the thigh. My back does not hurt. Standing up and walking helps. What could it be?",
  },
  {
    specialty: "osteopath",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 3,
    title: "Stiff neck and headaches after a long drive: would an osteopath help?",
    body: "After a nine-hour drive last weekend my neck is stiff and I get a headache at the back of the head every afternoon. Would seeing an osteopath be a good idea, or should I see a doctor first?",
  },
  {
    specialty: "neurologist",
    asker: "lena",
    shownName: "Lena",
    city: "Hamburg",
    daysAgo: 300,
    title: "Sciatica at 30 weeks of pregnancy",
    body: "I am 30 weeks pregnant and for a few days I have had a shooting pain from the right buttock down the leg. It is worst when I turn over in bed. What can I take, and is it dangerous for the baby?",
    answers: [
      {
        doctor: "marin",
        body: "Hello, Lena. Leg pain like this is common in the third trimester: the growing uterus, the changed posture and the softer ligaments irritate the nerves and the pelvic joints. It is not dangerous for the baby. A pillow between the knees when lying on your side, warmth, gentle stretching and a pregnancy physiotherapist usually help. Do not take anti-inflammatory painkillers such as ibuprofen in the third trimester; ask your midwife or doctor which pain relief is right for you.",
        replies: [
          { by: "asker", body: "thank you, the pillow already helps. Is there anything that should worry me?" },
          {
            by: "doctor",
            body: "Go to the hospital at once if you notice numbness in the groin, trouble passing urine, weakness of the leg, or if back pain comes in waves or with bleeding or fever: that can also be a sign of labour or an infection.",
          },
        ],
      },
      {
        doctor: "duval",
        body: "From the obstetric side: mention it at your next antenatal visit, and ask for a referral to a physiotherapist who works with pregnant women. A pelvic support belt helps many women.",
        replies: [{ by: "asker", body: "I will, thank you." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "orthopedist",
    asker: "tomas",
    shownName: "Tom",
    city: "Plzen",
    daysAgo: 2,
    title: "Lower back aches after I started running",
    body: "I started running a month ago, three times a week for 5 km. Now my lower back aches the day after each run. Should I stop running?",
  },
  {
    specialty: "neurologist",
    asker: "mark",
    shownName: "Mark",
    city: "Graz",
    daysAgo: 470,
    title: "A burning, numb patch on the outer thigh after long standing",
    body: "For a few weeks the skin on the outer side of my right thigh has felt numb and burns when I stand for long or wear a tight belt. The leg is not weak and my back does not hurt. What is this?",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello, Mark. This is very likely meralgia paresthetica: the lateral cutaneous nerve of the thigh, which only carries sensation, is compressed where it passes under the groin ligament. Tight belts and trousers, weight gain and long standing make it worse. It is harmless and usually fades within weeks to months once the pressure is removed. See a neurologist if the numbness spreads, the leg becomes weak, or it does not improve within two or three months.",
        replies: [
          { by: "asker", body: "I did start wearing a heavy tool belt at work recently. I will change that." },
          { by: "doctor", body: "That fits well. Let us know how it goes." },
          { by: "asker", body: "two weeks without the tool belt and the burning is almost gone. Thank you!" },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "rheumatologist",
    asker: "greta",
    shownName: "G.",
    city: "Uppsala",
    daysAgo: 380,
    title: "Stiff back every morning for an hour at 27",
    body: "For about a year my lower back has been stiff every morning for an hour or more. It gets better when I move and worse when I rest. Painkillers help somewhat. My brother has psoriasis. Could this be something inflammatory?",
    answers: [
      {
        doctor: "lund",
        body: "Hello. Long morning stiffness that improves with movement, onset before 40 and psoriasis in the family are exactly the features of inflammatory back pain, so a rheumatologist should see you. Usual tests are CRP, ESR, HLA-B27 and an MRI of the sacroiliac joints. Early diagnosis matters, because effective treatments exist.",
        replies: [
          { by: "asker", body: "my GP has referred me, the appointment is in three weeks." },
          { by: "doctor", body: "Good. Bring a note of your symptoms and how long the stiffness lasts each morning." },
        ],
      },
    ],
  },
];
