// Heart, digestion, hormones, skin and allergy questions.
import type { SeedQuestion } from "./threads";

export const BODY_QUESTIONS: readonly SeedQuestion[] = [
  {
    specialty: "cardiologist",
    asker: "marco",
    shownName: "Marco",
    city: "Turin",
    daysAgo: 30,
    title: "Blood pressure 150/95 at 45: do I need tablets?",
    body: "At a pharmacy check my blood pressure was 150/95. I feel fine, I am a bit overweight and I smoke a few cigarettes a day. Do I need medication?",
    answers: [
      {
        doctor: "kowalczyk",
        body: "Hello, Marco. One reading is not enough to decide. Measure at home for a week with a validated upper-arm monitor: sit quietly for five minutes, take two readings in the morning and two in the evening, and write them down. If the average is 135/85 or above, that is high blood pressure and you should see your GP. Seek urgent care if a reading is above 180/120 together with chest pain, breathlessness, severe headache or problems with vision or speech.",
        replies: [
          { by: "asker", body: "the average for the week was 142/90." },
          {
            by: "doctor",
            body: "That confirms raised blood pressure. Your GP will check kidney function, cholesterol, blood sugar and an ECG, and decide with you about medication. Stopping smoking, less salt, regular exercise and losing a few kilograms will lower it whatever is decided.",
          },
        ],
      },
    ],
  },
  {
    specialty: "cardiologist",
    asker: "amira",
    shownName: "Amira",
    city: "Marseille",
    daysAgo: 130,
    title: "My heart skips a beat after coffee",
    body: "Several times a day, especially after coffee, I feel a thump in the chest, as if the heart stopped for a moment. It lasts a second. I am 34 and otherwise healthy.",
    answers: [
      {
        doctor: "kowalczyk",
        body: "Hello, Amira. What you describe is typical of extra beats (ectopic beats), which almost everyone has and which caffeine, stress and poor sleep make more noticeable. They are usually harmless. Your GP can do an ECG and, if they are frequent, a 24-hour recording. See a doctor urgently if the palpitations come with fainting, chest pain, breathlessness, or a fast irregular heartbeat that does not stop.",
        replies: [{ by: "asker", body: "none of that. I will cut down coffee and ask for an ECG." }],
      },
      {
        doctor: "stein",
        body: "Also worth checking blood count, thyroid function and electrolytes: anaemia and an overactive thyroid can both cause palpitations.",
        replies: [{ by: "asker", body: "the ECG and bloods were normal. Thank you both." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "cardiologist",
    asker: "olga",
    shownName: "Olga",
    city: "Tallinn",
    daysAgo: 9,
    title: "ECG says “incomplete right bundle branch block”",
    body: "I had an ECG for a sports certificate and the report says incomplete right bundle branch block. I have no symptoms. Is this serious?",
  },
  {
    specialty: "gastroenterologist",
    asker: "lena",
    shownName: "Natalie",
    city: "Hamburg",
    daysAgo: 400,
    title: "Gallstones found by chance on an ultrasound",
    body: "An abdominal ultrasound for something else showed several small gallstones. I have never had pain. Do they need to be removed?",
    answers: [
      {
        doctor: "weber",
        body: "Hello. Gallstones that have never caused symptoms usually do not need treatment; most people with them never develop problems. Watch for attacks of pain under the right ribs or in the upper abdomen lasting more than half an hour, often after a heavy meal. If that happens, see a doctor. Yellow skin or eyes, fever with abdominal pain, or severe pain with vomiting need urgent care.",
        replies: [
          { by: "asker", body: "should I change my diet?" },
          {
            by: "doctor",
            body: "No special diet is needed. Regular meals and avoiding crash diets help, because rapid weight loss makes stones more likely to cause trouble.",
          },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "gastroenterologist",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 75,
    title: "Heartburn every night",
    body: "For two months I have had heartburn almost every night, sometimes with a sour taste in the mouth. Antacids help for an hour. What should I do?",
    answers: [
      {
        doctor: "weber",
        body: "Hello, Sam. Try the simple measures first: no food for three hours before bed, raise the head of the bed, and cut down on alcohol, late coffee and large fatty meals. If heartburn persists for weeks, see your GP; a course of acid-reducing medication is often prescribed. Please see a doctor promptly if you have difficulty swallowing, weight loss, vomiting, black stools, or if you are over 55 and this is new.",
        replies: [
          { by: "asker", body: "I do eat late, usually around 10 pm. I will change that first." },
          { by: "doctor", body: "Good plan. Give it two weeks and see your GP if there is no change." },
        ],
      },
    ],
  },
  {
    specialty: "gastroenterologist",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 5,
    title: "Bloating and cramps after milk",
    body: "Every time I drink milk or eat ice cream I get bloating and cramps within an hour. Cheese is fine. Should I get tested for something?",
  },
  {
    specialty: "endocrinologist",
    asker: "olga",
    shownName: "Olga",
    city: "Tallinn",
    daysAgo: 220,
    title: "TSH 6.8 and I'm always tired",
    body: "My TSH came back at 6.8 (reference up to 4.0). Free T4 was normal. I am tired all the time. Do I need thyroid hormone?",
    answers: [
      {
        doctor: "petrescu",
        body: "Hello, Olga. A raised TSH with normal free T4 is called subclinical hypothyroidism. TSH can be raised temporarily after an illness, so the usual step is to repeat TSH and free T4 in 6 to 8 weeks, together with thyroid peroxidase antibodies. Treatment is usually considered if TSH stays above 10, or at lower values with symptoms, antibodies or when planning a pregnancy. Tiredness has many causes, so also ask your GP about a blood count, ferritin and vitamin B12.",
        replies: [
          { by: "asker", body: "the repeat TSH was 5.1 and the antibodies are positive." },
          {
            by: "doctor",
            body: "That suggests autoimmune thyroiditis at an early stage. Often it is only monitored, with TSH checked every 6 to 12 months. Discuss with your doctor whether a trial of treatment is worth it for your symptoms, and tell them if you plan a pregnancy.",
          },
        ],
      },
    ],
  },
  {
    specialty: "endocrinologist",
    asker: "jan",
    shownName: "Jan",
    city: "Utrecht",
    daysAgo: 340,
    title: "Fasting glucose 6.3: am I diabetic?",
    body: "A routine check showed fasting glucose of 6.3 mmol/l. My father has type 2 diabetes. Does this mean I have it too?",
    answers: [
      {
        doctor: "petrescu",
        body: "Hello, Jan. A fasting value between 6.1 and 6.9 mmol/l is impaired fasting glucose (prediabetes), not diabetes. The next step is an HbA1c test, sometimes a glucose tolerance test. With a family history, lifestyle changes matter a lot: losing 5 to 7 percent of body weight and 150 minutes of activity a week halve the risk of progressing to diabetes.",
        replies: [{ by: "asker", body: "HbA1c was 6.0%. I have started walking every day." }],
      },
      {
        doctor: "kowalczyk",
        body: "Please also have your blood pressure and cholesterol checked: prediabetes raises heart risk, and these are easy to treat.",
      },
    ],
  },
  {
    specialty: "endocrinologist",
    asker: "amira",
    shownName: "A.",
    city: "Marseille",
    daysAgo: 505,
    title: "A 9 mm thyroid nodule on ultrasound",
    body: "A neck ultrasound found a 9 mm nodule in the thyroid. The report mentions nothing else. Should I be worried?",
    answers: [
      {
        doctor: "petrescu",
        body: "Hello. Thyroid nodules are very common and the vast majority are benign. What matters is how the nodule looks on ultrasound (the report may give a TI-RADS category) and your TSH. Nodules under 1 cm without suspicious features are usually just rechecked with ultrasound in a year. Please take the report to an endocrinologist in person.",
      },
    ],
    closed: { by: "moderator", reason: "Closed by a moderator: the patient was referred for an in-person examination" },
  },
  {
    specialty: "dermatologist",
    asker: "marco",
    shownName: "Marco",
    city: "Turin",
    daysAgo: 60,
    title: "Itchy red rash on the forearms after gardening",
    body: "Two days after clearing weeds in the garden I have an itchy red rash with small blisters on both forearms, in streaks. No fever. What is it?",
    answers: [
      {
        doctor: "adler",
        body: "Hello, Marco. Streaks of itchy blisters after garden work are typical of contact dermatitis from plant sap; some plants also react with sunlight. Wash the skin, do not scratch, use cool compresses, and a pharmacist can suggest a mild steroid cream for a few days. See a doctor if the rash spreads widely, affects the face or eyes, becomes painful or oozes pus, or if you get a fever.",
        replies: [
          { by: "asker", body: "I was pulling out giant hogweed, I think." },
          {
            by: "doctor",
            body: "Then keep the area out of the sun for the next weeks, because hogweed burns can leave dark marks. If the blisters are large or painful, please see a doctor in person.",
          },
        ],
      },
    ],
  },
  {
    specialty: "dermatologist",
    asker: "lena",
    shownName: "Lena",
    city: "Hamburg",
    daysAgo: 180,
    title: "A mole on my back has changed",
    body: "My partner noticed that a mole on my back has become larger and darker at one edge over the last few months. It does not itch or bleed.",
    answers: [
      {
        doctor: "adler",
        body: "Hello, Lena. A mole that changes in size, shape or colour should be examined by a dermatologist soon, within a few weeks, not months. Most changing moles turn out to be harmless, but this is exactly the situation in which a skin check with dermatoscopy is needed. Please book an appointment and mention that the mole has changed so that it is prioritised.",
        replies: [{ by: "asker", body: "booked for next week." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "dermatologist",
    asker: "tomas",
    shownName: "Tomas",
    city: "Plzen",
    daysAgo: 14,
    title: "Hair falling out two months after a high fever",
    body: "Two months after a flu with a high fever my hair is coming out in handfuls when I wash it. No bald patches. Will it grow back?",
  },
  {
    specialty: "allergist",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 260,
    title: "Hives after taking ibuprofen",
    body: "An hour after taking ibuprofen for a toothache I got itchy hives all over my body. They went away by the next day. Can I take it again?",
    answers: [
      {
        doctor: "adler",
        body: "Hello, Sam. Please do not take ibuprofen again, and be careful with other anti-inflammatories (aspirin, naproxen, diclofenac), which can cause the same reaction. Paracetamol is usually tolerated, but check with your doctor. An allergist can clarify what you can take safely. If you ever get swelling of the lips or tongue, difficulty breathing or feel faint after a medicine, call an ambulance.",
        replies: [{ by: "asker", body: "understood. I will tell my dentist and GP." }],
      },
    ],
  },
  {
    specialty: "surgeon",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 530,
    title: "A soft lump in the groin when I cough",
    body: "A soft lump appears in my right groin when I cough or stand for long, and disappears when I lie down. It does not hurt much. What is it?",
    answers: [
      {
        doctor: "stein",
        body: "Hello. A lump that appears on coughing and disappears lying down is most likely an inguinal hernia. It is not an emergency, but see a GP or surgeon to confirm it and discuss repair. Go to an emergency department at once if the lump becomes hard, painful and cannot be pushed back, especially with vomiting or a swollen abdomen.",
      },
    ],
    closed: { by: "system", reason: "Closed automatically after 30 days without new messages" },
  },
];
