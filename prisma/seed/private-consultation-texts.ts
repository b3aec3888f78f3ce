// The paid private consultations of the demo, told in the order they happened. The demo patient follows up his
// public back-pain question privately: first with Dr. Marin, who does not answer in time (he is refunded), then with
// Dr. Hartmann, who answers and is rated. Two other patients consult Dr. Hartmann: one closed and rated, one paid a
// few hours ago and still waiting in his queue.
import type { PersonKey } from "./accounts";
import type { DoctorKey } from "./doctors";

const HOUR = 60;

export type SeedConsultationMessage = {
  by: "patient" | "doctor";
  /** Minutes after the consultation was started (the first message is written with it, at 0). */
  at: number;
  body: string;
};

export type SeedPrivateConsultation = {
  patient: PersonKey;
  doctor: DoctorKey;
  subject: string;
  /** Started from the story question ("consult privately" under an answer there). */
  fromStory?: boolean;
  /** When it was started: whole days ago at a minute of the day (UTC), or minutes before the seed runs. */
  started: { daysAgo: number; minuteOfDay: number } | { minutesAgo: number };
  messages: readonly SeedConsultationMessage[];
  outcome:
    | { state: "CLOSED"; at: number; rating: number; comment: string }
    | { state: "ACTIVE" }
    /** The deadline passed unanswered; the refund job ran a few minutes later. */
    | { state: "REFUNDED" };
};

export const PRIVATE_CONSULTATIONS: readonly SeedPrivateConsultation[] = [
  {
    patient: "lena",
    doctor: "hartmann",
    subject: "Migraine attacks much more often since I started a new job",
    started: { daysAgo: 38, minuteOfDay: 20 * HOUR + 40 },
    messages: [
      {
        by: "patient",
        at: 0,
        body: "I have had migraine with visual aura since my twenties, about two attacks a month. Since I started a new job with a lot of screen time three months ago it is six to eight a month. I take a triptan for most attacks and sometimes ibuprofen on the days in between. My GP examined me and found nothing abnormal. Is there a treatment to prevent the attacks, and could the tablets themselves be part of the problem?",
      },
      {
        by: "doctor",
        at: 19 * HOUR + 10,
        body: [
          "Hello, Lena. Both questions point the right way.",
          "Taking triptans on 10 or more days a month, or simple painkillers such as ibuprofen on 15 or more, can itself make headaches more frequent (medication-overuse headache). Please keep a headache diary for four weeks: the days with headache, what you took, your sleep and your cycle.",
          "With six to eight attacks a month, preventive treatment is reasonable. The usual first choices are a beta blocker, amitriptyline or topiramate; which one suits you depends on your other conditions and on whether you are planning a pregnancy, so choose it with your GP or a neurologist who can examine you. Regular sleep and meals, screen breaks and aerobic exercise help as well.",
          "Because your attacks come with aura, tell anyone who prescribes you hormonal contraception: pills containing oestrogen are generally not recommended with migraine with aura. A headache unlike your usual ones, sudden and severe, or with weakness, trouble speaking or confusion, needs emergency care.",
        ].join("\n\n"),
      },
      {
        by: "patient",
        at: 20 * HOUR + 5,
        body: "Thank you. I counted: a triptan on about nine days last month and ibuprofen on five more. I will start the diary today and book my GP.",
      },
      {
        by: "doctor",
        at: 21 * HOUR,
        body: "That is fourteen days with tablets, right at the limit. Keep the triptan for the attacks that need it, and bring the diary to your GP: it is the best basis for choosing the prevention.",
      },
    ],
    outcome: {
      state: "CLOSED",
      at: 22 * HOUR + 30,
      rating: 4,
      comment:
        "Thorough and practical: the diary already shows a pattern. The answer took most of a day, though, so one star less.",
    },
  },
  {
    patient: "mark",
    doctor: "marin",
    subject: "Numb outer edge of my foot after a long drive: is a nerve test useful?",
    fromStory: true,
    started: { daysAgo: 14, minuteOfDay: 18 * HOUR + 5 },
    messages: [
      {
        by: "patient",
        at: 0,
        body: "Dr. Marin, you answered my back-pain question last year. Four days ago, after a ten-hour drive, the pain down my right leg came back, and since then the outer edge of my right foot has felt numb. I can still walk on my heels and toes, and nothing else has changed. You do nerve conduction studies: would one tell us anything now, or is it too early?",
      },
    ],
    outcome: { state: "REFUNDED" },
  },
  {
    patient: "mark",
    doctor: "hartmann",
    subject: "My new MRI after the leg pain came back: what is the plan now?",
    fromStory: true,
    started: { daysAgo: 11, minuteOfDay: 8 * HOUR + 25 },
    messages: [
      {
        by: "patient",
        at: 0,
        body: "Dr. Hartmann, you answered my public question about back pain and the knee last year. I did the physiotherapy programme for four months and was mostly fine, but after a long drive a week ago the pain down the back of my right leg came back, and the outer edge of my right foot feels slightly numb. My GP sent me for a new MRI. I would rather not post the report publicly, so in short: the L5-S1 protrusion is “slightly larger, in contact with the right S1 root”, L4-L5 unchanged. I can walk on my heels and toes, and bladder and bowels are normal. Does this change the plan? Should I see the neurosurgeon again?",
      },
      {
        by: "doctor",
        at: 2 * HOUR + 35,
        body: [
          "Hello, Mark, thank you for the summary. A flare after a long drive, with a little more contact on the S1 root, fits the numbness on the outer edge of the foot. By itself it is no reason for an operation: most flares like this settle within 6 to 12 weeks. What I suggest:",
          "1. Stay active: short walks several times a day. Avoid long sitting for the next weeks, and on long drives stop every 45 minutes.",
          "2. Go back to the physiotherapy exercises you know, at a lower intensity, and let your physiotherapist adjust them.",
          "3. Ask your GP about pain relief for the next two weeks, so that you can sleep and keep moving.",
          "4. If the leg pain still limits you after 4 to 6 weeks, ask a pain clinic about an image-guided nerve root injection.",
          "See the neurosurgeon sooner only if the foot becomes weak (it slaps or catches the ground), the numbness spreads, or the pain cannot be controlled. Go to an emergency department the same day if you notice numbness in the groin or trouble with your bladder or bowels.",
        ].join("\n"),
      },
      {
        by: "patient",
        at: 3 * HOUR + 20,
        body: "Thank you, that is clear. One question: the numbness has not changed since the drive. Could waiting six weeks leave permanent nerve damage?",
      },
      {
        by: "doctor",
        at: 4 * HOUR + 5,
        body: "Mild numbness that stays the same, without weakness, is common when the S1 root is irritated, and it usually recovers as the root settles; waiting while you watch for the warning signs above is safe. Check yourself once a week: rise onto your toes ten times on the right leg alone. If that becomes harder than on the left, or you trip over the foot, see your doctor within a few days instead of waiting. Expect the pain to ease first and the numbness last.",
      },
      {
        by: "patient",
        at: 4 * HOUR + 40,
        body: "Understood. I will book the physiotherapist this week and write again if anything changes. Thank you!",
      },
    ],
    outcome: {
      state: "CLOSED",
      at: 4 * HOUR + 50,
      rating: 5,
      comment:
        "Answered within a few hours, explained which warning signs matter and gave me a plan I can follow. Exactly what I needed.",
    },
  },
  {
    patient: "tomas",
    doctor: "hartmann",
    subject: "Numb fingers in my right hand that wake me at night",
    started: { minutesAgo: 3 * HOUR + 15 },
    messages: [
      {
        by: "patient",
        at: 0,
        body: "For about six weeks my thumb, index and middle finger on the right hand go numb at night and wake me; shaking the hand helps after a minute. In the daytime it happens when I hold the phone or ride my bike. I am 52 and a carpenter, with no diabetes that I know of. Do I need a nerve conduction test, and is a wrist splint worth trying in the meantime?",
      },
      {
        by: "patient",
        at: 25,
        body: "I forgot to say: my neck is stiff in the mornings as well, but the pain does not go down into the arm.",
      },
    ],
    outcome: { state: "ACTIVE" },
  },
];
