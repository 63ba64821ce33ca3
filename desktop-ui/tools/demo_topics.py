"""Topic banks and journals of Winnow's demo review. ALL FICTIONAL (journal names are real venues,
but no record describes a real paper: DOIs use the 10.5555 test prefix, PMIDs start with 99).
"""


def T(background, conclusions, mesh, emtree, psyc, keywords, journals, population, setting):
    return dict(background=background, conclusions=conclusions, mesh=mesh, emtree=emtree,
                psyc=psyc, keywords=keywords, journals=journals, population=population,
                setting=setting)


CORE_MESH = ["Female", "Humans", "Pregnancy"]
NEWBORN_MESH = ["Infant, Newborn"]

TOPICS = {
    "mat": T(
        ["Methadone and buprenorphine are the recommended treatments for opioid use disorder in "
         "pregnancy. Their effects on the newborn, particularly the severity of neonatal abstinence "
         "syndrome (NAS), may differ.",
         "Opioid agonist treatment in pregnancy reduces illicit opioid use and improves antenatal "
         "care, but the best choice of medication and dose for mother and infant remains debated."],
        ["Both medications have a place in pregnancy; the choice should be made with each woman, "
         "considering her history and preferences.",
         "Medication choice and dosing in pregnancy should be individualised, and women should be "
         "supported to remain in treatment."],
        ["Opiate Substitution Treatment/*methods", "Buprenorphine/*therapeutic use",
         "Methadone/*therapeutic use", "Opioid-Related Disorders/*drug therapy",
         "Pregnancy Complications/*drug therapy", "Neonatal Abstinence Syndrome/epidemiology"],
        ["*opiate substitution treatment", "*buprenorphine", "*methadone", "*opiate addiction",
         "pregnant woman", "neonatal abstinence syndrome"],
        ["Methadone Maintenance", "Buprenorphine", "Opiates", "Pregnancy", "Drug Rehabilitation"],
        ["buprenorphine", "methadone", "pregnancy", "opioid use disorder"],
        ["dad", "addiction", "jam", "obgyn", "ajog", "jsat"],
        "pregnant women receiving methadone or buprenorphine",
        ["at a tertiary maternity hospital in {city}", "in {region}",
         "at three specialist perinatal addiction services in {region}"]),
    "nas": T(
        ["Neonatal abstinence syndrome (NAS) affects many infants exposed to opioids in utero. "
         "Models of care that keep mother and infant together may reduce the need for "
         "pharmacological treatment.",
         "Infants with neonatal opioid withdrawal syndrome have traditionally been assessed with the "
         "Finnegan tool and treated in neonatal intensive care, separated from their mothers."],
        ["Care that keeps mothers and infants together can shorten hospital stay without "
         "compromising safety.",
         "Family-centred, function-based care for opioid-exposed newborns should be more widely "
         "implemented and evaluated."],
        ["Neonatal Abstinence Syndrome/*therapy", "Rooming-in Care", "Length of Stay",
         "Intensive Care Units, Neonatal", "Infant Care/methods"],
        ["*newborn", "*neonatal abstinence syndrome", "rooming in", "length of stay",
         "newborn intensive care", "morphine"],
        ["Neonatal Disorders", "Drug Withdrawal", "Infant Care", "Hospitalized Patients"],
        ["neonatal abstinence syndrome", "neonatal opioid withdrawal syndrome", "rooming-in",
         "Eat, Sleep, Console"],
        ["pediatrics", "hosppeds", "jperinatol", "actapaed", "jamapeds", "jognn"],
        "opioid-exposed newborns and their mothers",
        ["at a regional hospital in {city}", "at a children's hospital in {city}",
         "in {k} hospitals in {region}"]),
    "bf": T(
        ["Breastfeeding is encouraged for women receiving opioid agonist treatment, yet "
         "breastfeeding rates in this group remain low. Breast milk may also ease neonatal "
         "withdrawal.",
         "Guidelines support breastfeeding for most women in stable opioid agonist treatment, but "
         "practice varies between hospitals."],
        ["Consistent, supportive advice and keeping mother and infant together are likely to "
         "increase breastfeeding in this group.",
         "Breastfeeding support should be part of routine care for women receiving opioid agonist "
         "treatment."],
        ["Breast Feeding/*statistics & numerical data", "Opiate Substitution Treatment",
         "Neonatal Abstinence Syndrome/prevention & control", "Mothers/psychology"],
        ["*breast feeding", "*opiate substitution treatment", "lactation",
         "neonatal abstinence syndrome", "mother"],
        ["Breast Feeding", "Methadone Maintenance", "Mothers", "Postnatal Period"],
        ["breastfeeding", "lactation", "opioid agonist treatment", "neonatal abstinence syndrome"],
        ["jam", "jognn", "bmcpc", "actapaed", "mchj"],
        "women receiving opioid agonist treatment and their infants",
        ["at a maternity hospital in {city}", "in {k} hospitals in {region}"]),
    "cp": T(
        ["Women who use drugs in pregnancy are often involved with child protection services. "
         "The timing and nature of this involvement may affect engagement with care.",
         "Child protection systems increasingly intervene before birth when substance use is "
         "identified in pregnancy, with uncertain effects on mothers and infants."],
        ["Child protection involvement should be coordinated with treatment so that it supports "
         "rather than deters engagement.",
         "Policies that separate mothers and infants may have unintended harms for maternal "
         "recovery."],
        ["Child Protective Services/*statistics & numerical data", "Child Custody",
         "Substance-Related Disorders/*epidemiology", "Mothers/psychology"],
        ["*child protection", "*drug dependence", "child custody", "mother", "social work"],
        ["Child Welfare", "Protective Services", "Mothers", "Drug Abuse", "Child Custody"],
        ["child protection", "child welfare", "custody", "substance use"],
        ["can", "jsat", "mchj", "socsci", "ijdp"],
        "women who used drugs during pregnancy",
        ["in {region}", "at a specialist maternity service in {city}"]),
    "stigma": T(
        ["Pregnant women who use drugs face stigma from health professionals and the public. "
         "Stigma may deter women from seeking antenatal care and disclosing substance use.",
         "Stigma is often named as a barrier to care for women who use drugs in pregnancy, but "
         "how it operates in maternity settings is less well understood."],
        ["Reducing stigma in maternity care requires training, clear policies and attention to how "
         "care is delivered, not only to individual attitudes.",
         "Services should recognise stigma as a barrier to care and design for safety and trust."],
        ["Social Stigma", "Prenatal Care/psychology", "Substance-Related Disorders/psychology",
         "Pregnant Women/psychology", "Qualitative Research"],
        ["*social stigma", "*pregnant woman", "prenatal care", "drug dependence",
         "qualitative research"],
        ["Stigma", "Prenatal Care", "Drug Abuse", "Pregnancy", "Discrimination"],
        ["stigma", "maternity care", "substance use", "qualitative"],
        ["qhr", "socsci", "ijdp", "womenbirth", "midwifery", "dar"],
        "women who used drugs during pregnancy",
        ["in {city}", "in two maternity services in {region}"]),
    "clinic": T(
        ["Women who use drugs often receive fragmented care from separate maternity, addiction and "
         "social services. Integrated antenatal clinics bring these services together.",
         "Specialist multidisciplinary antenatal clinics for women with substance use have existed "
         "for decades, but evidence on their outcomes is limited."],
        ["Integrated antenatal care for women who use drugs deserves wider availability and careful "
         "evaluation.",
         "A single multidisciplinary team appears to be an acceptable model of antenatal care for "
         "women with substance use disorders."],
        ["Prenatal Care/*organization & administration", "Delivery of Health Care, Integrated",
         "Substance-Related Disorders/*therapy", "Pregnancy Outcome", "Patient Care Team"],
        ["*prenatal care", "*integrated health care system", "drug dependence", "pregnancy outcome",
         "multidisciplinary team"],
        ["Prenatal Care", "Integrated Services", "Drug Rehabilitation", "Pregnancy"],
        ["integrated care", "antenatal clinic", "substance use", "model of care"],
        ["anzjog", "obgyn", "bmcpc", "jsat", "ajog", "womenbirth"],
        "pregnant women with substance use disorders",
        ["at a tertiary maternity hospital in {city}", "at a specialist antenatal clinic in {city}"]),
    "peer": T(
        ["People with lived experience of substance use can offer support that complements "
         "clinical care. Peer support is increasingly offered to pregnant and postpartum women.",
         "The postpartum period is a time of high risk of treatment discontinuation and overdose. "
         "Peer recovery coaches may help women stay engaged in care."],
        ["Peer support is a promising addition to perinatal substance use services and should be "
         "funded and evaluated.",
         "Peer workers require clear roles, supervision and fair pay to sustain their contribution."],
        ["Peer Group", "Social Support", "Opioid-Related Disorders/*rehabilitation",
         "Postpartum Period", "Counseling"],
        ["*peer counseling", "*social support", "puerperium", "opiate addiction",
         "patient participation"],
        ["Peer Counseling", "Social Support", "Postnatal Period", "Drug Rehabilitation"],
        ["peer support", "recovery coaching", "lived experience", "postpartum"],
        ["jsat", "addiction", "jam", "qhr", "hrj"],
        "pregnant and postpartum women who use drugs",
        ["in {city}", "at two perinatal addiction services in {region}"]),
    "hr": T(
        ["Harm reduction services such as naloxone distribution and needle and syringe programmes "
         "reduce deaths and infections among people who use drugs. Pregnant women are rarely "
         "considered in their design.",
         "A harm reduction approach accepts that not all women will stop using drugs in pregnancy "
         "and aims to reduce harms to mother and infant."],
        ["Harm reduction should be embedded in perinatal care, with explicit policies and training.",
         "Services for people who use drugs should be prepared to meet the needs of pregnant "
         "clients."],
        ["Harm Reduction", "Naloxone/therapeutic use", "Drug Overdose/prevention & control",
         "Needle-Exchange Programs", "Pregnant Women"],
        ["*harm reduction", "*naloxone", "drug overdose", "needle exchange program", "pregnant woman"],
        ["Harm Reduction", "Drug Overdoses", "Needle Exchange Programs", "Pregnancy"],
        ["harm reduction", "naloxone", "overdose prevention", "pregnancy"],
        ["ijdp", "hrj", "dar", "subabus"],
        "pregnant women who use drugs",
        ["in {city}", "in {region}"]),
    "pp": T(
        ["Overdose is a leading cause of death in the year after childbirth. Women with opioid use "
         "disorder face a sharp rise in risk after delivery, when support often falls away.",
         "Many women reduce or stop substance use during pregnancy, but the months after birth "
         "bring high rates of return to use and treatment discontinuation."],
        ["Postpartum care for women with opioid use disorder should continue well beyond six weeks "
         "and prioritise retention in treatment.",
         "Interventions are needed to support continuity of treatment through the first year after "
         "birth."],
        ["Postpartum Period", "Opioid-Related Disorders/*mortality", "Drug Overdose/*epidemiology",
         "Opiate Substitution Treatment/statistics & numerical data", "Retention in Care"],
        ["*puerperium", "*opiate addiction", "drug overdose", "treatment retention",
         "maternal mortality"],
        ["Postnatal Period", "Drug Overdoses", "Treatment Compliance", "Opiates"],
        ["postpartum", "overdose", "treatment retention", "opioid use disorder"],
        ["addiction", "dad", "obgyn", "ajog", "jsat"],
        "women with opioid use disorder who gave birth",
        ["in {region}", "at a specialist perinatal service in {city}"]),
    "detox": T(
        ["Some women wish to stop opioids during pregnancy rather than begin maintenance treatment. "
         "Concerns about fetal safety and return to use have limited medically supervised "
         "withdrawal.",
         "Withdrawal from opioids during pregnancy has been discouraged because of feared fetal "
         "harm, but more recent studies have questioned this."],
        ["Medically supervised withdrawal does not appear to harm the fetus, but return to use is "
         "common without ongoing treatment.",
         "Women choosing withdrawal need close follow-up and rapid access to maintenance treatment."],
        ["Substance Withdrawal Syndrome", "Opioid-Related Disorders/*therapy",
         "Pregnancy Complications/*therapy", "Recurrence"],
        ["*opiate withdrawal", "*detoxification", "pregnancy outcome", "relapse"],
        ["Detoxification", "Drug Withdrawal", "Pregnancy", "Relapse (Disorders)"],
        ["detoxification", "medically supervised withdrawal", "pregnancy", "relapse"],
        ["ajog", "obgyn", "jam"],
        "pregnant women with opioid use disorder who chose withdrawal",
        ["at a hospital in {city}", "in {region}"]),
    "stim": T(
        ["Methamphetamine and cocaine use in pregnancy is increasing in several countries. Unlike "
         "opioids, there is no medication treatment, and services are often designed around opioid "
         "use.",
         "Stimulant use during pregnancy is associated with poor perinatal outcomes, often in the "
         "context of social disadvantage and limited access to care."],
        ["Women who use stimulants need accessible antenatal care and psychosocial support tailored "
         "to their needs.",
         "Services designed for opioid use should adapt to the growing number of women using "
         "stimulants."],
        ["Amphetamine-Related Disorders", "Methamphetamine", "Cocaine-Related Disorders",
         "Pregnancy Complications", "Prenatal Care"],
        ["*methamphetamine", "*amphetamine dependence", "cocaine", "pregnancy complication",
         "prenatal care"],
        ["Methamphetamine", "Cocaine", "Pregnancy", "Drug Abuse"],
        ["methamphetamine", "stimulants", "pregnancy", "antenatal care"],
        ["dad", "anzjog", "dar", "qhr"],
        "pregnant women who used stimulants",
        ["at a regional hospital in {city}", "in {region}"]),
    "access": T(
        ["Women who use drugs book late for antenatal care and attend fewer visits. Understanding "
         "the barriers is essential to improve access.",
         "Antenatal care offers an opportunity to support women who use drugs, yet many attend "
         "late or not at all."],
        ["Improving access will require addressing structural barriers as well as attitudes within "
         "services.",
         "Flexible, coordinated antenatal care may help women who use drugs attend earlier and more "
         "often."],
        ["Prenatal Care/*statistics & numerical data", "Health Services Accessibility",
         "Substance-Related Disorders", "Patient Acceptance of Health Care"],
        ["*prenatal care", "*health care access", "drug dependence", "health care utilization"],
        ["Prenatal Care", "Health Care Utilization", "Drug Abuse", "Barriers"],
        ["antenatal care", "access to care", "substance use", "barriers"],
        ["bmcpc", "mchj", "jwh", "midwifery", "qhr"],
        "pregnant women who used drugs",
        ["in {region}", "at two maternity hospitals in {city}"]),
    "hcv": T(
        ["Hepatitis C is common among women who inject drugs, and pregnancy may be a rare point of "
         "contact with health care. Direct-acting antivirals make cure possible.",
         "Vertical transmission of hepatitis C occurs in about 5% of pregnancies, yet many exposed "
         "infants are never tested."],
        ["Pregnancy offers an opportunity to diagnose and link women to hepatitis C care that is "
         "currently missed.",
         "Simplified pathways are needed to ensure follow-up of women and exposed infants."],
        ["Hepatitis C/*diagnosis", "Substance Abuse, Intravenous", "Pregnancy Complications, "
         "Infectious", "Mass Screening"],
        ["*hepatitis C", "*intravenous drug abuse", "screening", "vertical transmission"],
        ["Hepatitis", "Intravenous Drug Usage", "Pregnancy", "Screening"],
        ["hepatitis C", "screening", "people who inject drugs", "pregnancy"],
        ["jviral", "dad", "ijdp"],
        "pregnant women who inject drugs",
        ["at a specialist clinic in {city}", "in {region}"]),
    "staff": T(
        ["Health professionals' attitudes and knowledge shape the care that women who use drugs "
         "receive in pregnancy. Negative attitudes may deter women from care.",
         "Midwives, nurses and doctors often report limited training in caring for pregnant women "
         "who use drugs."],
        ["Training in substance use and trauma-informed care should be part of education for "
         "perinatal professionals.",
         "Organisations should support staff with training, supervision and clear guidance."],
        ["Attitude of Health Personnel", "Nurses/psychology", "Midwifery", "Health Knowledge, "
         "Attitudes, Practice", "Substance-Related Disorders"],
        ["*health personnel attitude", "*midwife", "nurse attitude", "drug dependence",
         "questionnaire"],
        ["Health Personnel Attitudes", "Midwifery", "Nurses", "Drug Abuse"],
        ["attitudes", "midwives", "nurses", "substance use", "training"],
        ["midwifery", "jognn", "womenbirth", "subabus", "jam"],
        "perinatal health professionals",
        ["in {region}", "in {k} hospitals in {region}"]),
    "rural": T(
        ["Pregnant women in rural areas face long distances to treatment and few prescribers. "
         "Telemedicine and new service models may improve access.",
         "Access to medication for opioid use disorder is uneven, and pregnant women may be turned "
         "away by prescribers unfamiliar with pregnancy."],
        ["Telemedicine and hub-and-spoke models can extend treatment to pregnant women in rural "
         "areas.",
         "Policies should address prescriber availability and travel burden for pregnant women."],
        ["Rural Population", "Telemedicine", "Buprenorphine/therapeutic use",
         "Health Services Accessibility", "Opioid-Related Disorders/drug therapy"],
        ["*rural area", "*telemedicine", "buprenorphine", "health care access", "opiate addiction"],
        ["Rural Environments", "Telemedicine", "Buprenorphine", "Health Care Access"],
        ["rural health", "telemedicine", "buprenorphine", "access"],
        ["jrh", "jsat", "obgyn", "jam"],
        "pregnant women with opioid use disorder in rural areas",
        ["in {region}", "in rural counties of {region}"]),
    "cm": T(
        ["Psychosocial interventions are an important part of treatment for pregnant women who use "
         "substances. Contingency management has strong evidence outside pregnancy.",
         "Behavioural interventions may reduce substance use in pregnancy, but trials in pregnant "
         "women are few."],
        ["Psychosocial interventions should be evaluated in larger trials before routine "
         "implementation in perinatal services.",
         "Behavioural treatment is a feasible addition to perinatal care for women who use "
         "substances, and larger trials are needed."],
        ["Behavior Therapy", "Reinforcement, Psychology", "Substance-Related Disorders/*therapy",
         "Pregnant Women", "Randomized Controlled Trials as Topic"],
        ["*contingency management", "*behavior therapy", "drug dependence", "pregnant woman",
         "randomized controlled trial"],
        ["Contingency Management", "Behavior Therapy", "Drug Rehabilitation", "Pregnancy"],
        ["contingency management", "psychosocial intervention", "pregnancy", "substance use"],
        ["pab", "dad", "addiction", "addbeh"],
        "pregnant women using substances",
        ["at a treatment research unit in {city}", "in {city}"]),
    "child": T(
        ["Little is known about longer-term outcomes of children exposed to opioids in utero. "
         "Outcomes are influenced by the postnatal environment as well as by exposure.",
         "Concern about child development after prenatal opioid exposure influences clinical and "
         "social decisions, yet the evidence is mixed."],
        ["Children with prenatal opioid exposure may benefit from developmental follow-up and family "
         "support.",
         "Findings should be interpreted in light of the social circumstances of families, which "
         "were only partly measured."],
        ["Prenatal Exposure Delayed Effects", "Child Development", "Analgesics, Opioid/adverse "
         "effects", "Child"],
        ["*prenatal exposure", "*child development", "opiate", "child"],
        ["Prenatal Exposure", "Childhood Development", "Opiates"],
        ["prenatal opioid exposure", "child development", "follow-up"],
        ["pediatrics", "ntt", "ehd", "jamapeds"],
        "children born to women who used opioids in pregnancy and comparison children",
        ["in {region}", "at a follow-up clinic in {city}"]),
    "trauma": T(
        ["Most women who use drugs in pregnancy have experienced trauma, including childhood abuse "
         "and intimate partner violence. Trauma-informed care aims to avoid retraumatisation.",
         "Violence and trauma are common among pregnant women in substance use treatment and may "
         "affect engagement and outcomes."],
        ["Perinatal substance use services should routinely ask about violence and provide "
         "trauma-informed care.",
         "Trauma histories should inform treatment planning in pregnancy."],
        ["Psychological Trauma", "Intimate Partner Violence", "Substance-Related Disorders",
         "Pregnant Women/psychology"],
        ["*psychotrauma", "*partner violence", "drug dependence", "pregnant woman"],
        ["Trauma", "Intimate Partner Violence", "Pregnancy", "Drug Abuse"],
        ["trauma-informed care", "intimate partner violence", "pregnancy"],
        ["jwh", "jsat", "socsci", "awmh"],
        "pregnant women in substance use treatment",
        ["in {city}", "at a perinatal service in {city}"]),
    "parent": T(
        ["Parenting interventions may support mothers in addiction treatment and their infants. "
         "Early relationships are shaped by stress, trauma and substance use.",
         "Mothers in addiction treatment often have limited support for parenting, and their infants "
         "are at risk of poor developmental outcomes."],
        ["Parenting support should be integrated into treatment for mothers with substance use "
         "disorders.",
         "Attachment-based interventions are feasible in addiction treatment settings."],
        ["Parenting/psychology", "Mother-Child Relations", "Object Attachment",
         "Substance-Related Disorders/rehabilitation"],
        ["*parenting", "*mother child relation", "attachment behavior", "drug dependence"],
        ["Parenting", "Mother Child Relations", "Attachment Behavior", "Drug Rehabilitation"],
        ["parenting", "attachment", "mothers", "addiction treatment"],
        ["infmh", "addiction", "can", "jsat"],
        "mothers in addiction treatment and their infants",
        ["at an outpatient treatment programme in {city}", "in {city}"]),
    "housing": T(
        ["Homelessness and unstable housing are common among pregnant women who use drugs and make "
         "it harder to attend care.",
         "Housing is rarely addressed in perinatal substance use services, despite its importance "
         "for maternal and infant health."],
        ["Stable housing should be considered part of perinatal care for women who use drugs.",
         "Programmes that keep mothers and children together deserve further evaluation."],
        ["Ill-Housed Persons", "Housing", "Prenatal Care", "Substance-Related Disorders"],
        ["*homelessness", "*housing", "prenatal care", "drug dependence"],
        ["Homeless", "Housing", "Pregnancy", "Drug Abuse"],
        ["homelessness", "housing", "pregnancy", "substance use"],
        ["ijdp", "mchj", "jsat", "qhr"],
        "pregnant women experiencing homelessness who used drugs",
        ["in {city}", "in {region}"]),
    "indig": T(
        ["Indigenous women who use substances in pregnancy experience the legacy of colonisation "
         "and child removal. Culturally safe care is essential to engagement.",
         "Indigenous women are over-represented in child protection systems and under-served by "
         "mainstream perinatal services."],
        ["Indigenous leadership and cultural safety should be central to perinatal substance use "
         "services.",
         "Community-led programmes can provide care that mainstream services have failed to "
         "deliver."],
        ["Indigenous Peoples", "Culturally Competent Care", "Prenatal Care", "Substance-Related "
         "Disorders/ethnology"],
        ["*indigenous people", "*cultural competence", "prenatal care", "drug dependence"],
        ["Indigenous Populations", "Cultural Sensitivity", "Pregnancy", "Drug Abuse"],
        ["Indigenous health", "cultural safety", "pregnancy", "substance use"],
        ["womenbirth", "ijdp", "qhr"],
        "Indigenous women who used substances in pregnancy",
        ["in {region}", "in {city}"]),
    "mh": T(
        ["Depression and anxiety are common among women with substance use disorders in the "
         "perinatal period and are linked to poorer outcomes.",
         "Perinatal mental health problems often go unrecognised in substance use services."],
        ["Perinatal mental health should be assessed and treated in substance use services.",
         "Integrated mental health care may reduce postnatal depression in this group."],
        ["Depression, Postpartum", "Anxiety", "Opiate Substitution Treatment", "Diagnosis, Dual "
         "(Psychiatry)"],
        ["*postnatal depression", "*anxiety", "opiate substitution treatment", "dual diagnosis"],
        ["Postpartum Depression", "Anxiety", "Comorbidity", "Methadone Maintenance"],
        ["perinatal depression", "anxiety", "dual diagnosis"],
        ["awmh", "jwh", "jam"],
        "pregnant women with substance use disorders",
        ["at a perinatal service in {city}", "in {city}"]),
    "tob": T(
        ["Almost all women in opioid agonist treatment smoke tobacco, and few quit during pregnancy. "
         "Smoking adds to the risks for the fetus.",
         "Tobacco use is rarely addressed in opioid treatment, even in pregnancy."],
        ["Tobacco cessation support should be intensified for pregnant women in opioid treatment.",
         "Novel approaches are needed to help this group stop smoking."],
        ["Smoking Cessation", "Tobacco Use Disorder", "Opiate Substitution Treatment",
         "Pregnant Women"],
        ["*smoking cessation", "*tobacco dependence", "opiate substitution treatment",
         "pregnant woman"],
        ["Smoking Cessation", "Tobacco Smoking", "Methadone Maintenance", "Pregnancy"],
        ["smoking cessation", "tobacco", "opioid agonist treatment"],
        ["addbeh", "dad", "addiction"],
        "pregnant smokers receiving opioid agonist treatment",
        ["at a clinic in {city}", "in {city}"]),
    "animal": T(
        ["Opioid exposure during gestation may affect the developing brain. Animal models allow "
         "exposure to be separated from the social environment.",
         "Mechanisms of neonatal withdrawal and later outcomes after prenatal opioid exposure are "
         "poorly understood."],
        ["These findings suggest lasting effects of prenatal opioid exposure in animals; their "
         "relevance to humans is uncertain.",
         "The model may help to study mechanisms of prenatal opioid exposure."],
        ["Animals", "Prenatal Exposure Delayed Effects/*chemically induced", "Disease Models, "
         "Animal", "Analgesics, Opioid/toxicity"],
        ["*prenatal exposure", "animal experiment", "animal model", "nonhuman", "controlled study"],
        ["Prenatal Exposure", "Opiates", "Animal Models"],
        ["prenatal exposure", "animal model", "opioids"],
        ["ntt"], "", [""]),
    "adol": T(
        ["Substance use often begins in adolescence. Prevention and early intervention may reduce "
         "later harms.",
         "Adolescent opioid misuse is a public health concern."],
        ["Prevention programmes for adolescents should be evaluated over longer follow-up.",
         "Emergency departments may be a setting for screening adolescents."],
        ["Adolescent", "Substance-Related Disorders/prevention & control", "Schools"],
        ["*adolescent", "*drug abuse", "prevention", "school"],
        ["Adolescent Development", "Drug Abuse Prevention", "Schools"],
        ["adolescents", "prevention", "substance use"],
        ["prevmed", "jadol"], "adolescents", ["in {region}"]),
    "alcohol": T(
        ["Prenatal alcohol exposure is a leading preventable cause of developmental disability. "
         "Screening in antenatal care is recommended.",
         "Alcohol use in pregnancy is under-reported and under-recognised."],
        ["Routine alcohol screening with validated tools should be part of antenatal care.",
         "Brief interventions are a promising approach in primary care."],
        ["Alcohol Drinking/prevention & control", "Fetal Alcohol Spectrum Disorders/prevention & "
         "control", "Prenatal Care"],
        ["*alcohol consumption", "*fetal alcohol syndrome", "prenatal screening"],
        ["Alcohol Drinking Patterns", "Fetal Alcohol Syndrome", "Screening"],
        ["alcohol", "screening", "fetal alcohol spectrum disorder"],
        ["bmcpc", "prevmed"], "pregnant women", ["in {region}"]),
    "pain": T(
        ["Opioids are commonly prescribed after childbirth, and leftover tablets may be misused. "
         "Reducing unnecessary prescribing is a safety priority.",
         "Persistent opioid use after delivery is an under-recognised harm of postpartum "
         "prescribing."],
        ["Standardised prescribing can reduce opioid exposure after birth without worsening pain.",
         "Clinicians should minimise opioid prescribing after uncomplicated delivery."],
        ["Analgesics, Opioid/*therapeutic use", "Cesarean Section", "Pain, Postoperative/drug "
         "therapy", "Practice Patterns, Physicians'"],
        ["*opiate", "*cesarean section", "postoperative pain", "prescription"],
        ["Opiates", "Pain Management", "Postnatal Period"],
        ["opioid prescribing", "postpartum", "caesarean"],
        ["obgyn", "ajog"], "women who gave birth", ["at {k} hospitals in {region}"]),
    "pk": T(
        ["Pregnancy changes the absorption, distribution and clearance of many drugs. Dosing of "
         "opioid agonists may need adjustment as pregnancy progresses.",
         "Little is known about placental transfer of buprenorphine and its metabolites."],
        ["Dose adjustment may be required in late pregnancy; therapeutic drug monitoring could guide "
         "dosing.",
         "Placental transfer was limited, which may explain milder neonatal withdrawal."],
        ["Methadone/pharmacokinetics", "Pregnancy/metabolism", "Placenta/metabolism",
         "Buprenorphine/pharmacokinetics"],
        ["*pharmacokinetics", "*methadone", "placenta", "buprenorphine"],
        ["Drug Metabolism", "Methadone", "Pregnancy"],
        ["pharmacokinetics", "methadone", "placenta"],
        ["ajog", "placenta"], "pregnant women receiving methadone",
        ["at a research unit in {city}"]),
    "opinion": T(["", ""], ["", ""],
                 ["Substance-Related Disorders", "Prenatal Care", "Health Policy"],
                 ["*drug dependence", "*health care policy", "editorial"],
                 ["Drug Abuse", "Health Care Policy", "Pregnancy"],
                 ["policy", "substance use", "pregnancy"],
                 ["addiction", "ijdp", "jperinatol"], "", [""]),
    "men": T(
        ["Fathers in opioid treatment are rarely studied, although paternal involvement matters for "
         "children.",
         "Parenting programmes in addiction treatment are usually designed for mothers."],
        ["Treatment services should consider fathers' parenting roles.",
         "Fathers in treatment may benefit from parenting support."],
        ["Fathers/psychology", "Opiate Substitution Treatment", "Parenting", "Male"],
        ["*father", "*opiate substitution treatment", "parenting", "male"],
        ["Fathers", "Methadone Maintenance", "Parenting"],
        ["fathers", "parenting", "opioid treatment"],
        ["addbeh", "jsat"], "fathers in opioid treatment", ["in {city}"]),
    "cannabis": T(
        ["Cannabis use in pregnancy is increasing where it has been legalised. Women receive mixed "
         "advice about its safety.",
         "Many pregnant women use cannabis for nausea, anxiety or sleep and may not disclose it."],
        ["Clear, consistent advice about cannabis in pregnancy is needed from all sources.",
         "Non-judgemental conversations may encourage disclosure."],
        ["Cannabis", "Marijuana Use", "Prenatal Care", "Pregnant Women"],
        ["*cannabis use", "*pregnant woman", "prenatal care", "counseling"],
        ["Cannabis", "Marijuana Usage", "Pregnancy"],
        ["cannabis", "pregnancy", "disclosure"],
        ["obgyn", "jwh", "qhr"], "pregnant women who used cannabis", ["in {region}"]),
    "epi": T(
        ["Opioid use has changed rapidly over the last decade, with consequences for women and "
         "families.",
         "Policy responses to the opioid epidemic have targeted prescribing, treatment and overdose "
         "prevention."],
        ["Surveillance should continue to guide policy and services.",
         "The findings can inform the planning of services."],
        ["Opioid-Related Disorders/epidemiology", "Analgesics, Opioid", "Health Policy"],
        ["*opiate addiction", "*epidemiology", "health care policy"],
        ["Opiates", "Epidemiology", "Health Care Policy"],
        ["opioids", "epidemiology", "policy"],
        ["prevmed", "dad", "jsat", "obgyn"], "adults", ["in {region}"]),
}

CITIES = ["Glasgow", "Dublin", "Vancouver", "Toronto", "Boston", "Baltimore", "Philadelphia",
          "Pittsburgh", "Nashville", "Seattle", "Oslo", "Stockholm", "Manchester", "Auckland",
          "Montreal", "Cincinnati", "Denver", "Sydney", "Melbourne", "Adelaide", "Portland",
          "Edinburgh", "Copenhagen", "Leeds"]
REGIONS = ["Ontario, Canada", "New South Wales, Australia", "Scotland", "Norway", "Tennessee, USA",
           "Massachusetts, USA", "British Columbia, Canada", "Sweden", "Victoria, Australia",
           "Pennsylvania, USA", "Denmark", "Vermont, USA", "New Zealand", "Ohio, USA"]

# key: full title, NLM abbreviation (TA), NLM catalogue title (JT), Embase abbreviation (JA),
# ISSN, publisher, country, indexed in PsycINFO, article numbers instead of pages,
# volume in 2010 (or the first year), volumes per year
JOURNALS = {
    "dad": ("Drug and Alcohol Dependence", "Drug Alcohol Depend", "Drug and alcohol dependence",
            "Drug Alcohol Depend.", "0376-8716", "Elsevier Ireland Ltd", "Ireland", True, False, 106, 6),
    "addiction": ("Addiction", "Addiction", "Addiction (Abingdon, England)", "Addiction",
                  "0965-2140", "Blackwell Publishing Ltd", "England", True, False, 105, 1),
    "jsat": ("Journal of Substance Abuse Treatment", "J Subst Abuse Treat",
             "Journal of substance abuse treatment", "J. Subst. Abuse Treat.", "0740-5472",
             "Elsevier Inc.", "United States", True, False, 38, 3),
    "jam": ("Journal of Addiction Medicine", "J Addict Med", "Journal of addiction medicine",
            "J. Addict. Med.", "1932-0620", "Lippincott Williams and Wilkins", "United States", True,
            False, 4, 1),
    "addbeh": ("Addictive Behaviors", "Addict Behav", "Addictive behaviors", "Addict. Behav.",
               "0306-4603", "Elsevier Ltd", "England", True, False, 35, 2),
    "subabus": ("Substance Abuse", "Subst Abus", "Substance abuse", "Subst. Abuse", "0889-7077",
                "Routledge", "United States", True, False, 31, 1),
    "ijdp": ("International Journal of Drug Policy", "Int J Drug Policy",
             "The International journal on drug policy", "Int. J. Drug Policy", "0955-3959",
             "Elsevier B.V.", "Netherlands", True, False, 21, 3),
    "hrj": ("Harm Reduction Journal", "Harm Reduct J", "Harm reduction journal", "Harm Reduct. J.",
            "1477-7517", "BioMed Central Ltd.", "England", True, True, 7, 1),
    "dar": ("Drug and Alcohol Review", "Drug Alcohol Rev", "Drug and alcohol review",
            "Drug Alcohol Rev.", "0959-5236", "John Wiley and Sons Inc", "Australia", True, False,
            29, 1),
    "pediatrics": ("Pediatrics", "Pediatrics", "Pediatrics", "Pediatrics", "0031-4005",
                   "American Academy of Pediatrics", "United States", False, False, 125, 2),
    "hosppeds": ("Hospital Pediatrics", "Hosp Pediatr", "Hospital pediatrics", "Hosp. Pediatr.",
                 "2154-1663", "American Academy of Pediatrics", "United States", False, False, 0, 1),
    "jperinatol": ("Journal of Perinatology", "J Perinatol",
                   "Journal of perinatology : official journal of the California Perinatal "
                   "Association", "J. Perinatol.", "0743-8346", "Springer Nature", "United States",
                   False, False, 30, 1),
    "actapaed": ("Acta Paediatrica", "Acta Paediatr", "Acta paediatrica (Oslo, Norway : 1992)",
                 "Acta Paediatr. Int. J. Paediatr.", "0803-5253", "Blackwell Publishing Ltd",
                 "Norway", False, False, 99, 1),
    "jamapeds": ("JAMA Pediatrics", "JAMA Pediatr", "JAMA pediatrics", "JAMA Pediatr.", "2168-6203",
                 "American Medical Association", "United States", False, False, 164, 1),
    "obgyn": ("Obstetrics and Gynecology", "Obstet Gynecol", "Obstetrics and gynecology",
              "Obstet. Gynecol.", "0029-7844", "Lippincott Williams and Wilkins", "United States",
              False, False, 115, 2),
    "ajog": ("American Journal of Obstetrics and Gynecology", "Am J Obstet Gynecol",
             "American journal of obstetrics and gynecology", "Am. J. Obstet. Gynecol.", "0002-9378",
             "Mosby Inc.", "United States", False, False, 202, 2),
    "anzjog": ("Australian and New Zealand Journal of Obstetrics and Gynaecology",
               "Aust N Z J Obstet Gynaecol",
               "The Australian & New Zealand journal of obstetrics & gynaecology",
               "Aust. N. Z. J. Obstet. Gynaecol.", "0004-8666", "Blackwell Publishing", "Australia",
               False, False, 50, 1),
    "bmcpc": ("BMC Pregnancy and Childbirth", "BMC Pregnancy Childbirth",
              "BMC pregnancy and childbirth", "BMC Pregnancy Childbirth", "1471-2393",
              "BioMed Central Ltd.", "England", False, True, 10, 1),
    "mchj": ("Maternal and Child Health Journal", "Matern Child Health J",
             "Maternal and child health journal", "Matern. Child Health J.", "1092-7875",
             "Springer New York LLC", "United States", True, False, 14, 1),
    "midwifery": ("Midwifery", "Midwifery", "Midwifery", "Midwifery", "0266-6138",
                  "Churchill Livingstone", "Scotland", False, False, 26, 1),
    "womenbirth": ("Women and Birth", "Women Birth",
                   "Women and birth : journal of the Australian College of Midwives", "Women Birth",
                   "1871-5192", "Elsevier Ltd", "Australia", False, False, 23, 1),
    "jognn": ("Journal of Obstetric, Gynecologic, and Neonatal Nursing",
              "J Obstet Gynecol Neonatal Nurs",
              "Journal of obstetric, gynecologic, and neonatal nursing : JOGNN",
              "J. Obstet. Gynecol. Neonatal Nurs.", "0884-2175", "Elsevier B.V.", "United States",
              False, False, 39, 1),
    "qhr": ("Qualitative Health Research", "Qual Health Res", "Qualitative health research",
            "Qual. Health Res.", "1049-7323", "SAGE Publications Inc.", "United States", True, False,
            20, 1),
    "socsci": ("Social Science and Medicine", "Soc Sci Med", "Social science & medicine (1982)",
               "Soc. Sci. Med.", "0277-9536", "Elsevier Ltd", "England", True, False, 70, 2),
    "awmh": ("Archives of Women's Mental Health", "Arch Womens Ment Health",
             "Archives of women's mental health", "Arch. Women's Ment. Health", "1434-1816",
             "Springer-Verlag Wien", "Austria", True, False, 13, 1),
    "can": ("Child Abuse and Neglect", "Child Abuse Negl", "Child abuse & neglect",
            "Child Abuse Negl.", "0145-2134", "Elsevier Ltd", "England", True, False, 34, 1),
    "pab": ("Psychology of Addictive Behaviors", "Psychol Addict Behav",
            "Psychology of addictive behaviors : journal of the Society of Psychologists in "
            "Addictive Behaviors", "Psychol. Addict. Behav.", "0893-164X",
            "American Psychological Association", "United States", True, False, 24, 1),
    "ntt": ("Neurotoxicology and Teratology", "Neurotoxicol Teratol", "Neurotoxicology and teratology",
            "Neurotoxicol. Teratol.", "0892-0362", "Elsevier Inc.", "United States", True, False, 32, 1),
    "ehd": ("Early Human Development", "Early Hum Dev", "Early human development",
            "Early Hum. Dev.", "0378-3782", "Elsevier Ireland Ltd", "Ireland", False, False, 86, 1),
    "cct": ("Contemporary Clinical Trials", "Contemp Clin Trials", "Contemporary clinical trials",
            "Contemp. Clin. Trials", "1551-7144", "Elsevier Inc.", "United States", False, False, 31,
            1),
    "jrh": ("Journal of Rural Health", "J Rural Health",
            "The Journal of rural health : official journal of the American Rural Health "
            "Association and the National Rural Health Care Association", "J. Rural Health",
            "0890-765X", "Blackwell Publishing Inc.", "United States", False, False, 26, 1),
    "jwh": ("Journal of Women's Health", "J Womens Health (Larchmt)", "Journal of women's health (2002)",
            "J. Women's Health", "1540-9996", "Mary Ann Liebert Inc.", "United States", True, False,
            19, 1),
    "infmh": ("Infant Mental Health Journal", "Infant Ment Health J", "Infant mental health journal",
              "Infant Ment. Health J.", "0163-9641", "John Wiley and Sons Inc.", "United States",
              True, False, 31, 1),
    "prevmed": ("Preventive Medicine", "Prev Med", "Preventive medicine", "Prev. Med.", "0091-7435",
                "Academic Press Inc.", "United States", True, False, 50, 2),
    "jadol": ("Journal of Adolescent Health", "J Adolesc Health",
              "The Journal of adolescent health : official publication of the Society for "
              "Adolescent Medicine", "J. Adolesc. Health", "1054-139X", "Elsevier USA",
              "United States", True, False, 46, 2),
    "jviral": ("Journal of Viral Hepatitis", "J Viral Hepat", "Journal of viral hepatitis",
               "J. Viral Hepatitis", "1352-0504", "Blackwell Publishing Ltd", "England", False, False,
               17, 1),
    "placenta": ("Placenta", "Placenta", "Placenta", "Placenta", "0143-4004", "W.B. Saunders Ltd",
                 "England", False, False, 31, 1),
    # PsycINFO only (not in MEDLINE or Embase)
    "cfsw": ("Child & Family Social Work", None, None, None, "1356-7500", "Wiley-Blackwell",
             "United Kingdom", True, False, 15, 1),
    "dai": ("Dissertation Abstracts International: Section B: The Sciences and Engineering", None,
            None, None, "0419-4217", "ProQuest Information & Learning", "US", True, False, 71, 1),
}

# Journal of the design when it has a typical venue
DESIGN_JOURNALS = {"PR": ["cct", "bmcpc"], "AN": ["ntt"], "DIS": ["dai"]}
