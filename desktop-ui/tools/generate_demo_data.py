#!/usr/bin/env python3
"""Writes the demo review's bundled data (desktop-ui/src/main/resources/demo/) and its truth
(desktop-ui/src/test/resources/demo-truth.csv). ALL DATA IS FICTIONAL: invented studies, authors and
numbers; DOIs under the 10.5555 test prefix; PMIDs and accession numbers starting with 99.

    python3 desktop-ui/tools/generate_demo_data.py

Seeded: the same files every run. Each work (demo_works.py) becomes one record in each database
that indexes it, written as that database exports it: PubMed's MEDLINE format, Ovid Embase RIS
(Emtree keywords, "Method(s):" labels, periods in abbreviations), EBSCO PsycINFO RIS (full names,
APA copyright line, DOI only in L3 and sometimes missing), and a reference manager's RIS for the
records found by citation searching.
"""
import csv
import math
import random
import re
import textwrap
from pathlib import Path

from demo_topics import CITIES, CORE_MESH, DESIGN_JOURNALS, JOURNALS, NEWBORN_MESH, REGIONS, TOPICS
from demo_works import CITATION_SEARCH, CONFERENCE, DISSERTATIONS, METHODS, WORKS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/main/resources/demo"
TRUTH = ROOT / "src/test/resources/demo-truth.csv"
rng = random.Random(20240315)

# ---------------------------------------------------------------------------- people

GIVEN = ["Amara", "Bethany", "Carmen", "Deepa", "Eilidh", "Fatima", "Grace", "Hannah", "Ingrid",
         "Jasmine", "Kiri", "Leah", "Mariana", "Nadia", "Olivia", "Priya", "Rachel", "Siobhan",
         "Tamsin", "Valentina", "Wen", "Yasmin", "Zoe", "Aaron", "Ben", "Daniel", "Emeka", "Felipe",
         "Gareth", "Hiroshi", "James", "Kwame", "Liam", "Mateo", "Nikhil", "Omar", "Pieter",
         "Rafael", "Samuel", "Tomas", "Alison", "Catherine", "Elena", "Julia", "Louise", "Megan",
         "Noor", "Rebecca", "Sarah", "Chiamaka", "Aoife", "Mei", "Ana", "Ruth", "Kirsten", "Lena",
         "Maja", "Astrid", "Claire", "Helen"]
FAMILY = ["Abernethy", "Adeyemi", "Alvarez", "Bergström", "Bhattacharya", "Byrne", "Castillo",
          "Chowdhury", "Doherty", "Dubois", "Eriksen", "Fairweather", "Ferreira", "Gallagher",
          "Haddad", "Hartigan", "Iwasaki", "Jovanovic", "Kaur", "Kowalczyk", "Lachance", "Lindqvist",
          "MacLeod", "Mensah", "Nakamura", "Ndlovu", "O'Sullivan", "Okonkwo", "Pereira", "Quinlan",
          "Rahman", "Reyes", "Sandoval", "Schäfer", "Sheridan", "Tremblay", "Turner", "Usman",
          "Valdez", "Wainwright", "Whitfield", "Yilmaz", "Zielinski", "Moreau", "Kelleher", "Rautio",
          "Halvorsen", "Petrakis", "Caruso", "Donnelly", "Ellison", "Thibodeau", "Lambert", "Novak",
          "Svensson", "Mahlangu", "Kirkpatrick", "Ostrowski", "Delaney", "Ferguson", "Hughes",
          "Ibrahim", "Jensen", "Núñez", "Sørensen", "Gómez", "García-López", "McAllister", "Brennan",
          "Whelan", "Lindgren", "Osei", "Tanaka", "Chen", "Patel", "Singh", "Murphy", "Walsh"]
INITIALS = "ABCDEFGHJKLMNPRSTW"

UNIVERSITIES = [("Northgate University", "Northbridge", "United Kingdom"),
                ("University of Eastmoor", "Eastmoor", "United Kingdom"),
                ("Riverside University Health Sciences Centre", "Riverside", "Canada"),
                ("Kingsford University", "Kingsford", "Australia"),
                ("Harbourside Medical School", "Port Harbour", "New Zealand"),
                ("Pacific Rim University", "Bayview", "United States"),
                ("Aldermoor Institute for Addiction Research", "Aldermoor", "United States"),
                ("Lakeshore University", "Lakeshore", "Canada"),
                ("Fjordvik University Hospital", "Fjordvik", "Norway"),
                ("Westvale Children's Hospital", "Westvale", "Australia")]
DEPARTMENTS = ["Department of Obstetrics and Gynaecology", "Department of Pediatrics",
               "School of Nursing and Midwifery", "Centre for Addiction Research",
               "School of Social Work", "Department of Psychiatry", "School of Public Health",
               "Division of Neonatology", "Department of Family Medicine"]


def person():
    given = rng.choice(GIVEN)
    middle = rng.choice(INITIALS) if rng.random() < 0.45 else ""
    return dict(family=rng.choice(FAMILY), given=given, middle=middle)


def fau(p):  # MEDLINE full author: "Okafor, Chiamaka N"
    return f"{p['family']}, {p['given']}" + (f" {p['middle']}" if p["middle"] else "")


def au_medline(p):  # "Okafor CN"
    return f"{p['family']} {p['given'][0]}{p['middle']}"


def au_ovid(p):  # Ovid Embase: "Okafor C.N."
    return f"{p['family']} {p['given'][0]}." + (f"{p['middle']}." if p["middle"] else "")


def au_ebsco(p):  # EBSCO: "Okafor, Chiamaka N."
    return f"{p['family']}, {p['given']}" + (f" {p['middle']}." if p["middle"] else "")


def au_endnote(p):  # reference manager: "Okafor, C. N."
    return f"{p['family']}, {p['given'][0]}." + (f" {p['middle']}." if p["middle"] else "")


def affiliation():
    uni, city, country = rng.choice(UNIVERSITIES)
    return f"{rng.choice(DEPARTMENTS)}, {uni}, {city}, {country}."


# ---------------------------------------------------------------------------- numbers


def pct(p):
    if p < 1:
        return f"{p:.2f}%"
    return f"{p:.1f}%"


def jitter(p):
    if p in (0, 100):
        return p
    return min(99.5, max(0.1, p * rng.uniform(0.93, 1.07)))


def ratio_ci(est, se):
    lo, hi = math.exp(math.log(est) - 1.96 * se), math.exp(math.log(est) + 1.96 * se)
    return f"{est:.2f}, 95% CI {lo:.2f} to {hi:.2f}", lo <= 1 <= hi


def odds(p1, p2, n1, n2):
    a, c = max(1, round(p1 / 100 * n1)), max(1, round(p2 / 100 * n2))
    b, d = max(1, n1 - a), max(1, n2 - c)
    est = (a / b) / (c / d) * math.exp(rng.gauss(0, 0.06))
    return ratio_ci(est, math.sqrt(1 / a + 1 / b + 1 / c + 1 / d))


def risk(p1, p2, n1, n2):
    a, c = max(1, round(p1 / 100 * n1)), max(1, round(p2 / 100 * n2))
    est = (a / n1) / (c / n2)
    return ratio_ci(est, math.sqrt(max(1e-6, 1 / a - 1 / n1 + 1 / c - 1 / n2)))


def fmt_n(n):
    return f"{n:,}"


def mean_diff(m1, m2, n1, n2, unit):
    sd = abs(m1) * rng.uniform(0.25, 0.45) if unit != "points" else rng.uniform(1.0, 1.6)
    se = sd * math.sqrt(1 / n1 + 1 / n2)
    d = m1 - m2
    decimals = 0 if unit == "g" else 1
    f = lambda v: f"{v:.{decimals}f}"
    return f"{f(d)} {unit}, 95% CI {f(d - 1.96 * se)} to {f(d + 1.96 * se)}", abs(d) < 1.96 * se


# ---------------------------------------------------------------------------- abstracts


def cap(s):
    return s[0].upper() + s[1:]


def sample_size(w):
    d = w["design"]
    pilot = re.search(r"pilot|feasibility", w["title"], re.I)
    if d == "RC":
        return rng.randint(140, 2400)
    if d == "CS":
        return rng.choice([rng.randint(800, 5000), rng.randint(20000, 400000)])
    if d in ("PC", "QI", "CA"):
        return rng.randint(60, 420)
    if d == "RCT":
        return rng.randint(36, 90) if pilot else rng.randint(160, 480)
    return rng.randint(80, 600)


def split(n):
    n1 = round(n * rng.uniform(0.3, 0.6))
    return n1, n - n1


def period(year):
    end = year - rng.randint(1, 3)
    return end - rng.randint(2, 8), end


def setting(topic):
    s = rng.choice(TOPICS[topic]["setting"])
    k = ["three", "four", "five", "six", "seven", "eight", "nine"][rng.randint(0, 6)]
    return s.format(city=rng.choice(CITIES), region=rng.choice(REGIONS), k=k)


def comparison(w, n):
    """Result sentences of a two-group comparison (cohort, cross-sectional, QI, conference)."""
    g1, g2 = w["groups"]
    n1, n2 = split(n)
    out = [f"We included {fmt_n(n1)} {g1} and {fmt_n(n2)} {g2}."]
    if w.get("kind") == "mean":
        m1, m2 = (m * rng.uniform(0.96, 1.04) for m in w["m"])
        diff, null = mean_diff(m1, m2, n1, n2, w["unit"])
        what = re.sub(r"^mean ", "", w["outcome"])
        out.append(f"Mean {what} was {m1:.1f} {w['unit']} among {g1} and {m2:.1f} {w['unit']} "
                   f"among {g2} (adjusted difference {diff}).")
    else:
        p1, p2 = jitter(w["p"][0]), jitter(w["p"][1])
        if w["p"][1] in (0, 100):
            out.append(f"{cap(w['outcome'])} was recorded for {pct(p1)} of {g1}.")
            null = False
        else:
            est, null = odds(p1, p2, n1, n2)
            form = rng.choice([
                "Rates of {o} were {a} among {g1} and {b} among {g2} (adjusted odds ratio {e}).",
                "{O} was recorded for {a} of {g1} and {b} of {g2} (adjusted odds ratio {e})."])
            out.append(form.format(o=w["outcome"], O=cap(w["outcome"]), a=pct(p1), b=pct(p2), g1=g1,
                                   g2=g2, e=est))
    if w.get("secondary"):
        out.append(rng.choice([
            f"Findings for {w['secondary']} were consistent with the primary analysis.",
            f"Differences in {w['secondary']} were smaller and not statistically significant.",
            f"Secondary outcomes ({w['secondary']}) showed the same direction of effect."]))
    return out, null


def trial(w, n):
    n1, n2 = split(n)
    noun = {"nas": "infants", "adol": "students"}.get(w["topic"], "women")
    out = [f"{fmt_n(n)} {noun} were randomised ({n1} to {w['intervention']} and {n2} to "
           f"{w['control']})."]
    if w.get("kind") == "mean":
        m1, m2 = (m * rng.uniform(0.97, 1.03) for m in w["m"])
        diff, null = mean_diff(m1, m2, n1, n2, w["unit"])
        what = re.sub(r"^mean ", "", w["outcome"])
        fmt = "{:.0f}" if w["unit"] == "g" else "{:.1f}"
        out.append(f"Mean {what} was {fmt.format(m1)} {w['unit']} with {w['intervention']} and "
                   f"{fmt.format(m2)} {w['unit']} with {w['control']} (difference {diff}).")
    elif w["p"][1] in (0, 100):
        p1 = jitter(w["p"][0])
        out.append(f"{cap(w['outcome'])} was achieved by {pct(p1)} of women offered "
                   f"{w['intervention']}; retention and acceptability were high.")
        null = False
    else:
        p1, p2 = jitter(w["p"][0]), jitter(w["p"][1])
        est, null = risk(p1, p2, n1, n2)
        out.append(f"The primary outcome, {w['outcome']}, was {pct(p1)} with {w['intervention']} and "
                   f"{pct(p2)} with {w['control']} (risk ratio {est}).")
    out.append(rng.choice(["No serious adverse events were attributed to the intervention.",
                           "Adverse events were similar in both groups."]))
    return out, null


def themes(w):
    t = w["themes"]
    listed = ", ".join(f"'{x}'" for x in t[:-1]) + f" and '{t[-1]}'"
    return f"{cap(['two', 'three', 'four', 'five'][len(t) - 2])} themes were developed: {listed}."


def aim_sentence(w):
    return rng.choice(["We aimed to {a}.", "This study aimed to {a}.", "We sought to {a}.",
                       "The objective was to {a}."]).format(a=w["aim"])


def sections(w, year):
    """(label, text) pairs of a structured abstract, labels in MEDLINE's upper case."""
    topic, d = TOPICS[w["topic"]], w["design"]
    background = rng.choice(topic["background"])
    if d in ("DIS", "CM"):
        return None  # dissertations have a plain abstract; commentaries none
    n = w.get("n") or sample_size(w)
    y1, y2 = period(year)
    methods, results, null = [], [], False
    pop = topic["population"]
    if w.get("methods_text"):
        methods.append(w["methods_text"].format(y1=y1, y2=y2, region=rng.choice(REGIONS),
                                                city=rng.choice(CITIES)))
    if d in ("RC", "PC", "CS", "QI", "CA"):
        if not methods:
            methods.append({
                "RC": f"We conducted a retrospective cohort study of {pop} {setting(w['topic'])} "
                      f"between {y1} and {y2}.",
                "PC": f"In a prospective cohort study, we recruited {pop} {setting(w['topic'])} from "
                      f"{y1} to {y2}.",
                "CS": f"We analysed linked hospital, birth and treatment records {setting(w['topic'])} "
                      f"for {y1} to {y2}.",
                "QI": f"Using Plan-Do-Study-Act cycles, a multidisciplinary team {setting(w['topic'])} "
                      f"introduced the change in {y2 - 1}; we compared outcomes over the following "
                      f"year with the preceding year.",
                "CA": f"Retrospective review of {pop} {setting(w['topic'])}, {y1}-{y2}.",
            }[d])
        g1, g2 = w["groups"]
        methods.append(f"We compared {g1} with {g2}. The primary outcome was {w['outcome']}."
                       if d != "CA" else f"Primary outcome: {w['outcome']}.")
        if w.get("methods_text"):
            methods.append("Groups were compared with " + (
                "linear" if w.get("kind") == "mean" else "logistic") + " regression.")
        elif d != "CA":
            methods.append(rng.choice([
                "Associations were estimated with multivariable regression adjusted for maternal "
                "age, parity, smoking and polysubstance use.",
                "Regression models adjusted for maternal age, gestational age and other "
                "substance use.",
                "Analyses adjusted for sociodemographic and clinical confounders."]))
        results, null = comparison(w, n)
    elif d == "RCT":
        sites = w.get("sites")
        where = f"at {sites} sites" if sites else setting(w["topic"])
        adj = rng.choice(["a pragmatic", "an open-label", "a parallel-group", "a multicentre"]) \
            if not re.search(r"pilot|feasibility", w["title"], re.I) else "a pilot"
        methods.append(f"In {adj} randomised controlled trial {where}, participants were "
                       f"allocated to {w['intervention']} or {w['control']}.")
        methods.append(f"The primary outcome was {w['outcome']}. Analysis was by intention to "
                       f"treat.")
        results, null = trial(w, n)
    elif d in ("Q",):
        k = rng.randint(12, 34)
        approach = rng.choice(["reflexive thematic analysis", "interpretative phenomenological "
                               "analysis", "framework analysis", "constructivist grounded theory"])
        methods.append(f"We conducted semi-structured interviews with {k} {w['participants']} "
                       f"{setting(w['topic'])} in {y2}. Interviews were audio-recorded, transcribed "
                       f"and analysed using {approach}.")
        methods.append(rng.choice([
            "Recruitment continued until no new codes were identified.",
            "Women with lived experience advised on the interview guide and on the analysis.",
            "Two researchers coded the transcripts independently and agreed the themes."]))
        results = [themes(w), w["insight"] + ".", rng.choice([
            "Accounts were similar across sites and types of substance use.",
            "Experiences differed little by age, but women with previous children in care "
            "described more distrust.",
            "Participants offered concrete suggestions for improving services."])]
    elif d == "S":
        r = rng.randint(38, 81)
        mode = rng.choice(["an online", "a postal", "an anonymous online"])
        if not methods:
            methods.append(f"We distributed {mode} cross-sectional survey to {w['respondents']} "
                           f"in {rng.choice(REGIONS)} in {y2}.")
            methods.append(rng.choice([
            "Items covered knowledge, attitudes and current practice; responses were summarised "
            "descriptively and compared between groups with chi-squared tests.",
            "The instrument was developed from the literature and piloted; closed items were "
            "analysed descriptively and free-text comments thematically."]))
        results = [f"In total, {n} responses were received (response rate {r}%)."]
        results += [f.format(p1=rng.randint(18, 74), p2=rng.randint(21, 68)) for f in w["findings"]]
    elif d == "SR":
        month = rng.choice(["January", "March", "May", "June", "September", "November"])
        methods.append(f"We searched MEDLINE, Embase, PsycINFO and CINAHL from inception to {month} "
                       f"{year - 1}. Two reviewers independently screened records, extracted data "
                       f"and assessed risk of bias; the protocol was registered in advance. "
                       + rng.choice([
                           "Randomised and non-randomised studies were eligible.",
                           "Studies of any design reporting primary data were eligible.",
                           "Findings were pooled with random-effects models where possible."]))
        total = w["k"] * rng.randint(60, 400)
        results = [f"{w['k']} studies with {fmt_n(total)} participants were included.",
                   w["finding"] + ".",
                   f"Certainty of the evidence was {rng.choice(['low', 'very low', 'moderate'])}."]
    elif d == "MM":
        k = rng.randint(9, 24)
        methods.append(f"This convergent mixed-methods study combined service data on {w['outcome']} "
                       f"{setting(w['topic'])} ({y1}-{y2}) with interviews with {k} "
                       f"{w['participants']}.")
        methods.append("Quantitative data were summarised descriptively and transcripts analysed "
                       "thematically; the two strands were integrated in a joint display.")
        p1 = rng.randint(48, 86)
        results = [f"Over the study period, {n} women took part; {w['outcome']} was recorded for "
                   f"{p1}%.", themes(w), rng.choice([
                       "The qualitative findings helped to explain where the service worked less "
                       "well.",
                       "Both strands pointed to the same strengths and to gaps in staffing.",
                       "Interview accounts largely confirmed the service data."])]
    elif d == "PR":
        methods.append(f"This two-arm randomised controlled trial will allocate {w['n']} women "
                       f"{setting(w['topic'])} to {w['intervention']} or {w['control']}. The primary "
                       f"outcome is {w['outcome']}; secondary outcomes include overdose, infant "
                       f"custody and costs.")
        return [("INTRODUCTION", background + " " + aim_sentence(w).replace("aimed", "aims")),
                ("METHODS AND ANALYSIS", " ".join(methods)),
                ("ETHICS AND DISSEMINATION", "The trial has ethical approval. Results will be "
                 "published in peer-reviewed journals and shared with women who took part.")]
    elif d == "AN":
        is_placenta = "placenta" in w["animal"]
        if is_placenta:
            methods.append(f"Cotyledons from {rng.randint(8, 14)} {w['animal']} from uncomplicated "
                           f"pregnancies were perfused with buprenorphine at therapeutic "
                           f"concentrations; we measured {w['measure']}.")
            results = [f"The mean fetal transfer rate was {rng.uniform(8, 14):.1f}% for "
                       f"buprenorphine and {rng.uniform(1, 4):.1f}% for norbuprenorphine.",
                       "A substantial fraction was retained in placental tissue, and transfer did "
                       "not change over the perfusion period.",
                       "Recovery of the reference substance antipyrine confirmed the integrity of "
                       "each preparation."]
            methods.append("Concentrations were measured by liquid chromatography-tandem mass "
                           "spectrometry.")
        else:
            methods.append(f"Pregnant {w['animal']} received an opioid or saline from gestational "
                           f"day {rng.randint(5, 11)} until delivery; offspring were assessed for "
                           f"{w['measure']}.")
            results = [f"Exposed offspring (n = {rng.randint(18, 40)}) differed from controls in "
                       f"{w['measure']} (p < 0.0{rng.randint(1, 5)}).",
                       "Effects were larger in male offspring and persisted into adolescence.",
                       "Litter size and maternal weight gain did not differ between groups."]
            methods.append("Litter was the unit of analysis, and all procedures were approved by "
                           "the institutional animal care committee.")
    else:
        raise ValueError(d)
    conclusion = w.get("conclusion") or rng.choice(topic["conclusions"])
    if null and d in ("RC", "PC", "CS", "RCT"):
        conclusion = "We found no clear difference between groups. " + conclusion
    return [("BACKGROUND", background + " " + aim_sentence(w)), ("METHODS", " ".join(methods)),
            ("RESULTS", " ".join(results)), ("CONCLUSIONS", conclusion)]


def dissertation_abstract(w):
    return (f"{TOPICS[w['topic']]['background'][0]} This dissertation set out to {w['aim']}. "
            f"Using in-depth interviews and repeated contact over several months, the study followed "
            f"{rng.randint(11, 22)} {w['participants']}. Analysis identified "
            f"{', '.join(w['themes'][:-1])} and {w['themes'][-1]} as central to how women understood "
            f"their situation. Women described treatment as both a support and a constraint, and "
            f"many linked their recovery to their identity as mothers. Implications for perinatal "
            f"services include continuity of care, attention to shame, and support that extends "
            f"beyond the first months after birth.")


def words(text):
    return len(text.split())


# ---------------------------------------------------------------------------- works → studies


def journal_of(w):
    pool = DESIGN_JOURNALS.get(w["design"]) or TOPICS[w["topic"]]["journals"]
    return rng.choice(pool)


def year_of(w):
    first = next((y for k, y in NOT_BEFORE.items() if w["title"].startswith(k)), 2005)
    years = range(first, 2025)
    return rng.choices(years, weights=[1 + (y - 2005) // 3 for y in years])[0]


# Works about things that did not exist earlier (approaches, products, policies, data spans).
NOT_BEFORE = {"Implementing the Eat": 2018, "Eat, Sleep, Console": 2019, "Extended-release": 2019,
              "Fentanyl test strip": 2019, "Safer supply": 2021, "Telemedicine": 2019,
              "Plans of safe care": 2018, "A hub-and-spoke": 2015, "Treatment of hepatitis C": 2016,
              "Rooming-in compared": 2018, "Buprenorphine-naloxone compared": 2016,
              "Pregnancy-associated deaths": 2018, "Take-home naloxone": 2015,
              "Supervised consumption": 2017, "Trends in opioid use disorder": 2022,
              "Discontinuation of medication": 2016, "Cannabis dispensary": 2018,
              "Non-pharmacological care": 2019, "Doula support": 2016, "Availability of": 2016,
              "Buprenorphine prescribing among": 2017, "Naloxone co-prescribing": 2019,
              "Lived experience peer": 2018, "Opioid prescribing after caesarean": 2017,
              "Persistent opioid use": 2016, "Hospital variation": 2016, "Language matters": 2017,
              "Neonatal abstinence syndrome: time": 2017, "Ending punitive": 2015}


def volume_issue(jkey, year):
    j = JOURNALS[jkey]
    vol0, vpy = j[9], j[10]
    vol = max(1, vol0 + (year - 2010) * vpy + (rng.randint(0, vpy - 1) if vpy > 1 else 0))
    if vpy > 2 or j[8]:  # volumes as issues; article-numbered online journals
        return str(vol), None
    issue = str(rng.randint(1, 12 if jkey != "subabus" else 4))
    return str(vol), issue


def pages_of(jkey):
    if JOURNALS[jkey][8]:
        return str(rng.randint(1, 260)), None  # article number
    start = rng.randint(12, 1900)
    return str(start), str(start + rng.randint(4, 11))


DOI_PREFIX = "10.5555/"
used_dois = set()


def doi_of(jkey, year):
    while True:
        d = f"{DOI_PREFIX}{jkey}.{year}.{rng.randint(100, 9999):04d}"
        if d not in used_dois:
            used_dois.add(d)
            return d


def build_studies():
    studies = []
    counts = {"RC": (4, 7), "PC": (4, 8), "CS": (3, 7), "QI": (5, 9), "RCT": (6, 11), "Q": (3, 5),
              "S": (3, 6), "SR": (4, 7), "MM": (4, 6), "PR": (6, 10), "AN": (4, 7), "CM": (1, 2),
              "CA": (3, 6), "DIS": (1, 1)}
    for w in WORKS + CONFERENCE + DISSERTATIONS:
        s = dict(w)
        s["journal"] = journal_of(w)
        s["year"] = year_of(w)
        s["methods_text"] = next((t for k, t in METHODS.items() if w["title"].startswith(k)), None)
        lo, hi = counts[w["design"]]
        s["authors"] = [person() for _ in range(rng.randint(lo, hi))]
        studies.append(s)
    by_key = {s["key"]: s for s in studies if s.get("key")}
    # the two reports of the peer coaching trial and the protocol share the team; the protocol
    # comes first, the twelve-month paper last
    team = by_key["peer-rct"]["authors"]
    for k, y in (("peer-protocol", 2019), ("peer-rct", 2022), ("peer-12m", 2024)):
        by_key[k]["authors"] = team[:] if k != "peer-12m" else team[1:] + team[:1]
        by_key[k]["year"] = y
    by_key["peer-rct"]["journal"], by_key["peer-12m"]["journal"] = "addiction", "jsat"
    by_key["peer-protocol"]["journal"] = "cct"
    for k in ("surv-1", "surv-2"):
        by_key[k]["authors"] = by_key["surv-1"]["authors"]
        by_key[k]["journal"], by_key[k]["year"] = "qhr", 2021
    by_key["tele"]["journal"], by_key["tele"]["year"] = "jsat", 2020
    for s in studies:
        if s["design"] == "CA":
            s["journal"] = rng.choice(["dad", "ajog"])
            later = by_key.get(s.get("later"))
            if later:  # the meeting abstract of a later article: same team, a year earlier
                s["authors"] = later["authors"][:3]
                s["year"] = later["year"] - 1
                s["journal"] = "dad"
    for s in studies:
        s["volume"], s["issue"] = volume_issue(s["journal"], s["year"])
        s["start"], s["end"] = pages_of(s["journal"])
        if s["design"] == "CA":
            s["issue"] = None if s["journal"] == "dad" else "1 Suppl"
            s["start"] = ("e" if s["journal"] == "dad" else "S") + str(rng.randint(12, 420))
            s["end"] = None
        if s["design"] == "DIS":
            s["issue"], s["start"], s["end"] = f"{rng.randint(1, 12)}-B(E)", None, None
        s["doi"] = doi_of(s["journal"], s["year"]) if s["design"] not in ("DIS",) else None
        if s["design"] == "CA":
            s["doi"] = None if rng.random() < 0.5 else s["doi"]
        s["month"] = rng.randint(1, 12)
        s["sections"] = sections(s, s["year"])
        s["abstract_text"] = dissertation_abstract(s) if s["design"] == "DIS" else (
            None if s["sections"] is None else " ".join(t for _, t in s["sections"]))
        if s["abstract_text"] is not None:
            n = words(s["abstract_text"])
            if not (100 <= n <= 250 or s["design"] == "CA"):
                print("abstract length", n, s["design"], s["title"])
    return studies


# ---------------------------------------------------------------------------- which database has what


def assign(studies):
    """Database membership: 8 works in all three, 18 MEDLINE+Embase, 5 MEDLINE+PsycINFO, 3
    Embase+PsycINFO (42 duplicate records), the rest in one; meeting abstracts only in Embase,
    dissertations only in PsycINFO."""
    works = [s for s in studies if s["design"] not in ("CA", "DIS")]
    psyc_ok = lambda s: JOURNALS[s["journal"]][7]
    forced = {"tele": "MEP", "surv-1": "MP", "surv-2": "MP", "bf-init": "ME", "clinic-10y": "ME",
              "peer-rct": "ME", "peer-12m": "M", "peer-protocol": "ME", "esc-trial": "ME",
              "rooming-sr": "MEP", "integrated-sr": "ME", "removal": "MP", "mh-screen": "EP",
              "doula": "MEP"}
    plan = {"MEP": 8, "ME": 18, "MP": 5, "EP": 3, "P": 27, "E": 36}
    order = works[:]
    rng.shuffle(order)
    for s in order:
        if s.get("key") in forced:
            s["dbs"] = forced[s["key"]]
            plan[s["dbs"]] = plan.get(s["dbs"], 0) - 1
    for s in order:
        if "dbs" in s:
            continue
        for combo in ("MEP", "MP", "EP", "P"):
            if "P" in combo and plan[combo] > 0 and psyc_ok(s) and s["topic"] not in ("animal",):
                s["dbs"] = combo
                plan[combo] -= 1
                break
        else:
            for combo in ("ME", "E"):
                if plan[combo] > 0:
                    s["dbs"] = combo
                    plan[combo] -= 1
                    break
            else:
                s["dbs"] = "M"
    for s in studies:
        if s["design"] == "CA":
            s["dbs"] = "E"
        if s["design"] == "DIS":
            s["dbs"] = "P"
    left = {k: v for k, v in plan.items() if v and k != "M"}
    assert not left, f"membership plan not met: {left}"


# ---------------------------------------------------------------------------- writers

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def medline_pages(start, end):
    """PubMed abbreviates page ranges: 112-118 → 112-8."""
    if end is None:
        return start
    i = 0
    while i < min(len(start), len(end)) - 1 and start[i] == end[i] and len(start) == len(end):
        i += 1
    return f"{start}-{end[i:]}"


def nbib_field(tag, value):
    lines = textwrap.wrap(value, width=82, break_long_words=False, break_on_hyphens=False)
    head = f"{tag:<4}- {lines[0]}"
    return "\n".join([head] + ["      " + line for line in lines[1:]])


def medline_record(s, pmid):
    j = JOURNALS[s["journal"]]
    recent = s["year"] >= 2024
    f = [("PMID", pmid), ("OWN", "NLM"),
         ("STAT", "In-Data-Review" if recent else "MEDLINE")]
    if not recent:
        f.append(("DCOM", f"{s['year'] + (1 if s['month'] > 9 else 0)}{(s['month'] % 12) + 1:02d}15"))
    f += [("LR", "20240601"), ("IS", f"{j[4]} (Print)"), ("IS", f"{j[4]} (Linking)"),
          ("VI", s["volume"])]
    if s["issue"]:
        f.append(("IP", s["issue"]))
    f += [("DP", f"{s['year']} {MONTHS[s['month'] - 1]}"), ("TI", s["title"] + ".")]
    f.append(("PG", medline_pages(s["start"], s["end"])))
    if s["doi"]:
        f.append(("LID", f"{s['doi']} [doi]"))
    if s["abstract_text"]:
        f.append(("AB", " ".join(f"{label}: {text}" for label, text in s["sections"])))
    if j[5].startswith("Elsevier") and s["abstract_text"]:
        f.append(("CI", f"Copyright (c) {s['year']} Elsevier Inc. All rights reserved."))
    for i, p in enumerate(s["authors"]):
        f += [("FAU", fau(p)), ("AU", au_medline(p))]
        if i == 0 or s["year"] >= 2014:
            f.append(("AD", affiliation()))
    f.append(("LA", "eng"))
    f += [("PT", t) for t in publication_types(s)]
    f += [("DEP", f"{s['year']}{s['month']:02d}{rng.randint(1, 28):02d}")] if s["month"] > 2 else []
    f += [("PL", j[6]), ("TA", j[1]), ("JT", j[2]), ("JID", f"99{rng.randint(10000, 99999)}")]
    f.append(("SB", "IM"))
    if not recent and s["design"] != "CM":
        f += [("MH", m) for m in sorted(mesh_terms(s), key=lambda m: m.lstrip("*").lower())]
    if s["design"] != "CM":
        f.append(("OTO", "NOTNLM"))
        f += [("OT", k) for k in TOPICS[s["topic"]]["keywords"]]
    stamp = f"{s['year']}/{s['month']:02d}/{rng.randint(1, 28):02d} 06:00"
    f += [("EDAT", stamp), ("MHDA", stamp), ("CRDT", stamp.replace("06:00", "05:42"))]
    if s["doi"]:
        f.append(("AID", f"{s['doi']} [doi]"))
    f.append(("PST", "ppublish"))
    so = f"{j[1]}. {s['year']} {MONTHS[s['month'] - 1]};{s['volume']}"
    so += f"({s['issue']})" if s["issue"] else ""
    so += f":{medline_pages(s['start'], s['end'])}."
    so += f" doi: {s['doi']}." if s["doi"] else ""
    f.append(("SO", so))
    return "\n".join(nbib_field(t, v) for t, v in f)


def publication_types(s):
    return {"RCT": ["Journal Article", "Randomized Controlled Trial"],
            "SR": ["Journal Article", "Systematic Review", "Review"],
            "CM": ["Editorial"] if s["topic"] == "opinion" else ["Journal Article"],
            "PR": ["Journal Article", "Clinical Trial Protocol"],
            "AN": ["Journal Article", "Research Support, Non-U.S. Gov't"],
            "QI": ["Journal Article", "Research Support, N.I.H., Extramural"]}.get(
        s["design"], ["Journal Article"])


def mesh_terms(s):
    topic = TOPICS[s["topic"]]
    terms = set(topic["mesh"]) | ({"Animals"} if s["topic"] == "animal" else set(CORE_MESH))
    if s["topic"] in ("nas", "bf", "mat", "child"):
        terms |= set(NEWBORN_MESH)
    terms |= {"Adult"} if s["topic"] not in ("animal", "child", "adol") else set()
    terms |= {"RC": {"Retrospective Studies"}, "PC": {"Prospective Studies"},
              "CS": {"Cross-Sectional Studies"}, "Q": {"Qualitative Research"},
              "S": {"Surveys and Questionnaires"}, "QI": {"Quality Improvement"}}.get(
        s["design"], set())
    return terms


def ris(tag, value):
    return f"{tag}  - {value}"


def embase_record(s, number):
    j = JOURNALS[s["journal"]]
    an = f"99{rng.randint(1000000, 9999999)}"
    title = s["title"]
    if s.get("title_case"):
        title = title_case(title)
    out = [f"{number}. ", ris("TY", "JOUR"), ris("DB", "Embase"), ris("ID", an), ris("T1", title)]
    out += [ris("A1", au_ovid(p)) for p in s["authors"]]
    year = s.get("embase_year", s["year"])
    out.append(ris("Y1", f"{year}//"))
    if s["abstract_text"]:
        labels = {"BACKGROUND": "Background", "METHODS": "Method(s)", "RESULTS": "Result(s)",
                  "CONCLUSIONS": "Conclusion(s)", "INTRODUCTION": "Introduction",
                  "METHODS AND ANALYSIS": "Methods and analysis",
                  "ETHICS AND DISSEMINATION": "Ethics and dissemination"}
        text = " ".join(f"{labels[l]}: {t}" for l, t in s["sections"])
        if s["design"] == "CA":
            text = " ".join(f"{l}: {t}" for l, t in zip(
                ["Objective", "Study Design", "Results", "Conclusion"],
                [t for _, t in s["sections"]]))
        if j[5].startswith("Elsevier") and s["design"] != "CA":
            text += f" Copyright © {year} Elsevier B.V., All rights reserved."
        out.append(ris("N2", text))
    out += [ris("KW", k) for k in emtree(s)]
    journal = j[0]
    out += [ris("JF", journal), ris("JA", j[3]), ris("VL", s["volume"])]
    if s["issue"] and not s.get("drop_issue"):
        out.append(ris("IS", s["issue"]))
    out.append(ris("SP", s["start"]))
    if s["end"]:
        out.append(ris("EP", s["end"]))
    out += [ris("CY", j[6]), ris("PB", j[5]), ris("SN", j[4])]
    out.append(ris("AD", f"{au_ovid(s['authors'][0])} {affiliation()}"))
    out.append(ris("M3", {"CA": "Conference Abstract", "SR": "Review", "CM": "Editorial",
                          "ER": "Erratum"}.get(s["design"], "Article")))
    if s["design"] == "CA":
        out.append(ris("N1", "Conference Abstract"))
    out.append(ris("LA", "English"))
    out.append(ris("UR", "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=emed"
                         f"{24 if year > 2022 else 18}&NEWS=N&AN={an}"))
    if s["doi"] and not s.get("embase_no_doi"):
        out.append(ris("DO", "https://dx.doi.org/" + s["doi"]))
    out.append(ris("ER", ""))
    return an, "\n".join(out)


SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the",
               "to", "with", "versus"}


def title_case(title):
    """Headline style, as some Embase records carry it: small words stay lower case."""
    out = []
    for i, word in enumerate(title.split(" ")):
        lower = word.lower()
        small = lower in SMALL_WORDS and i > 0 and not out[-1].endswith(":")
        out.append(word if small else word[:1].upper() + word[1:])
    return " ".join(out)


def emtree(s):
    t = TOPICS[s["topic"]]
    kw = list(t["emtree"])
    if s["topic"] == "animal":
        kw += ["female", "male"]
    else:
        kw += ["human", "female", "adult"]
    kw += {"RC": ["retrospective study", "cohort analysis", "major clinical study"],
           "PC": ["prospective study", "cohort analysis"],
           "CS": ["cross-sectional study", "major clinical study", "register"],
           "RCT": ["randomized controlled trial", "controlled study"],
           "Q": ["qualitative research", "interview", "thematic analysis"],
           "S": ["questionnaire", "cross-sectional study"],
           "SR": ["systematic review", "meta analysis"],
           "MM": ["mixed method study", "interview"],
           "QI": ["quality improvement", "clinical protocol"],
           "PR": ["randomized controlled trial (topic)", "study protocol"],
           "CA": ["conference abstract"],
           "AN": ["animal experiment"]}.get(s["design"], [])
    kw.append({"CA": "conference abstract", "SR": "review", "CM": "editorial"}.get(
        s["design"], "article"))
    return list(dict.fromkeys(kw))


def psycinfo_record(s):
    j = JOURNALS[s["journal"]]
    an = f"{s['year']}-99{rng.randint(100, 999)}-{rng.randint(1, 20):03d}"
    out = [ris("TY", "JOUR")]
    out += [ris("AU", au_ebsco(p)) for p in s["authors"]]
    title = s.get("psyc_title", s["title"])
    out.append(ris("T1", title + "."))
    out += [ris("JO", j[0]), ris("JF", j[0])]
    online_first = s.get("psyc_online_first")
    year = s["year"] - 1 if online_first else s["year"]
    out.append(ris("Y1", f"{year}/{s['month']:02d}//"))
    if not online_first:
        out += [ris(t, s[k]) for t, k in (("VL", "volume"), ("IS", "issue"), ("SP", "start"),
                                          ("EP", "end")) if s[k]]
    out += [ris("CY", j[6]), ris("PB", j[5]), ris("SN", j[4])]
    out.append(ris("AD", f"{fau(s['authors'][0])}, {affiliation()}"))
    method = {"Q": "Empirical Study; Interview; Qualitative Study",
              "SR": "Literature Review; Systematic Review",
              "RCT": "Empirical Study; Quantitative Study; Treatment Outcome; Clinical Trial",
              "MM": "Empirical Study; Interview; Qualitative Study; Quantitative Study",
              "DIS": "Empirical Study; Interview; Qualitative Study"}.get(
        s["design"], "Empirical Study; Quantitative Study")
    doc = "Dissertation" if s["design"] == "DIS" else "Journal Article"
    descriptors = TOPICS[s["topic"]]["psyc"]
    out.append(ris("N1", f"Accession Number: {an}. "
                         f"{'Advance online publication. ' if online_first else ''}Release Date: {s['year']}{s['month']:02d}15. "
                         f"Publication Type: {'Dissertation Abstract (0400)' if doc == 'Dissertation' else 'Journal (0100), Peer Reviewed Journal (0110)'}. "
                         f"Document Type: {doc}. Language: English. Major Descriptor: "
                         f"{'; '.join(descriptors[:2])}. Minor Descriptor: {'; '.join(descriptors[2:])}. "
                         f"Classification: Substance Abuse & Addiction (3233). Population: Human (10); "
                         f"Female (40). Methodology: {method}."))
    out.append(ris("M3", doc))
    out += [ris("KW", k) for k in TOPICS[s["topic"]]["keywords"] + descriptors]
    if s["abstract_text"]:
        if s["sections"]:
            text = " ".join(f"{l.title()}: {t}" for l, t in s["sections"])
        else:
            text = s["abstract_text"]
        out.append(ris("AB", f"{text} (PsycInfo Database Record (c) {max(s['year'], 2020)} APA, all "
                             f"rights reserved)"))
    if s["doi"] and not s.get("psyc_no_doi") and not online_first:
        out.append(ris("L3", s["doi"]))
    out.append(ris("UR", "https://search.ebscohost.com/login.aspx?direct=true&db=psyh&AN="
                         f"{an}&site=ehost-live"))
    out += [ris("DP", "EBSCOhost"), ris("DB", "psyh"), ris("ER", "")]
    return an, "\n".join(out)


def citation_record(c, cid, by_key):
    out = [ris("TY", c["kind"] if c["kind"] != "DUP" else "JOUR"), ris("ID", cid)]
    if c["kind"] == "DUP":  # a database work found again in a reference list
        s = by_key[c["of"]]
        j = JOURNALS[s["journal"]]
        out.append(ris("TI", s["title"]))
        out += [ris("AU", au_endnote(p)) for p in s["authors"][:6]]
        out += [ris("PY", str(s["year"])), ris("T2", j[0]), ris("J2", j[1]),
                ris("VL", s["volume"])]
        if s["issue"]:
            out.append(ris("IS", s["issue"]))
        out += [ris("SP", s["start"]), ris("EP", s["end"])] if s["end"] else [ris("SP", s["start"])]
        out.append(ris("N1", "Found in the reference list of an included study."))
        out.append(ris("ER", ""))
        return "\n".join(out)
    authors = [person() for _ in range(rng.randint(1, 4))]
    out.append(ris("TI", c["title"]))
    if c["kind"] == "RPRT":
        out.append(ris("AU", c["org"]))
        out += [ris("PY", str(c["year"])), ris("PB", c["org"]), ris("CY", c["place"])]
    elif c["kind"] == "THES":
        out.append(ris("AU", au_endnote(authors[0])))
        out += [ris("PY", str(c["year"])), ris("PB", c["university"]), ris("M3", "PhD thesis")]
    else:
        out += [ris("AU", au_endnote(p)) for p in authors]
        out += [ris("PY", str(c["year"])), ris("T2", c["journal"]), ris("VL", c["volume"]),
                ris("IS", c["issue"]), ris("SP", c["pages"][0]), ris("EP", c["pages"][1])]
    t = TOPICS[c["topic"]]
    if c.get("abstract"):
        out.append(ris("AB", c["abstract"]))
    out += [ris("KW", k) for k in t["keywords"]]
    out.append(ris("N1", "Found by citation searching."))
    out.append(ris("ER", ""))
    return "\n".join(out)


# ---------------------------------------------------------------------------- export differences


def plant_differences(studies):
    """How the databases disagree about the same work, as real exports do."""
    dups = [s for s in studies if len(s.get("dbs", "")) > 1]
    rng.shuffle(dups)
    for s in dups[:5]:
        s["title_case"] = True  # Embase title in Title Case
    psyc = [s for s in dups if "P" in s["dbs"]]
    for s in psyc[: len(psyc) // 2]:
        s["psyc_no_doi"] = True  # DOI present in one export only
    for s in [s for s in dups if "E" in s["dbs"]][5:8]:
        s["embase_no_doi"] = True
    for s in [s for s in dups if "E" in s["dbs"] and s["month"] <= 2][:3]:
        s["embase_year"] = s["year"] - 1  # Embase dates the online-first version
    for s in [s for s in dups if "E" in s["dbs"] and s.get("issue")][:4]:
        s["drop_issue"] = True
    for s in psyc[:2]:
        # PsycINFO keeps the subtitle after " - " in some older records
        s["psyc_title"] = s["title"].replace(": ", " - ", 1)
    # hard cases a reviewer should confirm: the accepted manuscript indexed by PsycINFO ahead of
    # print (a year earlier, no volume, issue, pages or DOI yet), whose title the journal's editors
    # later reworded and respelled
    hard = [x for x in studies if x.get("key") in ("removal", "mh-screen", "doula")]
    for h in hard:
        h["psyc_online_first"] = True
        t = h["title"]
        for old, new in list(REWORDED.items()) + list(AMERICAN.items()):
            t = t.replace(old, new)
        h["psyc_title"] = t
    for h in hard:
        print("hard duplicate:", h["title"], "->", h.get("psyc_title", "online first"))


REWORDED = {": a retrospective cohort study": ": a retrospective cohort analysis",
            ": a qualitative study": ": qualitative findings",
            ": a prospective study": ": a prospective cohort",
            ": a systematic review of randomised trials": ": a review of randomized trials",
            ": a cross-sectional survey": ": survey findings",
            ": a mixed-methods evaluation": ": mixed-methods findings",
            ": a pilot randomised controlled trial": ": a randomized pilot trial",
            ": a randomised controlled trial": ": a randomized trial",
            ": a service evaluation": ": evaluation of a service",
            ": a feasibility study": ": feasibility and acceptability"}
AMERICAN = {"randomised": "randomized", "programme": "program", "behaviour": "behavior",
            "centre": "center", "paediatric": "pediatric", "caesarean": "cesarean"}


def erratum_of(s):
    e = dict(s)
    e.update(design="ER", title=f"Erratum: {s['title']}", year=s["year"], sections=None,
             abstract_text=None, doi=doi_of(s["journal"], s["year"]), dbs="E", key=None,
             start=str(int(s["start"]) + rng.randint(200, 900)), end=None, rel="Wrong study design",
             title_case=False, embase_no_doi=False, drop_issue=False)
    e["authors"] = s["authors"][:1]
    return e


def main():
    studies = build_studies()
    assign(studies)
    plant_differences(studies)
    by_key = {s["key"]: s for s in studies if s.get("key")}
    studies.append(erratum_of(by_key["bf-init"]))
    for i, s in enumerate(studies, 1):
        s["wid"] = i

    medline = [s for s in studies if "M" in s["dbs"]]
    # the first 60 MEDLINE records are the ones the demo reviewers have screened; the works the
    # demo follows through to full text are among them
    keep_early = [by_key[k] for k in ("peer-rct", "peer-12m", "clinic-10y", "bf-init", "tele",
                                       "surv-1", "surv-2", "rooming-sr", "esc-trial", "stigma-q")]
    keep_early += [s for s in medline if s["rel"] == "B" and s not in keep_early][:6]
    rest = [s for s in medline if s not in keep_early]
    rng.shuffle(rest)
    early = keep_early + rest[: 60 - len(keep_early)]
    rng.shuffle(early)
    medline = early + rest[60 - len(keep_early):]

    OUT.mkdir(parents=True, exist_ok=True)
    truth = []
    pmid = 99100000
    records = []
    for s in medline:
        pmid += rng.randint(3, 400)
        s["pmid"] = str(pmid)
        records.append(medline_record(s, s["pmid"]))
        truth.append(("medline.nbib", len(records), s["pmid"], tid(s)))
    (OUT / "medline.nbib").write_text("\n\n".join(records) + "\n", encoding="utf-8")

    embase = [s for s in studies if "E" in s["dbs"]]
    rng.shuffle(embase)
    records = []
    for s in embase:
        an, text = embase_record(s, len(records) + 1)
        s["embase_id"] = an
        records.append(text)
        truth.append(("embase.ris", len(records), an, tid(s)))
    (OUT / "embase.ris").write_text("\n\n".join(records) + "\n", encoding="utf-8")

    psyc = [s for s in studies if "P" in s["dbs"]]
    rng.shuffle(psyc)
    records = []
    for s in psyc:
        an, text = psycinfo_record(s)
        s["psyc_an"] = an
        records.append(text)
        truth.append(("psycinfo.ris", len(records), "", tid(s)))
    (OUT / "psycinfo.ris").write_text("\n\n".join(records) + "\n", encoding="utf-8")

    records = []
    for i, c in enumerate(CITATION_SEARCH, 1):
        records.append(citation_record(c, f"CS{i}", by_key))
        truth.append(("citation-search.ris", i, f"CS{i}",
                      tid(by_key[c["of"]]) if c["kind"] == "DUP" else f"cs:{i}"))
    (OUT / "citation-search.ris").write_text("\r\n".join("\n\n".join(records).split("\n")) + "\r\n",
                                              encoding="utf-8")

    TRUTH.parent.mkdir(parents=True, exist_ok=True)
    with TRUTH.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "position", "record_id", "work"])
        w.writerows(truth)

    write_screening(medline, studies, by_key)
    report(studies, medline, embase, psyc)


def tid(s):
    """The work's id in the truth file: its place in the list, with a readable slug."""
    return f"w{s['wid']:03d}-" + re.sub(r"[^a-z0-9]+", "-", s["title"].lower()).strip("-")[:40]


# ---------------------------------------------------------------------------- screening


def write_screening(medline, studies, by_key):
    """Decisions of the demo team, in the CSV shape `winnow screen --decisions` reads."""
    ta = {"ana": [], "ben": [], "chen": []}
    resolutions = []
    borderline_conflicts = 0
    included = []
    first = medline[:60]
    for s in first:
        rel, rid = s["rel"], s["pmid"]
        if rel == "I":
            ta["ana"].append((rid, "include", "", ""))
            ta["ben"].append((rid, "maybe" if rng.random() < 0.12 else "include", "", ""))
            included.append(s)
        elif rel == "B" and borderline_conflicts < 6:
            borderline_conflicts += 1
            a, b = ("include", "exclude") if borderline_conflicts % 2 else ("exclude", "include")
            ta["ana"].append((rid, a, "", "Borderline: check the population" if a == "include" else ""))
            ta["ben"].append((rid, b, "", "" if b == "exclude" else "Might report care outcomes"))
            if borderline_conflicts <= 3:  # the third reviewer settles half; half stay open
                verdict = "include" if borderline_conflicts != 2 else "exclude"
                resolutions.append(("title-abstract", rid, verdict, "",
                                    "Discussed with the team: " + (
                                        "worth reading in full" if verdict == "include"
                                        else "no perinatal care component"), "Chen Wei"))
                if verdict == "include":
                    included.append(s)
        elif rel == "B":
            ta["ana"].append((rid, "include", "", ""))
            ta["ben"].append((rid, "include", "", ""))
            included.append(s)
        else:
            note = {"Wrong population": "Not pregnant or postpartum women",
                    "Wrong study design": "Commentary / protocol"}.get(rel, "")
            ta["ana"].append((rid, "exclude", "", note))
            ta["ben"].append((rid, "exclude", "", ""))
    for s in medline[60:72]:  # the third reviewer has started on the next batch
        d = "include" if s["rel"] in ("I", "B") else "exclude"
        ta["chen"].append((s["pmid"], d, "", ""))
    for s in medline[60:66]:
        d = "include" if s["rel"] in ("I", "B") else "exclude"
        ta["ana"].append((s["pmid"], d, "", ""))

    # full text: the first included reports, in MEDLINE order
    ft = {"ana": [], "ben": []}
    not_retrieved = next(s for s in included if s["rel"] == "I" and s.get("key") is None
                         and s["design"] == "Q")
    decided = [s for s in included if s is not not_retrieved][:22]
    ft_conflicts = 0
    for s in decided:
        rid = s["pmid"]
        reason = ft_reason(s)
        if reason is None and s["design"] in ("RC", "PC") and ft_conflicts < 2:
            ft_conflicts += 1
            ft["ana"].append((rid, "include", "", ""))
            ft["ben"].append((rid, "exclude", "Wrong outcomes", "No maternal outcomes reported"))
            if ft_conflicts == 1:
                resolutions.append(("full-text", rid, "include", "",
                                    "Maternal engagement is reported in table 3", "Chen Wei"))
            continue
        v = "include" if reason is None else "exclude"
        ft["ana"].append((rid, v, reason or "", ""))
        ft["ben"].append((rid, v, reason or "", ""))
    # records found by citation searching go straight to full text
    for cid, verdict, reason in (("CS1", "exclude", "Wrong study design"), ("CS2", "include", ""),
                                 ("CS3", "include", "")):
        ft["ana"].append((cid, verdict, reason, ""))
        ft["ben"].append((cid, verdict, reason, ""))

    for who, rows in ta.items():
        write_csv(OUT / f"screening-title-abstract-{who}.csv", rows)
    for who, rows in ft.items():
        write_csv(OUT / f"screening-full-text-{who}.csv", rows)
    with (OUT / "resolutions.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["stage", "record_id", "decision", "reason", "note", "by"])
        w.writerows(resolutions)
    with (OUT / "reports.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "retrieval", "study"])
        w.writerow([not_retrieved["pmid"], "not-retrieved", ""])
        w.writerow([by_key["peer-rct"]["pmid"], "", "PEER-PP trial"])
        w.writerow([by_key["peer-12m"]["pmid"], "", "PEER-PP trial"])


def ft_reason(s):
    if s["design"] in ("SR", "CM", "PR"):
        return "Wrong study design"
    if s["rel"] == "B":
        return {"child": "Wrong outcomes", "tob": "Wrong intervention", "hcv": "Wrong intervention",
                "pk": "Wrong outcomes", "cannabis": "Wrong population"}.get(s["topic"],
                                                                            "Wrong outcomes")
    return None


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "decision", "reason", "note"])
        w.writerows(rows)


def report(studies, medline, embase, psyc):
    dup = sum(len(s["dbs"]) - 1 for s in studies)
    print(f"works {len(studies)}; MEDLINE {len(medline)}, Embase {len(embase)}, PsycINFO {len(psyc)},"
          f" citation search {len(CITATION_SEARCH)}; database records {len(medline) + len(embase) + len(psyc)},"
          f" planted cross-database duplicates {dup}")
    lengths = [words(s["abstract_text"]) for s in studies if s.get("abstract_text")]
    print(f"abstract words: min {min(lengths)}, max {max(lengths)}, mean {sum(lengths) / len(lengths):.0f}")


if __name__ == "__main__":
    main()
