// Children, women's health, urology, ENT, eyes and infections.
import type { SeedQuestion } from "./threads";

export const FAMILY_QUESTIONS: readonly SeedQuestion[] = [
  {
    specialty: "pediatrician",
    asker: "lena",
    shownName: "Lena",
    city: "Hamburg",
    daysAgo: 110,
    title: "Fever of 38.5 for three days in a two-year-old",
    body: "My son is two. He has had a temperature around 38.5 for three days, with a runny nose. He drinks and plays between doses of fever medicine. Should I take him to the doctor?",
    answers: [
      {
        doctor: "novak",
        body: "Hello, Lena. Yes: a fever lasting three days in a toddler should be checked by a doctor today or tomorrow, even if he seems well, to look at the ears, throat and chest. Give fever medicine only in the dose for his weight written on the package. Go to emergency care at once if he has trouble breathing, a rash that does not fade when you press a glass on it, is unusually drowsy or hard to wake, stops drinking or has far fewer wet nappies, or has a seizure.",
        replies: [
          { by: "asker", body: "we saw the GP this morning: an ear infection. He got antibiotics." },
          {
            by: "doctor",
            body: "Good. The fever should settle within two or three days of starting treatment; if not, or if he seems worse, go back.",
          },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "pediatrician",
    asker: "amira",
    shownName: "Amira",
    city: "Marseille",
    daysAgo: 190,
    title: "Pink rash after the fever went down in my baby",
    body: "My 10-month-old daughter had a high fever for three days. Today the fever is gone, but she has small pink spots on her chest and back. She is cheerful. Is this an allergy to the medicine?",
    answers: [
      {
        doctor: "novak",
        body: "Hello, Amira. A high fever for about three days followed by a pink rash once the fever breaks, in a child who is now well, is the classic picture of roseola, a common viral infection of babies. The rash does not itch and fades within a few days, and it is not a drug allergy. Check that the spots fade when pressed with a glass; if they do not, or she becomes unwell, see a doctor at once.",
        replies: [{ by: "asker", body: "they fade under the glass and she is eating well. What a relief." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "pediatrician",
    asker: "marco",
    shownName: "Marco",
    city: "Turin",
    daysAgo: 7,
    title: "Toddler wakes every hour at night: is it teething?",
    body: "Our 14-month-old has started waking every hour for the last two weeks. Two new teeth are coming through. Is it only the teeth, and what can we do?",
  },
  {
    specialty: "gynecologist",
    asker: "olga",
    shownName: "Olga",
    city: "Tallinn",
    daysAgo: 280,
    title: "Irregular periods after stopping the pill",
    body: "I stopped the combined pill four months ago because we want a baby. Since then my cycles have been 35 to 50 days. Is this normal?",
    answers: [
      {
        doctor: "duval",
        body: "Hello, Olga. It can take a few months for cycles to settle after the pill, so some irregularity is common. If cycles stay longer than 35 days for more than six months, or periods stop, a gynecologist should check for causes such as polycystic ovary syndrome or a thyroid problem. While trying to conceive, take folic acid every day. If you have not conceived after 12 months (6 months if you are over 35), ask for an assessment.",
        replies: [
          { by: "asker", body: "I am 33. I already take folic acid." },
          {
            by: "doctor",
            body: "Then give it a couple more months. If the cycles stay long, see your gynecologist for hormone tests and an ultrasound.",
          },
        ],
      },
    ],
  },
  {
    specialty: "gynecologist",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 20,
    title: "Spotting between periods",
    body: "For the last two cycles I have had light spotting for a few days in the middle of the cycle. I am 31 and do not use hormonal contraception.",
  },
  {
    specialty: "urologist",
    asker: "tomas",
    shownName: "Tomas",
    city: "Plzen",
    daysAgo: 150,
    title: "Getting up three times a night to urinate at 58",
    body: "Over the past year I have started getting up two or three times a night to urinate, and the stream is weaker than it used to be. No pain or blood. What should I check?",
    answers: [
      {
        doctor: "stein",
        body: "Hello, Tomas. At your age the most common reason is an enlarged prostate, but other causes such as drinking late in the evening, diabetes or certain medicines also play a part. See your GP or a urologist: they will examine you, test the urine and blood sugar, and discuss a PSA test. Keeping a three-day diary of how much you drink and pass helps a lot. Seek care promptly if you see blood in the urine, have pain or fever, or cannot pass urine at all.",
        replies: [{ by: "asker", body: "I will keep the diary and book the urologist." }],
      },
    ],
  },
  {
    specialty: "ent",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 320,
    title: "Blocked ear for a week after a flight",
    body: "Since a flight last week my left ear feels blocked and sounds are muffled. No pain. I had a cold at the time. Will it go away by itself?",
    closed: { by: "system", reason: "Closed automatically after 30 days without new messages" },
  },
  {
    specialty: "ent",
    asker: "jan",
    shownName: "Jan",
    city: "Utrecht",
    daysAgo: 85,
    title: "Sinusitis three times this winter",
    body: "This winter I have had three episodes of blocked nose, pressure in the cheeks and yellow mucus, each lasting over a week. Is something wrong with my sinuses?",
    answers: [
      {
        doctor: "stein",
        body: "Hello, Jan. Most sinus infections follow a cold and clear up without antibiotics. Repeated episodes are often linked to allergy, a deviated septum or nasal polyps, so an ENT examination is worthwhile. Saline rinses help in the meantime. See a doctor urgently if you get swelling or redness around the eye, double vision, a severe headache or a stiff neck.",
        replies: [{ by: "asker", body: "I do sneeze a lot in spring. I will ask about allergy tests too." }],
      },
    ],
  },
  {
    specialty: "ophthalmologist",
    asker: "olga",
    shownName: "O.",
    city: "Tallinn",
    daysAgo: 4,
    title: "Flashes of light and new floaters in one eye",
    body: "Since this morning I see flashes of light at the edge of vision in my right eye and lots of new dark floaters. I am short-sighted. Can this wait until my appointment next month?",
    answers: [
      {
        doctor: "hartmann",
        at: 18,
        body: "Please do not wait. New flashes together with a shower of new floaters, especially in a short-sighted person, can mean a retinal tear, which must be examined by an eye doctor today. Go to an eye emergency service or an emergency department now. Go immediately if a shadow or curtain appears in your vision.",
        replies: [
          {
            by: "asker",
            at: 320,
            body: "I went straight away: a small tear, they treated it with a laser. Thank you for pushing me.",
          },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "infectious-disease",
    asker: "marco",
    shownName: "Marco",
    city: "Turin",
    daysAgo: 390,
    title: "Tick bite with a red ring around it",
    body: "Ten days ago I removed a tick from my thigh. Now there is a red ring about 6 cm wide around the spot, getting bigger. It does not itch. Do I need to do anything?",
    answers: [
      {
        doctor: "stein",
        body: "Hello, Marco. An expanding red ring appearing days after a tick bite is typical of erythema migrans, the early stage of Lyme disease. It is diagnosed by its look alone, without blood tests, and is treated with a course of antibiotics. Please see your GP in the next day or two. Watch for facial weakness, severe headache or joint swelling in the coming weeks.",
        replies: [{ by: "asker", body: "the GP confirmed it and started antibiotics. Thank you." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
];
