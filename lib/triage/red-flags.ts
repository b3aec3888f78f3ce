// Warning signs a patient can tick at ask time, per specialty (Specialty.slug). THIS IS THE FILE DOCTORS REVIEW:
// each list is short on purpose (a worried person reads it on a phone) and names signs that need a doctor in person
// today, not an online answer. Any ticked sign shows the emergency notice at once and marks the question urgent.
// Codes are stored in Question.redFlags: never rename or reuse a code, add a new one instead.
// Plain data, no server imports: the ask form (browser) imports it too.

export type RedFlag = { code: string; label: string };

export type SpecialtyTriage = {
  /** Specialty-specific signs, shown before the generic ones. */
  flags: RedFlag[];
  /** What to do, in addition to calling the emergency number; one or two sentences. */
  advice: string;
};

/** The emergency notice every ticked sign shows first. */
export const EMERGENCY_NOTICE = {
  title: "Seek emergency care now",
  call: "Call your local emergency number — 112 in Europe, 911 in the US — or go to the nearest emergency department.",
  dontWait: "Do not wait for an online answer: doctors here cannot examine you, and these signs need someone who can.",
} as const;

/** Signs that are an emergency whatever the specialty; offered under every specialty's own list. */
export const GENERIC_RED_FLAGS: RedFlag[] = [
  { code: "chest-pain", label: "Chest pain or pressure, especially spreading to the arm, jaw or back" },
  { code: "breathing-difficulty", label: "Difficulty breathing or shortness of breath at rest" },
  { code: "one-sided-weakness", label: "Sudden weakness, numbness or drooping of one side of the body or face" },
  { code: "confusion-fainting", label: "Sudden confusion, trouble speaking, or fainting" },
];

const GENERIC_ADVICE = "While you wait for help, do not eat, drink or drive yourself; stay with someone if you can.";

export const RED_FLAGS: Record<string, SpecialtyTriage> = {
  therapist: {
    flags: [
      {
        code: "high-fever-stiff-neck",
        label: "High fever with a stiff neck or a rash that does not fade when pressed",
      },
      { code: "vomiting-blood", label: "Vomiting blood or passing black, tarry stools" },
      { code: "severe-sudden-headache", label: "A sudden, severe headache, the worst you have ever had" },
      { code: "unexplained-weight-loss", label: "Unexplained weight loss with night sweats" },
    ],
    advice: GENERIC_ADVICE,
  },
  neurologist: {
    flags: [
      { code: "saddle-numbness", label: "Numbness in the saddle area (between the legs, buttocks, inner thighs)" },
      { code: "bladder-bowel-loss", label: "Loss of bladder or bowel control" },
      { code: "progressive-leg-weakness", label: "Progressive leg weakness, or a foot that drops or drags" },
      { code: "fever-with-back-pain", label: "Fever with back pain" },
      { code: "recent-trauma", label: "A recent fall, accident or other injury" },
      { code: "unexplained-weight-loss", label: "Unexplained weight loss" },
      { code: "severe-sudden-headache", label: "A sudden, severe headache, the worst you have ever had" },
    ],
    advice:
      "Numbness between the legs or losing bladder or bowel control can mean pressure on the nerves of the spine (cauda equina syndrome), which needs surgery within hours: go to an emergency department now.",
  },
  pediatrician: {
    flags: [
      { code: "infant-fever", label: "Fever in a baby younger than 3 months" },
      { code: "non-blanching-rash", label: "A rash that does not fade when a glass is pressed on it" },
      { code: "child-drowsy", label: "The child is unusually drowsy, floppy or hard to wake" },
      { code: "child-dehydrated", label: "No wet nappy or no urine for 12 hours, or unable to keep fluids down" },
      { code: "child-seizure", label: "A seizure (fit)" },
    ],
    advice:
      "Take the child to an emergency department or call an ambulance; bring any medicines they have taken and do not give food or drink if they are very drowsy.",
  },
  cardiologist: {
    flags: [
      { code: "chest-pain-exertion", label: "Chest pain that comes on with exertion or lasts more than a few minutes" },
      { code: "fainting", label: "Fainting or nearly fainting" },
      { code: "palpitations-dizzy", label: "A racing or irregular heartbeat with dizziness or breathlessness" },
      { code: "very-high-bp", label: "Blood pressure above 180/120 with headache, chest pain or blurred vision" },
    ],
    advice:
      "Sit or lie down and do not exert yourself. If you have been prescribed nitroglycerin, use it as instructed; unless you are allergic, chewing one adult aspirin may help while you wait for the ambulance.",
  },
  gastroenterologist: {
    flags: [
      { code: "vomiting-blood", label: "Vomiting blood or material that looks like coffee grounds" },
      { code: "black-stools", label: "Black, tarry stools or a lot of blood from the back passage" },
      { code: "severe-abdominal-pain", label: "Severe abdominal pain that does not ease, with a hard, tender belly" },
      { code: "jaundice-fever", label: "Yellow skin or eyes with fever or confusion" },
      { code: "unexplained-weight-loss", label: "Unexplained weight loss or difficulty swallowing" },
    ],
    advice:
      "Do not eat or drink until a doctor has seen you, and do not take painkillers such as ibuprofen or aspirin.",
  },
  endocrinologist: {
    flags: [
      { code: "hypoglycemia-confusion", label: "Low blood sugar with confusion, or that does not improve with sugar" },
      { code: "high-sugar-vomiting", label: "Very high blood sugar with vomiting, deep breathing or a fruity breath" },
      { code: "thyroid-storm", label: "A racing heart, high fever and agitation with a known thyroid problem" },
    ],
    advice:
      "If you are able to swallow and your sugar is low, take fast sugar (juice, glucose tablets) now; if you use insulin, do not skip it without a doctor's advice.",
  },
  dermatologist: {
    flags: [
      { code: "skin-peeling-blisters", label: "Widespread blistering or peeling skin, or sores in the mouth or eyes" },
      { code: "rash-with-swelling", label: "A rash with swelling of the lips, tongue or throat" },
      { code: "spreading-redness-fever", label: "Red, hot, spreading skin with fever" },
      { code: "changing-mole-bleeding", label: "A mole that bleeds, grows quickly or changes colour" },
    ],
    advice:
      "Stop any new medicine you started in the last weeks only if a doctor tells you to; bring its name with you. A changing mole needs an appointment soon rather than an ambulance.",
  },
  gynecologist: {
    flags: [
      {
        code: "pregnancy-bleeding-pain",
        label: "Bleeding or severe one-sided pain in pregnancy or a possible pregnancy",
      },
      { code: "heavy-bleeding", label: "Soaking a pad every hour for several hours, or passing large clots" },
      { code: "reduced-fetal-movement", label: "Your baby is moving less than usual (after 24 weeks)" },
      { code: "pelvic-pain-fever", label: "Pelvic pain with fever" },
    ],
    advice: "Go to the emergency department or the maternity unit where you are registered; call them on the way.",
  },
  urologist: {
    flags: [
      { code: "urinary-retention", label: "Unable to pass urine for several hours with a painful, full bladder" },
      { code: "testicular-pain", label: "Sudden, severe pain in a testicle" },
      { code: "kidney-pain-fever", label: "Pain in the side or back with fever and shivering" },
      { code: "heavy-blood-in-urine", label: "A lot of blood or clots in the urine" },
    ],
    advice: "Sudden testicular pain can cost the testicle within hours: do not wait until morning.",
  },
  orthopedist: {
    flags: [
      { code: "deformed-limb", label: "A limb that looks deformed, or a bone through the skin" },
      { code: "cold-numb-limb", label: "A cold, pale or numb hand or foot after an injury" },
      { code: "hot-swollen-joint-fever", label: "A hot, swollen joint with fever" },
      { code: "calf-swelling", label: "A painful, swollen calf, especially after a flight, surgery or a cast" },
      { code: "recent-trauma", label: "A recent fall, accident or other injury with severe pain" },
    ],
    advice: "Do not put weight on the injured limb, keep it still, and do not eat in case you need an operation.",
  },
  rheumatologist: {
    flags: [
      { code: "hot-swollen-joint-fever", label: "A hot, swollen joint with fever" },
      { code: "sudden-vision-loss-headache", label: "New headache with jaw pain or blurred vision, over 50" },
      { code: "limb-weakness", label: "New weakness in the arms or legs" },
    ],
    advice:
      "A new headache with jaw pain or vision changes can be giant cell arteritis, which can cause blindness: be seen today.",
  },
  ent: {
    flags: [
      { code: "throat-swelling", label: "Swelling of the throat, drooling, or difficulty swallowing saliva" },
      { code: "sudden-hearing-loss", label: "Sudden hearing loss in one ear" },
      { code: "nosebleed-uncontrolled", label: "A nosebleed that does not stop after 20 minutes of pressure" },
      { code: "swelling-behind-ear", label: "Painful swelling behind the ear with fever" },
    ],
    advice: "Sit up and lean forward; do not lie flat. Sudden hearing loss needs treatment within days, ideally today.",
  },
  ophthalmologist: {
    flags: [
      { code: "sudden-vision-loss", label: "Sudden loss of vision or a curtain over part of what you see" },
      { code: "flashes-floaters", label: "New flashes of light or a shower of new floaters" },
      { code: "painful-red-eye", label: "A painful red eye with blurred vision, headache or vomiting" },
      { code: "eye-injury-chemical", label: "An injury to the eye, or a chemical in it" },
    ],
    advice:
      "For a chemical in the eye, rinse it with clean running water for 15 minutes before you go. Do not rub the eye.",
  },
  psychiatrist: {
    flags: [
      { code: "self-harm-thoughts", label: "Thoughts of harming or killing yourself" },
      { code: "harm-others-thoughts", label: "Thoughts of harming someone else" },
      { code: "overdose", label: "You have taken more medicine or substances than prescribed" },
      { code: "not-eating-drinking", label: "Not eating or drinking for days, or hearing voices telling you to act" },
    ],
    advice:
      "If you might act on these thoughts, call your emergency number now or go to an emergency department. You can also call a crisis line any time: 988 in the US, 116 123 (Samaritans) in the UK and Ireland, or your country's crisis line. Tell someone near you and stay with them.",
  },
  psychologist: {
    flags: [
      { code: "self-harm-thoughts", label: "Thoughts of harming or killing yourself" },
      { code: "harm-others-thoughts", label: "Thoughts of harming someone else" },
      { code: "unsafe-at-home", label: "You are not safe at home" },
    ],
    advice:
      "If you might act on these thoughts, call your emergency number now. A crisis line answers any time: 988 in the US, 116 123 (Samaritans) in the UK and Ireland, or your country's crisis line. Tell someone near you and stay with them.",
  },
  narcologist: {
    flags: [
      { code: "overdose", label: "Someone has taken too much and is very drowsy, hard to wake or breathing slowly" },
      { code: "withdrawal-seizure", label: "Seizures, shaking or seeing things during alcohol withdrawal" },
      { code: "self-harm-thoughts", label: "Thoughts of harming or killing yourself" },
    ],
    advice:
      "Put a drowsy person on their side and stay with them; if you have naloxone and opioids may be involved, give it. Do not stop heavy daily drinking suddenly on your own: withdrawal can be dangerous.",
  },
  neurosurgeon: {
    flags: [
      { code: "saddle-numbness", label: "Numbness in the saddle area (between the legs, buttocks, inner thighs)" },
      { code: "bladder-bowel-loss", label: "Loss of bladder or bowel control" },
      { code: "progressive-leg-weakness", label: "Progressive leg or arm weakness" },
      { code: "head-injury-drowsy", label: "Drowsiness, vomiting or confusion after a head injury" },
    ],
    advice:
      "These signs can mean pressure on the spinal cord, nerves or brain that needs an operation within hours: go to an emergency department now.",
  },
  "massage-therapist": {
    flags: [
      { code: "saddle-numbness", label: "Numbness in the saddle area (between the legs, buttocks, inner thighs)" },
      { code: "bladder-bowel-loss", label: "Loss of bladder or bowel control" },
      { code: "calf-swelling", label: "A painful, swollen calf" },
      { code: "recent-trauma", label: "A recent fall, accident or other injury" },
    ],
    advice: "Do not have a massage until a doctor has seen you: these signs need a medical examination first.",
  },
  osteopath: {
    flags: [
      { code: "saddle-numbness", label: "Numbness in the saddle area (between the legs, buttocks, inner thighs)" },
      { code: "bladder-bowel-loss", label: "Loss of bladder or bowel control" },
      { code: "progressive-leg-weakness", label: "Progressive leg weakness" },
      { code: "fever-with-back-pain", label: "Fever with back pain" },
      { code: "unexplained-weight-loss", label: "Unexplained weight loss" },
    ],
    advice: "Do not have manual treatment until a doctor has examined you.",
  },
  "infectious-disease": {
    flags: [
      {
        code: "high-fever-stiff-neck",
        label: "High fever with a stiff neck or a rash that does not fade when pressed",
      },
      { code: "fever-after-travel", label: "Fever after travel to a malaria area in the last 3 months" },
      { code: "fever-confusion", label: "Fever with confusion, very fast breathing or cold, mottled skin" },
      { code: "animal-bite", label: "A bite from an animal that might have rabies" },
    ],
    advice:
      "Tell the emergency staff where you have travelled. After an animal bite, wash the wound with soap and water for 15 minutes.",
  },
  allergist: {
    flags: [
      { code: "throat-swelling", label: "Swelling of the lips, tongue or throat, or a hoarse voice" },
      { code: "wheezing", label: "Wheezing or tightness in the chest after exposure to a trigger" },
      { code: "anaphylaxis-dizzy", label: "Dizziness or fainting with hives or swelling" },
    ],
    advice:
      "If you have an adrenaline auto-injector, use it now, then call the emergency number; lie down with your legs raised unless you are short of breath.",
  },
  surgeon: {
    flags: [
      { code: "severe-abdominal-pain", label: "Severe abdominal pain that does not ease, with a hard, tender belly" },
      { code: "hernia-painful-hard", label: "A hernia that has become hard, painful and cannot be pushed back" },
      { code: "wound-infection-fever", label: "A red, hot, swollen wound with fever" },
      { code: "vomiting-no-stools", label: "Repeated vomiting with no stools or wind" },
    ],
    advice: "Do not eat or drink in case you need an operation.",
  },
};

/** The signs to offer for a specialty: its own, then the generic ones not already on its list. */
export function redFlagsFor(specialtySlug: string): RedFlag[] {
  const own = RED_FLAGS[specialtySlug]?.flags ?? [];
  const codes = new Set(own.map((flag) => flag.code));
  return [...own, ...GENERIC_RED_FLAGS.filter((flag) => !codes.has(flag.code))];
}

/** The specialty's advice, or the generic one for a specialty without a list. */
export function emergencyAdviceFor(specialtySlug: string): string {
  return RED_FLAGS[specialtySlug]?.advice ?? GENERIC_ADVICE;
}

/** Codes that are not offered for the specialty: a ticked code must come from its list. */
export function unknownRedFlags(specialtySlug: string, codes: readonly string[]): string[] {
  const offered = new Set(redFlagsFor(specialtySlug).map((flag) => flag.code));
  return codes.filter((code) => !offered.has(code));
}

/** The labels of stored codes, for the question page and the queue; an unknown code is shown as it is. */
export function redFlagLabels(specialtySlug: string, codes: readonly string[]): string[] {
  const byCode = new Map(redFlagsFor(specialtySlug).map((flag) => [flag.code, flag.label]));
  return codes.map((code) => byCode.get(code) ?? code);
}
