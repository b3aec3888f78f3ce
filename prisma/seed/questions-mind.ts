// Headaches, dizziness, sleep, mood, anxiety, alcohol, and the general practitioner's everyday questions.
import type { SeedQuestion } from "./threads";

export const MIND_QUESTIONS: readonly SeedQuestion[] = [
  {
    specialty: "neurologist",
    asker: "amira",
    shownName: "Amira",
    city: "Marseille",
    daysAgo: 40,
    title: "Headache every afternoon at work",
    body: "For two months I have had a pressing headache on both sides of the head most afternoons at work. I take a painkiller almost every day. What could it be?",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello, Amira. A pressing, band-like headache on both sides that builds during the working day is typical of tension-type headache. One important point: taking painkillers on more than 10 to 15 days a month can itself cause daily headaches (medication-overuse headache), so try to cut down with your doctor's help. Regular meals, water, breaks from the screen and exercise help. Seek care at once for a sudden, very severe headache, a headache with fever and a stiff neck, or with weakness, numbness, confusion or loss of vision.",
        replies: [
          { by: "asker", body: "I take one almost every day, so that may be part of it." },
          {
            by: "doctor",
            body: "Quite possibly. Please see your GP or a neurologist: they can help you stop the daily painkillers safely and, if needed, start a preventive treatment. A headache diary for a month is very useful.",
          },
        ],
      },
    ],
  },
  {
    specialty: "neurologist",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 125,
    title: "The room spins when I turn over in bed",
    body: "For a week, whenever I turn to the right in bed or look up, the room spins for about 20 seconds. Between the attacks I am fine. No hearing problems.",
    answers: [
      {
        doctor: "stein",
        body: "Hello, Greta. Short spinning attacks triggered by turning in bed or looking up are typical of benign paroxysmal positional vertigo (BPPV): tiny crystals in the inner ear have moved into the wrong canal. A doctor or physiotherapist can confirm it with a simple test and treat it with a repositioning manoeuvre, which often works in one session. See a doctor urgently if dizziness comes with double vision, slurred speech, weakness, numbness or difficulty walking.",
        replies: [
          { by: "asker", body: "the physiotherapist did the manoeuvre yesterday and the spinning has stopped." },
          { by: "doctor", body: "Excellent. It can come back; if it does, the same manoeuvre usually helps again." },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "neurologist",
    asker: "lena",
    shownName: "Lena",
    city: "Hamburg",
    daysAgo: 230,
    title: "Migraine with aura and the combined pill",
    body: "I get migraines with zigzag lines in my vision before the headache. I have just started a combined contraceptive pill. Is that a problem?",
    answers: [
      {
        doctor: "ferrante",
        body: "Hello, Lena. Yes, please discuss it with your doctor soon: migraine with aura is a reason not to use contraception containing oestrogen, because together they raise the risk of stroke. Progestogen-only methods and non-hormonal methods are safe options. Do not stop the pill without another method in place.",
        replies: [{ by: "asker", body: "I had no idea. I will call my gynecologist tomorrow." }],
      },
      {
        doctor: "duval",
        body: "I confirm: with aura we switch to a progestogen-only pill, an implant or an intrauterine device. Tell your gynecologist about the aura explicitly.",
      },
    ],
  },
  {
    specialty: "neurologist",
    asker: "jan",
    shownName: "J.",
    city: "Utrecht",
    daysAgo: 250,
    title: "Both hands go numb at night",
    body: "Several nights a week I wake up with numb, tingling hands, mostly the thumb and first fingers. Shaking them helps. I work with tools all day.",
    answers: [
      {
        doctor: "hartmann",
        body: "Hello. Night-time numbness of the thumb, index and middle fingers that eases when you shake the hands is the classic picture of carpal tunnel syndrome. Wrist splints worn at night that keep the wrist straight often help within weeks. A neurologist can confirm it with a nerve conduction study. See someone sooner if the hand becomes weak or the muscle at the base of the thumb gets thinner.",
        replies: [{ by: "asker", body: "I will try the splints first and book the test." }],
      },
      {
        doctor: "stein",
        body: "Vibrating tools make it worse; anti-vibration gloves and more breaks help. Your GP may also check blood sugar and thyroid function, which can contribute.",
      },
    ],
  },
  {
    specialty: "psychiatrist",
    asker: "tomas",
    shownName: "T.",
    city: "Plzen",
    daysAgo: 90,
    title: "I can't fall asleep for months",
    body: "For about four months I lie awake for two hours before falling asleep, and I am exhausted during the day. A friend offered me her sleeping pills. Is that a good idea?",
    answers: [
      {
        doctor: "maslova",
        body: "Hello. Please do not take someone else's sleeping pills: they are chosen for a particular person, cause dependence when used for long, and mix dangerously with alcohol. The most effective long-term treatment for insomnia is cognitive behavioural therapy for insomnia (CBT-I), available in person or as structured online programmes. Also ask yourself about low mood, worry or loss of interest: insomnia is often part of depression or anxiety, which can be treated.",
        replies: [
          { by: "asker", body: "I have been worried about work a lot. The mood is so-so." },
          {
            by: "doctor",
            body: "Then please see your GP or a psychiatrist to talk about it properly. If you ever have thoughts of harming yourself, contact emergency services or a crisis line at once.",
          },
        ],
      },
      {
        doctor: "sorensen",
        body: "A few CBT-I basics to start with: get up at the same time every day, go to bed only when sleepy, leave the bed if you are awake for more than 20 minutes, and keep the bed for sleep only.",
      },
    ],
  },
  {
    specialty: "psychiatrist",
    asker: "olga",
    shownName: "Olga",
    city: "Tallinn",
    daysAgo: 170,
    title: "Panic attacks on the metro",
    body: "Three times in the past month I have had sudden attacks on the metro: pounding heart, trouble breathing, fear that I am dying. They pass in 15 minutes. Now I avoid the metro.",
    answers: [
      {
        doctor: "maslova",
        body: "Hello, Olga. This sounds like panic attacks, which are frightening but not dangerous, and panic disorder responds well to treatment. A GP should first rule out physical causes such as thyroid problems or heart rhythm disturbances. The treatment of choice is cognitive behavioural therapy; some people also benefit from medication prescribed by a doctor. Avoidance tends to make the fear grow, so gradual return to the metro is part of recovery.",
        replies: [{ by: "asker", body: "the GP found nothing physical. I am starting therapy next week." }],
      },
      {
        doctor: "sorensen",
        body: "During an attack, slow breathing helps: breathe out longer than you breathe in, for example in for four counts and out for six, and remind yourself that the attack will peak and pass.",
        replies: [{ by: "asker", body: "I tried it yesterday and it did help a bit." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "psychologist",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 55,
    title: "Anxiety before exams makes my mind go blank",
    body: "I am a student. Before exams I sleep badly, and in the exam my mind goes blank even when I know the material. How can I deal with it?",
    answers: [
      {
        doctor: "sorensen",
        body: "Hello, Sam. This is very common and trainable. Practise under exam conditions (timed past papers), spread revision out instead of cramming, and keep sleep regular in the last week. In the exam, if your mind goes blank, put the pen down, take a few slow breaths and start with a question you find easy. Many universities offer free counselling for exam anxiety; it is worth using.",
        replies: [{ by: "asker", body: "I did not know the university had counselling. I will sign up." }],
      },
    ],
  },
  {
    specialty: "psychologist",
    asker: "greta",
    shownName: "Greta",
    city: "Uppsala",
    daysAgo: 11,
    title: "I can't stop thinking about my father's death",
    body: "My father died three months ago after a short illness. I keep going over what I could have done differently and cannot concentrate at work. Is this normal grief?",
  },
  {
    specialty: "narcologist",
    asker: "marco",
    shownName: "M.",
    city: "Turin",
    daysAgo: 200,
    title: "I drink a bottle of wine every evening to relax",
    body: "For about a year I have been drinking a bottle of wine most evenings to unwind after work. I want to cut down but find it hard. Where do I start?",
    answers: [
      {
        doctor: "maslova",
        body: "Hello. It is good that you want to change this. A bottle a day is well above low-risk limits. Important: after a long period of daily drinking, stopping suddenly can cause withdrawal (shaking, sweating, anxiety, in severe cases seizures), so talk to your GP or an addiction service about a safe plan rather than stopping abruptly on your own. Meanwhile set alcohol-free days, do not keep wine at home, and find another evening routine. Support groups and counselling help many people.",
        replies: [
          { by: "asker", body: "I have tried to stop before and felt shaky the next morning." },
          {
            by: "doctor",
            body: "That is a sign of physical dependence, so please do involve a doctor: withdrawal can be managed safely with medical support. You do not have to do this alone.",
          },
        ],
      },
    ],
  },
  {
    specialty: "psychiatrist",
    asker: "jan",
    shownName: "Jan",
    city: "Utrecht",
    daysAgo: 440,
    title: "Can I stop my antidepressant now that I feel fine?",
    body: "I have taken an antidepressant for five months and feel well now. Can I just stop taking it?",
    answers: [
      {
        doctor: "maslova",
        body: "Hello, Jan. Please do not stop suddenly: that can cause discontinuation symptoms (dizziness, irritability, flu-like feelings) and raises the risk of relapse. Guidelines usually recommend continuing for at least six months after you feel well, then reducing the dose gradually with your doctor over weeks. Talk to whoever prescribed it about when and how.",
        replies: [{ by: "asker", body: "thank you. I will wait and plan it with my doctor." }],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "therapist",
    asker: "mark",
    shownName: "Mark",
    city: "Graz",
    daysAgo: 520,
    title: "Tired all the time, ferritin 9",
    body: "I am always tired and get breathless on stairs. Blood tests show ferritin 9 and slightly low haemoglobin. What does this mean?",
    answers: [
      {
        doctor: "novak",
        body: "Hello, Mark. That is iron deficiency with mild anaemia, which explains the tiredness and breathlessness. In a man the most important step is to find the cause, because it is often slow blood loss from the gut; your doctor will usually refer you for stomach and bowel examinations, and check for coeliac disease. Iron supplements are prescribed in a dose your doctor chooses. Seek care promptly if you notice black or bloody stools.",
        replies: [
          { by: "asker", body: "I do take a lot of anti-inflammatory tablets for my back." },
          {
            by: "doctor",
            body: "That can cause bleeding from the stomach, so tell your doctor about it, and please do not increase them. The examinations are still needed.",
          },
        ],
      },
    ],
    closed: { by: "asker", reason: "The patient marked the question as resolved" },
  },
  {
    specialty: "therapist",
    asker: "sam",
    shownName: "Sam",
    city: "Cork",
    daysAgo: 35,
    title: "Cough that won't go away three weeks after a cold",
    body: "I had a cold three weeks ago. Everything else has gone, but I still have a dry cough, worse at night. No fever. Should I worry?",
    answers: [
      {
        doctor: "stein",
        body: "Hello, Sam. A cough often lingers for three to eight weeks after a viral infection, because the airways stay irritated. Honey, warm drinks and not smoking help. See a doctor if it lasts more than eight weeks, or sooner if you cough up blood, have a fever, breathlessness, chest pain, night sweats or weight loss.",
        replies: [{ by: "asker", body: "thanks, it is already getting better." }],
      },
    ],
  },
];
