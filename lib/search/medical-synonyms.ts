// Words patients and doctors use for the same thing, so that "high blood pressure" finds "hypertension" and "Zoloft"
// finds "sertraline". Written from general medical vocabulary (lay ↔ clinical terms, abbreviations, brand ↔ generic
// drug names), never from evaluation data.
//
// One line per concept: terms separated by "|", then optionally "> " and broader concepts (by their first term),
// separated by ",". A drug names its class, so "azithromycin" also matches "antibiotic" — but two drugs of one class
// share only the class, which is rarer evidence than sharing the drug. A term starting with "=" matches only in
// capitals as written ("=MS" is multiple sclerosis; "ms" in "5 ms" is not).
export const MEDICAL_SYNONYMS = `
blood pressure | bp | =BP
hypertension | high blood pressure | high bp | htn | hypertensive > blood pressure
hypotension | low blood pressure | low bp > blood pressure
heart attack | myocardial infarction | =MI | cardiac arrest | coronary
heart | cardiac | cardio | cardiovascular
palpitation | racing heart | heart racing | heart is racing | pounding heart | heart pounding | heart is pounding | fluttering heart | skipped beat | heart skipping > heart
arrhythmia | irregular heartbeat | irregular heart beat | afib | a fib | atrial fibrillation | =AF > heart
tachycardia | fast heart rate | rapid heartbeat | rapid heart rate > heart
bradycardia | slow heart rate | slow heartbeat > heart
chest pain | angina | chest tightness | tight chest
heart failure | congestive heart failure | =CHF > heart
cholesterol | hyperlipidemia | high cholesterol | =LDL | =HDL | lipid | lipids | triglyceride
stroke | cerebrovascular accident | =CVA | =TIA | mini stroke | transient ischemic attack
blood clot | thrombosis | =DVT | deep vein thrombosis | embolism | pulmonary embolism | clot
anemia | anaemia | low iron | iron deficiency | low hemoglobin | low haemoglobin
diabetes | diabetic | blood sugar | high blood sugar | hyperglycemia | =DM | type 2 diabetes | type 1 diabetes | =T2D | a1c | hba1c
hypoglycemia | low blood sugar | hypo > diabetes
insulin | lantus | novolog | humalog | levemir > diabetes
metformin | glucophage > diabetes
thyroid | thyroid gland
hypothyroidism | underactive thyroid | low thyroid | hashimoto | hashimotos > thyroid
hyperthyroidism | overactive thyroid | graves disease > thyroid
levothyroxine | synthroid | levoxyl | thyroxine | t4 > thyroid
obesity | obese | overweight | over weight | excess weight | fat
weight loss | lose weight | losing weight | lost weight | slimming | diet
weight gain | gain weight | gaining weight | gained weight | put on weight
bmi | body mass index
kidney | renal | kidneys
kidney stone | kidney stones | nephrolithiasis | renal calculi > kidney
kidney disease | renal failure | kidney failure | =CKD > kidney
urinary tract infection | =UTI | uti | bladder infection | cystitis > infection
urination | urinate | urinating | pee | peeing | urine | wee | micturition
frequent urination | peeing a lot | urinating often | polyuria > urination
incontinence | leaking urine | bladder leakage > urination
prostate | prostate gland | =BPH | enlarged prostate | psa
liver | hepatic
hepatitis | liver inflammation | =HBV | =HCV > liver
fatty liver | hepatic steatosis | =NAFLD > liver
jaundice | yellow skin | yellow eyes > liver
gallbladder | gallstone | gallstones | cholecystitis | gall bladder
stomach | abdomen | abdominal | belly | tummy | gut | gastric
stomach ache | stomach pain | abdominal pain | belly pain | tummy ache | stomachache > stomach
nausea | nauseous | queasy | feel sick | feeling sick
vomiting | vomit | vomited | throwing up | threw up | throw up | puking | puke | emesis
diarrhea | diarrhoea | loose stool | loose stools | runny stool | the runs
constipation | constipated | hard stool | can't poop | not pooping
stool | bowel movement | =BM | poop | pooping | feces | faeces | poo | bowel
blood in stool | bloody stool | rectal bleeding | hematochezia | melena > stool
heartburn | acid reflux | reflux | =GERD | gerd | =GORD | indigestion | dyspepsia
ulcer | peptic ulcer | stomach ulcer | gastric ulcer > stomach
irritable bowel syndrome | =IBS | ibs > bowel
inflammatory bowel disease | =IBD | crohn | crohns | ulcerative colitis | colitis > bowel
hemorrhoid | hemorrhoids | haemorrhoids | piles
appendicitis | appendix
toilet paper | =TP | tissue
gas | flatulence | bloating | bloated | farting | wind
lung | lungs | pulmonary | respiratory
asthma | asthmatic | wheezing | wheeze | inhaler > lung
copd | =COPD | emphysema | chronic bronchitis > lung
shortness of breath | short of breath | breathless | breathlessness | dyspnea | difficulty breathing | trouble breathing | cant breathe > lung
pneumonia | chest infection | lung infection > lung, infection
bronchitis | bronchial > lung
cough | coughing | coughed
cold | common cold | runny nose | stuffy nose | congestion | congested | sniffles
flu | influenza | flu shot
sore throat | throat pain | pharyngitis | strep | strep throat | tonsillitis | tonsils
sinus | sinusitis | sinus infection | sinuses
allergy | allergies | allergic | hay fever | allergic rhinitis | antihistamine
covid | coronavirus | covid-19 | covid19 | sars-cov-2
fever | temperature | high temperature | febrile | pyrexia
infection | infected | infectious
antibiotic | antibiotics | antibacterial
amoxicillin | amoxil | augmentin | co-amoxiclav | amox > antibiotic
azithromycin | zithromax | z-pack | zpack | z pack > antibiotic
ciprofloxacin | cipro > antibiotic
doxycycline | vibramycin | doxy > antibiotic
cephalexin | keflex > antibiotic
clindamycin > antibiotic
metronidazole | flagyl > antibiotic
nitrofurantoin | macrobid | macrodantin > antibiotic
penicillin > antibiotic
sulfamethoxazole | bactrim | septra | trimethoprim > antibiotic
antiviral | antivirals | valacyclovir | valtrex | acyclovir | zovirax | tamiflu | oseltamivir
antifungal | fluconazole | diflucan | clotrimazole | miconazole | terbinafine | lamisil
painkiller | painkillers | pain killer | pain relief | analgesic | pain medication | pain medicine
ibuprofen | advil | motrin | nurofen > painkiller, nsaid
nsaid | nsaids | anti-inflammatory | anti inflammatory
naproxen | aleve | naprosyn > painkiller, nsaid
aspirin | acetylsalicylic acid > painkiller, nsaid
acetaminophen | paracetamol | tylenol | panadol > painkiller
opioid | opioids | opiate | opiates | narcotic | narcotics > painkiller
oxycodone | oxycontin | percocet > opioid
hydrocodone | vicodin | norco > opioid
tramadol | ultram > opioid
codeine > opioid
morphine > opioid
steroid | steroids | corticosteroid | prednisone | prednisolone | cortisone | dexamethasone | hydrocortisone
antidepressant | antidepressants | =SSRI | ssri | ssris | =SNRI
sertraline | zoloft > antidepressant
fluoxetine | prozac > antidepressant
escitalopram | lexapro | cipralex > antidepressant
citalopram | celexa > antidepressant
paroxetine | paxil | seroxat > antidepressant
venlafaxine | effexor > antidepressant
duloxetine | cymbalta > antidepressant
bupropion | wellbutrin | zyban > antidepressant
mirtazapine | remeron > antidepressant
amitriptyline | elavil > antidepressant
trazodone | desyrel > antidepressant, sleeping pill
benzodiazepine | benzodiazepines | benzo | benzos
alprazolam | xanax > benzodiazepine
lorazepam | ativan > benzodiazepine
clonazepam | klonopin | rivotril > benzodiazepine
diazepam | valium > benzodiazepine
antipsychotic | antipsychotics
risperidone | risperdal > antipsychotic
quetiapine | seroquel > antipsychotic
olanzapine | zyprexa > antipsychotic
aripiprazole | abilify > antipsychotic
haloperidol | haldol > antipsychotic
lithium | lithobid > mood stabilizer
mood stabilizer | mood stabilisers | mood stabilizers
lamotrigine | lamictal > mood stabilizer, anticonvulsant
valproate | depakote | valproic acid > mood stabilizer, anticonvulsant
anticonvulsant | anticonvulsants | antiepileptic | seizure medication
gabapentin | neurontin > anticonvulsant
pregabalin | lyrica > anticonvulsant
levetiracetam | keppra > anticonvulsant
carbamazepine | tegretol > anticonvulsant
topiramate | topamax > anticonvulsant
stimulant | stimulants
methylphenidate | ritalin | concerta > stimulant, adhd
amphetamine | adderall | vyvanse | lisdexamfetamine | dexedrine > stimulant, adhd
guanfacine | intuniv | tenex > adhd
atomoxetine | strattera > adhd
clonidine | catapres | kapvay > adhd, blood pressure
adhd | =ADHD | =ADD | attention deficit | hyperactivity | hyperactive
autism | autistic | asd | asperger | aspergers
sleeping pill | sleeping pills | sleep aid | sleep medication | zolpidem | ambien | melatonin
insomnia | can't sleep | cannot sleep | trouble sleeping | sleeplessness | unable to sleep | sleep problem > sleep
sleep | sleeping | asleep | slept
sleep apnea | sleep apnoea | =OSA | cpap | snoring | snore > sleep
fatigue | tired | tiredness | exhausted | exhaustion | lethargy | lethargic | no energy | low energy
depression | depressed | depressive | low mood | feeling down | =MDD
anxiety | anxious | panic | panic attack | panic attacks | nervous | nervousness | worry | worried | =GAD
bipolar | bipolar disorder | manic | mania | manic depression
schizophrenia | psychosis | psychotic | hallucination | hallucinations | hearing voices
ocd | =OCD | obsessive compulsive
ptsd | =PTSD | post traumatic stress | trauma
suicide | suicidal | self harm | self-harm | kill myself
eating disorder | anorexia | bulimia | binge eating
alcohol | booze | beer | wine | alcoholic | alcoholism | drunk | hangover
smoking | smoke | cigarette | cigarettes | nicotine | tobacco | vaping | vape
marijuana | cannabis | weed | =THC | cbd
addiction | addicted | dependence | withdrawal | detox
headache | headaches | head ache | head pain | head hurts | cephalalgia
migraine | migraines | aura > headache
dizziness | dizzy | vertigo | lightheaded | light headed | lightheadedness | room spinning
faint | fainting | fainted | passed out | pass out | syncope | blackout | blacked out
seizure | seizures | epilepsy | epileptic | convulsion | convulsions
multiple sclerosis | =MS
parkinson | parkinsons | parkinson's | tremor | tremors | shaking hands
dementia | alzheimer | alzheimers | memory loss | forgetful | forgetfulness
numbness | numb | tingling | pins and needles | paresthesia | neuropathy
nerve | nerves | neurological | neurologic
concussion | head injury | head trauma | hit my head | hit head
back pain | backache | back ache | lower back pain | lumbar pain | sore back | lumbago
sciatica | sciatic | sciatic nerve | pain down leg | radiating pain > back pain
herniated disc | slipped disc | bulging disc | disc herniation | disc prolapse > back pain
spine | spinal | vertebra | vertebrae | lumbar | cervical spine
neck pain | stiff neck | sore neck | cervicalgia
joint pain | arthralgia | achy joints | aching joints | sore joints
arthritis | osteoarthritis | rheumatoid arthritis | =RA | rheumatoid > joint pain
gout | uric acid > joint pain
osteoporosis | bone density | brittle bones | bone loss
fracture | fractured | broken bone | broken arm | broken leg | broken wrist | broken ankle
sprain | sprained | strain | twisted ankle | rolled ankle
muscle pain | myalgia | sore muscles | muscle ache | muscle aches | muscle cramp | cramps | cramp
tendonitis | tendinitis | tendon
knee | knees | kneecap | patella | acl | meniscus
shoulder | rotator cuff | frozen shoulder
carpal tunnel | wrist pain | wrist
fibromyalgia | chronic pain | widespread pain
exercise | exercising | excercise | workout | working out | gym | training | physical activity | sport | sports
physical therapy | physiotherapy | physio | =PT | rehab | rehabilitation
skin | dermal | cutaneous | dermatological
rash | rashes | skin rash | hives | urticaria | red spots | red bumps > skin
eczema | atopic dermatitis | dermatitis | dry itchy skin > skin
psoriasis | psoriatic > skin
acne | pimple | pimples | zits | breakout | breakouts | spots > skin
itching | itch | itchy | pruritus
mole | moles | skin lesion | birthmark | melanoma > skin
skin cancer | melanoma | basal cell carcinoma | squamous cell carcinoma > skin, cancer
fungal infection | fungus | ringworm | athlete's foot | athletes foot | tinea | yeast infection | thrush | candida > infection
wart | warts | verruca | hpv
cold sore | cold sores | fever blister | herpes | hsv | genital herpes
hair loss | losing hair | balding | bald | alopecia | thinning hair
sunburn | sun burn | sunburned
burn | burns | burned | scald
wound | laceration | stitches | sutures | scar | scarring
bruise | bruising | bruised | contusion
swelling | swollen | edema | oedema | puffy | inflammation | inflamed
eye | eyes | ocular | vision | eyesight | sight
blurry vision | blurred vision | blurry | cant see clearly > eye
pink eye | conjunctivitis | red eye | eye infection > eye
cataract | cataracts > eye
glaucoma | eye pressure > eye
glasses | contact lenses | contacts | spectacles | nearsighted | farsighted | myopia
ear | ears | hearing | auditory
ear infection | otitis | otitis media | earache | ear ache | ear pain > ear
tinnitus | ringing in ears | ringing ears | buzzing in ears > ear
hearing loss | deaf | deafness | hard of hearing > ear
tooth | teeth | dental | dentist | toothache | tooth ache | gums | gum
mouth ulcer | canker sore | mouth sore | mouth sores | aphthous
bad breath | halitosis
cancer | tumor | tumour | malignant | malignancy | oncology | carcinoma | chemo | chemotherapy | metastasis
lump | lumps | mass | growth | nodule | cyst | cysts | swelling
breast cancer | breast lump > cancer
lung cancer > cancer, lung
colon cancer | colorectal cancer | bowel cancer > cancer
prostate cancer > cancer, prostate
leukemia | leukaemia | blood cancer > cancer
lymphoma > cancer
lymph node | lymph nodes | swollen glands | glands | lymphadenopathy
biopsy
blood test | blood work | bloodwork | blood results | lab results | lab test | labs | cbc | complete blood count
scan | mri | =MRI | ct scan | =CT | cat scan | x-ray | xray | x ray | ultrasound | sonogram | imaging
ecg | =ECG | ekg | =EKG | electrocardiogram
pregnancy | pregnant | expecting | conceive | conceiving | conception | gestation | prenatal
pregnancy test | hcg | positive test
miscarriage | miscarry | miscarried | pregnancy loss
birth control | contraception | contraceptive | the pill | oral contraceptive | =OCP | iud | =IUD | implant | depo
morning after pill | plan b | emergency contraception
period | periods | menstruation | menstrual | menses | menstrual cycle | cycle
painful periods | period pain | period cramps | menstrual cramps | dysmenorrhea | dysmenorrhoea > period
missed period | late period | no period | amenorrhea > period
heavy periods | heavy bleeding | menorrhagia > period
spotting | bleeding between periods | irregular bleeding > period
menopause | menopausal | perimenopause | hot flashes | hot flushes | =HRT
pcos | =PCOS | polycystic ovary | polycystic ovaries | polycystic ovary syndrome | polysystic ovaries
endometriosis
ovary | ovaries | ovarian | ovarian cyst
uterus | womb | uterine | fibroids | fibroid
vagina | vaginal | vulva | vulvar
vaginal discharge | discharge
yeast infection | thrush | vaginal yeast | candidiasis > vaginal discharge
bacterial vaginosis | =BV > vaginal discharge
std | =STD | =STI | sti | sexually transmitted | sexually transmitted disease | sexually transmitted infection
chlamydia > std
gonorrhea | gonorrhoea | clap > std
syphilis > std
hiv | =HIV | aids | =AIDS > std
sex | sexual | intercourse | sexually
erectile dysfunction | =ED | impotence | impotent | cant get hard | viagra | sildenafil | cialis | tadalafil
premature ejaculation | =PE | early ejaculation
libido | sex drive | low libido | low sex drive
testicle | testicles | testicular | scrotum | balls
penis | penile
fertility | infertility | infertile | trying to conceive | =TTC | ivf
breastfeeding | breast feeding | nursing | lactation | breast milk
baby | infant | newborn | babies | toddler
child | children | kid | kids | son | daughter | pediatric | paediatric
vaccine | vaccination | vaccinated | immunization | immunisation | shot | jab | booster
mmr | measles | mumps | rubella
chickenpox | chicken pox | varicella | shingles | herpes zoster
tetanus | tetanus shot
allergic reaction | anaphylaxis | anaphylactic | epipen | epinephrine
vitamin | vitamins | supplement | supplements | multivitamin
vitamin d | vit d | cholecalciferol | d3
vitamin b12 | b12 | cobalamin
iron supplement | ferrous sulfate | iron tablets > anemia
calcium
magnesium
dehydration | dehydrated | not drinking enough
side effect | side effects | adverse effect | adverse reaction | reaction
overdose | overdosed | too many pills | took too much
dose | dosage | dose of | mg | milligram | milligrams
prescription | prescribed | prescribe | rx
over the counter | =OTC | otc
surgery | operation | surgical | operated | procedure
anesthesia | anaesthesia | anesthetic | general anesthesia | sedation
pain | painful | ache | aching | hurts | hurt | hurting | sore | soreness
chronic | long term | long-term | persistent
acute | sudden | suddenly
diagnosis | diagnosed | diagnose | diagnostic
contagious | catching | transmit | transmitted | transmission
doctor | physician | gp | =GP | general practitioner | specialist | clinic
emergency | =ER | emergency room | a&e | urgent care
hospital | hospitalized | admitted
nosebleed | nose bleed | bloody nose | epistaxis
snake bite | bite | bitten | sting | stung | insect bite | tick | tick bite
lyme | lyme disease > tick
food poisoning | stomach bug | stomach flu | gastroenteritis | norovirus
appetite | no appetite | loss of appetite | not hungry | hungry
swallowing | difficulty swallowing | dysphagia | trouble swallowing
hoarse | hoarseness | lost voice | laryngitis
sweating | sweat | sweaty | night sweats | hyperhidrosis
chills | shivering | shivers
weakness | weak | feeble
cramps | cramping
memory | remember | forget
concentration | focus | concentrate | attention
stress | stressed | stressful | burnout | burn out
`;
