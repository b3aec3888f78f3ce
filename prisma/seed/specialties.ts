// Reference data: upserted on every seed run, so editing a description here and re-running the seed updates it.
import type { Db } from "../../lib/db";

export const SPECIALTIES = [
  {
    slug: "therapist",
    name: "Therapist",
    field: "General medicine",
    description: "General practitioner and internist: the first doctor to ask when you are not sure whom to see.",
  },
  {
    slug: "neurologist",
    name: "Neurologist",
    field: "Neurology",
    description: "Headache, dizziness, back and neck pain with numbness or radiating pain, sleep and nerve problems.",
  },
  {
    slug: "pediatrician",
    name: "Pediatrician",
    field: "Pediatrics",
    description: "Health of babies, children and teenagers: fever, rashes, growth, vaccinations.",
  },
  {
    slug: "cardiologist",
    name: "Cardiologist",
    field: "Cardiology",
    description: "Blood pressure, palpitations, chest discomfort, ECG and heart ultrasound results.",
  },
  {
    slug: "gastroenterologist",
    name: "Gastroenterologist",
    field: "Gastroenterology",
    description: "Stomach, bowel, liver, gallbladder and pancreas: heartburn, bloating, pain, abnormal liver tests.",
  },
  {
    slug: "endocrinologist",
    name: "Endocrinologist",
    field: "Endocrinology",
    description: "Thyroid, blood sugar and diabetes, hormones, weight and metabolism.",
  },
  {
    slug: "dermatologist",
    name: "Dermatologist",
    field: "Dermatology",
    description: "Skin, hair and nails: rashes, itching, acne, moles and hair loss.",
  },
  {
    slug: "gynecologist",
    name: "Gynecologist",
    field: "Gynecology and obstetrics",
    description: "Women's health: periods, contraception, pregnancy, menopause and test results.",
  },
  {
    slug: "urologist",
    name: "Urologist",
    field: "Urology",
    description: "Kidneys, bladder and prostate: urination problems, stones, urine test results.",
  },
  {
    slug: "orthopedist",
    name: "Orthopedist-traumatologist",
    field: "Orthopedics and traumatology",
    description: "Joints, bones and injuries: knee, shoulder and foot pain, sprains, fractures, posture.",
  },
  {
    slug: "rheumatologist",
    name: "Rheumatologist",
    field: "Rheumatology",
    description: "Inflammatory joint and connective tissue diseases: arthritis, gout, morning stiffness.",
  },
  {
    slug: "ent",
    name: "ENT doctor",
    field: "Otorhinolaryngology",
    description: "Ear, nose and throat: sinusitis, blocked ears, hearing, tonsils, hoarseness.",
  },
  {
    slug: "ophthalmologist",
    name: "Ophthalmologist",
    field: "Ophthalmology",
    description: "Eyes and vision: red or dry eyes, floaters, glasses and lenses.",
  },
  {
    slug: "psychiatrist",
    name: "Psychiatrist",
    field: "Psychiatry",
    description: "Depression, anxiety and panic, insomnia, and questions about psychiatric medicines.",
  },
  {
    slug: "psychologist",
    name: "Psychologist",
    field: "Psychology and psychotherapy",
    description: "Stress, worry, grief and relationships: talking therapy and self-help techniques.",
  },
  {
    slug: "narcologist",
    name: "Narcologist",
    field: "Addiction medicine",
    description: "Alcohol, smoking, medicines and other substances: cutting down safely and getting help.",
  },
  {
    slug: "neurosurgeon",
    name: "Neurosurgeon",
    field: "Neurosurgery",
    description: "Disc herniations, spinal stenosis and other conditions that may need an operation.",
  },
  {
    slug: "massage-therapist",
    name: "Massage therapist",
    field: "Therapeutic massage",
    description: "Therapeutic massage and its place in recovery from back, neck and muscle pain.",
  },
  {
    slug: "osteopath",
    name: "Osteopath",
    field: "Osteopathy",
    description: "Manual treatment of the musculoskeletal system and when it is, and is not, appropriate.",
  },
  {
    slug: "infectious-disease",
    name: "Infectious disease specialist",
    field: "Infectious diseases",
    description: "Infections, tick bites, travel medicine, vaccinations and prolonged fever.",
  },
  {
    slug: "allergist",
    name: "Allergist-immunologist",
    field: "Allergy and immunology",
    description: "Hay fever, food and drug allergies, hives, asthma triggers and allergy tests.",
  },
  {
    slug: "surgeon",
    name: "Surgeon",
    field: "General surgery",
    description: "Gallstones, hernias, lumps and other problems that may need an operation.",
  },
] as const;

export type SpecialtySlug = (typeof SPECIALTIES)[number]["slug"];
export type SpecialtyIds = Record<SpecialtySlug, number>;

/** Creates or refreshes every specialty and returns their ids by slug. */
export async function upsertSpecialties(client: Db): Promise<SpecialtyIds> {
  const ids: Partial<SpecialtyIds> = {};
  for (const [index, specialty] of SPECIALTIES.entries()) {
    const data = { ...specialty, sortOrder: (index + 1) * 10 };
    const row = await client.specialty.upsert({
      where: { slug: specialty.slug },
      create: data,
      update: data,
      select: { id: true },
    });
    ids[specialty.slug] = row.id;
  }
  return ids as SpecialtyIds;
}
