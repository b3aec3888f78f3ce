// Question, answer and search texts for the benchmark: made from templates and medical vocabulary with skewed
// (Zipf-like) choices, so some words are in many questions and most in few, as on a real Q&A site. Deterministic
// for a given seed.

const SYMPTOMS = [
  "headache",
  "back pain",
  "dizziness",
  "nausea",
  "a rash",
  "chest pain",
  "fatigue",
  "a cough",
  "a fever",
  "stomach pain",
  "joint pain",
  "insomnia",
  "anxiety",
  "heartburn",
  "diarrhea",
  "constipation",
  "itching",
  "shortness of breath",
  "palpitations",
  "numbness",
  "tingling in the fingers",
  "blurred vision",
  "ear pain",
  "a sore throat",
  "neck pain",
  "knee pain",
  "hair loss",
  "acne",
  "night sweats",
  "muscle cramps",
  "tinnitus",
  "heavy periods",
  "painful periods",
  "frequent urination",
  "blood in the stool",
  "swollen ankles",
  "a lump",
  "hoarseness",
  "dry eyes",
  "nosebleeds",
  "hives",
  "migraine",
  "vertigo",
  "tremor",
  "weight loss",
  "weight gain",
  "memory problems",
  "low mood",
  "panic attacks",
  "a toothache",
  "bloating",
  "hiccups",
  "sciatica",
  "gout",
];
const PLACES = [
  "in the morning",
  "at night",
  "after eating",
  "after exercise",
  "when I stand up",
  "when lying down",
  "at work",
  "after coffee",
  "during my period",
  "when I climb stairs",
  "after a long walk",
  "in cold weather",
];
const DURATIONS = ["two days", "a week", "three weeks", "a month", "six months", "a year", "several years"];
const DRUGS = [
  "ibuprofen",
  "paracetamol",
  "amoxicillin",
  "omeprazole",
  "sertraline",
  "metformin",
  "lisinopril",
  "levothyroxine",
  "prednisone",
  "cetirizine",
  "azithromycin",
  "atorvastatin",
  "amlodipine",
  "escitalopram",
  "gabapentin",
  "tramadol",
  "melatonin",
  "vitamin D",
  "iron tablets",
  "the pill",
  "aspirin",
  "naproxen",
  "fluoxetine",
  "losartan",
  "insulin",
  "ventolin",
  "montelukast",
  "diclofenac",
  "Zoloft",
  "Intuniv",
];
const PEOPLE = ["I", "My son", "My daughter", "My husband", "My wife", "My mother", "My father", "My baby"];
const CONDITIONS = [
  "diabetes",
  "hypertension",
  "asthma",
  "hypothyroidism",
  "migraine",
  "a herniated disc",
  "IBS",
  "GERD",
  "anemia",
  "PCOS",
  "endometriosis",
  "depression",
  "an anxiety disorder",
  "arthritis",
  "eczema",
  "psoriasis",
  "a UTI",
  "a sinus infection",
  "bronchitis",
  "tendonitis",
  "plantar fasciitis",
  "gallstones",
  "a kidney stone",
];
const TESTS = ["an MRI", "a blood test", "an ultrasound", "an ECG", "an X-ray", "a CT scan", "a urine test"];
const SPECIALISTS = ["neurologist", "cardiologist", "dermatologist", "gastroenterologist", "therapist"];

export function textGenerator(random: () => number) {
  // Squaring skews choices towards the head of each list.
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * random() * list.length)] as T;
  const age = () => 18 + Math.floor(random() * 60);

  const title = (): string => {
    const templates = [
      () => `${capital(pick(SYMPTOMS))} ${pick(PLACES)} for ${pick(DURATIONS)}`,
      () => `Can I take ${pick(DRUGS)} with ${pick(DRUGS)}?`,
      () => `Is ${pick(SYMPTOMS)} ${pick(PLACES)} a sign of ${pick(CONDITIONS)}?`,
      () => `${pick(PEOPLE)} has ${pick(SYMPTOMS)} and ${pick(SYMPTOMS)}`,
      () => `How long does ${pick(SYMPTOMS)} last after ${pick(CONDITIONS)}?`,
      () => `Side effects of ${pick(DRUGS)}: ${pick(SYMPTOMS)}`,
      () => `What does ${pick(TESTS)} show in ${pick(CONDITIONS)}?`,
    ];
    return (pick(templates) as () => string)().slice(0, 200);
  };
  const body = (): string => {
    const sentences = [
      `I am ${age()} years old.`,
      `It started ${pick(DURATIONS)} ago and gets worse ${pick(PLACES)}.`,
      `I take ${pick(DRUGS)} ${[5, 10, 20, 50, 100, 400][Math.floor(random() * 6)]} mg twice a day.`,
      `I was diagnosed with ${pick(CONDITIONS)} ${pick(DURATIONS)} ago.`,
      `I also have ${pick(SYMPTOMS)} ${pick(PLACES)}.`,
      `My doctor did ${pick(TESTS)} and said everything was normal.`,
      `Should I see a ${pick(SPECIALISTS)} or wait?`,
      "What could cause this and what should I do?",
      `My ${["mother", "father", "sister", "brother"][Math.floor(random() * 4)]} had ${pick(CONDITIONS)}.`,
    ];
    const count = 2 + Math.floor(random() * 4);
    return Array.from({ length: count }, () => pick(sentences)).join(" ");
  };
  const answer = (): string =>
    `This may be ${pick(CONDITIONS)}. I would start with ${pick(TESTS)}. ` +
    `${capital(pick(DRUGS))} can help with ${pick(SYMPTOMS)}, but check the dose with your doctor. ` +
    `If you notice ${pick(SYMPTOMS)} ${pick(PLACES)}, see a ${pick(SPECIALISTS)} in person.`;
  /** One to three words or a phrase, as people type into a search box. */
  const searchQuery = (): string => {
    const word = (phrase: string) => phrase.replace(/^(a|an|the) /, "");
    const templates = [
      () => word(pick(SYMPTOMS)),
      () => pick(DRUGS),
      () => `${word(pick(SYMPTOMS))} ${pick(PLACES).split(" ").slice(-1)[0]}`,
      () => `${pick(DRUGS)} ${word(pick(SYMPTOMS))}`,
      () => word(pick(CONDITIONS)),
      () => `${word(pick(CONDITIONS))} ${word(pick(TESTS))}`,
      () => "high blood pressure",
    ];
    return (pick(templates) as () => string)();
  };
  return { title, body, answer, searchQuery };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
