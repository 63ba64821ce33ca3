"""The works of Winnow's demo review (perinatal care for women who use drugs). ALL FICTIONAL.

Each work is one study as published; generate_demo_data.py turns it into records of the
databases that index it. A work names its topic (background, setting and subject terms come from
the topic), its design (which shapes the abstract), the screening truth the demo reviewers follow,
its title and aim, and the design's specifics.

Relevance: "I" include, "B" borderline (the two reviewers disagree at title/abstract), or the
exclusion reason label (the project's default reasons).
"""

POP = "Wrong population"
DES = "Wrong study design"
OUT = "Wrong outcomes"
INT = "Wrong intervention"


def W(topic, design, rel, title, aim, **extra):
    return dict(topic=topic, design=design, rel=rel, title=title, aim=aim, **extra)


WORKS = [
    # ------------------------------------------------------------ opioid agonist treatment
    W("mat", "RC", "I",
      "Buprenorphine versus methadone in pregnancy and severity of neonatal abstinence syndrome: "
      "a population-based cohort study",
      "compare the need for pharmacological treatment of neonatal abstinence syndrome (NAS) after "
      "in utero exposure to buprenorphine or to methadone",
      groups=("buprenorphine-exposed infants", "methadone-exposed infants"),
      outcome="pharmacological treatment for NAS", secondary="length of hospital stay and birth weight",
      kind="prop", p=(31, 52), key="bup-met-pop"),
    W("mat", "RC", "I",
      "Maternal opioid agonist dose at delivery and the need for neonatal pharmacotherapy",
      "examine whether the maternal methadone or buprenorphine dose at delivery predicts the need for "
      "neonatal pharmacotherapy",
      groups=("infants of mothers in the highest dose tertile", "infants of mothers in the lowest tertile"),
      outcome="pharmacotherapy for neonatal opioid withdrawal", secondary="peak withdrawal scores",
      kind="prop", p=(47, 44)),
    W("mat", "RC", "I",
      "Birth outcomes among women maintained on buprenorphine or methadone in a regional health service",
      "describe birth outcomes for women receiving opioid agonist treatment in a regional health service",
      groups=("women receiving buprenorphine", "women receiving methadone"),
      outcome="preterm birth before 37 weeks", secondary="small for gestational age and admission to "
      "special care", kind="prop", p=(11, 17)),
    W("mat", "RC", "I",
      "Transferring from methadone to buprenorphine during pregnancy: maternal and neonatal outcomes",
      "describe the safety of transferring pregnant women from methadone to buprenorphine",
      groups=("women who transferred", "women who remained on methadone"),
      outcome="precipitated withdrawal or return to illicit opioid use within 30 days",
      secondary="neonatal length of stay", kind="prop", p=(9, 12)),
    W("mat", "PC", "I",
      "Split dosing of methadone in pregnancy and maternal withdrawal symptoms: a prospective study",
      "assess whether twice-daily (split) methadone dosing reduces maternal withdrawal symptoms in the "
      "third trimester",
      groups=("women on split dosing", "women on once-daily dosing"),
      outcome="moderate or severe withdrawal on the Clinical Opiate Withdrawal Scale",
      secondary="illicit opioid use and fetal heart rate patterns", kind="prop", p=(14, 33)),
    W("mat", "RC", "I",
      "Extended-release buprenorphine in pregnancy: early experience of a specialist perinatal service",
      "describe the first pregnancies managed with monthly extended-release buprenorphine in a "
      "specialist service",
      groups=("women on extended-release buprenorphine", "women on sublingual buprenorphine"),
      outcome="illicit opioid use in the third trimester", secondary="neonatal pharmacotherapy",
      kind="prop", p=(8, 19)),
    W("mat", "SR", "I",
      "Buprenorphine-naloxone compared with buprenorphine monoproduct in pregnancy: a systematic review "
      "and meta-analysis",
      "compare maternal and neonatal outcomes of buprenorphine-naloxone and buprenorphine alone in pregnancy",
      k=9, finding="Pooled rates of NAS requiring treatment did not differ between products (risk ratio "
      "0.92, 95% CI 0.76 to 1.11), and no excess of congenital anomalies was found with "
      "buprenorphine-naloxone"),
    W("mat", "RC", "I",
      "Timing of initiation of opioid agonist treatment in pregnancy and risk of preterm birth",
      "examine whether starting opioid agonist treatment earlier in pregnancy is associated with lower "
      "risk of preterm birth",
      groups=("women who started treatment before 20 weeks", "women who started later"),
      outcome="preterm birth", secondary="low birth weight and neonatal intensive care admission",
      kind="prop", p=(12, 21), key="timing"),
    W("mat", "PC", "I",
      "Maternal illicit opioid use during buprenorphine treatment and neonatal outcomes: a prospective "
      "cohort",
      "relate illicit opioid use during buprenorphine treatment, confirmed by urine testing, to neonatal "
      "outcomes",
      groups=("infants of mothers with negative third-trimester tests",
              "infants of mothers with any positive test"),
      outcome="NAS requiring pharmacotherapy", secondary="gestational age and head circumference",
      kind="prop", p=(24, 41)),
    # ------------------------------------------------------------ NAS care
    W("nas", "SR", "I",
      "Rooming-in compared with neonatal intensive care for infants at risk of neonatal abstinence "
      "syndrome: a systematic review and meta-analysis",
      "compare rooming-in with standard neonatal intensive care unit (NICU) care for infants at risk "
      "of NAS",
      k=14, finding="Rooming-in was associated with less pharmacological treatment (risk ratio 0.37, "
      "95% CI 0.26 to 0.53) and a shorter hospital stay (mean difference -10.4 days), with no "
      "increase in readmissions", key="rooming-sr"),
    W("nas", "QI", "I",
      "Implementing the Eat, Sleep, Console approach in a community hospital: a quality improvement "
      "initiative",
      "implement the Eat, Sleep, Console (ESC) approach for opioid-exposed newborns in a community "
      "hospital",
      groups=("infants cared for after ESC was introduced", "infants in the baseline period"),
      outcome="mean length of stay", kind="mean", unit="days", m=(6.2, 14.9),
      secondary="morphine treatment and readmission"),
    W("nas", "RCT", "I",
      "Eat, Sleep, Console versus Finnegan scoring for opioid-exposed newborns: a stepped-wedge cluster "
      "randomised trial",
      "test whether the ESC care approach shortens the time until infants are medically ready for "
      "discharge compared with Finnegan-based care",
      intervention="ESC-based care", control="Finnegan-based care",
      outcome="time until medically ready for discharge", kind="mean", unit="days", m=(8.1, 14.3),
      sites=12, key="esc-trial"),
    W("nas", "RC", "I",
      "Length of hospital stay for infants with neonatal opioid withdrawal syndrome before and after a "
      "rooming-in model of care",
      "compare hospital stay and pharmacotherapy before and after a change to rooming-in care",
      groups=("infants born after rooming-in began", "infants born before"),
      outcome="mean length of stay", kind="mean", unit="days", m=(7.8, 17.5),
      secondary="morphine treatment and total morphine dose", key="rooming-los"),
    W("nas", "Q", "I",
      "Parents' experiences of caring for a newborn with neonatal abstinence syndrome on a postnatal "
      "ward: a qualitative study",
      "explore how parents experience caring for their newborn with NAS on a postnatal ward",
      participants="mothers and fathers of infants treated for NAS on a postnatal ward",
      themes=["being trusted to care", "learning to read the baby", "the weight of being watched",
              "going home ready"],
      insight="Parents valued being kept together with their baby and described growing confidence, "
      "but frequent scoring in public spaces left some feeling judged"),
    W("nas", "Q", "I",
      "Nurses' perceptions of a family-centred rooming-in programme for opioid-exposed infants",
      "explore how nurses perceive a family-centred rooming-in programme for opioid-exposed infants",
      participants="neonatal and postnatal nurses working in a family-centred rooming-in programme",
      themes=["shifting from scoring to supporting", "workload and staffing",
              "building relationships with mothers", "uncertainty about safety"],
      insight="Nurses endorsed keeping families together but needed protected time and clear "
      "escalation criteria"),
    W("nas", "SR", "I",
      "Non-pharmacological care for neonatal opioid withdrawal syndrome: a scoping review",
      "map the non-pharmacological interventions evaluated for neonatal opioid withdrawal syndrome",
      k=42, finding="Studies examined rooming-in, breastfeeding, swaddling, low-stimulation "
      "environments and volunteer cuddlers; outcome measures and definitions varied widely"),
    W("nas", "RCT", "B",
      "Morphine versus methadone for the treatment of neonatal abstinence syndrome: a randomised trial",
      "compare oral morphine with oral methadone as first-line treatment for NAS",
      intervention="oral methadone", control="oral morphine", outcome="length of treatment",
      kind="mean", unit="days", m=(11.6, 15.2), sites=3),
    W("nas", "MM", "I",
      "Volunteer cuddler programmes for infants with neonatal abstinence syndrome: a mixed-methods "
      "evaluation",
      "evaluate a hospital volunteer cuddler programme for infants with NAS",
      outcome="withdrawal scores during and after cuddling sessions",
      participants="volunteers, nurses and mothers",
      themes=["an extra pair of arms", "supporting rather than replacing parents"]),
    W("nas", "RC", "I",
      "Readmission after discharge of infants treated for neonatal abstinence syndrome as outpatients",
      "assess readmission of infants who completed morphine weaning as outpatients",
      groups=("infants weaned as outpatients", "infants weaned in hospital"),
      outcome="readmission within 30 days", secondary="total duration of treatment",
      kind="prop", p=(6, 4)),
    W("nas", "CS", "I",
      "Hospital variation in the care of infants with neonatal opioid withdrawal syndrome: a "
      "multicentre analysis",
      "describe variation between hospitals in the assessment and treatment of neonatal opioid "
      "withdrawal",
      groups=("infants in hospitals with a written protocol", "infants in hospitals without one"),
      outcome="pharmacological treatment", secondary="length of stay and transfer to another hospital",
      kind="prop", p=(38, 57)),
    # ------------------------------------------------------------ breastfeeding
    W("bf", "RC", "I",
      "Breastfeeding initiation among women receiving buprenorphine: a retrospective cohort study",
      "describe breastfeeding initiation and its correlates among women receiving buprenorphine",
      groups=("women on buprenorphine", "women in the comparison group"),
      outcome="breastfeeding initiation", secondary="exclusive breastfeeding at discharge",
      kind="prop", p=(66, 81), key="bf-init"),
    W("bf", "RC", "I",
      "Breastfeeding and severity of neonatal abstinence syndrome among methadone-exposed infants",
      "assess whether breastfeeding is associated with less severe NAS among methadone-exposed infants",
      groups=("breastfed infants", "formula-fed infants"),
      outcome="NAS requiring pharmacotherapy", secondary="duration of treatment",
      kind="prop", p=(29, 48)),
    W("bf", "Q", "I",
      "Barriers to breastfeeding for mothers in opioid agonist treatment: perspectives of women and "
      "lactation consultants",
      "explore barriers to breastfeeding for mothers in opioid agonist treatment",
      participants="mothers receiving methadone or buprenorphine and lactation consultants",
      themes=["mixed messages from staff", "fear that the baby would withdraw",
              "separation in the neonatal unit", "breastfeeding as repair"],
      insight="Inconsistent advice and early separation undermined women's plans to breastfeed"),
    W("bf", "PC", "I",
      "Duration of breastfeeding after hospital discharge among opioid-exposed mother-infant dyads",
      "follow breastfeeding for six months after discharge among opioid-exposed mother-infant dyads",
      groups=("dyads who received lactation follow-up", "dyads who did not"),
      outcome="any breastfeeding at three months", secondary="reasons for stopping",
      kind="prop", p=(46, 22)),
    W("bf", "S", "I",
      "Hospital breastfeeding policies for women who use substances: a national survey of maternity "
      "units",
      "describe maternity unit policies on breastfeeding for women who use substances",
      respondents="maternity units", findings=[
          "Only {p1}% of units had a written policy on breastfeeding and substance use.",
          "Policies differed most for women with a recent positive drug test, for whom {p2}% of units "
          "advised against breastfeeding."]),
    W("bf", "RCT", "I",
      "Lactation support for women with opioid use disorder: a pilot randomised controlled trial",
      "test the feasibility of peer lactation support for women with opioid use disorder",
      intervention="peer lactation support", control="usual care",
      outcome="any breastfeeding at six weeks", kind="prop", p=(58, 35)),
    # ------------------------------------------------------------ child protection
    W("cp", "CS", "I",
      "Child protection notifications before birth among women who use drugs: a population-based "
      "linkage study",
      "describe prenatal child protection notifications among women with a substance use diagnosis",
      groups=("women with a substance use diagnosis", "all other women giving birth"),
      outcome="a prenatal child protection notification", secondary="removal of the infant before "
      "discharge", kind="prop", p=(31, 1.2)),
    W("cp", "RC", "I",
      "Infant removal at birth and maternal engagement in treatment: a retrospective cohort study",
      "examine whether removal of an infant at birth is followed by disengagement from treatment",
      groups=("mothers whose infant was removed", "mothers discharged with their infant"),
      outcome="discontinuation of opioid agonist treatment within six months",
      secondary="non-fatal overdose", kind="prop", p=(44, 23), key="removal"),
    W("cp", "Q", "I",
      "Mothering under surveillance: women's accounts of child protection involvement during opioid "
      "treatment. Part 1: pregnancy",
      "explore women's experiences of child protection involvement during pregnancy while receiving "
      "opioid agonist treatment",
      participants="women receiving opioid agonist treatment who had child protection involvement in "
      "pregnancy",
      themes=["proving oneself", "conditional support", "treatment as evidence"],
      insight="Women described treatment attendance and drug testing as being read as evidence about "
      "their fitness to parent", key="surv-1"),
    W("cp", "Q", "I",
      "Mothering under surveillance: women's accounts of child protection involvement during opioid "
      "treatment. Part 2: the first year after birth",
      "explore women's experiences of child protection involvement in the first year after birth",
      participants="women receiving opioid agonist treatment who had child protection involvement in "
      "the year after birth",
      themes=["living with a plan", "visits and reunification", "losing and regaining trust"],
      insight="Uncertain timelines and changing caseworkers made reunification plans hard to follow",
      key="surv-2"),
    W("cp", "RC", "I",
      "Custody at hospital discharge of infants born to mothers receiving medication for opioid use "
      "disorder",
      "identify factors associated with maternal custody at discharge",
      groups=("infants of mothers in treatment for the whole pregnancy", "infants of mothers who "
              "started treatment late"),
      outcome="discharge in maternal custody", secondary="time to discharge",
      kind="prop", p=(82, 61)),
    W("cp", "Q", "I",
      "Pre-birth child protection planning meetings: experiences of midwives and social workers",
      "explore how midwives and social workers experience pre-birth planning meetings",
      participants="midwives and child protection social workers",
      themes=["different clocks", "who speaks for the woman", "sharing information safely"],
      insight="Professionals agreed on the aims of early planning but disagreed about when and how "
      "concerns should be shared with women"),
    W("cp", "CS", "B",
      "Mandatory reporting policies for prenatal substance exposure and use of prenatal care: a "
      "state-level analysis",
      "assess whether punitive reporting policies are associated with less prenatal care",
      groups=("births in states with punitive policies", "births in other states"),
      outcome="adequate prenatal care", secondary="late initiation of care", kind="prop", p=(61, 70)),
    W("cp", "RC", "B",
      "Family treatment courts and reunification outcomes for mothers with substance use disorders",
      "compare reunification of mothers who took part in a family treatment court with matched mothers",
      groups=("court participants", "matched comparison mothers"),
      outcome="reunification within 12 months", secondary="treatment completion",
      kind="prop", p=(58, 37)),
    # ------------------------------------------------------------ stigma
    W("stigma", "Q", "I",
      "'They look at you like you're nothing': stigma in maternity care for women who use drugs",
      "explore how women who use drugs experience stigma in maternity care",
      participants="women who had used drugs during a recent pregnancy",
      themes=["being watched", "hiding and disclosing", "care that felt human"],
      insight="Women described stigma as a reason to miss appointments and valued staff who "
      "explained what would happen and why", key="stigma-q"),
    W("stigma", "MM", "I",
      "Anticipated stigma and delayed antenatal booking among women using opioids: a mixed-methods "
      "study",
      "examine anticipated stigma as a reason for late antenatal booking among women using opioids",
      outcome="antenatal booking after 20 weeks", participants="women using opioids in pregnancy",
      themes=["fear of removal", "not knowing what would be reported"]),
    W("stigma", "SR", "I",
      "Experiences of stigma among pregnant women receiving methadone: a qualitative evidence synthesis",
      "synthesise qualitative evidence on stigma experienced by pregnant women receiving methadone",
      k=19, finding="Three analytical themes were developed: stigma as surveillance, stigma as "
      "withheld care, and resisting stigma through motherhood"),
    W("stigma", "S", "B",
      "Measuring attitudes towards pregnant women who use substances among maternity staff: "
      "development of a brief scale",
      "develop and validate a brief scale of maternity staff attitudes towards pregnant women who use "
      "substances",
      respondents="maternity staff", findings=[
          "Factor analysis supported two factors (blame and therapeutic optimism) explaining {p1}% of "
          "variance.",
          "Internal consistency was good and scores were lower among staff who had received training "
          "({p2}% of respondents)."]),
    W("stigma", "CM", DES,
      "Language matters: person-first terminology in perinatal substance use care",
      None),
    W("stigma", "PC", "I",
      "Stigma reduction training for maternity staff: a before-and-after evaluation",
      "evaluate a half-day stigma reduction training for maternity staff",
      groups=("staff after training", "staff before training"),
      outcome="high stigma scores", secondary="confidence in discussing substance use",
      kind="prop", p=(18, 39)),
    # ------------------------------------------------------------ integrated clinics
    W("clinic", "RC", "I",
      "Outcomes of a multidisciplinary antenatal clinic for women with substance use disorders: a "
      "ten-year review",
      "describe ten years of outcomes of a multidisciplinary antenatal clinic for women with substance "
      "use disorders",
      groups=("women who attended the clinic", "women with substance use who received standard care"),
      outcome="attendance at four or more antenatal visits", secondary="preterm birth and low birth "
      "weight", kind="prop", p=(84, 57), key="clinic-10y"),
    W("clinic", "RC", "I",
      "Integrated obstetric and addiction care and postpartum retention in treatment: a cohort study",
      "examine whether integrated obstetric and addiction care improves retention in treatment after "
      "birth",
      groups=("women who received integrated care", "women referred to separate services"),
      outcome="retention in opioid agonist treatment at six months postpartum",
      secondary="postpartum visit attendance", kind="prop", p=(79, 55)),
    W("clinic", "Q", "I",
      "Women's views of a specialist antenatal service for substance use: a qualitative evaluation",
      "explore women's views of a specialist antenatal service for substance use",
      participants="women who received care from a specialist antenatal substance use service",
      themes=["one place, one team", "being known", "worries about the label"],
      insight="Continuity with a small team was the most valued feature of the service"),
    W("clinic", "RC", "I",
      "Co-located prenatal care and opioid treatment: effects on antenatal visit attendance",
      "assess antenatal attendance before and after prenatal care was co-located with an opioid "
      "treatment programme",
      groups=("women cared for after co-location", "women cared for before"),
      outcome="adequate prenatal care on the Kotelchuck index", secondary="urine toxicology at delivery",
      kind="prop", p=(72, 49)),
    W("clinic", "SR", "I",
      "Integrated care models for pregnant women who use drugs: a systematic review",
      "review the effects of integrated care models for pregnant women who use drugs",
      k=23, finding="Integrated programmes were associated with more antenatal care, higher birth "
      "weight and more infants discharged in maternal custody, although most studies were "
      "observational and at high risk of bias", key="integrated-sr"),
    W("clinic", "CS", "B",
      "Costs of an integrated perinatal substance use service compared with standard maternity care",
      "compare the costs of an integrated perinatal substance use service with standard maternity care",
      groups=("women in the integrated service", "women in standard care"),
      outcome="neonatal unit admission", secondary="total hospital costs to six weeks after birth",
      kind="prop", p=(21, 34)),
    W("clinic", "MM", "I",
      "Group prenatal care for women receiving opioid agonist treatment: a feasibility study",
      "assess the feasibility and acceptability of group prenatal care for women receiving opioid "
      "agonist treatment",
      outcome="attendance at five or more group sessions",
      participants="women who took part in group prenatal care",
      themes=["not the only one", "learning from each other", "privacy in a group"]),
    W("clinic", "CM", DES,
      "A one-stop perinatal clinic for women who use drugs: description of a model of care",
      None),
    W("clinic", "RC", "I",
      "Postnatal contraception uptake in an integrated perinatal substance use clinic",
      "describe uptake of postnatal contraception among women attending an integrated clinic",
      groups=("women attending the integrated clinic", "women in general maternity care"),
      outcome="long-acting reversible contraception within six weeks", secondary="repeat pregnancy "
      "within 18 months", kind="prop", p=(48, 27)),
    # ------------------------------------------------------------ peer support
    W("peer", "PR", DES,
      "Peer recovery coaching for postpartum women receiving buprenorphine: protocol for a randomised "
      "controlled trial",
      "test whether peer recovery coaching improves retention in buprenorphine treatment after birth",
      intervention="peer recovery coaching for six months", control="usual care",
      outcome="retention in buprenorphine treatment at six months", n=240, key="peer-protocol"),
    W("peer", "RCT", "I",
      "Peer recovery coaching for postpartum women receiving buprenorphine: a randomised controlled "
      "trial",
      "test whether peer recovery coaching improves retention in buprenorphine treatment after birth",
      intervention="peer recovery coaching", control="usual care",
      outcome="retention in buprenorphine treatment at six months", kind="prop", p=(74, 59),
      key="peer-rct"),
    W("peer", "RCT", "I",
      "Twelve-month outcomes of peer recovery coaching after childbirth: secondary analysis of a "
      "randomised trial",
      "report twelve-month outcomes of a trial of peer recovery coaching for postpartum women "
      "receiving buprenorphine",
      intervention="peer recovery coaching", control="usual care",
      outcome="retention in treatment at twelve months", kind="prop", p=(63, 48), key="peer-12m"),
    W("peer", "MM", "I",
      "Doula support for pregnant women with substance use disorders: a mixed-methods evaluation",
      "evaluate a community doula programme for pregnant women with substance use disorders",
      outcome="attendance at the postpartum visit", participants="women supported by doulas and the "
      "doulas themselves", themes=["someone in my corner", "advocacy during birth"], key="doula"),
    W("peer", "Q", "I",
      "Lived experience peer workers in perinatal substance use services: a qualitative study of their "
      "role",
      "explore the roles of peer workers with lived experience in perinatal substance use services",
      participants="peer workers and the clinicians who worked with them",
      themes=["bridging two worlds", "boundaries and self-care", "being valued by the team"],
      insight="Peer workers built trust quickly but their role was poorly defined and often unpaid"),
    W("peer", "RC", "I",
      "Peer mentoring and antenatal care attendance among women who inject drugs",
      "assess whether peer mentoring is associated with antenatal attendance among women who inject "
      "drugs",
      groups=("women with a peer mentor", "women without"),
      outcome="attendance at the 20-week anomaly scan", secondary="number of antenatal visits",
      kind="prop", p=(77, 52)),
    W("peer", "SR", "I",
      "Peer support interventions for pregnant and parenting women who use drugs: a scoping review",
      "map peer support interventions for pregnant and parenting women who use drugs",
      k=27, finding="Peer support was delivered as mentoring, recovery coaching, doula care and "
      "groups; few studies reported infant outcomes"),
    # ------------------------------------------------------------ harm reduction
    W("hr", "RC", "I",
      "Take-home naloxone for pregnant and postpartum women: uptake in a specialist maternity service",
      "describe the uptake of take-home naloxone offered in a specialist maternity service",
      groups=("women offered naloxone after a protocol change", "women seen before"),
      outcome="receipt of a naloxone kit before discharge", secondary="reported use of the kit",
      kind="prop", p=(71, 12)),
    W("hr", "Q", "I",
      "Harm reduction in antenatal care: a qualitative study of midwives' practices",
      "explore how midwives apply harm reduction in antenatal care for women who use drugs",
      participants="midwives in antenatal clinics",
      themes=["meeting women where they are", "harm reduction without a policy", "fear of blame"],
      insight="Midwives practised harm reduction informally and wanted explicit organisational support"),
    W("hr", "CS", "I",
      "Use of needle and syringe programmes during pregnancy: a cross-sectional survey of women who "
      "inject drugs",
      "describe the use of needle and syringe programmes by women who inject drugs during pregnancy",
      groups=("women who were pregnant in the past year", "women who were not"),
      outcome="regular use of a needle and syringe programme", secondary="receptive syringe sharing",
      kind="prop", p=(57, 66)),
    W("hr", "Q", "I",
      "Supervised consumption services and pregnant clients: a qualitative study of staff perspectives",
      "explore how staff of supervised consumption services respond to pregnant clients",
      participants="staff of supervised consumption services",
      themes=["duty of care and autonomy", "linking to antenatal care", "no guidance"],
      insight="Staff described ad hoc responses and asked for protocols developed with maternity "
      "services"),
    W("hr", "RC", "I",
      "A harm reduction approach to perinatal care: outcomes of a nurse-led outreach programme",
      "describe outcomes of a nurse-led perinatal outreach programme based on harm reduction",
      groups=("women enrolled in outreach", "women referred but not enrolled"),
      outcome="attendance at three or more antenatal visits", secondary="infants discharged home "
      "with their mother", kind="prop", p=(68, 41)),
    W("hr", "RC", "B",
      "Safer supply of opioids during pregnancy: a case series",
      "describe pregnancies of women receiving prescribed safer supply opioids",
      groups=("women who continued safer supply", "women who stopped"),
      outcome="non-fatal overdose in pregnancy", secondary="neonatal outcomes", kind="prop", p=(4, 13)),
    W("hr", "PC", POP,
      "Fentanyl test strip distribution to people who use drugs: a pilot evaluation",
      "evaluate distribution of fentanyl test strips at a community service",
      groups=("participants who used strips", "participants who did not"),
      outcome="a change in drug use behaviour after a positive test", secondary="overdose",
      kind="prop", p=(43, 12)),
    # ------------------------------------------------------------ after birth
    W("pp", "CS", "I",
      "Opioid overdose in the year after delivery among women with opioid use disorder: a "
      "population-based cohort",
      "describe the timing of opioid overdose in the year after delivery",
      groups=("women receiving opioid agonist treatment", "women not in treatment"),
      outcome="overdose within 12 months of delivery", secondary="timing of overdose",
      kind="prop", p=(3.1, 8.6), key="pp-overdose"),
    W("pp", "RC", "I",
      "Discontinuation of medication for opioid use disorder after childbirth: a claims-based cohort "
      "study",
      "measure discontinuation of medication for opioid use disorder after childbirth",
      groups=("women on buprenorphine", "women on methadone"),
      outcome="discontinuation within six months postpartum", secondary="overdose",
      kind="prop", p=(41, 35)),
    W("pp", "CS", "B",
      "Pregnancy-associated deaths due to drug overdose: a review of maternal mortality committee data",
      "describe pregnancy-associated overdose deaths reviewed by a maternal mortality committee",
      groups=("deaths after delivery", "deaths during pregnancy"),
      outcome="contact with treatment in the year before death", secondary="preventability",
      kind="prop", p=(38, 22)),
    W("pp", "RC", "I",
      "Postpartum retention in buprenorphine treatment: the role of prenatal treatment duration",
      "examine prenatal treatment duration as a predictor of postpartum retention in buprenorphine "
      "treatment",
      groups=("women treated for 90 days or more before delivery", "women treated for less"),
      outcome="retention at six months postpartum", secondary="urine toxicology",
      kind="prop", p=(77, 49)),
    W("pp", "PC", "I",
      "Predictors of return to use after childbirth among women receiving methadone",
      "identify predictors of return to illicit opioid use after childbirth among women receiving "
      "methadone",
      groups=("women with postnatal depression", "women without"),
      outcome="return to illicit opioid use within six months", secondary="methadone dose changes",
      kind="prop", p=(46, 27)),
    # ------------------------------------------------------------ withdrawal
    W("detox", "SR", "I",
      "Medically supervised withdrawal from opioids during pregnancy: an updated systematic review",
      "update evidence on medically supervised withdrawal from opioids during pregnancy",
      k=15, finding="Fetal loss was not more common after withdrawal, but return to use was reported in "
      "a median of 59% of women when no maintenance treatment followed"),
    W("detox", "RC", "I",
      "Inpatient opioid withdrawal in pregnancy and fetal outcomes: a retrospective review",
      "describe fetal outcomes after inpatient opioid withdrawal in pregnancy",
      groups=("women who completed inpatient withdrawal", "women who left early"),
      outcome="return to illicit opioid use before delivery", secondary="fetal loss and preterm birth",
      kind="prop", p=(44, 71)),
    W("detox", "RC", "I",
      "Outpatient buprenorphine taper during pregnancy: return to use and neonatal outcomes",
      "describe outcomes of outpatient buprenorphine tapers during pregnancy",
      groups=("women who completed the taper", "women who resumed maintenance"),
      outcome="NAS requiring treatment", secondary="return to use", kind="prop", p=(14, 38)),
    # ------------------------------------------------------------ stimulants
    W("stim", "RC", "I",
      "Methamphetamine use during pregnancy and engagement with antenatal care: a retrospective cohort",
      "describe antenatal care engagement among women who used methamphetamine during pregnancy",
      groups=("women who used methamphetamine", "women who did not"),
      outcome="first antenatal visit after 20 weeks", secondary="planned birth and infant custody",
      kind="prop", p=(39, 11)),
    W("stim", "RC", "I",
      "Perinatal outcomes of women using methamphetamine in a regional Australian setting",
      "describe perinatal outcomes among women using methamphetamine in a regional setting",
      groups=("infants exposed to methamphetamine", "unexposed infants"),
      outcome="birth weight below the tenth centile", secondary="preterm birth and special care "
      "admission", kind="prop", p=(19, 9)),
    W("stim", "Q", "I",
      "Fear, shame and hope: narratives of women seeking treatment for methamphetamine use during "
      "pregnancy",
      "explore the narratives of women who sought treatment for methamphetamine use during pregnancy",
      participants="women who sought treatment for methamphetamine use while pregnant",
      themes=["pregnancy as a turning point", "shame and silence", "hope and its limits"],
      insight="Pregnancy prompted help-seeking, but fear of child removal delayed it"),
    W("stim", "S", "B",
      "Care needs of women who use stimulants during pregnancy: a Delphi study with clinicians",
      "reach consensus on the care needs of women who use stimulants during pregnancy",
      respondents="clinicians in a three-round Delphi panel", findings=[
          "Consensus was reached on 31 of 46 statements.",
          "Psychosocial support and continuity of carer were rated essential by more than 90% of "
          "panellists."], n=37),
    W("stim", "RC", "I",
      "Cocaine use in pregnancy and attendance at a specialist perinatal clinic",
      "compare clinic attendance of women using cocaine with women using opioids",
      groups=("women using cocaine", "women using opioids"),
      outcome="attendance at 75% or more of scheduled visits", secondary="urine toxicology at delivery",
      kind="prop", p=(54, 71)),
    # ------------------------------------------------------------ access to antenatal care
    W("access", "SR", "I",
      "Barriers to antenatal care among pregnant women who use drugs: a qualitative systematic review",
      "synthesise qualitative evidence on barriers to antenatal care for pregnant women who use drugs",
      k=24, finding="Barriers clustered around fear of child removal, judgemental staff, structural "
      "obstacles and fragmented services", key="barriers-sr"),
    W("access", "CS", "I",
      "Late booking for antenatal care among women with substance use disorders: a linked data study",
      "describe the timing of antenatal booking among women with substance use disorders",
      groups=("women with substance use disorders", "other women"),
      outcome="booking after 20 weeks", secondary="fewer than four antenatal visits",
      kind="prop", p=(28, 7)),
    W("access", "Q", "I",
      "Transport, childcare and appointment times: structural barriers to prenatal care for women in "
      "opioid treatment",
      "explore structural barriers to prenatal care for women receiving opioid treatment",
      participants="pregnant women attending an opioid treatment programme",
      themes=["the daily dosing trap", "getting there", "who minds the children"],
      insight="Daily dosing schedules and travel between services made antenatal visits hard to keep"),
    W("access", "RCT", "I",
      "Text message reminders to improve antenatal attendance among women using substances: a pilot "
      "randomised trial",
      "test the feasibility of text message reminders to improve antenatal attendance",
      intervention="text message reminders", control="usual reminders",
      outcome="attended scheduled antenatal visits", kind="prop", p=(71, 58)),
    W("access", "RC", "I",
      "Missed antenatal appointments and neonatal outcomes among women using opioids",
      "relate missed antenatal appointments to neonatal outcomes among women using opioids",
      groups=("women who missed half or more of their appointments", "women who missed fewer"),
      outcome="admission to the neonatal unit", secondary="preterm birth", kind="prop", p=(44, 29)),
    # ------------------------------------------------------------ hepatitis C
    W("hcv", "RC", "I",
      "Hepatitis C screening in pregnancy among women who inject drugs: uptake and linkage to care",
      "describe hepatitis C screening and linkage to care among pregnant women who inject drugs",
      groups=("women tested after universal screening began", "women tested before"),
      outcome="linkage to hepatitis care within 12 months", secondary="infant testing at 18 months",
      kind="prop", p=(37, 19)),
    W("hcv", "PC", "B",
      "Treatment of hepatitis C after childbirth in women with opioid use disorder: a pilot study of "
      "direct-acting antivirals",
      "assess the feasibility of treating hepatitis C after childbirth in women with opioid use disorder",
      groups=("women who started treatment", "women who were referred but did not start"),
      outcome="sustained virological response", secondary="adherence", kind="prop", p=(88, 0)),
    W("hcv", "RC", "B",
      "Perinatal hepatitis C transmission and infant follow-up testing in a specialist clinic",
      "describe follow-up testing of infants born to mothers with hepatitis C",
      groups=("infants tested by 18 months", "infants lost to follow-up"),
      outcome="completed testing", secondary="transmission", kind="prop", p=(41, 59)),
    # ------------------------------------------------------------ professionals
    W("staff", "S", "I",
      "Midwives' attitudes towards women who use illicit drugs in pregnancy: a cross-sectional survey",
      "describe midwives' attitudes towards women who use illicit drugs in pregnancy",
      respondents="midwives", findings=[
          "Most respondents ({p1}%) agreed that women who use drugs deserve the same care as others.",
          "However, {p2}% believed that these women should be reported to child protection services "
          "regardless of treatment."]),
    W("staff", "S", "B",
      "Obstetric providers' knowledge of medications for opioid use disorder: a national survey",
      "assess obstetric providers' knowledge of medications for opioid use disorder",
      respondents="obstetricians and midwives", findings=[
          "Only {p1}% correctly identified buprenorphine as a first-line option in pregnancy.",
          "Knowledge was higher among providers who worked with an addiction specialist ({p2}%)."]),
    W("staff", "S", "I",
      "Training needs of perinatal nurses caring for substance-exposed newborns and their families",
      "identify training needs of perinatal nurses caring for substance-exposed newborns",
      respondents="perinatal nurses", findings=[
          "{p1}% reported no formal training in caring for substance-exposed newborns.",
          "Respondents prioritised communication with parents ({p2}%) over scoring tools."]),
    W("staff", "MM", "I",
      "Neonatal nurses' attitudes to mothers of infants with neonatal abstinence syndrome: a "
      "mixed-methods study",
      "explore neonatal nurses' attitudes to mothers of infants with NAS",
      outcome="negative attitude scores", participants="neonatal nurses",
      themes=["protecting the baby", "seeing the mother's effort"]),
    W("staff", "CS", "B",
      "Buprenorphine prescribing among obstetrician-gynecologists: a cross-sectional analysis",
      "describe buprenorphine prescribing among obstetrician-gynecologists",
      groups=("rural obstetrician-gynecologists", "urban obstetrician-gynecologists"),
      outcome="prescribing buprenorphine in the past year", secondary="patient volume",
      kind="prop", p=(3.2, 5.8)),
    # ------------------------------------------------------------ rural and telehealth
    W("rural", "RC", "I",
      "Telemedicine-delivered buprenorphine treatment for pregnant women in rural areas: a "
      "retrospective cohort study",
      "compare telemedicine and in-person buprenorphine treatment for pregnant women in rural areas",
      groups=("women treated by telemedicine", "women treated in person"),
      outcome="retention in treatment at delivery", secondary="NAS requiring pharmacotherapy",
      kind="prop", p=(81, 78), key="tele"),
    W("rural", "CS", "I",
      "Availability of buprenorphine prescribers accepting pregnant patients: a simulated patient study",
      "measure how many buprenorphine prescribers accept new pregnant patients",
      groups=("callers who said they were pregnant", "callers who did not"),
      outcome="appointment offers", secondary="waiting time", kind="prop", p=(47, 61), n=640),
    W("rural", "CS", "I",
      "Distance to opioid treatment programmes and prenatal treatment uptake in rural counties",
      "relate travel distance to opioid treatment programmes to prenatal treatment uptake",
      groups=("women living more than 30 minutes away", "women living closer"),
      outcome="receipt of opioid agonist treatment in pregnancy", secondary="neonatal transfer",
      kind="prop", p=(34, 58)),
    W("rural", "MM", "I",
      "A hub-and-spoke model of perinatal addiction care in a rural state: implementation outcomes",
      "evaluate implementation of a hub-and-spoke model of perinatal addiction care in a rural state",
      outcome="pregnant women treated per month", participants="clinicians at hub and spoke sites",
      themes=["consultation as reassurance", "fragile staffing"]),
    # ------------------------------------------------------------ psychosocial interventions
    W("cm", "RCT", "I",
      "Contingency management for cocaine use in pregnancy: a randomised controlled trial",
      "test contingency management for cocaine use during pregnancy",
      intervention="contingency management with vouchers", control="standard counselling",
      outcome="cocaine-negative urine samples in the last eight weeks of pregnancy",
      kind="prop", p=(62, 38)),
    W("cm", "RCT", "I",
      "Voucher-based reinforcement of abstinence from opioids and tobacco in pregnant women: a "
      "secondary analysis",
      "examine whether voucher-based reinforcement of abstinence improves birth outcomes",
      intervention="abstinence-contingent vouchers", control="non-contingent vouchers",
      outcome="birth weight", kind="mean", unit="g", m=(2890, 2710)),
    W("cm", "SR", "I",
      "Motivational interviewing for pregnant women using substances: a systematic review of "
      "randomised trials",
      "review randomised trials of motivational interviewing for pregnant women using substances",
      k=11, finding="Motivational interviewing did not reduce substance use at delivery (risk ratio "
      "0.94, 95% CI 0.81 to 1.09), although treatment engagement improved in two trials"),
    W("cm", "RCT", "I",
      "Mindfulness-based relapse prevention adapted for pregnant women in opioid treatment: a "
      "feasibility trial",
      "test the feasibility of mindfulness-based relapse prevention adapted for pregnancy",
      intervention="adapted mindfulness-based relapse prevention", control="usual care",
      outcome="completion of six or more sessions", kind="prop", p=(64, 0)),
    # ------------------------------------------------------------ children
    W("child", "PC", "B",
      "Neurodevelopment at two years after prenatal exposure to buprenorphine or methadone",
      "compare neurodevelopment at two years after prenatal exposure to buprenorphine or methadone",
      groups=("buprenorphine-exposed children", "methadone-exposed children"),
      outcome="cognitive composite score", kind="mean", unit="points", m=(96.1, 93.4),
      secondary="language and motor scores"),
    W("child", "CS", OUT,
      "School performance of children with a history of neonatal abstinence syndrome: a linkage study",
      "compare school performance of children with and without a history of NAS",
      groups=("children with a history of NAS", "matched children"),
      outcome="failing to meet national minimum standards", secondary="school attendance",
      kind="prop", p=(21, 11)),
    W("child", "PC", OUT,
      "Visual outcomes in children born to mothers maintained on methadone: a prospective cohort",
      "describe visual outcomes in children born to mothers maintained on methadone",
      groups=("methadone-exposed children", "unexposed children"),
      outcome="nystagmus or strabismus", secondary="visual acuity", kind="prop", p=(18, 4)),
    W("child", "PC", "B",
      "Growth in the first year among infants with prenatal opioid exposure",
      "describe growth in the first year among infants with prenatal opioid exposure",
      groups=("opioid-exposed infants", "unexposed infants"),
      outcome="weight below the tenth centile at 12 months", secondary="head circumference",
      kind="prop", p=(16, 9)),
    # ------------------------------------------------------------ trauma and violence
    W("trauma", "Q", "I",
      "Trauma-informed care in perinatal substance use treatment: a qualitative study of women's "
      "experiences",
      "explore women's experiences of trauma-informed perinatal substance use treatment",
      participants="women in perinatal substance use treatment",
      themes=["safety first", "choice and control", "being believed"],
      insight="Women described trauma-informed practices as the reason they stayed in treatment"),
    W("trauma", "CS", "B",
      "Intimate partner violence among pregnant women receiving opioid agonist treatment: prevalence "
      "and correlates",
      "estimate the prevalence of intimate partner violence among pregnant women receiving opioid "
      "agonist treatment",
      groups=("women reporting violence", "women not reporting violence"),
      outcome="missed dosing days", secondary="depression", kind="prop", p=(39, 21)),
    W("trauma", "RC", "B",
      "Adverse childhood experiences and outcomes of prenatal substance use treatment",
      "relate adverse childhood experiences to outcomes of prenatal substance use treatment",
      groups=("women with four or more adverse childhood experiences", "women with fewer"),
      outcome="treatment completion", secondary="postnatal depression", kind="prop", p=(49, 66)),
    # ------------------------------------------------------------ parenting
    W("parent", "RCT", "I",
      "Reflective parenting programme for mothers in addiction treatment: a randomised clinical trial",
      "test a reflective parenting programme for mothers in addiction treatment",
      intervention="a 12-session reflective parenting programme", control="parent education",
      outcome="maternal reflective functioning", kind="mean", unit="points", m=(4.1, 3.3)),
    W("parent", "PC", "B",
      "Mother-infant attachment among dyads affected by opioid use: a prospective study",
      "describe attachment among mother-infant dyads affected by opioid use",
      groups=("dyads in treatment throughout pregnancy", "dyads not in treatment"),
      outcome="secure attachment at 12 months", secondary="maternal sensitivity",
      kind="prop", p=(52, 37)),
    W("parent", "SR", "I",
      "Home visiting for families affected by perinatal substance use: a systematic review",
      "review home visiting programmes for families affected by perinatal substance use",
      k=16, finding="Home visiting improved engagement with services and breastfeeding in some "
      "studies; effects on child protection outcomes were inconsistent"),
    W("parent", "RCT", "I",
      "Video feedback to promote sensitive parenting among mothers receiving methadone: a pilot trial",
      "test the feasibility of video feedback to promote sensitive parenting",
      intervention="video feedback sessions", control="usual care",
      outcome="maternal sensitivity", kind="mean", unit="points", m=(5.2, 4.4)),
    # ------------------------------------------------------------ housing
    W("housing", "CS", "I",
      "Antenatal care among pregnant women experiencing homelessness and substance use",
      "describe antenatal care among pregnant women experiencing homelessness and substance use",
      groups=("women experiencing homelessness", "housed women using substances"),
      outcome="adequate antenatal care", secondary="emergency department visits",
      kind="prop", p=(32, 58)),
    W("housing", "PC", "I",
      "Residential treatment programmes that admit mothers with their children: outcomes at twelve "
      "months",
      "describe outcomes of residential treatment programmes that admit mothers with their children",
      groups=("mothers who completed the programme", "mothers who left early"),
      outcome="abstinence at twelve months", secondary="child custody", kind="prop", p=(61, 29)),
    W("housing", "Q", "I",
      "Housing First for pregnant women who use drugs: a qualitative evaluation",
      "evaluate a Housing First programme for pregnant women who use drugs",
      participants="women housed in pregnancy and their support workers",
      themes=["a door that locks", "preparing for the baby", "conditions by another name"],
      insight="Stable housing allowed women to prepare for birth and attend care"),
    # ------------------------------------------------------------ Indigenous women
    W("indig", "Q", "I",
      "Culturally safe maternity care for Aboriginal women who use substances: a yarning study",
      "explore what culturally safe maternity care means for Aboriginal women who use substances",
      participants="Aboriginal women who used substances during pregnancy",
      themes=["family and Country", "Aboriginal health workers as bridges", "history in the room"],
      insight="Care that involved Aboriginal health workers and family was experienced as safe"),
    W("indig", "MM", "I",
      "An Indigenous-led perinatal substance use programme in Canada: a mixed-methods evaluation",
      "evaluate an Indigenous-led perinatal substance use programme",
      outcome="infants discharged in maternal custody", participants="women and Elders in the "
      "programme", themes=["ceremony and care", "community as treatment"]),
    # ------------------------------------------------------------ mental health
    W("mh", "PC", "I",
      "Perinatal depression among women receiving opioid agonist treatment: a prospective cohort study",
      "describe perinatal depression among women receiving opioid agonist treatment",
      groups=("women receiving opioid agonist treatment", "comparison women"),
      outcome="an Edinburgh Postnatal Depression Scale score of 13 or more", secondary="anxiety",
      kind="prop", p=(37, 14)),
    W("mh", "RC", "I",
      "Integrated mental health and addiction care in pregnancy: effects on postnatal depression",
      "assess integrated mental health and addiction care in pregnancy",
      groups=("women in integrated care", "women in standard care"),
      outcome="postnatal depression at six weeks", secondary="psychiatric admission",
      kind="prop", p=(19, 31)),
    W("mh", "QI", "B",
      "Screening for anxiety and depression in a perinatal substance use clinic: a service evaluation",
      "improve screening for anxiety and depression in a perinatal substance use clinic",
      groups=("women seen after the change", "women seen before"),
      outcome="screening at booking", kind="prop", p=(88, 42), secondary="referral",
      key="mh-screen"),
    # ------------------------------------------------------------ tobacco
    W("tob", "RCT", "B",
      "Smoking cessation support for pregnant women in methadone treatment: a pilot trial",
      "test smoking cessation support for pregnant women in methadone treatment",
      intervention="cessation counselling with nicotine replacement", control="brief advice",
      outcome="biochemically verified abstinence at 36 weeks", kind="prop", p=(14, 3)),
    W("tob", "CS", "B",
      "Tobacco use among pregnant women receiving buprenorphine: prevalence and quit attempts",
      "describe tobacco use and quit attempts among pregnant women receiving buprenorphine",
      groups=("women receiving buprenorphine", "women receiving methadone"),
      outcome="smoking at delivery", secondary="quit attempts", kind="prop", p=(79, 88)),
    W("tob", "SR", POP,
      "Nicotine replacement therapy in pregnancy: a systematic review",
      "review nicotine replacement therapy in pregnancy",
      k=12, finding="Nicotine replacement therapy increased abstinence in late pregnancy (risk ratio "
      "1.37, 95% CI 1.08 to 1.74) with no evidence of harm"),
    # ------------------------------------------------------------ excluded at title/abstract
    W("animal", "AN", POP,
      "Prenatal morphine exposure alters hippocampal synaptic plasticity in adolescent rats",
      "examine how prenatal morphine exposure affects hippocampal synaptic plasticity",
      animal="Sprague-Dawley rats", measure="long-term potentiation in hippocampal slices"),
    W("animal", "AN", POP,
      "Buprenorphine exposure in utero and maternal behaviour in a mouse model",
      "examine maternal behaviour after buprenorphine exposure in pregnancy",
      animal="C57BL/6 mice", measure="pup retrieval and nest building"),
    W("animal", "AN", POP,
      "Gestational methadone exposure and neonatal withdrawal behaviour in guinea pigs",
      "characterise neonatal withdrawal after gestational methadone exposure",
      animal="guinea pigs", measure="withdrawal behaviours and weight gain"),
    W("adol", "RCT", POP,
      "School-based prevention of adolescent substance use: a cluster randomised trial",
      "test a school-based programme to prevent adolescent substance use",
      intervention="the classroom programme", control="usual health education",
      outcome="any illicit drug use at 12 months", kind="prop", p=(9, 12), sites=24),
    W("adol", "CS", POP,
      "Opioid misuse among adolescents presenting to emergency departments",
      "describe opioid misuse among adolescents presenting to emergency departments",
      groups=("adolescent girls", "adolescent boys"),
      outcome="past-year opioid misuse", secondary="co-occurring alcohol use", kind="prop", p=(6, 5)),
    W("alcohol", "CS", POP,
      "Alcohol screening in antenatal care: a comparison of AUDIT-C and T-ACE",
      "compare two alcohol screening tools in antenatal care",
      groups=("women screened with AUDIT-C", "women screened with T-ACE"),
      outcome="a positive screen confirmed by interview", secondary="time taken", kind="prop",
      p=(11, 9)),
    W("alcohol", "SR", POP,
      "Prevention of fetal alcohol spectrum disorder in primary care: a systematic review",
      "review primary care interventions to prevent fetal alcohol spectrum disorder",
      k=17, finding="Brief interventions reduced alcohol-exposed pregnancies in four of seven "
      "trials; screening and brief advice were rarely delivered in routine practice, and few studies "
      "measured child outcomes"),
    W("pain", "QI", POP,
      "Opioid prescribing after caesarean delivery: a quality improvement initiative",
      "reduce opioid prescribing after caesarean delivery",
      groups=("women discharged after the change", "women discharged before"),
      outcome="any opioid prescription at discharge", secondary="pain scores", kind="prop", p=(31, 86)),
    W("pain", "RC", POP,
      "Persistent opioid use after vaginal delivery among opioid-naive women",
      "estimate persistent opioid use after vaginal delivery among opioid-naive women",
      groups=("women prescribed an opioid at discharge", "women not prescribed one"),
      outcome="persistent opioid use", secondary="dose", kind="prop", p=(1.7, 0.4)),
    W("pk", "PC", "B",
      "Pharmacokinetics of methadone across the trimesters of pregnancy: implications for dosing",
      "describe methadone pharmacokinetics across pregnancy",
      groups=("measurements in the third trimester", "postpartum measurements"),
      outcome="trough plasma concentrations below 100 ng/mL", secondary="clearance",
      kind="prop", p=(58, 17), n=64,
      conclusion="Dose adjustment may be required in late pregnancy; therapeutic drug monitoring "
      "could guide dosing."),
    W("pk", "AN", DES,
      "Placental transfer of buprenorphine and norbuprenorphine: an ex vivo perfusion study",
      "measure placental transfer of buprenorphine and norbuprenorphine",
      animal="term human placentas", measure="transfer across the perfused cotyledon",
      conclusion="Placental transfer was limited, which may contribute to milder neonatal withdrawal "
      "after buprenorphine exposure."),
    W("opinion", "CM", DES,
      "Ending punitive responses to substance use in pregnancy", None),
    W("opinion", "CM", DES,
      "Neonatal abstinence syndrome: time to rethink the Finnegan score", None),
    W("men", "CS", POP,
      "Fathers in opioid treatment: parenting stress and involvement",
      "describe parenting stress and involvement among fathers in opioid treatment",
      groups=("fathers living with their children", "fathers living apart"),
      outcome="clinically high parenting stress", secondary="weekly contact", kind="prop", p=(34, 47)),
    W("cannabis", "CS", "B",
      "Cannabis dispensary staff advice to pregnant callers: a simulated caller study",
      "describe advice given by cannabis dispensary staff to pregnant callers",
      groups=("dispensaries in urban areas", "dispensaries in rural areas"),
      outcome="recommending cannabis for nausea", secondary="advice to consult a clinician",
      kind="prop", p=(64, 71)),
    W("cannabis", "Q", "B",
      "Disclosure of cannabis use during prenatal care: a qualitative study",
      "explore how women decide whether to disclose cannabis use during prenatal care",
      participants="pregnant women who used cannabis",
      themes=["cannabis as medicine", "testing without consent", "weighing what to say"],
      insight="Women weighed the benefits of disclosure against fear of testing and reporting"),
    W("epi", "CS", "B",
      "Trends in opioid use disorder at delivery hospitalisation, 2010-2020",
      "describe trends in opioid use disorder documented at delivery hospitalisation",
      groups=("deliveries in 2020", "deliveries in 2010"),
      outcome="a documented diagnosis of opioid use disorder", secondary="rural residence",
      kind="prop", p=(0.82, 0.39)),
    W("epi", "CS", POP,
      "Naloxone co-prescribing in community pharmacies: a national analysis",
      "describe naloxone co-prescribing with opioids in community pharmacies",
      groups=("prescriptions after the policy", "prescriptions before"),
      outcome="naloxone dispensed with a high-dose opioid", secondary="cost", kind="prop", p=(7, 1)),
    W("epi", "RC", POP,
      "Buprenorphine treatment retention among adults in primary care",
      "describe retention in buprenorphine treatment among adults in primary care",
      groups=("patients with weekly visits", "patients with monthly visits"),
      outcome="retention at 12 months", secondary="overdose", kind="prop", p=(56, 49)),
    W("epi", "CS", POP,
      "Prescription monitoring programmes and opioid dispensing to women of reproductive age",
      "assess prescription monitoring programmes and opioid dispensing to women of reproductive age",
      groups=("women in states with mandatory checks", "women in other states"),
      outcome="any opioid dispensed in a year", secondary="high-dose prescriptions",
      kind="prop", p=(18, 22)),
    # ------------------------------------------------------------ more included work
    W("nas", "PC", "I",
      "Skin-to-skin contact and withdrawal scores in opioid-exposed newborns: a prospective study",
      "relate daily skin-to-skin contact to withdrawal scores in opioid-exposed newborns",
      groups=("infants with at least three hours of daily skin-to-skin contact", "infants with less"),
      outcome="pharmacotherapy", secondary="highest withdrawal score", kind="prop", p=(27, 45)),
    W("clinic", "RC", "I",
      "Midwifery continuity of carer for women with substance use: outcomes of a caseload model",
      "describe outcomes of a midwifery caseload model for women with substance use",
      groups=("women in the caseload model", "women in standard care"),
      outcome="infants discharged with their mother", secondary="breastfeeding at discharge",
      kind="prop", p=(85, 67)),
    W("stigma", "Q", "I",
      "Navigating drug testing in pregnancy: women's experiences of consent and disclosure",
      "explore women's experiences of drug testing in pregnancy",
      participants="women who had been tested for drugs during pregnancy or at birth",
      themes=["tested without being asked", "results that travel", "trust broken early"],
      insight="Testing without informed consent damaged trust and deterred later disclosure"),
    W("pp", "Q", "I",
      "The fourth trimester: women's experiences of the transition from maternity to addiction "
      "services",
      "explore how women experience the transition from maternity to addiction services after birth",
      participants="women in opioid agonist treatment interviewed three to six months after birth",
      themes=["falling off a cliff", "who do I call now", "keeping the baby, keeping well"],
      insight="Support fell away abruptly after the six-week check, when risks were rising"),
    W("peer", "Q", "I",
      "Women's experiences of peer-led groups in an antenatal substance use service",
      "explore women's experiences of peer-led antenatal groups",
      participants="women who attended peer-led antenatal groups",
      themes=["not being judged", "practical wisdom", "friendship after birth"],
      insight="Groups reduced isolation and gave practical advice that staff could not"),
    W("mat", "S", "I",
      "Women's preferences for buprenorphine or methadone in pregnancy: a discrete choice experiment",
      "elicit pregnant women's preferences for features of opioid agonist treatment",
      respondents="pregnant women in opioid agonist treatment", findings=[
          "Take-home dosing was the most valued attribute; {p1}% would accept a longer induction to "
          "obtain it.",
          "Concern about neonatal withdrawal influenced the choice of medication for {p2}% of "
          "respondents."], n=212),
    W("hr", "S", "I",
      "Overdose prevention knowledge among pregnant women who use opioids: a clinic-based survey",
      "assess overdose prevention knowledge among pregnant women who use opioids",
      respondents="pregnant women attending two clinics", findings=[
          "Only {p1}% knew that tolerance falls after a period of abstinence.",
          "Fewer than half ({p2}%) had a naloxone kit at home."]),
    W("access", "Q", "I",
      "General practitioners' roles in antenatal care for women who use drugs: a qualitative study",
      "explore the roles general practitioners take in antenatal care for women who use drugs",
      participants="general practitioners who prescribe opioid agonist treatment",
      themes=["the long relationship", "coordinating without authority", "losing women at birth"],
      insight="General practitioners held long relationships but were rarely included in maternity "
      "planning"),
    W("cp", "MM", "I",
      "Plans of safe care for substance-exposed infants: implementation in three states",
      "evaluate implementation of plans of safe care for substance-exposed infants",
      outcome="infants with a plan of safe care at discharge", participants="hospital and child "
      "welfare staff", themes=["paperwork or support", "who owns the plan"]),
    W("bf", "RC", "I",
      "Breastfeeding among women receiving methadone before and after a change in hospital policy",
      "compare breastfeeding before and after a hospital policy supporting breastfeeding during "
      "methadone treatment",
      groups=("women after the policy change", "women before"),
      outcome="breastfeeding at discharge", secondary="NAS requiring treatment", kind="prop",
      p=(62, 38)),
]

# Conference abstracts (Embase only). "later" names the article a meeting abstract became.
CONFERENCE = [
    W("nas", "CA", "Conference abstract only",
      "Rooming-in reduces length of stay for opioid-exposed newborns: a single-centre experience",
      "compare length of stay before and after rooming-in", groups=("infants after rooming-in",
      "infants before"), outcome="length of stay", kind="mean", unit="days", m=(8.9, 16.2)),
    W("rural", "CA", "Conference abstract only",
      "Buprenorphine initiation in the emergency department for pregnant patients",
      "describe buprenorphine initiation for pregnant patients in the emergency department",
      groups=("patients started on buprenorphine", "patients referred only"),
      outcome="engagement in treatment at 30 days", kind="prop", p=(68, 31)),
    W("pp", "CA", "Conference abstract only",
      "A perinatal navigator to improve postpartum retention in opioid treatment",
      "evaluate a perinatal navigator role", groups=("women with a navigator", "women without"),
      outcome="retention at 12 weeks postpartum", kind="prop", p=(81, 63)),
    W("hr", "CA", "Conference abstract only",
      "Naloxone distribution at hospital discharge after delivery",
      "describe naloxone distribution after delivery", groups=("women after the program began",
      "women before"), outcome="naloxone at discharge", kind="prop", p=(64, 6)),
    W("clinic", "CA", "Conference abstract only",
      "Women's satisfaction with an integrated perinatal addiction clinic",
      "describe women's satisfaction with an integrated clinic", groups=("women surveyed in 2016",
      "women surveyed in 2014"), outcome="very satisfied with care", kind="prop", p=(78, 61)),
    W("hcv", "CA", "Conference abstract only",
      "Hepatitis C cascade of care in pregnant women receiving methadone",
      "describe the hepatitis C cascade of care", groups=("women tested for RNA",
      "women antibody positive"), outcome="completion of each step", kind="prop", p=(72, 100)),
    # the meeting abstract of a later article (same title, other journal and year)
    W("rural", "CA", "Conference abstract only",
      "Telemedicine-delivered buprenorphine treatment for pregnant women in rural areas: a "
      "retrospective cohort study",
      "compare telemedicine and in-person buprenorphine treatment for pregnant women in rural areas",
      groups=("women treated by telemedicine", "women treated in person"),
      outcome="retention in treatment at delivery", kind="prop", p=(80, 77), later="tele"),
]

# PsycINFO dissertations (PsycINFO only).
DISSERTATIONS = [
    W("pp", "DIS", "I",
      "Maternal identity and recovery among women in methadone treatment after childbirth",
      "explore maternal identity and recovery after childbirth among women in methadone treatment",
      participants="women in methadone treatment with an infant under one year",
      themes=["mothering as recovery", "the treatment clock", "identity beyond the clinic"]),
    W("stigma", "DIS", "B",
      "Self-compassion, shame and treatment engagement in pregnant women with substance use disorders",
      "explore self-compassion and shame in relation to treatment engagement in pregnancy",
      participants="pregnant women in substance use treatment",
      themes=["shame", "self-compassion"]),
]

# Found by citation searching (reference lists of included studies and a guideline).
CITATION_SEARCH = [
    dict(kind="RPRT", rel=DES, topic="clinic",
         title="Clinical guidelines for the management of substance use during pregnancy, birth and "
         "the postnatal period",
         org="Northern Region Health Department", year=2014, place="Northbridge",
         abstract="These guidelines set out the care of women who use alcohol and other drugs "
         "from before conception to the end of the first postnatal year. They cover screening and "
         "assessment, opioid agonist treatment in pregnancy, management of withdrawal, "
         "intrapartum and postnatal care, breastfeeding, care of the newborn including neonatal "
         "abstinence syndrome, and coordination with child protection services. Recommendations "
         "are graded by the strength of the evidence and were developed with clinicians and women "
         "with lived experience."),
    dict(kind="JOUR", rel="I", topic="hr",
         title="Outcomes of a community-based perinatal outreach service for women who use drugs",
         journal="Journal of Social Work Practice in the Addictions", year=2013, volume="13",
         issue="2", pages=("154", "171"),
         abstract="This article describes a community-based outreach service in which nurses and "
         "social workers met pregnant women who use drugs in their homes, hostels and drop-in "
         "centres. Over three years the service supported 112 women. Most (78%) attended antenatal "
         "care at least three times, and 64% of infants went home with their mothers. Women valued "
         "flexible contact, practical help and staff who did not judge them. The authors discuss "
         "the service's reliance on short-term funding and its links with maternity and child "
         "welfare services."),
    dict(kind="THES", rel="I", topic="pp",
         title="Becoming a mother on methadone: an ethnography of a perinatal substance use service",
         university="Northgate University", year=2012,
         abstract="This ethnography followed women through pregnancy and the first months of "
         "motherhood in a specialist perinatal substance use service. Over eighteen months of "
         "fieldwork, observation in clinics and repeated interviews with 14 women and 11 staff "
         "explored how women negotiated the identities of patient, mother and person in recovery. "
         "Women worked hard to display good motherhood under scrutiny, while staff balanced care "
         "with their duty to report. The thesis argues that services should make the terms of "
         "surveillance explicit and build care around continuity of relationships."),
    dict(kind="JOUR", rel="I", topic="peer",
         title="Evaluation of a peer-led antenatal group for women in opioid treatment",
         journal="Australian Journal of Advanced Nursing", year=2011, volume="28", issue="4",
         pages=("33", "41"),
         abstract="Objective: To evaluate a peer-led antenatal group for women receiving opioid "
         "treatment. Design: Service evaluation with pre- and post-group questionnaires and a focus "
         "group. Setting: A metropolitan public maternity hospital. Subjects: Twenty-six women who "
         "attended at least two group sessions. Results: Knowledge about labour, breastfeeding and "
         "neonatal withdrawal improved after the group, and women reported feeling less isolated. "
         "Conclusion: A peer-led group was acceptable and may complement individual antenatal "
         "care."),
    dict(kind="RPRT", rel="I", topic="clinic",
         title="Evaluation of the Pathways perinatal substance use service: final report",
         org="Centre for Maternal Health Research, Northgate University", year=2016,
         place="Northbridge",
         abstract="This report presents the final evaluation of the Pathways service, which offers "
         "integrated antenatal, addiction and social care to women who use drugs. Routine data for "
         "2011 to 2015 (n = 348 pregnancies), a survey of women and interviews with staff were "
         "combined. Attendance at antenatal care and infant discharge in maternal custody improved "
         "over the period, and women rated the service highly. The report makes recommendations on "
         "staffing, postnatal follow-up and data collection."),
    # also found in the databases: a citation-search record of a database work
    dict(kind="DUP", of="clinic-10y"),
]

# Methods sentences for works the design's default sentence would not describe well
# (keyed by the start of the title; {y1} {y2} {city} {region} are filled in).
METHODS = {
    "Hospital variation": "We analysed records of all infants with neonatal opioid withdrawal "
    "syndrome born at 22 hospitals in {region} between {y1} and {y2}.",
    "Child protection notifications": "We linked hospital, birth and child protection records for "
    "all births in {region} between {y1} and {y2}.",
    "Mandatory reporting": "We analysed birth certificate data for all births in 50 states from {y1} "
    "to {y2}, classifying state policies from legal databases.",
    "Costs of an integrated": "We conducted a cost analysis from the health-system perspective using "
    "hospital activity and cost data for women who gave birth in {city} between {y1} and {y2}.",
    "Use of needle and syringe": "We conducted a cross-sectional survey of women who inject drugs "
    "recruited through community services in {city} in {y2}.",
    "Opioid overdose in the year": "We linked birth, hospital, treatment and death records for all "
    "women with opioid use disorder who gave birth in {region} between {y1} and {y2}.",
    "Pregnancy-associated deaths": "We reviewed all pregnancy-associated deaths due to drug overdose "
    "assessed by a state maternal mortality review committee from {y1} to {y2}.",
    "Late booking": "We linked antenatal, birth and hospital records in {region} for {y1} to {y2}.",
    "Buprenorphine prescribing among": "We analysed national prescription claims from {y1} to {y2} "
    "linked to prescriber specialty and location.",
    "Availability of buprenorphine": "Trained callers contacted all listed buprenorphine prescribers "
    "in {region} in {y2}, using a pregnant or a non-pregnant script in random order.",
    "Distance to opioid": "We linked birth certificates to the locations of opioid treatment "
    "programmes for births in rural counties of {region} between {y1} and {y2}.",
    "School performance": "We linked birth, hospital and national school assessment records for "
    "children born in {region} between {y1} and {y2}.",
    "Intimate partner violence": "Pregnant women attending two opioid treatment programmes in {city} "
    "completed a structured interview between {y1} and {y2}.",
    "Antenatal care among pregnant women experiencing": "We linked homelessness service, antenatal and "
    "birth records in {city} between {y1} and {y2}.",
    "Tobacco use among": "We reviewed the clinical records of pregnant women attending a perinatal "
    "addiction clinic in {city} between {y1} and {y2}.",
    "Opioid misuse among adolescents": "Adolescents aged 12-17 years presenting to three emergency "
    "departments in {city} between {y1} and {y2} completed a confidential screening questionnaire.",
    "Alcohol screening": "Pregnant women booking for antenatal care in {city} between {y1} and {y2} "
    "were screened with both tools and then interviewed by a researcher.",
    "Fathers in opioid": "Fathers attending opioid treatment programmes in {city} completed "
    "questionnaires between {y1} and {y2}.",
    "Cannabis dispensary": "In {y2}, a researcher posing as a pregnant woman with nausea telephoned "
    "all licensed cannabis dispensaries in {region}.",
    "Trends in opioid use disorder": "We analysed a national inpatient sample of delivery "
    "hospitalisations from 2010 to 2020.",
    "Naloxone co-prescribing": "We analysed national community pharmacy dispensing data from {y1} to "
    "{y2}.",
    "Prescription monitoring": "We analysed commercial insurance claims for women aged 15-44 years "
    "from {y1} to {y2}.",
    "Fentanyl test strip": "People attending a community drug service in {city} received fentanyl "
    "test strips and completed follow-up interviews between {y1} and {y2}.",
    "Stigma reduction training": "Maternity staff at two hospitals in {city} completed a validated "
    "stigma measure before and three months after a half-day training session in {y2}.",
    "Residential treatment programmes": "We followed mothers admitted with their children to four "
    "residential treatment programmes in {region} between {y1} and {y2}.",
    "Treatment of hepatitis C": "Women with chronic hepatitis C receiving opioid agonist treatment "
    "were offered direct-acting antivirals after childbirth at a specialist clinic in {city} between "
    "{y1} and {y2}.",
    "Women's preferences": "Pregnant women in opioid agonist treatment at five clinics in {region} "
    "completed a discrete choice experiment in {y2}.",
    "Care needs of women": "Clinicians with expertise in perinatal substance use took part in a "
    "three-round online Delphi study in {y2}; consensus was defined as 75% agreement.",
}
