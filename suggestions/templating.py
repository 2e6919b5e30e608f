"""Protected details out, typed placeholders in; and back again from a thread's own records.

Everything a suggestion model learns or stores goes through `to_template` first, so a model
holds templates such as "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} ..." and never a member's
details. `fill` puts the thread's facts back; a placeholder the records cannot fill stays in
the text, visibly, and the engine never invents a value.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import importlib
import itertools
import json
import pkgutil
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources

from careteam import api as careteam_api
from suggestions import amount_words
from suggestions.spelling import one_typo_away

# The version of what the scan of a text finds (_detected: the patterns, cues and word lists):
# stored scans of another version are made again (suggestions.scans). Raise it with any change
# that moves what to_template or find_details give for some text;
# tests/suggestions/test_text_scans.py fails on a change to the output of a fixed set of texts
# made without raising it.
# 2: a scan holds a fourth part, the learned finder's spans (empty while LEARNED_SPANS is off).
# 3: LEARNED_SPANS on: the fourth part holds the learned finder's spans.
# 4: stop 29 (deid11): the tagger refitted (fresh9 and fresh10 and new generated shapes), its
#    runs keep initials, id letters and a provider's branch number; vetoes (_no_detail).
# 5: stop 29 (prov12): providers shouted with "OUR LADY OF THE", five capitalised words before
#    the kind of care, "& laser" after it, "Ambulancias del Río".
# 6: stop 30 (deid13): the tagger refitted with fresh11; providers named kind first ("Urgent
#    Care of the Palisades"), after a title ("Dr. Smile Family Dentistry"), by two parts of the
#    body, as homes of care, in lower case before "general"/"er" or "in network"; "de la" read
#    whole in Spanish names; lower-case titled names with a surname; a relation's word as a
#    title; Spanish short months and weekdays; "last 4 NNNN"; prices in words ("twelve
#    thousand", "three fifty", "... and fifty cents"), in Spanish, after "CAD"/"€"; times and
#    "24/7" are no details.
# 7: stop 30 (deid13): "she's in London", "new addy: 12 ...", "my mom fell", "RE: PREMIUM
#    NOTICE" name no one.
# 8: stop 30 (deid14): the tagger refitted with fresh12; payers' id formats (a Medicare number,
#    a state's Medicaid id), ids, SSNs and phones read out one character at a time, rooms in
#    residence halls, addresses in words or with the number after the street's name, phones
#    abroad; providers with a colour or kind word first, a camel-case name after a kind of
#    provider and the capitalised words after it, "... of" a town; "mail order" no name.
# 9: stop 31 (deid15): e-mail addresses spelt out ("jane dot doe at example dot com"), phones
#    with letters ("1-800-FLOWERS"), a private mailbox, a box at the post office, a grid house
#    number ("N6W23001"), particles in a "rue"/"avenida" street's name; providers abbreviated
#    ("Med. Ctr.", "Assoc.", "Grp", "Hosp.", "Gen.", "Peds", lower-case "ctr", "ent"), homes
#    named for a place ("The Heights at Brookside"), "Valley Children's", "Center for Sight of
#    Tulsa", "hand & upper extremity institute"; a person's credential after the name and a title
#    before it ("Tomas Lindqvist, DPM", "Rev. Thomas Okafor"), names by the shape around them
#    ("ask Sunny to call", "Bill my husband", "my partner River Adams", "- ivy", "o'brien's",
#    Vietnamese names), "dr.o'neil"; pets, insurers ("Geneva Life") and a form's boxes are no
#    one and nowhere; the tagger refitted with those shapes made up.
# 10: stop 31 (deid16): particles in a clinician's surname ("Dr. Faisal bin Harun", "al-Amin")
#    and a wordy first name between "Dr." and a surname ("Dr. Will Ashcombe"); "$618/mo" and
#    "between $900 and $1,100" whole; "POB 332"; a colonia and a town after a Spanish street
#    ("Av. Reforma 455, Col. Juárez, Ciudad de México"); a unit in words after a street in
#    words; "c/o Name, <address>" one address; a provider's "Assoc., P.C.", "& Rescue", "Ctr
#    for", "van Dijk"; the writer named by a wordy first name ("hi bill here", "it's rose").
# 11: stop 32 (facts15): "nonprofit", "for-profit", "financial", "smaller" before a kind of care
#    and the verb "handle" are no provider's name ("every nonprofit hospital", "the financial
#    counseling office", "how they handle medical debt" stay as written).
#    And (deid17): the tagger refitted (fresh13 added; HELD_OUT fresh14); a text written in
#    another language (French, German, Italian, Portuguese, Dutch, Vietnamese) names no one but
#    a listed name capitalised in it; a name that is a word ("Grace") taken where the tagger is
#    sure of it; the learned finder's addresses keep the street word they open with ("Calle",
#    "Av.", "Post Office Box").
# 13: stop 33 (facts16): what a reply says of a bill, a plan or an item before "medical",
#    "health", "dental" or "pharmacy" is no provider's name ("an unpaid medical collection",
#    "an HSA-qualified high-deductible health plan", "over-the-counter health items", "stand-alone
#    dental plans", "reach pharmacy systems", "la farmacia usa", "solo dental"); nor are public
#    bodies ("Health and Human Services", "State Health Insurance Assistance Program", "Benefits
#    Coordination and Recovery Center"); a learned amount that is a share ("paid at 100%") is
#    none.
#    Also (deid19): what the learned finder and the patterns found apart is one name where a
#    surname's particles join it ("Jane van der Berg", "Rendering: de la Swen"), an elision opens
#    it ("O'Kwabena") or a courtesy title stands before it ("Mrs. Frank de la Wright"); a name
#    that is a word after a name word ("Dr. Anmol Ratti Mann") and a listed name after a title
#    and an initial ("dr. s. john") stay in; "Maria Lopez and Summit Health" is a person and a
#    provider; an id's prefix apart from its digits, rare and shouted ("EEL 199619839") or in
#    lower case ("id# f 172321668"); "It's May already" names no one.
# 14 (stop 33, deid20): "Dr Lamb Dec 4" is a clinician and a date; a shouted "KAPOOR, ANIL"
#    keeps a first name that is a rare word; "last Friday, Nov 21" and "Labor Day 2026" are
#    dates; a building or a number in words before an address is its part ("Hall B Room 312,
#    ...", "One Market Plaza, ..."); "dependent suffix 02" is a member id's; "the last 4 on the
#    letter were 2209" an SSN's; "talk to will, he's my son" and "for holly, not me" name
#    someone; "Holly Springs Road" and "Room 2 or room 3" name no one and no address.
TEMPLATING_VERSION = 14


class Placeholder(StrEnum):
    MEMBER_FIRST_NAME = "MEMBER_FIRST_NAME"
    MEMBER_LAST_NAME = "MEMBER_LAST_NAME"
    MEMBER_ID = "MEMBER_ID"
    AGENT_NAME = "AGENT_NAME"
    PERSON_NAME = "PERSON_NAME"  # anyone else: a relative, a clinician named without a title
    CLAIM_NUMBER = "CLAIM_NUMBER"
    AMOUNT = "AMOUNT"
    DATE = "DATE"
    PROVIDER_NAME = "PROVIDER_NAME"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    SSN = "SSN"
    NPI = "NPI"
    PLAN_NAME = "PLAN_NAME"
    SERVICE = "SERVICE"
    # Fields of the claim the message is about: a past reply's amounts and dates that equal
    # one of them are learned as these slots, and a draft fills them from that claim alone.
    DATE_OF_SERVICE = "DATE_OF_SERVICE"
    BILLED = "BILLED"
    ALLOWED = "ALLOWED"
    PLAN_PAID = "PLAN_PAID"
    MEMBER_OWES = "MEMBER_OWES"
    DEDUCTIBLE_APPLIED = "DEDUCTIBLE_APPLIED"
    COPAY = "COPAY"
    COINSURANCE = "COINSURANCE"
    DENIAL_REASON = "DENIAL_REASON"
    NETWORK_STATUS = "NETWORK_STATUS"
    PROCESSED_DATE = "PROCESSED_DATE"
    APPEAL_DEADLINE = "APPEAL_DEADLINE"
    # Where the member stands in the plan year (the plan's limits, their adjudicated claims).
    DEDUCTIBLE = "DEDUCTIBLE"
    DEDUCTIBLE_MET = "DEDUCTIBLE_MET"
    DEDUCTIBLE_REMAINING = "DEDUCTIBLE_REMAINING"
    OOP_MAX = "OOP_MAX"
    OOP_MET = "OOP_MET"
    PLAN_YEAR_END = "PLAN_YEAR_END"

    @property
    def token(self) -> str:
        return "{" + self.value + "}"


# The one pattern of a placeholder in a template, "{MEMBER_OWES}"; group 1 is its name.
PLACEHOLDER_TOKEN = re.compile(r"\{(" + "|".join(p.value for p in Placeholder) + r")\}")
# Anything shaped like one, known or not: what the console marks as unfilled, and what demo
# data is checked against. static/js/console.js selects the same shape in the reply box.
PLACEHOLDER_SHAPE = re.compile(r"\{([A-Z_]+)\}")


# Words that start sentences or qualify things and are never, by themselves, a name: a
# capitalised "Ask", "If" or "Grace period" stays text. Names that are also such words
# ("Will", "Grace", "Bill") are taken out only where the records name them, as names.
COMMON_WORDS = frozenset(
    re.findall(
        r"[a-z']+",
        """a about above across after again against all almost also although always am among an
        and another any anyone anything anyway are around as ask asked at away back be because
        been before being below between bill billed billing both but by call called can cannot
        card charge charged check claim clinic contact could dear did do does doctor done down
        due during each either else emergency even ever every family few first following for
        frank from further get give go good got grace great had has have he hello her here hey
        hi him his hope how however i if in insurance into is it its just last late later let
        like local main make many mark may me might more most much must my name need new next
        no nor not nothing now of off office ok okay on once one only or other our out over own
        paid pay per perhaps please plan question regards rose same saw see sent she should
        since so some someone something sorry still such sure thank thanks that the their them
        then there these they this those though through to today too under until up upon urgent
        us very visit was we well went were what when where whether which while who whom whose
        why will with within without would yes yet you your yours""",
    )
)
_MONTHS = careteam_api.month_alternation(careteam_api.english_month_words())
_MESES = careteam_api.month_alternation(careteam_api.spanish_month_words())
_MESES_SHORT = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)"
_ORDINAL = r"(?:st|nd|rd|th)"
_ORDINAL_WORD = careteam_api.ORDINAL_DAY_ALTERNATION
_DATE = re.compile(
    # Sept 14th, 2026; Nov 9 '26
    rf"(?i:\b{_MONTHS}\.? \d{{1,2}}{_ORDINAL}?(?:,? \d{{4}}|,? ['\u2019]\d{{2}}\b)?(?!\d)"
    rf"|\b\d{{1,2}}{_ORDINAL}? (?:of )?{_MONTHS}\.?(?:,? \d{{4}})?\b"  # 14 Sep, 14th of May
    rf"|\b{_MONTHS}(?:,? (?:19|20)\d{{2}})\b"  # September 2026
    rf"|\b(?:el )?\d{{1,2}} de {_MESES}(?: (?:de|del) \d{{4}})?\b"  # el 14 de septiembre de 2026
    # "3 de nov.", "7 Dic", "el 9 ago 2026": Spanish months shortened, those English has not
    # written alone, "ago" only after "el" or before a year ("2 ago" is no date).
    rf"|\b\d{{1,2}} de {_MESES_SHORT}\b\.?(?:,? (?:de |del )?\d{{4}}\b)?"
    r"|\b\d{1,2} (?:ene|abr|dic)\b\.?(?:,? (?:de |del )?\d{4}\b)?"
    r"|(?<=\bel )\d{1,2} ago\b\.?(?:,? (?:de |del )?\d{4}\b)?|\b\d{1,2} ago\.?,? \d{4}\b"
    rf"|\bthe \d{{1,2}}{_ORDINAL}\b(?: of {_MONTHS}\b\.?(?:,? \d{{4}})?)?"  # the 4th of May
    # Claim systems and forms: "09NOV2026", "9-Nov-2026", "Nov-09-2026"; a year as "'26".
    rf"|\b\d{{1,2}}-?{_MONTHS}-?(?:19|20)\d{{2}}\b|\b{_MONTHS}-\d{{1,2}}-(?:19|20)?\d{{2}}\b)"
    # "24/7" is all the time, no date.
    r"|(?<![\d/.-])(?!24/7(?![\d/]))(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?![.,]?\d))(?![\d/])"
    # "20261109": eight digits that read as a date of this century or the last.
    r"|(?<![\w.-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w-])"
)
_WEEKDAY_BEFORE = re.compile(
    # "last Friday, Nov 21", "next Tues 9/30": the word that says which week, with the weekday.
    r"(?i:\b(?:(?:last|next|this|past) )?"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"\.?,? |\b(?:lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo),? )$"
)
_NUMERO = (
    r"(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
    r"veintiuno|veintid[o\u00f3]s|veintitr[e\u00e9]s|veinticuatro|veinticinco|veintis[e\u00e9]is|"
    r"veintisiete|veintiocho|veintinueve|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|"
    r"ochocientos|novecientos|mil)"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand)"
)
# Dates and amounts in words, apart: most texts have no digit and skip the patterns above.
_DATE_IN_WORDS = re.compile(
    rf"(?i:\bthe (?:{_ORDINAL_WORD}) of {_MONTHS}\b\.?(?:,? \d{{4}})?"  # the twenty-first of June
    rf"|\b{_MONTHS}\.? (?:the )?(?:{_ORDINAL_WORD})\b)"  # June twenty-first
    rf"|\b(?:el )?primero de {_MESES}\b"  # el primero de junio
)
_AMOUNT_IN_WORDS = re.compile(
    # "twelve hundred", "fifteen hundred and fifty": money, unless a unit follows.
    # "twelve thousand before insurance", too.
    rf"(?i:\b(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))? (?:hundred|thousand)"
    rf"(?: (?:and )?{_NUMBER_WORD})?(?: dollars| bucks)?\b"
    r"(?! (?:miles|people|times|pages|pills|tablets|mg|units|days|hours|minutes|visits|calls|"
    r"claims|members|feet|pounds|calories|steps|years)\b))"
    rf"|(?i:\b(?:{_NUMBER_WORD}(?:[ -](?:{_NUMBER_WORD}|and))*|a(?: (?:{_NUMBER_WORD}|and))+)"
    # "a hundred and twelve dollars and fifty cents"
    rf" (?:dollars|bucks)\b(?: and (?:{_NUMBER_WORD})(?:[ -](?:{_NUMBER_WORD}))? cents\b)?)"
    # "they're asking three fifty for the ambulance", "three fifty is what they want": hundreds
    # and tens said as people say prices, where a price is asked (not "at three fifty pm").
    r"|(?i:(?<=asking )|(?<=charging )|(?<=charged )|(?<=owe )|(?<=paid )|(?<=pay )"
    r"|(?<=cost )|(?<=costs )|(?<=quoted )|(?<=, ))"
    r"(?:one|two|three|four|five|six|seven|eight|nine)"
    r" (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]five)?\b"
    r"(?= (?:for|is what|to|bucks|dollars|out of pocket)\b)(?! (?:for|to) (?:the )?(?:first|"
    r"second|minutes|hours|days|weeks|months|years|people)\b)"
    # "two grand", "a grand"; never "a grand total", "Grand Rapids"
    # "dos mil pesos", "quinientos dólares": Spanish numbers before the currency.
    rf"|(?i:\b(?:{_NUMERO})(?:[ -](?:{_NUMERO}|y))* (?:pesos|d[o\u00f3]lares|euros|dlls)\b)"
    rf"|(?i:\b(?:{_NUMBER_WORD}|a|half a) grand\b(?! (?:total|jury|opening|prize|scheme|plan|"
    r"rapids|canyon|junction|central|piano|slam|prix|tour|finale|time|idea|design|old|days?|"
    r"nights?|event|party|view|entrance|adventure|gesture|gala|hotel|ball|affair|celebration)\b))"
)
_AMOUNT = re.compile(
    # "85 dollars", "a 20 dollar copay", "20-dollar fee"
    r"(?i:(?<![\w$.])\d[\d,]*(?:\.\d{1,2})?(?: |-)?(?:dollars?|bucks|usd|d[oó]lares|pesos)\b)"
    r"|(?i:(?<![\w$.,])\d{1,3}(?:\.\d{3})*,\d{2} ?(?:d[oó]lares|euros|pesos)\b)"  # 1.240,50 dólares
    r"|(?i:(?<![\w$.,])\d{1,3}(?:\.\d{3})+ ?(?:d[oó]lares|euros|pesos)\b)"  # 2.150 pesos
    r"|\$\d+(?:\.\d)?[kK]\b"  # $1.2k
    r"|(?<![\w$.,])\d[\d,]*(?:\.\d{1,2})? ?\$(?!\d)"  # 240$: the sign after, as some write it
    # "owe like 3k", "a 5k bill": thousands in a money phrase (never "401k" or a "5k run").
    r"|(?i:(?<=owe )|(?<=owed )|(?<=owes )|(?<=paid )|(?<=pay )|(?<=cost )|(?<=costs )"
    r"|(?<=like )|(?<=about )|(?<=around )|(?<=almost )|(?<=over )|(?<=billed )"
    r"|(?<=charged ))\d{1,3}(?:\.\d)?k\b"
    r"|(?i:\b\d{1,3}(?:\.\d)?k(?= (?:bill|bills|balance|debt|owed|out of pocket|deductible)\b))"
    r"|(?i:\b(?:usd|us\$|cad|mxn|eur|gbp|inr|php|rs\.?) ?\d[\d,]*(?:\.\d{1,2})?(?!\d))"  # USD 250
    r"|(?<![\w$.,])\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2})? ?[\u20ac\u00a3](?!\d)"  # 2.500,00 €
    r"|\$\s?\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)"  # $1.250,00: Spanish notation after the sign
    r"|\$\s?\d{1,3}(?: \d{3})+(?:[.,]\d{2})?(?![\d,.]\d|\d)"  # $2 450: a space for thousands
    # "$2.5 million", "$3 mil": a sum in words after the sign.
    r"|\$\s?\d(?:[\d,]*\d)?(?:\.\d{1,2})?(?!\d)(?: (?:million|billion|thousand|mil)\b)?"
    r"|[\u20ac\u00a3]\s?\d[\d,.]*\d|[\u20ac\u00a3]\s?\d"  # euros and pounds paid abroad
    r"|(?i:(?<![\w$.,])\d+(?:\.\d)? grand\b)"
    r"|(?<![\w$.,/-])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,]\d)"  # 1,240 or 1,240.50
    r"|(?<![\w$.,/-])\d+\.\d{2}(?!\d|\.\d)"  # 1240.50
)
# "my copay is 40", "the balance was 1250": a bare number after a word for money, unless a unit
# or a percent follows it.
_NOT_MONEY_AFTER = re.compile(
    r"(?i: ?(?:%|percent|times|days?|weeks?|months?|years?|hours?|minutes?|visits?|pages?|"
    r"pills|tablets|mg|units|claims?|people|members|miles|of\b|x\b))"
)
_MONEY_WORD_AMOUNT = re.compile(
    r"(?i:\b(?:copay|co-pay|copayment|deductible|premium|balance|bill|charge|fee|cost|price|"
    r"total|refund|owe|owed|paid|pay|charged|billed|copago|deducible|saldo|cuenta)"
    r"(?: (?:is|was|of|for|amount|only|just|about|around|like|es|de|fue))?:? )"
    r"(?P<v>\d{2,3}(?:,\d{3})+(?:\.\d{2})?|\d{2,}(?:\.\d{2})?)(?![\w/.,-]|[.,]\d)"
)
_PROVIDER_WORDS = (
    r"(?:Center|Centre|Hospital|Clinic|Group|Medicine|Associates|Services|Physicians|Pediatrics|"
    r"Cardiology|Dermatology|Orthopedics|Orthopaedics|Therapy|Imaging|Laboratory|Laboratories|"
    r"Labs?|Health|Healthcare|Medical|Radiology|Pharmacy|Urgent Care|Surgery|Surgical|"
    r"Ambulance|EMS|Anesthesia|Oncology|Neurology|Dental|Dentistry|Chiropractic|Optometry|"
    r"Hospitalists|Emergency Physicians|Partners|Specialists|Institute|Infirmary|Diagnostics|"
    r"General|Regional|Memorial|Practice|Rehab|Rehabilitation|Drug|Drugs|Apothecary|Hospice|"
    r"Podiatry|Audiology|Psychiatry|Counseling|Urology|Gastroenterology|Endoscopy|"
    r"Ophthalmology|Obstetrics|Gynecology|Midwifery|Dialysis|Care|Consultants|Foundation|"
    r"Doctors|Surgeons|Wellness|Fertility|Orthodontics|Ortho|PT|Vascular|Spine|Optical|Midwives|"
    r"Pain Management|Allergy|ENT|Physio|Physiotherapy|Acupuncture|Naturopathy|Pulmonology|"
    r"Nephrology|Endocrinology|"
    r"Rheumatology|Nursing|Hearing|Vein|Pathology|Pathologists|OB/GYN|OB-GYN|OBGYN|Ob/Gyn|Ob-Gyn|"
    # Abbreviated as bills and forms print them: "St. Agnes Med. Ctr.", "Bayview Ortho Assoc.",
    # "Pinecrest Peds Grp", "Northside Hosp.", "Lakeview Gen." (with its full stop).
    r"Ctr|Hosp|Assoc|Assocs|Grp|Peds|Gen(?=\.)|"
    # "Cascade Eye & Skin Centers": a practice of several places.
    r"Centers|Centres|Clinics)"
)
# "OUR LADY OF THE VALLEY HOSPICE": shouted "OF THE" is one joining word, as "of the" is.
# "al-Noor Community Clinic": "al-" or "el-" before a capitalised name.
_TITLE_WORD = (
    r"(?:OF THE|[A-Z][a-zA-Z'\u2019-]+|(?:al|el)-[A-Z][a-zA-Z'\u2019-]+|[A-Z]\.|St\.|ST\.|"
    r"(?:Mt|Sts|Med|Ft|Mem|Reg|Univ|Comm|Fam)\.|of the|of|and|&)"
)
_PROVIDER = re.compile(
    # "Summit Hand & Upper Extremity Institute": five capitalised words, no "and" or "of" among
    # them (so "Marsh Creek PT and Bellhaven Orthodontics" stays two).
    rf"\b(?:(?:(?:[A-Z][a-zA-Z'\u2019-]+|&) ){{5}}|(?:{_TITLE_WORD} ){{1,4}})"
    rf"(?:{_PROVIDER_WORDS}|{_PROVIDER_WORDS.upper()}|ER)\b"
    r"(?: (?:of (?:the )?)?[A-Z][a-z]+)*(?: & (?:[A-Z][a-z]+ )?[A-Z][a-z]+"
    # "Elmhurst Allergy and Asthma": "and" only before a second kind of care.
    r"| and (?:Asthma|Immunology|Sinus|Spine|Vascular|Vein|Wellness|Rehabilitation|Rehab|"
    r"Audiology|Hearing|Pain|Surgery|Gynecology|Obstetrics|Aesthetics|Associates|Home Health|"
    r"Palliative Care|Skin Cancer(?: Center)?|Laser(?: Center)?|Cosmetic(?: Surgery)?|"
    r"Sports Medicine|Women['\u2019]s Health))?"
    # "ALDER POINT MEDICAL CENTER": shouted, the provider words after the first.
    rf"(?: {_PROVIDER_WORDS.upper()}\b)*"
    # "SUNRIDGE AMBULANCE SERVICE INC", "Skyline Medical Transport": the firm's last words.
    r"(?: (?i:service|services|transport|transportation|group|associates|partners|facility|"
    r"surgeons)| Home| HOME)*"
    r"(?:,? (?:Inc|LLC|PC|PA|P\.C|P\.A|PLLC|INC|Corp|CORP|Ltd)\.?)?(?: #\d+)?"
)
# Spanish, any case: "Centro Médico La Paz", "clínica santa fe", "Farmacia del Pueblo",
# "Ambulancias del Río"; the words after the lead stop at the first common word ("la clínica de
# mi barrio" is none).
_PROVIDER_ES = re.compile(
    r"(?:\b(?P<lead>(?i:centro m[eé]dico|centro de salud|cl[ií]nica|farmacia|laboratorio)"
    # "Ambulancias del Río": the firm's name capitalised ("ambulancias aéreas" is a kind).
    r"|(?:Ambulancias|AMBULANCIAS)(?= (?:de |del |de la )?[A-Z])"
    # "hospital san rafael", "HOSPITAL SAN RAFAEL": a saint's name after it, in any case.
    r"|Hospital(?= [A-Z])|(?i:hospital)(?= (?i:san|santa|santo|sagrado|sagrada)\b)))"
    r"(?P<rest>(?: (?:de la |de los |del |de |la |el |las |los )?[^\W\d_]+){1,3})"
)
# "St. Francis", "Saint Jude's" alone, capitalised: a hospital, unless a street's "St." follows
# a capitalised name ("Main St. Jude called") or a holiday ("St. Patrick's Day").
_PROVIDER_SAINT = re.compile(
    r"\b(?:St\.?|Saint) [A-Z][a-z]+(?:['\u2019]s)?\b(?! Day\b)(?!['\u2019]s Day\b)"
)
# One word with a capital inside: "MedExpress", "BioReference", "QuickCare".
_PROVIDER_CAMEL = re.compile(
    r"\b(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+\b(?!\.gov)"
)
# The same in lower case ("harborview laboratory services"), where the words before the
# provider word must not be common ones ("the lab", "my local clinic" stay text).
_PROVIDER_LOWER_KINDS = (
    r"(?:laboratory services|lab services|imaging center|imaging services|medical center|"
    r"medical group|family medicine|urgent care|"
    r"regional hospital|general hospital|memorial hospital|community hospital|county general|"
    r"anesthesia associates|emergency physicians|physical therapy|health system|"
    r"orthopedic group|cardiology|dermatology|pediatrics|radiology|imaging|laboratory|"
    r"hospital|clinic|pharmacy|labs?|dental|rehab|family practice|associates|"
    r"medical|health|surgery center|surgical center|diagnostics|ortho|orthopedics|dialysis|"
    r"ambulance(?: service)?|ems|eye care|vision center|chiropractic|counseling|hospice|"
    r"endoscopy|oncology|urology|podiatry|audiology|sleep center|wellness center|dentistry|"
    r"orthodontics|optical|vascular|spine center|pain management|physio|physiotherapy|"
    r"birth center|recovery center|hearing center|eye center|neurology|psychiatry|nephrology|"
    r"gastroenterology|pulmonology|endocrinology|rheumatology|ophthalmology|obstetrics|"
    r"gynecology|midwifery|fertility|kidney care|palliative care|home care|wound care|"
    r"foot care|skilled nursing|nursing home|memory care|orthopedic surgeons|"
    r"anesthesia(?= (?:partners|group|associates|services)\b)|"
    r"orthopaedic surgeons|hearing & audiology|orthopaedics|orthopaedic surgery|"
    r"orthopedic surgery|sports medicine|internal medicine|surgical partners|"
    r"surgical associates|surgical group|surgical specialists|allergy (?:and|&) asthma|"
    r"allergy (?:and|&) immunology|allergy(?= (?:center|clinic|associates|group|partners))|"
    # Misspelt as members write them: "prairie wind family medcine", "oakdale hosptial".
    r"family (?:medcine|medicne|medicin)|hosptial|hospitl|hosptal|clinc|clinik|pharmcy|pharmacey|"
    r"medcial|medicial|pathology|ob/gyn|ob-gyn|obgyn|senior living|assisted living|"
    # "tidewater kidney partners", "third coast hand therapy": a part of the body's care.
    r"(?:kidney|heart|vein|lung|eye|skin|foot|hand|spine|joint|sleep|pain|breast|bone)"
    r" (?:partners|associates|specialists|institute|center|clinic|group)|"
    r"hand therapy|upper extremity (?:institute|center|clinic|specialists|surgery)|"
    # Abbreviated: "hillcrest medical ctr", "bayview ortho assoc", "prairie view ent".
    r"medical ctr|ctr|hosp|assocs?|grp|peds|ent)\b"
)
_PROVIDER_LOWER = re.compile(
    r"(?<![\w-])(?P<lead>(?:(?:st\.|[a-z][a-z'\u2019-]+) (?:& )?){1,3})"
    + _PROVIDER_LOWER_KINDS
    # "emberly hospice & palliative care", "four seasons dermatology & laser": a second kind of
    # care joined to the first.
    + r"(?: (?:&|and) (?:[a-z]+ (?:care|medicine|surgery|rehab|rehabilitation|wellness)|laser"
    r"|aesthetics))?"
    # "riverstone dialysis center", "eastgate medical clinic": a facility noun after it.
    r"(?: (?:center|centre|clinic|group|associates|services|hospital|practice|partners|"
    r"facility|institute|express|ctr|grp|assocs?))?"
    r"(?:,? (?:llc|inc|pllc|pc|pa|p\.c|p\.a)\b\.?)?(?: #\d+)?"
)
# Chains and systems known by a name without a facility noun ("Quest", "CVS", "Mount Sinai"),
# and saints' hospitals ("St. Mary's", "st marys er").
_PROVIDER_KNOWN = re.compile(
    r"(?i:\b(?:quest diagnostics|lab ?corp|cvs(?: pharmacy| health| minute ?clinic)?|walgreens|"
    r"rite aid|minute ?clinic|concentra|davita|fresenius|northwell(?: health)?|mount sinai|"
    r"mt\.? sinai|johns hopkins|mayo clinic|cleveland clinic|memorial hermann|cedars[- ]sinai|"
    r"sutter health|banner health|atrium health|advocate aurora|intermountain|ochsner|"
    r"geisinger|planned parenthood|american medical response|children['\u2019]s mercy|"
    r"good samaritan|sonora quest|bioreference)\b(?: #\d+)?)"
    r"|\b(?:Quest|QUEST|AMR)\b"
    # "st francis regional", "st vincent hospital": a saint's name before its kind of place.
    r"|(?i:\b(?:st\.?|saint) (?!(?:medical|urgent|emergency|health|community)\b)"
    r"[a-z]+(?:['\u2019]s\b|(?= (?:hospital|er|clinic|medical|urgent|"
    r"emergency|health|pharmacy|regional|general|memorial|community)\b)))"
    r"(?!(?:['\u2019]s)? (?i:day|eve)\b)"
    r"(?i: (?:regional |general |memorial |community )?(?:hospital|medical center|clinic|"
    r"health center|urgent care)| regional| general| memorial| medical| er\b)?"
)
# A facility named first and its place after: "Urgent Care of the Palisades", "Medical Center
# of Aurora", "Children's Hospital of Orange County".
_PROVIDER_OF = re.compile(
    r"\b(?:(?:Children['\u2019]s |Women['\u2019]s |Community |Family |Pediatric |Regional )?"
    r"(?:Urgent Care|Medical Center|Health Center|Hospital|Clinic|Surgery Center|Imaging Center|"
    r"Eye Center|Dental Center|Family Medicine|Pediatrics|Dermatology|Orthopedics|Cardiology|"
    r"Physical Therapy|Dental Care|Eye Care|Women['\u2019]s Health|Heart Institute|Cancer Center)"
    r"|(?:[A-Z][\w'\u2019-]+ ){1,3}(?:Clinic|Center|Centre|Institute|Hospital))"
    r" of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b"
)
# Two parts of the body cared for together name a practice: "Will County Bone and Joint",
# "Lakeside Foot & Ankle Specialists", "Summit Ear, Nose and Throat".
_PROVIDER_BODY_PAIR = re.compile(
    r"\b(?:[A-Z][\w'\u2019-]+ ){1,3}(?:Bone|Foot|Ear|Eye|Heart|Hand|Spine|Brain|Skin|Kidney|"
    r"Ear, Nose|Nose) (?:and|&) (?:Joint|Joints|Ankle|Throat|Vascular|Wrist|Spine|Ear|Eye|Nerve|"
    r"Laser|Vein|Lung|Sinus|Upper Extremity)\b(?: (?:Center|Centre|Clinic|Institute|Specialists|"
    r"Associates|Group|Surgeons|Partners|Care))?"
)
# A home where people are cared for: "Sunset Gardens Assisted Living", "Maple Court Senior Living".
_PROVIDER_LIVING = re.compile(
    r"\b(?:[A-Z][\w'\u2019-]+ ){1,3}(?:Assisted|Senior|Independent|ASSISTED|SENIOR) "
    r"(?:Living|LIVING)"
    r"(?: (?:Center|Community|Facility|Residence))?\b"
    r"|\b(?:[A-Z][\w'\u2019-]+ ){1,3}Retirement (?:Community|Home|Village)\b"
)
# A hospital known by its name and "general", "memorial" or "regional" alone, in lower case, after
# where one goes: "the er at mercy general", "transferred to sutter memorial".
_PROVIDER_LOWER_SHORT = re.compile(
    r"\b(?:at|from|to) (?P<name>[a-z][a-z'\u2019-]{2,}) (?:general|memorial|regional|er|"
    r"children['\u2019]s)(?![\w'\u2019-])"
    r"(?! (?:insurance|liability|life|assurance|agents?|practitioners?|anesthesia|surgery|"
    r"info|information|questions?|enrollment|fund|public|population|rules?|plans?|policy|"
    r"policies|health|care|medicine|dentist|dentistry|hospital|medical)\b)"
)
_CLINICIAN = re.compile(
    # A full stop only after an abbreviation: "the doctor. Keep the receipt" names no one.
    r"\b(?P<title>(?i:(?:dr|dra|doc)\.?|(?:doctor|doctora|nurse practitioner|nurse|midwife)\b)"
    r"|(?:NP|PA|PA-C|RN|LPN|APRN|CNM)\.?)(?: |(?<=[dD][rR]\.)|(?<=[dD][rR][aA]\.))(?:[A-Z]\. )?"
    r"(?P<name>[^\W\d_](?:[\w-]|['\u2019](?!s\b))*)"
    # "Dr. Van der Merwe", "Dra. de la Fuente", "dr van den akker": particles before a surname.
    # "Dr. Faisal bin Harun", "Dr. Ravi al-Amin": Arabic particles too.
    r"(?:(?: (?:der|den|de|la|las|los|del|van|von|da|di|du|le|ter|y|bin|bint|ibn|binti|dos|das))*"
    # "Dr Lamb Dec 4": a month before a day's number starts the date, no second name word.
    r" (?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d)"
    r"(?:[A-Z](?:[\w-]|['\u2019](?!s\b))+|(?:al|el|ul|ad|as|ash)-[A-Z][\w-]+"
    r"|(?<=der |den |van |von |del |ter )(?-i:[a-z](?:[\w-]|['\u2019](?!s\b))+)))?"
)
# People named with an honorific: "Mr. Alvarez", "Ms. Hendricks", "Sra. Gómez", and in lower
# case "mrs nwosu" (a surname no sentence word is; "miss" is too often the verb).
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|MR(?=\.)|MRS(?=\.)|MS(?=\.)|[Ss]e\u00f1ora|[Ss]e\u00f1orita|[Ss]e\u00f1or|[Dd]o\u00f1a"
    r"|[Dd]on)\.? [A-Z\u00c0-\u00de][\w'\u2019-]+(?: [A-Z\u00c0-\u00de][\w'\u2019-]+){0,2}"
    r"|\b(?:mr|mrs|ms|sra|srta|se\u00f1ora|se\u00f1orita|do\u00f1a)\.? "
    r"(?P<lower>[a-z\u00df-\u00ff][\w-]*(?:['\u2019](?!s\b)[\w-]+)*)"
)
# "texting for abuela Rosario", "tell grandma pearl": a relation's word used as a title, with no
# "my" before it ("my grandma Pearl" is the relatives' cue, the name alone).
_KIN_TITLED = re.compile(
    r"(?i:\b(?P<kin>abuela|abuelo|abuelita|abuelito|t\u00eda|tia|t\u00edo|tio|grandma|grandpa|"
    r"granny|nana|auntie|aunt|uncle)) (?P<name>[^\W\d_][\w'\u2019-]*)"
)
_KIN_OWNED = re.compile(
    r"(?i:\b(?:my|mi|mis|our|his|her|their|your|su|sus|tu|the|la|el|a|an|nuestra|nuestro)\s*)$"
)
# "Grace's husband": a name that owns a relation.
_OWNER_OF_RELATIVE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?:'s|\u2019s) (?:husband|wife|son|daughter|mom|mother|dad|father|"
    r"partner|brother|sister|child|kid|baby|claim|bill|card|account|appointment|surgery|visit|"
    r"prescription|referral|coverage|eob|statement|premium|deductible|dentist|doctor|therapy|"
    r"meds|medication|braces|glasses|inhaler|insulin|refund|id|policy|plan|birthday|school|"
    r"email|e-mail|phone|number|address|ssn|social|dob|name|insurance|copay|bills|claims|"
    r"x-ray|xray|mri|labs|appointments|physical|checkup|shots|teeth|therapist|pediatrician|"
    r"stitches|enrollment|benefits|new|old)\b"
)
_CUE_NAME = r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}"
_RELATIVE = re.compile(
    r"(?i:\b(?:my|our|his|her|their|mi|mis|su|sus|nuestra|nuestro) "
    r"(?:(?:ex|step|late|adult|little|older|younger|twin|foster|adopted|youngest|oldest|eldest|"
    r"middle|baby) ?-?)?"
    r"(?:son|daughter|wife|husband|child|kid|kids|children|baby|newborn|mom|mommy|mother|dad|"
    r"daddy|father|partner|spouse|brother|sister|grandson|granddaughter|grandmother|twins|"
    r"triplets|sons|daughters|"
    r"grandfather|grandma|grandpa|grandchild|dependent|dependant|stepson|stepdaughter|niece|"
    r"nephew|aunt|uncle|cousin|boyfriend|girlfriend|fianc[eé]e?|roommate|friend|neighbor|"
    r"caregiver|guardian|(?:mother|father|son|daughter|brother|sister)-in-law|boy|girl|"
    r"hijo|hija|esposa|esposo|mam[aá]|pap[aá]|abuela|abuelo|t[ií]a|t[ií]o|nieta|nieto|"
    r"sobrina|sobrino)"
    r"(?:['\u2019]s name (?:is|was)| is named| named| called| is| was)?),? "
    rf"(?P<name>{_CUE_NAME})(?:(?:,| and|, and|,? &) (?P<name2>{_CUE_NAME}))?"
    # "a friend named Bob", "the caregiver, called Bea"
    rf"|(?i:\b(?:named|called|nombre es|se llama|attn|attention|c/o|care of|goes by|go by|"
    r"(?:we|they|everyone|everybody) calls? (?:him|her|them)|"
    r"(?:who|that) helped (?:me|us) (?:was|is)|"
    r"aka|a\.k\.a\.|nickname is|nicknamed)):?,? "
    rf"(?P<called>{_CUE_NAME})"
)
# Someone written for, told or asked about, capitalised: "I'm writing for Fenella", "please tell
# Barnaby", "is Obadiah still on my plan?", "Will Tamsin be added?". Apart from the relatives'
# cue, which would lose "calling for my father, Will" to it.
_FOR_SOMEONE = re.compile(
    r"(?i:\b(?:on behalf of|(?:writing|calling|asking|emailing|messaging|texting|ask) for|"
    r"(?:please|can you|could you|pls) (?:tell|let|ask|remind|call|email|text)|"
    r"(?:your|the|my|our) (?:rep|representative|agent|advocate|coordinator|case manager|"
    r"supervisor|specialist|navigator|liaison))),? "
    r"(?P<called>(?-i:[A-Z])[\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2})"
    r"|(?-i:\b(?:[Ii]s|[Ww]ill|[Cc]an|[Dd]oes|[Ss]hould|[Cc]ould|[Ww]ould|[Ww]hen does) "
    r"(?P<name>[A-Z][a-z\u00df-\u00ff'-]+(?: [A-Z][a-z\u00df-\u00ff'-]+)?))"
    r"(?= (?:still (?:be )?on (?:my|our|the) (?:plan|policy|insurance)|stay on|be added|get added|"
    r"qualify|still qualify|be eligible|still eligible|turns? \d|be covered|still (?:be )?covered|"
    r"covered under|on (?:my|our|the) (?:plan|policy)|call (?:me|us|you)\b|call back|"
    r"email (?:me|us)|text (?:me|us)|sign for|pick up))"
    # "reach Tallulah at", "Frank in billing said": where a person is reached or works.
    r"|(?-i:\b(?:[Rr]each|[Cc]ontact|[Tt]ext|[Ee]mail|[Cc]all) "
    r"(?P<name2>[A-Z][a-z\u00df-\u00ff'-]+)(?= at\b))"
    r"|(?-i:(?P<dash>\b(?!(?:Guy|Lady|Man|Woman|Girl|Boy|Gal|Dude|Person)\b)"
    r"[A-Z][a-z\u00df-\u00ff'-]+)(?= (?:in|from) (?:your office|billing|claims|"
    r"member services|customer service|appeals|pharmacy services|the front desk)\b"
    r"| at (?:the )?(?:front desk|reception|your office|pharmacy counter)\b"
    r"| at the (?:pharmacy|clinic|lab|hospital) (?:said|says|told)\b))"
)
_GREETING_BEFORE = re.compile(
    r"(?i:\b(?:hi|hello|hey|hola|good (?:morning|afternoon|evening)))[,.!]? $"
)
# Whom a member spoke to or wants told: "I spoke to Rusty on the phone", "talked with Desmond",
# "let Will know". A capitalised word, or a listed name in lower case ("spoke to kenji").
_SPOKEN_TO = re.compile(
    r"(?i:\b(?:speak|spoke|spoken|speaking|talked|talking|chatted|chatting|dealt|met|worked) "
    r"(?:to|with)),? (?P<name>[^\W\d_][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)"
    r"|\b[Ll]et (?P<called>[A-Z][\w'\u2019-]*)(?= know\b)"
)
# Who writes or who it is for, said by what follows the name: "Tigist Haile here.", "a claim
# for Anahera, she's 4", "for Pa Nhia Vang who is my aunt".
_INTRODUCED = re.compile(
    r"^\s*(?!(?:Caregiver|Nurse|Agent|Patient|Member|Mom|Dad|Daughter|Son|Wife|Husband|Parent|"
    r"Guardian|Provider|Doctor|Pharmacist|Everyone|Someone|Nobody|Billing|Admin)\b)"
    r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})(?= here\b)"
    r"|\bfor (?P<called>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})"
    r"(?=,? (?:who|she|he|she's|he's|she\u2019s|he\u2019s|age|aged|dob|born)\b)"
)
# A greeting or thanks names who it is for: "Hi Raúl", "thank you so much maria".
_GREETED = re.compile(
    r"(?i:(?:^|(?<=[\s(\"']))(?:(?:thanks|thank you) for (?:calling|reaching out|writing|"
    r"waiting|your patience)|hi|hello|hey|dear|good (?:morning|afternoon|evening)|"
    r"thanks so much|thank you(?: so much| very much)?|thanks|thx|hola|buenos d[ií]as|signed)),? "
    rf"(?P<name>{_CUE_NAME})"
)
# A clinician named by their role without a title: "my therapist Janet Cole".
_ROLE_NAMED = re.compile(
    r"(?i:\b(?:my|our|the|his|her|their|a|new) (?:therapist|counselor|counsellor|midwife|"
    r"dentist|psychiatrist|psychologist|surgeon|pediatrician|paediatrician|physician|pcp|"
    r"doctor|nurse|chiropractor|oncologist|cardiologist|dermatologist|ob|obgyn|ob-gyn|"
    r"gynecologist|neurologist|orthopedist|podiatrist|optometrist|radiologist|"
    r"anesthesiologist|social worker|case ?worker|case manager|physical therapist|"
    r"primary care (?:doctor|physician|provider)|provider|specialist|pharmacist|"
    r"nurse practitioner|physician assistant|physician's assistant|hygienist|receptionist|"
    r"office manager|biller|scheduler)"
    r"(?: is| was| named| called)?"
    # "the PA-C, Jordan Wells, said": a credential as a role, before a comma or "is" only ("a
    # PA Medicaid plan" names no one).
    r"|\b(?:my|our|the|his|her|their|your) (?:pa-c|pa|np|np-c|aprn|crna|rn|lpn)"
    r"(?:,| is| was| named| called)),? "
    rf"(?P<name>{_CUE_NAME})"
)
# "Kowalski, Walter" / "LOPEZ, MARIA": a surname, a comma and a first name.
_INVERTED = re.compile(
    # "ten Brink, Tomasz", shouted "DE LA VEGA, INGRID": particles before the surname.
    r"(?:\b(?:de la|de los|del|de|van der|van den|van|von|da|di|du|le|la|ten|ter|"
    r"DE LA|DE LOS|DEL|DE|VAN DER|VAN DEN|VAN|VON|TEN|TER) )?"
    r"\b[A-Z\u00c0-\u00de][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*, "
    r"[A-Z\u00c0-\u00de][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*(?![\w'\u2019-])"
)
# Where a form or a header names someone: "Patient: mamuka", "patient Ekaterine Tsiklauri was
# seen", "dependent: Seo-yeon Choi", "From: Maarten van 't Hek", "my name is tsegereda".
_LABELLED = re.compile(
    r"(?i:(?:^|(?<=[\s(]))(?:patient(?: name)?|member name|full name|name|dependent|dependant|"
    r"subscriber|policy ?holder|account holder|insured|paciente|nombre|from|attn|re|caller|"
    r"guardian|parent|spouse|beneficiary|guarantor|responsible party|emergency contact|"
    r"child|contact name)):[ \t]*"
    r"(?P<name>[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3})"
    r"|(?i:\b(?:(?:my )?name is|my name's|me llamo|mi nombre es|se llama|(?:the )?(?:subscriber|"
    r"policy ?holder|account holder|insured|patient)(?:'s name)? is)),? "
    r"(?P<called>[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2})"
    # "the patient Ekaterine Tsiklauri", not "Patient Advocate" (a title-case role).
    r"|\b(?:the )?patient,? (?P<dash>[A-Z][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2})"
)
_NAME_IS = re.compile(r"(?i:name|llamo|nombre)")
_ABOUT_A_THING = re.compile(r"(?i:re:)")
_SELF_NAMED = re.compile(
    r"(?i:\b(?:name is|name's|name|this is|i am|i'm|im|it's|its|me llamo|soy|mi nombre es)):? "
    r"(?P<name>[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*)?)"
)
# A name signed at the end of a message: "Thanks, Maria" / "- Maria Lopez".
_SIGNED = re.compile(
    r"(?i:\b(?:thanks|thank you|regards|sincerely|best|cheers|gracias|saludos|atentamente)),?"
    r"\s*(?:-\s*)?(?P<name>[A-Z][a-z\u2019']+(?: [A-Z][a-z\u2019']+)?)\s*[.!]?\s*$"
    r"|(?:^|\n)\s*[-\u2014]\s*(?P<dash>[A-Z][a-z\u2019']+(?: [A-Z][a-z\u2019']+)?)\s*$"
)
_STREET = (
    r"(?:St|Street|Ave|Av|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|"
    r"Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Sq|Square|Trl|Trail|Loop|Row|Pike|"
    r"Bend|Cove|Cv|Crescent|Cres|Grove|Heights|Hts|Hollow|Landing|Mews|Walk|Path|Pass|Point|"
    r"Pt|Ridge|Plaza|Plz|Alley|Aly|Crossing|Xing|Expy|Expressway|Fwy|Run|Commons|Close|Green|"
    r"Meadow|Meadows|Estates|Ranch|Glen|Knoll|Vista|View|Hill|Hills|Creek|Park|Square)"
)
_UNIT = (
    r"(?:,? (?:(?:Apt|Apartment|Unit|Suite|Ste|Lot|Bldg|Building|Fl|Floor|Rm|Room|Trlr|Apto|"
    r"Depto|Dpto|Piso|Int|Interior)\b|#)\.? ?#?"
    r"[A-Za-z0-9-]+|,? \d{1,3}(?:st|nd|rd|th) (?:Floor|Fl)\b\.?)"  # ", 5th Floor"
)
_STATE_CODES = (
    r"(?:a[klrz]|c[aot]|d[ce]|fl|ga|hi|i[adln]|k[sy]|la|m[adeinost]|n[cdehjmvy]|o[hkr]|pa|pr|ri"
    r"|s[cd]|t[nx]|ut|v[at]|w[aivy])"
)
# ", Boise, ID 83709" / " chicago il 60614"
_CITY_STATE_ZIP = (
    r"(?:,? (?:[^\W\d_][\w.'-]*,? ){1,4}?[A-Za-z]{2,14}\.?,? \d{5}(?:-\d{4})?"
    # ", Dayton, OH" without a ZIP: a capitalised city and a state's two capitals; ", Fargo ND
    # even though", ", Mayagüez PR": a state's own abbreviation may go on with the sentence.
    r"|(?-i:,? (?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff.'-]+ ){0,2}"
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff.'-]+,? (?:[A-Z]{2}\b(?! \w)|"
    + _STATE_CODES.upper()
    + r"\b(?! [A-Z]{2,}\b)))"
    # ", Columbus, Ohio": a city and a state's whole name after a comma.
    r"|(?-i:, (?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff.'-]+ ){0,2}"
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff.'-]+,"
    r" (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Puerto Rico|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    r"Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b)"
    # ", provo ut" in lower case: after a comma, and only a state's own abbreviation; one that
    # is no word goes on with the sentence (", utica ny your claims address?"), one that is a
    # word only before a word of time ("eugene or last month").
    r"|(?-i:, (?:[a-z\u00df-\u00ff][a-z\u00df-\u00ff.'-]+ ){0,2}"
    r"[a-z\u00df-\u00ff][a-z\u00df-\u00ff.'-]+,? (?:" + _STATE_CODES + r"\b(?! \w)"
    r"|(?:a[kzr]|c[at]|dc|fl|ga|i[al]|k[sy]|m[dint]|n[cdhjmvy]|pr|ri|s[cd]|t[nx]|ut|v[at]|w[aivy])"
    r"\b|" + _STATE_CODES + r"(?= (?:last|this|next|since|until|but|and|even|now|anymore|"
    r"though|before|after|because|so|please)\b))))"
)
_ADDRESS = re.compile(
    # Numbered roads: "1010 Highway 61", "2250 County Road 14".
    r"(?i:\b\d{1,6} (?:(?:state|county|us|u\.s\.|farm to market) )?(?:highway|hwy|route|rte|"
    rf"road|rd) \d{{1,4}}\b{_UNIT}?{_CITY_STATE_ZIP}?)"
    # A year after a day ("Oct 28, 2026 lists Dr.") is no house number; after a unit it is
    # ("Unit 7, 45 Harbor Rd").
    rf"|(?i:(?<![\d,.$])(?!(?<=\d, )(?:19|20)\d\d\b)\b(?:\d{{1,6}}(?:-\d{{1,4}})?[a-z]?(?: 1/2)?"
    # "N6W23001 Bluemound Rd": a house number on a grid, as parts of Wisconsin write it.
    r"|(?-i:[NSEW]\d{1,3}[NSEW]\d{3,6})) "
    r"(?:(?:[NSEW]|NE|NW|SE|SW|N\.E|N\.W|S\.E|S\.W)\.? )?"
    rf"(?:(?P<street>(?:[^\W_][\w'\u2019.-]* ){{1,4}}){_STREET}\b|Broadway\b)\.?"
    rf"(?: (?:[NSEW]|NE|NW|SE|SW)\b\.?)?{_UNIT}?{_CITY_STATE_ZIP}?)"
    # "PO Box 1123, Tulsa, OK 74101", "RR 2 Box 45", "Rural Route 3".
    # "POB 332", "P.O.B. 17", "PO Bx 9": the box's short forms.
    r"|(?i:\b(?:(?:p\.? ?o\.? ?|post office )(?:box|bx\.?)|p\.? ?o\.? ?b\.?) #?\d+"
    rf"{_CITY_STATE_ZIP}?)"
    rf"|(?i:\b(?:rural route|r\.?r\.?) ?\d+(?:,? box \d+[a-z]?\b)?{_CITY_STATE_ZIP}?)"
    rf"|(?i:\b(?:apt|apartment|unit|suite|ste)\.? ?#?\d+[A-Za-z]?\b)"
    r"|\b(?i:apt|apartment|unit|suite|ste)\.? ?#?\d*[A-Z]\b"
    # "Calle 5 #23-45", "Carrera 7 # 45-10 apto 301": a numbered street, its number and the
    # block's.
    rf"|(?i:\b(?:calle|carrera|cra\.?|transversal|diagonal) \d+[a-z]?(?: bis)? ?(?:#|no\.?)? ?"
    rf"\d+(?:-\d+)?{_UNIT}?{_CITY_STATE_ZIP}?)"
    # "HC 64 Box 3310" (a highway contract route), "Lot 22" in a park.
    rf"|\bHC ?\d+,? (?i:box) \d+\b(?i:{_CITY_STATE_ZIP})?|\b(?:Lot|Space|Spc\.?) \d+[A-Z]?\b"
    # "Calle Ponce de León 455, San Juan, PR 00907": the number after the street's name.
    r"|\b(?:Calle|Avenida|Av\.|Camino|Paseo|Carretera|Carrer|Rua|Rue|Via) "
    r"(?:(?:de|del|la|las|los|das|dos|da|do) )?[A-Z][\w'-]*"
    r"(?: (?:(?:de|del|la|las|los|das|dos|da|do) )?[A-Z][\w'-]*){0,3},? #?\d{1,5}[A-Za-z]?\b"
    rf"(?i:{_UNIT}?{_CITY_STATE_ZIP}?)"
    # "Av. Reforma 455, Col. Juárez, Ciudad de México": the neighbourhood, then the town.
    r"(?:,? (?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Bo\.|Urb\.|Urbanizaci\u00f3n) "
    r"[A-Z][^\W\d_]+(?: (?:(?:de|del|la|las|los) )?[A-Z][^\W\d_]+){0,2})?"
    r"(?:, [A-Z][^\W\d_]+(?: (?:(?:de|del|la|las|los) )?[A-Z][^\W\d_]+){0,2}"
    r"(?=[.;!?,]|\s*$))?"
    # "1701 Calle Luna, Santa Fe, NM 87505": the street's kind before its name.
    # "12 rue de la Paix, apt 3", "1011 Avenida Ponce de León": particles in the name.
    r"|\b\d{1,6} (?i:Calle|Camino|Avenida|Paseo|Via|V\u00eda|Rue) "
    r"(?:(?:de|del|la|las|los|le|les|des|du|da|das|do|dos) ){0,2}[A-Z][\w'-]*"
    r"(?: (?:(?:de|del|la|las|los|le|les|des|du|da|das|do|dos) ){0,2}[A-Z][\w'-]*){0,2}"
    rf"(?i:{_UNIT}?{_CITY_STATE_ZIP}?)"
    # "3936 calle del sol unit 14": in lower case, one word of the street's name.
    r"|\b\d{1,6} (?:calle|camino|avenida|paseo|v[i\u00ed]a) (?:(?:de|del|la|las|los) )?"
    rf"[a-z\u00e0-\u00ff]+(?i:{_UNIT}?{_CITY_STATE_ZIP}?)"
)
# The number after the street's name, as much of the world writes it: "Cedar Hollow Rd 2210,
# Unit 4, Bend, OR 97701" (a comma after the number; "Route 66" alone is no address).
_ADDRESS_NUMBER_AFTER = re.compile(
    rf"\b[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){{0,2}} {_STREET}\.? \d{{1,5}}[A-Za-z]?"
    rf"(?=,)(?i:{_UNIT}?{_CITY_STATE_ZIP}?)"
)
# A room in a residence hall: "Birchwood Hall Rm 210", "Orchard House 3B", "Room 118, Keller
# Hall" (a hall without a room is a building anyone may name).
_RESIDENCE = r"(?:Hall|House|Tower|Towers|Residence Hall|Residences|Dorm|Dormitory|Quad)"
_DORM_ROOM = re.compile(
    rf"\b[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)? {_RESIDENCE},? "
    r"(?:(?:Rm|Room|Apt|Suite|Unit|#)\.? ?#?\d{1,4}[A-Za-z]?\b"
    r"|(?:\d{1,4}[A-Za-z]?|[A-Za-z]?\d{1,4})\b(?=[,.;]|\s*$))"
    rf"|\b(?:Rm|Room|rm|room)\.? ?#?\d{{1,4}}[A-Za-z]?,? (?:in |at )?[A-Z][a-z'\u2019-]+"
    rf"(?: [A-Z][a-z'\u2019-]+)? {_RESIDENCE}\b"
)
# An address said in words, as speech to text writes it: "nine forty two willow lane",
# "twelve oak street in salem" (the town after "in" when it is no sentence word).
_HOUSE_NUMBER_WORD = rf"(?:{_NUMBER_WORD}|zero|oh)"
_ADDRESS_IN_WORDS = re.compile(
    rf"(?i:\b{_HOUSE_NUMBER_WORD}(?:[ -]{_HOUSE_NUMBER_WORD}){{0,5}} "
    r"(?P<street>(?:[a-z'\u2019.-]+ ){1,3})(?:street|avenue|road|drive|lane|boulevard|court|"
    r"place|circle|terrace|parkway|trail|highway|st|ave|rd|ln|blvd)\b"
    # "... elm street apartment three": the unit in words too.
    rf"(?: (?:apartment|apt|unit|suite|number) {_HOUSE_NUMBER_WORD}"
    rf"(?:[ -]{_HOUSE_NUMBER_WORD}){{0,2}})?"
    r"(?: in (?P<town>[a-z'\u2019-]+))?)"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_SSN = re.compile(
    r"(?<![\w-])\d{3}[-\u2010-\u2014]\d{2}[-\u2010-\u2014]\d{4}\b(?!-\w)"
    r"|(?<![\w-])\d{3} \d{2} \d{4}\b"
    # After a word for it: 9 digits, or its last four.
    r"|(?i:\b(?:ssn|social(?: security)?|seguro social|ss)\b[^.\n\d]{0,30}?"
    r"(?:last ?(?:4|four)\b[^.\n\d]{0,20}?)?)"
    r"(?P<v>\b\d{9}\b|\b\d{4}\b)"
)
# "xxx-xx-5530", "987.21.0046", and in a text about a social, "... and his ends in 2276".
_OTHER_LAST_FOUR_AFTER = re.compile(
    r"(?i:\W{0,3}(?:[\w']+ ){0,3}(?:card|account|acct|phone|cell|routing|tarjeta|cuenta)\b)"
)
_SSN_MORE = re.compile(
    r"(?i:\bx{3}-x{2}-)(?P<v>\d{4})\b|(?<![\w.-])\d{3}\.\d{2}\.\d{4}(?![\w.])"
    # "the last 4 are 3019 (social security)": the word for it after the digits.
    r"|(?i:\blast (?:4|four)(?: digits)? (?:are|is|=|:) ?)(?P<after>\d{4})\b"
    r"(?=[^.\n]{0,25}(?i:\b(?:social|ssn|ss)\b))"
)
_SSN_LAST_FOUR = re.compile(
    r"(?i:(?<=ends in )|(?<=ends with )|(?<=ending in ))\d{4}\b"
    # "last 4 9930", "last four of my SSN: 4471" (not "last 4 of my card 1234").
    r"|(?i:\blast (?:4|four)(?: digits)?(?: of (?:my |the )?(?:ssn|ss#|social(?: security)?"
    r"(?: number| no\.?)?)"
    # "the last 4 on the letter were 2209": a paper's number, no card's or account's.
    r"| (?:on|of|in) (?:my |the |this |that )?(?!(?:card|account|acct|phone|cell|routing)\b)"
    r"(?:letter|form|notice|statement|eob|bill|paper|document|page))?"
    r"(?: is| are| was| were| say| says| said|:)? )(?P<v>\d{4})(?![\d/-])"
)
_NPI = re.compile(r"(?i:(?<=npi )|(?<=npi: )|(?<=npi# )|(?<=npi is )|(?<=npi number ))\d{10}\b")
_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[-. ]?)?(?:\(\d{3}\)[ -]?|\d{3}[-.\u2010-\u2014 ])"
    r"\d{3}[-.\u2010-\u2014 ]\d{4}\b"
    # "ext 12", "x204", ", ext. 63": the extension is part of the number.
    r"(?:,? ?(?:ext|x)\.? ?\d{1,5}\b)?"
    r"|(?<![\w-])(?:\+?1)?\d{10}\b"
    # Odd groupings: "555 7102 448", "555/610/2284", "555/610-2284".
    r"|(?<![\w-])\d{3} \d{4} \d{3}\b|(?<![\w/-])\d{3}/\d{3}[/-]\d{4}\b"
    r"(?:,? ?(?:ext|x)\.? ?\d{1,5}\b)?"
    # "(555)7729034", "555 2014478": the exchange and line run together.
    r"|(?<![\w-])(?:\(\d{3}\) ?|\d{3} )\d{7}\b"
    # Abroad: "+44 7700 900 123", "+52 55 1234 5678", "+33 6 12 34 56 78".
    r"|(?<![\w+])\+(?!1\b)\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,5}(?![\w.-]|[.,]\d)"
)
_CLAIM_NUMBER = re.compile(
    r"(?i:\b(?:CLM|CLAIM)[-#: ]?\d{2,4}[- ]?\d{3,}(?:-\d+)*\b"
    r"|(?<=claim )(?:#|no\.? ?|number |num )?\s?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b"
    r"|(?<=claim)#(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b"
    # "el reclamo R2026-04471", "reclamación número 5582019", "ICN 2026 3310 0451 7".
    r"|(?:(?<=reclamo )|(?<=reclamaci\u00f3n )|(?<=reclamacion )|(?<=icn ))"
    r"(?:#|n[uú]mero |no\.? ?)?\s?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b"
    r"|(?<=icn )\d{4}(?: \d{1,5}){1,4}\b)"
)
_MEMBER_ID = re.compile(
    r"\b(?=[A-Za-z0-9]*\d{5})(?:[A-Z]{1,4}|[a-z]{1,2})\d{6,15}[A-Z]?(?:-\d{1,3})?\b"
    r"|\b[A-Za-z]{1,3} ?\d{3} \d{3} \d{3}\b"
    r"|\b(?=[A-Z]{1,3}(?:\d ?){8})[A-Z]{1,3}\d{3,5}(?: \d{2,5}){1,3}\b"  # "H7730 5512 09"
    # After a word for it: "member 88412375", "ID number is 77120034".
    r"|(?i:\b(?:member|subscriber|policy|id)(?: id)?(?: (?:number|no\.?|num|#))?"
    r"(?: is)?:? ?#?)(?P<v>(?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9][A-Za-z0-9-]{5,})\b"
    r"|(?i:(?<=member id )|(?<=id number )|(?<=member number )|(?<=id: )|(?<=id# ))"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9-]{6,}\b"
)
# Other ids: groups of digits joined by hyphens, seven digits or more ("88123-44").
# "049-636-891-A": a letter after the last group is the id's too.
_OTHER_ID = re.compile(r"(?<![\w-])(?=(?:\d-?){7})\d{2,}(?:-\d{2,}){1,3}(?:-[A-Za-z0-9]{1,2})?\b")
# Any other identifier: six digits or more in one token of letters, digits and hyphens
# ("EOB-99021347", "550-39-2178-A", "2025110400381"), or a letter and groups of digits
# ("W 8830 2275 14"). Tried after every other pattern (phones, dates, amounts, SSNs keep
# theirs); what a word before it says makes it a member id, else a claim number.
_ANY_ID = re.compile(
    r"(?<![\w$\u20ac\u00a3.,/:-])(?:[A-Z] (?=\d{3,})|[A-Za-z]{1,5}-(?=[A-Za-z0-9-]*\d))?"
    r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+|/\d{1,6}\b(?!/))*"
    r"(?: \d{2,5}(?![\w$%.,/:-]))*(?![\w$%/-]|[.,]\d)"
)
_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")
# Payers' own formats, whatever word is before them: a Medicare number (MBI: eleven characters,
# a digit, a letter, a letter or digit, a digit, a letter, a letter or digit, a digit, two
# letters, two digits, its letters never S, L, O, I, B or Z; often written 4-3-4 with dashes,
# "5AB9-CD3-EF12"), and a state's Medicaid id after its postal code ("OH-RT55018K").
_MBI_LETTER = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]"
_MBI_EITHER = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]"
_PAYER_ID = re.compile(
    rf"\b[1-9]{_MBI_LETTER}{_MBI_EITHER}\d-?{_MBI_LETTER}{_MBI_EITHER}\d-?{_MBI_LETTER}{{2}}\d{{2}}\b"
    rf"|\b(?-i:{_STATE_CODES.upper()})-(?=[A-Z0-9]*\d{{4}})[A-Z0-9]{{5,12}}\b(?!-)"
)
# An id read out one character at a time, as speech to text writes it: letters one by one
# before digits ("h q r 7 7 1 0 2 9", "t m 50041873"), or six digits or more said as words
# ("four four one nine oh two"). Which kind it is: a word for a social before it makes an SSN,
# ten digits a phone, else the words before it (a member id or a claim's number).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_ID = re.compile(
    r"(?i:\b(?:(?:[a-z] ){2,4}|(?![ai] )[a-z] )\d(?: \d){4,}\b(?! ?[$%])"
    r"|\b(?:[a-z] ){2,4}\d{5,}\b(?! ?[$%])"
    rf"|\b(?:[a-z] ){{0,4}}{_DIGIT_WORD}(?:,? {_DIGIT_WORD}){{5,}}\b)"
)
# An identifier right after the words that name it, whatever its shape: "claim id is
# 9F3K22L8Q1", "reference number TRK-44821-B", "clm # 7702/19384", "claim number CN 5582 1109
# 34", "my card says ZQP 55120 4478". Tried before phones: "claim no. 0001928374-01" is none.
_ID_VALUE = (
    # "my ID is zqx 4491 2208", "bcx 44 1902 77": letters before the digits in lower case too,
    # no word.
    r"(?P<v>(?:[A-Z]{1,4} (?=\d)|(?!(?:to|is|was|are|on|the|my|at|for|in|of|and|or|de|el|la|no"
    # "ber": the rest of "number" after the cue took "num" ("claim number 77 1102 9981").
    r"|id|num|nbr|from|now|new|old|says|via|es|en|por|ber)\b)[a-z]{2,4} (?=\d{3,}|\d{2} \d{3,}))?"
    r"(?=[A-Za-z0-9/.-]*\d)[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*"
    r"(?: (?:\d{1,8}|(?=[A-Za-z]?\d)[A-Za-z0-9]{2,6})(?![\w/-]|[.,]\w))*)(?![\w/-]|[.,]\d)"
)
_CUED_CLAIM_NUMBER = re.compile(
    # "CLM 0093 4410" keeps its prefix: _CLAIM_NUMBER takes it.
    r"(?i:\b(?:claim|clm(?![- ]?\d)|reclamo|reclamaci[o\u00f3]n|icn|dcn|ref|reference"
    r"|(?:case|ticket|confirmation|tracking|control)(?= (?:#|no\b|number|id\b|code))"
    # "my account no is PA-44182", "auth # 2026-PA-11934", "MRN 7781203": loosely labelled.
    r"|(?:account|acct|invoice|statement|eob|rx|prescription|auth|authorization|approval)"
    r"(?=:? ?(?:#|no\b|nbr|num|number|id\b|code))|mrn)\b"
    r"(?: ?(?:#|no\.?|nbr|num|number|n[u\u00fa]mero|id|code|is|was|:|=)){0,3} ?)" + _ID_VALUE
)
_CUED_MEMBER_ID = re.compile(
    r"(?i:\b(?:memberid|member|mbr|subscriber|policy|id|identification|card|miembro|afiliado"
    r"|medicare|medicaid|medi-cal|mbi|hicn|insurance(?= (?:#|no\b|nbr|num|number|id\b))"
    r"|p[o\u00f3]liza)\b"
    # "member I D is W 2840 1773 6": speech to text spells the letters apart.
    r"(?: ?(?:#|no\.?|nbr|num|number|n[u\u00fa]mero|id|i\.? d\b\.?|is|was|says|shows|reads|on|"
    r"the|my|card|de|:|=)){0,4} ?)" + _ID_VALUE
)
_CUED_IDS = frozenset((id(_CUED_CLAIM_NUMBER), id(_CUED_MEMBER_ID)))


_DASHED_PHONE = re.compile(r"(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}")


def _reads_as_id(value: str, *, member: bool) -> bool:
    """An identifier has five digits, or four and a letter; an amount ("1250.00") or a date
    ("2026-03-04", "3/4/2026") after "claim" is no identifier."""
    digits = sum(character.isdigit() for character in value)
    letters = any(character.isalpha() for character in value)
    if digits < 4 or (digits == 4 and not letters):
        return False
    if member and re.fullmatch(r"\d{5}(?:-\d{4})?", value):
        return False  # "Boise, ID 83709": a state and its ZIP code
    return not (re.fullmatch(r"\d+\.\d{2}", value) or _DATE.fullmatch(value))


_MEMBER_ID_BEFORE = re.compile(
    r"(?i:\b(?:member|subscriber|policy|id|identification|card|miembro|p[oó]liza|group"
    r"|medicare|medicaid|medi-cal|mbi|hicn)\b)"
    r"[^.\n\d]{0,25}$"
)


def _spoken_kind(text: str, start: int, end: int) -> Placeholder:
    digits = len(re.findall(rf"\d|(?i:{_DIGIT_WORD})", text[start:end]))
    if digits == 9 and _SSN_CUE_BEFORE.search(_before(text, start)):
        return Placeholder.SSN
    if digits == 10 or (digits == 11 and re.match(r"(?i:1|one)\b", text[start:end])):
        return Placeholder.PHONE
    return _id_kind(text, start)


_SSN_CUE_BEFORE = re.compile(
    r"(?i:\b(?:ssn|ss#?|social(?: security)?|seguro social)\b)[^.\n]{0,25}$"
)


def _id_kind(text: str, start: int) -> Placeholder:
    return (
        Placeholder.MEMBER_ID
        if _MEMBER_ID_BEFORE.search(_before(text, start))
        else Placeholder.CLAIM_NUMBER
    )


# An e-mail address spelt out so that no machine reads it: "jane dot doe at example dot com",
# "jdoe [at] mailbox [dot] org", "tom.b(at)outlook(dot)com"; the domain ends in a common top
# level ("I was at work dot com" is none: "was" names no mailbox).
_SPELT_AT = r"(?:\s?[\[(](?i:at)[\])]\s?| (?i:at) | @ )"
_SPELT_DOT = r"(?:\s?[\[(](?i:dot)[\])]\s?| (?i:dot) |\.)"
_EMAIL_SPELT = re.compile(
    r"(?<![\w.+-])(?!(?i:me|us|you|him|her|them|it|was|is|are|be|i|we|they|he|she|him|look|"
    r"stay|work|home|here|there|one|who|all|out|back|or|and|not|email|mail)\b)"
    rf"[\w+-]+(?:{_SPELT_DOT}[\w+-]+)*{_SPELT_AT}[\w-]+(?:{_SPELT_DOT}[\w-]+)*{_SPELT_DOT}"
    r"(?i:com|org|net|edu|gov|us|io|co|mx|info|biz|me|uk|ca|es)\b"
)
# A phone number with letters for digits: "1-800-FLOWERS", "(888) 555-HELP", "1 800 GO FEDEX":
# seven characters after the area code, a capital among them.
_PHONE_LETTERS = re.compile(
    r"(?<![\w-])(?:\+?1[-. ])?(?:\(\d{3}\) ?|\d{3}[-.])(?=(?:[0-9.-]*[A-Z]){3})"
    r"(?:[A-Z0-9][-.]?){6}[A-Z0-9](?![\w-])"
)
# A private mailbox before its street: "PMB 221, 8 Market St"; a box at the post office.
_MAILBOX = re.compile(
    r"\b(?:PMB|pmb|Pmb) #?\d{1,5}\b(?:,? (?=\d))?"
    r"|(?i:\bbox #?\d{1,6}(?= at the post office\b))"
)
# Places of care whose name has no kind of care: "The Heights at Brookside", "The Oaks at
# Fairview", "The Village at Hidden Lake" (a residence for the old or the sick), capitalised;
# in lower case only with a kind of such a home near ("the willows at cedar creek is a nursing
# home").
_HOME_WORDS = (
    r"(?:Heights|Willows|Pines|Oaks|Gardens|Terrace|Village|Manor|Commons|Meadows|Glen|Springs|"
    r"Landing|Ridge|Crossing|Court|Pointe|Estates|Grove|Haven|Lodge|Residence|Residences|"
    r"Arbors|Cottages|Orchards|Woods|Highlands|Harbor|Shores|Lakes|Legacy|Reserve|Palms)"
)
_HOME_AT = re.compile(
    rf"\b[Tt]he (?:[A-Z][a-z'\u2019]+ )?(?:{_HOME_WORDS}|Pavilion) (?:at|of|on) (?:the )?"
    r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}\b"
    # Shouted: "THE PAVILION AT RIVERBEND" (a name of one or two words after "AT").
    rf"|\bTHE (?:[A-Z]+ )?(?:{_HOME_WORDS.upper()}|PAVILION) AT [A-Z][A-Z'\u2019-]+"
    r"(?: (?!(?:SENT|BILLED|SAYS|SAID|IS|WAS|CHARGED|WANTS|CALLED|HAS|AND|FOR|IN|ON|TO)\b)"
    r"[A-Z][A-Z'\u2019-]+)?\b"
    rf"|(?i:\bthe (?:[a-z'\u2019]+ )?{_HOME_WORDS} (?:at|of|on) (?:the )?"
    r"[a-z'\u2019-]+(?: [a-z'\u2019-]+)?\b)(?=(?:,| is| was)? (?:a |an |the )?(?:[a-z]+ )?"
    r"(?i:nursing home|assisted living|memory care|rehab|skilled nursing|senior living|"
    r"care home|facility|hospice|respite))"
)
# A city's or region's children's hospital by its short name: "Valley Children's", "Seattle
# Children's", "Rady Children's" (not "My Children's", nor "Children's Tylenol").
# A centre named for what it does: "Center for Sight of Tulsa", "Ctr for Women's Health" (not
# the "Centers for Medicare & Medicaid Services", a government agency).
_CENTER_FOR = re.compile(
    r"\b(?:Center|Centre|Ctr\.?|Institute|Clinic) for (?:the )?"
    r"(?!(?:Medicare|Medicaid|Disease|Diseases)\b)[A-Z][\w'\u2019-]+"
    r"(?: (?:&|and|of|of the) [A-Z][\w'\u2019-]+| [A-Z][\w'\u2019-]+){0,3}"
)
_CHILDRENS = re.compile(
    r"\b(?!(?:My|Our|Your|His|Her|Their|The|All|Both|Adult|Infant|Infants|Baby|Little|Big|"
    r"Kids|For|And|Of)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? Children['\u2019]s\b"
    r"(?! (?:Tylenol|Motrin|Advil|Benadryl|Claritin|Zyrtec|Allegra|Mucinex|Delsym|vitamins?|"
    r"medicine|books?|hour|day|choir|museum|theat(?:er|re)|menu|size|sizes|section|ministry)\b)"
)
_STOP31_NEEDS = {
    "spelt": re.compile(r"(?i:\bdot\b|[\[(]at[\])]| @ )"),
    "letters": re.compile(r"\d{3}[-. )]+[A-Z0-9]*[A-Z]"),
    "mailbox": re.compile(r"(?i:\bpmb\b|post office)"),
    "home": re.compile(rf"(?i:\b(?:{_HOME_WORDS}|pavilion) (?:at|of|on)\b)"),
    "childrens": re.compile(r" Children['\u2019]s\b"),
    "center_for": re.compile(r"\b(?:Center|Centre|Ctr\.?|Institute|Clinic) for [A-Z]"),
}


_PATTERNS: tuple[tuple[Placeholder, re.Pattern[str]], ...] = (
    (Placeholder.EMAIL, _EMAIL),
    (Placeholder.EMAIL, _EMAIL_SPELT),
    (Placeholder.SSN, _SSN),
    (Placeholder.SSN, _SSN_MORE),
    (Placeholder.SSN, _SSN_LAST_FOUR),
    (Placeholder.NPI, _NPI),
    (Placeholder.CLAIM_NUMBER, _CUED_CLAIM_NUMBER),
    (Placeholder.MEMBER_ID, _CUED_MEMBER_ID),
    (Placeholder.PHONE, _PHONE),
    (Placeholder.PHONE, _PHONE_LETTERS),
    (Placeholder.CLAIM_NUMBER, _CLAIM_NUMBER),
    (Placeholder.MEMBER_ID, _MEMBER_ID),
    (Placeholder.ADDRESS, _MAILBOX),
    (Placeholder.ADDRESS, _ADDRESS),
    (Placeholder.ADDRESS, _DORM_ROOM),
    (Placeholder.ADDRESS, _ADDRESS_NUMBER_AFTER),
    (Placeholder.ADDRESS, _ADDRESS_IN_WORDS),
    (Placeholder.AMOUNT, _AMOUNT),
    (Placeholder.AMOUNT, _AMOUNT_IN_WORDS),
    (Placeholder.AMOUNT, _MONEY_WORD_AMOUNT),
    (Placeholder.DATE, _DATE),
    (Placeholder.DATE, _DATE_IN_WORDS),
    (Placeholder.CLAIM_NUMBER, _OTHER_ID),
    (Placeholder.CLAIM_NUMBER, _ANY_ID),
    (Placeholder.MEMBER_ID, _PAYER_ID),
    (Placeholder.CLAIM_NUMBER, _SPOKEN_ID),
    (Placeholder.PROVIDER_NAME, _CLINICIAN),
    (Placeholder.PROVIDER_NAME, _HOME_AT),
    (Placeholder.PROVIDER_NAME, _PROVIDER),
    (Placeholder.PROVIDER_NAME, _PROVIDER_LOWER),
    (Placeholder.PROVIDER_NAME, _PROVIDER_KNOWN),
    (Placeholder.PROVIDER_NAME, _PROVIDER_ES),
    (Placeholder.PROVIDER_NAME, _PROVIDER_SAINT),
    (Placeholder.PROVIDER_NAME, _PROVIDER_CAMEL),
    (Placeholder.PROVIDER_NAME, _PROVIDER_OF),
    (Placeholder.PROVIDER_NAME, _PROVIDER_BODY_PAIR),
    (Placeholder.PROVIDER_NAME, _PROVIDER_LIVING),
    (Placeholder.PROVIDER_NAME, _PROVIDER_LOWER_SHORT),
    (Placeholder.PROVIDER_NAME, _CHILDRENS),
    (Placeholder.PROVIDER_NAME, _CENTER_FOR),
)
# What a text must hold for a pattern to have a chance: a cheap search that skips the pattern
# for most texts (no digit, no "@"), since normalising a million texts is training's largest cost.
_DIGIT = re.compile(r"\d")
_NEEDS_BY_PATTERN: dict[re.Pattern[str], re.Pattern[str]] = {
    _EMAIL: re.compile("@"),
    **dict.fromkeys((_SSN, _NPI, _PHONE, _CLAIM_NUMBER, _MEMBER_ID, _OTHER_ID), _DIGIT),
    _ANY_ID: re.compile(r"\d{6}|\d[\d -]{6,}\d|\d[A-Za-z]{1,4}\d"),
    _PAYER_ID: re.compile(r"\d[A-Za-z]|[A-Z]-[A-Z0-9]"),
    _SPOKEN_ID: re.compile(rf"(?i:\b[a-z] \d|\b{_DIGIT_WORD},? {_DIGIT_WORD},? {_DIGIT_WORD}\b)"),
    _ADDRESS: re.compile(r"\d|(?i:apt|apartment|unit|suite|ste)\b"),
    _DORM_ROOM: re.compile(rf"{_RESIDENCE}\b"),
    _ADDRESS_NUMBER_AFTER: re.compile(r"[a-z] \d{1,5}[A-Za-z]?,"),
    _ADDRESS_IN_WORDS: re.compile(
        r"(?i: (?:street|avenue|road|drive|lane|boulevard|court|place|circle|terrace|parkway|"
        r"trail|highway|st|ave|rd|ln|blvd)\b)"
    ),
    _AMOUNT: re.compile(r"\d"),
    _MONEY_WORD_AMOUNT: _DIGIT,
    _AMOUNT_IN_WORDS: re.compile(
        r"(?i:dollar|buck|hundred|thousand|grand\b|pesos|d[o\u00f3]lares|euros|dlls|"
        r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b)"
    ),
    _SSN_MORE: _DIGIT,
    _SSN_LAST_FOUR: re.compile(r"(?i:\bss|social|seguro|\blast (?:4|four)\b)"),
    _DATE: _DIGIT,
    _DATE_IN_WORDS: re.compile(r"(?i:first|second|third|th\b|primero)"),
    _PROVIDER_ES: re.compile(r"(?i:cl[ií]nica|hospital|farmacia|laboratorio|centro|ambulancias)"),
    _PROVIDER_SAINT: re.compile(r"\bS(?:t|aint)\b"),
    _PROVIDER_CAMEL: re.compile(r"[a-z][A-Z]"),
    _PROVIDER_OF: re.compile(r"[a-z] of [A-Z]|[a-z] of the [A-Z]"),
    _PROVIDER_BODY_PAIR: re.compile(r" (?:and|&) [A-Z]"),
    _PROVIDER_LIVING: re.compile(r"(?i:living|retirement)"),
    _PROVIDER_LOWER_SHORT: re.compile(r" (?:general|memorial|regional|er|children['\u2019]s)\b"),
    _EMAIL_SPELT: _STOP31_NEEDS["spelt"],
    _PHONE_LETTERS: _STOP31_NEEDS["letters"],
    _MAILBOX: _STOP31_NEEDS["mailbox"],
    _HOME_AT: _STOP31_NEEDS["home"],
    _CHILDRENS: _STOP31_NEEDS["childrens"],
    _CENTER_FOR: _STOP31_NEEDS["center_for"],
}
# Keyed by id: hashing a compiled pattern reads its whole program, at every look-up.
_NEEDS = {id(pattern): needs for pattern, needs in _NEEDS_BY_PATTERN.items()}


_OF_A_PLACE = re.compile(r" of (?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}$")
_KIND_BEFORE = re.compile(
    r"(?i:\b(?:pharmacy|clinic|lab|hospital|provider|practice|agency|company)) $"
)
_CAPITALISED_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['\u2019.])")
_PROVIDER_WORD_SET = frozenset(re.findall(r"[A-Za-z]+", _PROVIDER_WORDS))
# "Ambulancias del Río cobró ...": a lower-case verb in the past ends a Spanish provider's name.
_SPANISH_PAST_TENSE = re.compile(r"(?:ó|aron|ieron)$")


# A person's first name and surname joined by "and" to a provider's name after them.
_PERSON_AND = re.compile(r"(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][a-z'\u2019-]+) and (?=[A-Z])")
_FAMILY_FIRM = re.compile(r"(?:Sons?|Daughters?|Associates|Partners|Company|Co)\b")


def _accepted(match: re.Match[str], placeholder: Placeholder) -> tuple[int, int] | None:
    """Where a pattern's match is a detail, or None: a provider match loses the sentence words
    it swallowed ("Ask Riverside Imaging"), and "the urgent care" or "my doctor said" is none."""
    start, end = match.span()
    if id(match.re) in _CUED_IDS:
        member = match.re is _CUED_MEMBER_ID
        if not _reads_as_id(match.group("v"), member=member):
            return None
        if member and _DASHED_PHONE.fullmatch(match.group("v")):
            return None  # "Medicare: 1-800-633-4227" is its phone line, no member's id
        start, end = match.span("v")
        # "claim #A12B34567" becomes "claim {CLAIM_NUMBER}", as _CLAIM_NUMBER writes it.
        return (start - 1, end) if match.string[start - 1] == "#" else (start, end)
    if match.re is _MONEY_WORD_AMOUNT:
        value, end = match.group("v"), match.end("v")
        if re.fullmatch(r"(?:19|20)\d\d", value) or _NOT_MONEY_AFTER.match(match.string, end):
            return None  # "the premium for 2026", "paid 12 of them", "a 20 % coinsurance"
    # "the last 4 are 3019 on my card": a card's last four.
    cued_four = match.re is _SSN_LAST_FOUR and match.group("v") is not None
    if cued_four and _OTHER_LAST_FOUR_AFTER.match(match.string, end):
        return None
    if match.re is _SSN_MORE and match.group("after"):
        return match.span("after")
    if match.re is _DATE and (weekday := _WEEKDAY_BEFORE.search(_before(match.string, start))):
        return start - len(weekday.group(0)), end  # "Tues 9/30", "Monday, 8/11"
    if "v" in match.re.groupindex:
        return match.span("v") if match.group("v") else (start, end)
    if match.re is _ADDRESS_IN_WORDS:
        # "two main street" and "nine oak lane" name streets; "one other road" or "two more
        # st" do not; a town after "in" that is a sentence word stays out ("... in the").
        words = match.group("street").lower().split()
        if any(
            (word in COMMON_WORDS and word not in _STREET_NAME_WORDS)
            or re.fullmatch(_HOUSE_NUMBER_WORD, word)
            for word in words
        ):
            return None
        town = match.group("town")
        if town and (town.lower() in COMMON_WORDS or town.lower() in _frequent_english_words()):
            end = match.start("town") - 4
        return start, end
    if match.re is _ADDRESS and match.group("street"):
        # "3 times the way", "000 from St." are no streets: a street's name is no sentence word.
        words = match.group("street").lower().split()
        if any(word in COMMON_WORDS and word not in _STREET_NAME_WORDS for word in words):
            return None
    if placeholder != Placeholder.PROVIDER_NAME:
        return start, end
    if match.re is _CLINICIAN:
        if not _names_a_clinician(match):
            return None
        # "dr. imelda vantongeren": a listed surname after a lower-case first name is the name.
        after = _LOWER_SURNAME.match(match.string, end)
        if after and match.group("name").islower() and end == match.end("name"):
            surname = after.group(1)
            # ... or a rare word after a listed first name ("dr. bogdan wexford"): no verb
            # ("dr. john billed") nor any word of everyday text.
            unlisted = (
                surname.isalpha()
                and surname not in _frequent_english_words()
                and not _VERB_FORM.fullmatch(surname)
                and _is_first_name(match.group("name"), name_lists())
            )
            if (surname in name_lists().last or "'" in surname or "-" in surname or unlisted) and (
                surname not in _no_name_words()
            ):
                end = after.end()
        # "Dra. Paloma Reyes Ibarra": a second surname, as Spanish names have.
        second = _SECOND_SURNAME.match(match.string, end)
        if second and match.group("name")[:1].isupper() and end > match.end("name"):
            lower = second.group(1).lower()
            if lower not in _no_name_words() and lower not in _CALENDAR_WORDS:
                end = second.end()
        # "Dr. Yamamoto & Associates": the practice named after the doctor; "Dr. Smile Family
        # Dentistry", "Dr. Patel Pediatrics": a practice named with the title.
        practice = _PRACTICE_AFTER.match(match.string, end) or _PRACTICE_WORDS_AFTER.match(
            match.string, end
        )
        if practice:
            end = practice.end()
        return start, end
    if match.re is _PROVIDER_KNOWN or match.re is _HOME_AT or match.re is _CENTER_FOR:
        return start, end
    if match.re is _CHILDRENS:
        # "Valley Children's", not "Local Children's" (a kind of hospital).
        first = match.group(0).split(" ")[0].lower()
        return None if first in _GENERIC_PLACE_WORDS else (start, end)
    if match.re is _PROVIDER and re.search(r"\b(?:Day|Eve) ER$", match.group(0)):
        return None  # "Christmas Day ER visit": a holiday, then the emergency room
    if match.re is _PROVIDER and (person := _PERSON_AND.match(match.group(0))) is not None:
        first, last = person.group("first").lower(), person.group("last").lower()
        if (
            _is_first_name(first, name_lists()) and first not in COMMON_WORDS
            and last in name_lists().last and last not in _frequent_english_words()
            and not _FAMILY_FIRM.match(match.group(0), person.end())
        ):  # fmt: skip
            # "Send it to Maria Lopez and Summit Health": a person, then the provider ("Mary
            # Bridge and Sons Home Health" stays one).
            return start + person.end(), end
    if match.re is _PROVIDER_ES:
        kept = start + len(match.group("lead"))
        saint = False
        previous = ""
        for found in re.finditer(
            # "de la" before "de": "Clínica de la Familia San Martín" is read "de la" "Familia".
            r" (?P<article>(?:la|el|las|los) )?(?:(?:de la|de los|del|de) )?([^\W\d_]+)",
            match.group("rest"),
        ):
            name = found.group(2)
            # "clínica santa fe", "farmacia san josé": a saint's name, in any case, is the name;
            # an article only before a capital ("Farmacia la Esperanza", not "clínica la revisa").
            lower = name.lower()
            # "clínica familiar los robles", "farmacia las palmas": a plural article before a
            # plural noun names a place as well; "hospital san rafael del norte" a direction.
            plural = (
                found.group("article") in ("los ", "las ")
                and lower.endswith("s")
                and lower not in _TIMES_ES
                and previous in _CLINIC_ADJECTIVES_ES
            )
            # "centro de salud familiar la esperanza": after "familiar" (a kind of clinic) an
            # article and a noun name it, in lower case too ("clínica familiar la semana
            # pasada" is none).
            after_kind = (
                found.group("article") is not None
                and previous in _CLINIC_ADJECTIVES_ES
                and lower not in _TIMES_ES
                and lower not in _TIME_WORDS_ES
                and _SPANISH_PAST_TENSE.search(lower) is None
            )
            previous = lower
            if found.group("article") and not (name[:1].isupper() or plural or after_kind):
                break
            if not (
                name[:1].isupper()
                or saint
                or plural
                or after_kind
                or lower in _SAINTS_ES
                or lower in _PLACE_WORDS_ES
            ) and (
                lower in _no_name_words()
                or lower in _SPANISH_WORDS
                or _SPANISH_PAST_TENSE.search(lower) is not None
            ):
                break
            saint = name.lower() in _SAINTS_ES
            kept = match.start("rest") + found.end()
        return (start, kept) if kept > start + len(match.group("lead")) else None
    if match.re is _PROVIDER_LOWER_SHORT:
        name = match.group("name")
        if (
            name in COMMON_WORDS
            or name in _SPANISH_WORDS
            or name in _GENERIC_PLACE_WORDS
            or (_VERB_FORM.fullmatch(name) or name in _PROVIDER_WORDS_LOWER)
        ):
            return None  # "to both general", "at county general" (a kind the patterns know)
        return match.start("name"), end
    if match.re is _PROVIDER_SAINT:
        street = re.search(r"[A-Z][a-z]*\.? $", match.string[:start])
        return None if street else (start, end)
    if match.re is _PROVIDER_CAMEL:
        word = match.group(0)
        first_part = re.match(r"[A-Z][a-z]+", word)
        if (
            word.lower() in _NOT_PROVIDERS
            or _PAYER_PART.search(word)
            or (first_part and first_part.group(0).lower() in _no_name_words())
            or not (
                _PROVIDER_BEFORE.search(_before(match.string, start))
                or _KIND_BEFORE.search(_before(match.string, start))
                or _PROVIDER_AFTER.match(match.string, end)
            )
        ):
            return None  # "ObamaCare", "MetLife", "TheMedicare": payers and missing spaces
        # "QuickScripts Direct", "CareNest Home Health": capitalised words after the name are
        # its own, up to a word no name holds.
        while (more := _CAPITALISED_WORD_AFTER.match(match.string, end)) and (
            (
                more.group(1).lower() not in _NOT_IN_A_CUED_NAME
                and more.group(1).lower() not in _no_name_words()
            )
            or more.group(1) in _PROVIDER_WORD_SET
        ):
            end = more.end()
        return start, end
    if match.re is _PROVIDER_OF:
        # The kind of care first is the name here ("Urgent Care of the Palisades"), the place
        # after "of" no sentence word ("the Clinic of the Month").
        facility, place = match.group(0).split(" of ", 1)
        if facility.split(" ")[0].lower() in _NOT_IN_A_CUED_NAME or all(
            word.lower() in COMMON_WORDS for word in place.removeprefix("the ").split(" ")
        ):
            return None
        return start, end
    while match_word := re.match(r"([A-Za-z'\u2019-]+)\.? +", match.string[start:end]):
        word = match_word.group(1)
        # "Good Samaritan Hospital", "First Choice Urgent Care" keep their first word.
        keeps = word[:1].isupper() and word.lower() in _ORG_FIRST_WORDS
        # "Our Lady of Lourdes Hospital", shouted "OUR LADY OF THE VALLEY HOSPICE": a name
        # hospitals take from a title of Mary.
        keeps = keeps or match.string.startswith(("Our Lady ", "OUR LADY "), start)
        # "my braces at Will County Bone and Joint": after "at", "from" or "to" a capitalised
        # first word is the name's, even a sentence word.
        keeps = keeps or (
            match.re in (_PROVIDER, _PROVIDER_BODY_PAIR, _PROVIDER_OF, _PROVIDER_LIVING)
            and start == match.start()
            and word[:1].isupper()
            and word.lower() not in _NOT_IN_A_CUED_NAME
            and _PROVIDER_CUE_BEFORE.search(_before(match.string, start)) is not None
        )
        generic = match.re is _PROVIDER_LOWER and word.lower() in _GENERIC_PLACE_WORDS
        if keeps or (word.lower() not in COMMON_WORDS and not generic):
            break
        start += match_word.end()
    if match.re is _PROVIDER_LOWER:
        # "she's in the hospital", "mi factura del hospital": only words after the last sentence
        # or generic word can name the place.
        lead_start, lead_end = match.span("lead")
        named = False  # "northgate family dental": a name before a generic word keeps it
        for found in re.finditer(r"[a-z'\u2019-]+", match.string[lead_start:lead_end]):
            lower = found.group(0)
            kind = lower in _KIND_OF_CARE_WORDS and named
            common = (
                lower in COMMON_WORDS
                or lower in _VERBS_BEFORE_CARE
                or lower in _SPANISH_WORDS
                or lower in ("vs", "versus")
                # "itemized hospital bill", "existing medical debt": a verb's form says which
                or (
                    re.search(r"(?:ed|ing|['\u2019]s)$", lower) is not None
                    and lower not in _NOT_VERB_FORMS
                )
            ) and not kind
            if common or (lower in _GENERIC_PLACE_WORDS and not kind):
                start = max(start, lead_start + found.end() + 1)
                named = False
            elif lower not in _GENERIC_PLACE_WORDS and lower.isalpha():
                named = lower not in _no_name_words()
    named_start: int | None = None
    if match.re is _PROVIDER_LOWER and start > match.start():
        # "i went to hope valley medical": after "went to", "at" or "from" the words before the
        # kind of care name the place, even sentence words ("went to the clinic" is none).
        cued = _CUED_LEAD.search(match.string, max(0, match.start() - 20), start)
        if (
            cued
            and cued.start("name") >= match.start()
            and not any(
                word in _NOT_IN_A_CUED_NAME
                or word in _GENERIC_PLACE_WORDS
                or word in _VERBS_BEFORE_CARE
                or word in _SPANISH_WORDS
                or _VERB_FORM.fullmatch(word)
                for word in cued.group("name").split()
            )
        ):
            start = cued.start("name")
        elif _NETWORK_AFTER.match(match.string, end):
            # "is grace family medicine in network?": what is asked in or out of network is a
            # place, the words before its kind too, up to a word no name has ("is", "the").
            lead = match.string[match.start() : min(start, match.end("lead"))]
            for piece in re.finditer(r"[a-z'\u2019-]+", lead):
                said = piece.group(0)
                if (
                    said in _NOT_IN_A_CUED_NAME or said in _VERBS_BEFORE_CARE
                    or said in _GENERIC_PLACE_WORDS or said in _SPANISH_WORDS
                    or _VERB_FORM.fullmatch(said) or said in _PROVIDER_WORDS_LOWER
                ):  # fmt: skip
                    named_start = None
                elif named_start is None:
                    named_start = match.start() + piece.start()
            if named_start is not None:
                start = named_start
    head = match.string[start:end].split(" ")[0].lower()
    if head in _PROVIDER_WORDS_LOWER or head == "&" or start >= end:
        return None  # only the generic words were left: "the Hospital", "urgent care"
    if all(
        word in _PROVIDER_WORDS_LOWER or word in _GENERIC_PLACE_WORDS
        for word in match.string[start:end].lower().split()
    ):
        return None  # "eye care", "nutrition counseling": a kind of care, not a place
    if _PAYER_AFTER.search(match.string[start:end]):
        return None  # "Cigna Health Insurance", "Rutgers Health Plan": payers
    if any(
        body.start() <= start and end <= body.end()
        for body in _PUBLIC_BODY.finditer(match.string, max(0, start - 60), end + 40)
    ):
        return None  # "the Department of Health and Human Services": a public body
    if head in _BRANDS_NOT_PROVIDERS:
        return None  # "Uber Health", "Apple Health": rides and a state's Medicaid
    return start, end


# Public bodies whose names end as a provider's do: no one's care was given there.
_PUBLIC_BODY = re.compile(
    r"(?i:\b(?:health (?:and|&) )?human services\b"
    r"|\bstate health insurance (?:assistance|counseling|information) program\b"
    r"|\b(?:benefits? )?coordination (?:and|&) recovery (?:center|contractor)\b)"
)
_NETWORK_AFTER = re.compile(r"(?i: (?:in|out of)[ -]network\b| in-network\b| out-of-network\b)")
_CUED_LEAD = re.compile(
    r"\b(?:at|from|(?:went|go|goes|going|gone|been|referred|admitted|transferred|taken|"
    r"drove|rushed|sent) to) (?P<name>[a-z]+(?: [a-z]+)?) $"
)
_NOT_IN_A_CUED_NAME = frozenset(
    re.findall(
        r"\S+",
        """the a an my your his her our their this that these those some any every each no one
        see get pick up in on of for go and or me him them us it you i we they be is was are
        new old same other another local nearby nearest closest regular usual real actual
        whatever which what whose where there here all almost most many several few more less
        major minor both either neither such very just only also even still much""",
    )
)
# Generic words that are also part of a place's name after a name: "northgate family dental".
_KIND_OF_CARE_WORDS = frozenset(
    re.findall(
        r"[a-z'-]+",
        """family community children's childrens women's womens pediatric kids eye heart cancer
        sleep pain foot skin dental vision rehab physical medical urgent primary behavioral
        mental sports imaging diagnostic lab hearing skilled memory orthopedic orthopaedic
        women's womens allergy home air ground hand speech occupational respiratory massage
        kidney vein lung joint breast bone senior assisted""",
    )
)
_PAYER_AFTER = re.compile(r"(?i:\b(?:insurance|insurer|plans?|coverage|policy)$)")
# Verbs before a kind of care, never part of a place's name: "cover physical therapy".
_VERBS_BEFORE_CARE = frozenset(
    re.findall(
        r"[a-z]+",
        """cover covers covered covering need needs needed get gets getting got do does doing
        did start started book booked schedule scheduled try tried attend attending attended
        continue continued finish finished approve approved deny denied pay paying paid call
        called visit visiting visited use used using include includes included require
        requires required want wanted find found see saw seen ground air limit limits stay
        stays handle handles lose loses losing lost remove removes removing removed share
        shares sharing shared reach reaches reaching reached buy buys buying bought""",
    )
)
# Words ending as a verb's forms do that are none, and name places: "kindred spirits hospice",
# "sacred heart clinic", "spring valley pediatrics".
_NOT_VERB_FORMS = frozenset(
    ("kindred", "sacred", "hundred", "rugged", "wicked", "beloved", "spring", "sterling")
)
_BRANDS_NOT_PROVIDERS = frozenset(("uber", "lyft", "apple", "google", "venmo", "paypal", "zelle"))
_SAINTS_ES = frozenset(("san", "santa", "santo", "santos", "sagrado", "sagrada"))
_TIMES_ES = frozenset(
    re.findall(
        r"\S+",
        "lunes martes mi\u00e9rcoles miercoles jueves viernes s\u00e1bados sabados domingos "
        "d\u00edas dias noches tardes ma\u00f1anas fines meses a\u00f1os veces dos tres "
        "papeles documentos recibos cargos",
    )
)
_TIME_WORDS_ES = frozenset(
    re.findall(
        r"\S+",
        "semana ma\u00f1ana tarde noche vez otra misma pr\u00f3xima proxima pasada cuenta "
        "factura cita consulta primera segunda \u00faltima ultima",
    )
)
_CLINIC_ADJECTIVES_ES = frozenset(
    re.findall(
        r"\S+",
        "familiar m\u00e9dica medica m\u00e9dico medico dental infantil pedi\u00e1trica pediatrica "
        "comunitaria general integral regional municipal popular central",
    )
)
_PLACE_WORDS_ES = frozenset(
    re.findall(
        r"\S+",
        "norte sur este oeste valle mar sol r\u00edo rio pueblo monte lago bosque campo",
    )
)
# Payers and plans are no providers: "MetLife", "UnitedHealthcare", "GeorgiaMedigapPlans".
_PAYER_PART = re.compile(
    r"(?i:medicare|medicaid|medigap|medi-?cal|obama|life|insur|blue|united|cross|shield|plan|"
    r"quote|broker|auto|home)"
)
# Where a one-word name is a place of care: "at MedExpress", "MedExpress billed me".
_PROVIDER_CUE_BEFORE = re.compile(r"\b(?:at|from|to) $")
_PROVIDER_BEFORE = re.compile(r"(?i:\b(?:at|from|to|with|by|called|visited|saw|went to)) $")
_PROVIDER_AFTER = re.compile(
    r"(?:['\u2019]s (?:bill|office|statement|charge)| (?:said|says|billed|bills|charged|charges|"
    r"sent|sends|wants|keeps|is (?:in|out of) network|did|told))\b"
)
# Brands and sites written in one word with a capital inside that are no provider.
_NOT_PROVIDERS = frozenset(
    re.findall(
        r"[a-z]+",
        """healthcare paypal youtube whatsapp facetime mychart goodrx carecredit linkedin
        facebook iphone ipad macbook powerpoint jobcorps medicaid medicare tricare fedex""",
    )
)
# Words after "Dr"/"doctor" that say what the doctor did or where, not who: "Dr said".
_NOT_AFTER_TITLE = frozenset(
    re.findall(
        r"[a-z]+",
        """said says told tells wants wanted thinks thought recommended recommends ordered orders
        prescribed prescribes referred refers sent gave put asked asks needs needed note notes
        appointment appointments appt appts visits bills offices wrote signed billed charged
        charges approved denied sees does is was has had who which office's visit's called
        calls wrote explained explains scheduled changed mentioned suggested suggests
        confirmed agreed felt feels did didn doesn wasn office offices group practice staff
        practitioner practitioners
        line lines hotline advice triage station desk
        order orders notes letter letters records chart form forms prescription never always
        really still then told already again even only also just""",
    )
)
_STREET_NAME_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        "main first new old good great rose grace frank mark hope local last next over under "
        "union may bill will well north",
    )
)
_ORG_FIRST_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        "good first new great main family local united hope grace rose mark "
        # Colours, metals and kind words that name shops and practices ("Golden Oak Dental",
        # "Silver Birch Hospice", "Gentle Hands Home Care").
        "golden gold silver blue green red white bright sunny gentle caring tender kind happy "
        "healthy true pure natural peaceful loving helping healing",
    )
)
# Lower-case words before "hospital"/"clinic" that say which kind, not which one.
_GENERIC_PLACE_WORDS = frozenset(
    re.findall(
        r"[a-z'-]+",
        """children's childrens community county local nearest nearby closest university women's
        womens veterans va animal vet mental state city public private big small other same
        different specialty teaching rural affiliated in-network out-of-network walk-in retail
        mail-order mail order online regular usual hospital's clinic's cancer heart eye skin foot
        pain sleep kids pediatric dental vision family primary urgent er emergency psych psychiatric
        rehab physical general medical local-area 24-hour another that this which whose every
        any some their his her our your my new old previous former current right wrong main
        student campus employee company work school insurance plan's network network's hmo
        ppo epo preferred participating covered approved diagnostic imaging lab blood test
        mi tu su del de la el los las un una por para con en y o que al nutrition behavioral
        nonprofit non-profit for-profit financial smaller larger bigger
        care orthopedic orthopaedic surgeons hearing skilled memory allergy nursing anesthesia
        facility home speech language clinical anatomic surgical hand occupational respiratory
        massage kidney vein lung joint breast bone senior assisted
        unpaid outstanding overdue past-due delinquent freestanding free-standing stand-alone
        standalone non-emergency nonemergency high-deductible low-deductible over-the-counter
        otc hsa-qualified hsa-eligible fsa-eligible non-covered noncovered""",
    )
)


_PRACTICE_WORDS_AFTER = re.compile(
    rf"(?:['\u2019]s)?(?: (?:Family|FAMILY|Pediatric|Cosmetic))?(?: (?:{_PROVIDER_WORDS}))+"
    r"\b(?!['\u2019])"
)
_PRACTICE_AFTER = re.compile(r" (?:&|and) (?:Associates|Partners|Colleagues)\b")
_LOWER_SURNAME = re.compile(r" ([a-z][a-z'\u2019-]{1,}[a-z])\b")
_SECOND_SURNAME = re.compile(r" ([A-Z][a-z\u00e0-\u00ff]{2,})\b(?![.'\u2019-])")


def _names_a_clinician(match: re.Match[str]) -> bool:
    """ "Dr patel", "doctor ramirez", "nurse bethany", "NP Johnson" name someone; "Dr said",
    "the doctor will", "PA Medicaid" do not."""
    title, name = match.group("title").rstrip("."), match.group("name")
    lower = name.lower()
    if (
        title.lower() in ("dr", "dra", "doc", "doctor")
        and lower in _WORDY_FIRST_NAMES
        and lower not in _AUXILIARIES
        and (name[:1].isupper() or _surname_after(match, title))
    ):
        return True  # "Dr. Mark Abernethy", "Dr. Hope", "dr. bill pemberton"
    surname = match.string[match.end("name") : match.end()].split()
    if (
        title.lower() in ("dr", "dra")
        and name[:1].isupper()
        and surname
        and surname[-1][:1].isupper()
        and surname[-1].lower() not in COMMON_WORDS
    ):
        return True  # "Dr. Will Ashcombe": a wordy first name between the title and a surname
    if lower in COMMON_WORDS or lower in _PROVIDER_WORDS_LOWER or lower in _NOT_AFTER_TITLE:
        return False
    if "n't" in lower or "n\u2019t" in lower:
        return False
    if title.isupper() and len(title) <= 5 and title.lower() not in ("dr", "doc", "dra"):
        # NP, PA, RN: a capitalised name that is no payer ("PA Medicaid").
        return name[:1].isupper() and lower not in NOT_NAMES
    if name[:1].isupper():
        return True
    if title.lower() in ("dr", "dra", "doc"):
        return True  # "dr lindqvist": the abbreviation is a title, what follows a name
    if lower in ordinary_words() or lower in _SPANISH_WORDS or lower in _NOT_GREETED:
        return False  # "el doctor dice", "the nurse line": a sentence goes on
    if _OBJECT_AFTER.match(match.string, match.end("name")):
        return False  # "can my doctor file the appeal": a verb and its object
    if title.lower() in ("nurse", "midwife", "doctor", "doctora") and _unlisted_lower_name(
        match.string, match.end("name"), lower
    ):
        return True  # "nurse mahina helped me": a name no list holds, then a person's verb
    return lower in name_lists().any and lower not in NOT_NAMES


def _surname_after(match: re.Match[str], title: str) -> bool:
    """ "dr. bill pemberton": after an abbreviated title, a listed surname that is no word
    ("a doctor bill for the visit" is a bill)."""
    after = _LOWER_SURNAME.match(match.string, match.end())
    return (
        after is not None
        and title.lower() in ("dr", "dra", "doc")
        and after.group(1) in name_lists().last
        and after.group(1) not in _no_name_words()
    )


# What follows a verb, never a name: "Hang on to the receipt", "my doctor file the appeal".
_OBJECT_AFTER = re.compile(
    r" (?:the|a|an|my|your|his|her|our|their|this|that|these|those|it|me|us|them|him)\b"
)
_OBJECT_OR_PARTICLE_AFTER = re.compile(
    rf"{_OBJECT_AFTER.pattern}| (?:on|up|out|off|in|to|into|onto|over|back|down|away)\b"
)


_PROVIDER_WORDS_LOWER = frozenset(
    re.findall(
        r"[a-z]+",
        _PROVIDER_WORDS.lower() + " care primary walk in network er physical occupational speech "
        "mental behavioral member customer patient billing emergency urgent family internal "
        "claims pharmacy benefits lab hospital clinic room department office living",
    )
) | frozenset(("ob/gyn", "ob-gyn"))
# Care a member received is protected too. A curated list of common services, with an optional
# article, qualifier and body part ("an MRI of the knee", "a follow-up office visit").
_SERVICES = (
    r"MRI|CT scan|CAT scan|PET scan|X-?ray|ultrasound|mammogram|colonoscopy|endoscopy|biopsy|"
    r"blood work|blood test|lab work|lab test|physical therapy(?: session)?|"
    r"occupational therapy(?: session)?|ER visit|emergency room visit|urgent care visit|"
    r"office visit|specialist consultation|consultation|sleep study|allergy testing|"
    r"surgery|procedure|vaccination|vaccine|flu shot|physical|check-?up|echocardiogram|EKG|ECG|"
    r"chemotherapy|dialysis|infusion|ambulance ride|hospital stay|inpatient stay"
)
_QUALIFIERS = (
    r"follow-up|routine|annual|diagnostic|screening|preventive|outpatient|inpatient|emergency|"
    r"initial|new patient|knee|hip|back|chest|brain|abdominal|pelvic|dental|eye"
)
_SERVICE = re.compile(
    rf"\b(?:an? |the |your |my )?(?:(?:{_QUALIFIERS}) )?(?:{_SERVICES})"
    r"(?: of (?:the|my|your) [a-z]+)?\b",
    re.IGNORECASE,
)


# Where each costly pattern's match can start: the words (in lower case; "#" for a run of
# digits, and "$", "+", "(", a line break) it can start with. The pattern is then tried only at
# those words (`re.match` there) instead of at every character: normalising a million training
# texts runs these patterns on each, and that scan was most of its cost. A pattern's words must
# hold every word a match of it can start with (more is harmless); a test checks
# the spans found are those of a plain search.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STARTS: dict[int, frozenset[str]] = {
    id(pattern): words
    for pattern, words in (
        (_DATE, _words(_MONTHS.strip("(?:)").replace("|", " ") + " el the #")),
        (_AMOUNT, _words("# $ us usd cad mxn eur gbp inr php rs \u20ac \u00a3")),
        (
            _ADDRESS,
            _words(
                """# p po pob pobox post rural r rr apt apartment unit suite ste calle hc lot
                space spc avenida av camino paseo carretera carrer rua rue via carrera cra
                transversal diagonal n s e w"""
            ),
        ),
        (_PHONE, _words("# + (")),
        (_SSN, _words("# ssn social seguro ss")),
        (_MEMBER_ID, _words("member subscriber policy id")),
        (_CLINICIAN, _words("dra dr doctora doctor doc nurse midwife np pa rn lpn aprn cnm")),
        (
            _PROVIDER_KNOWN,
            _words(
                """quest lab labcorp cvs walgreens rite minute minuteclinic concentra davita
                fresenius northwell mount mt johns mayo cleveland memorial cedars sutter banner
                atrium advocate intermountain ochsner geisinger planned american children good
                sonora bioreference amr st saint"""
            ),
        ),
        (
            _SERVICE,
            _words(
                """a an the your my follow routine annual diagnostic screening preventive
                outpatient inpatient emergency initial new knee hip back chest brain abdominal
                pelvic dental eye mri ct cat pet x xray ultrasound mammogram colonoscopy
                endoscopy biopsy blood lab physical occupational er urgent office specialist
                consultation sleep allergy surgery procedure vaccination vaccine flu check
                checkup echocardiogram ekg ecg chemotherapy dialysis infusion ambulance
                hospital"""
            ),
        ),
        (
            _LABELLED,
            _words(
                """patient paciente member full name dependent dependant subscriber policy
                policyholder account insured nombre from attn re my me mi se the caller
                guardian parent spouse beneficiary guarantor responsible emergency child
                contact"""
            ),
        ),
        (_SELF_NAMED, _words("name this i im it its me soy mi")),
        (_GREETED, _words("thanks thank hi hello hey dear good thx hola buenos signed")),
        (
            _SIGNED,
            _words("\n thanks thank regards sincerely best cheers gracias saludos atentamente")
            | {"\n"},
        ),
        (
            _RELATIVE,
            _words(
                """my our his her their mi mis su sus nuestra nuestro named called nombre se
                attn attention c care goes go aka a nickname nicknamed who that we they
                everyone everybody"""
            ),
        ),
        (
            _FOR_SOMEONE,
            _words(
                """on writing calling asking emailing messaging texting ask please can could
                pls your the my our is will does should would when reach contact text email
                call"""
            ),
        ),
    )
}
# Patterns whose match ends in one of some words, and how many words before it it can start:
# "Riverside Imaging Center", "northgate family dental".
_ENDS: dict[int, tuple[frozenset[str], int]] = {
    id(_PROVIDER): (_words(re.sub(r"[^a-z]+", " ", _PROVIDER_WORDS.lower()) + " er lab"), 12),
    # Only the kinds of care a match must hold: "and", "a" or "llc" after them would make
    # every "and" a place to try.
    # (Words only ever first in a kind, "and" in "allergy and asthma", "heart" in "heart
    # center", are no ends: the kind's last word is tried.)
    id(_PROVIDER_LOWER): (
        _words(re.sub(r"\\[a-z]|[^a-z\\]+", " ", _PROVIDER_LOWER_KINDS))
        - _words("and heart vein lung skin hand joint breast bone senior assisted internal sports"),
        10,
    ),
}
_STARTS |= {
    id(_NPI): _words("#"),
    id(_OTHER_ID): _words("#"),
    id(_CLAIM_NUMBER): _words("clm claim reclamo reclamación reclamacion icn"),
    id(_CUED_CLAIM_NUMBER): _words(
        """clm claim reclamo reclamación reclamacion icn dcn ref reference case ticket
        confirmation tracking control account acct invoice statement eob rx prescription auth
        authorization approval mrn"""
    ),
    id(_CUED_MEMBER_ID): _words(
        "memberid member mbr subscriber policy id identification card miembro afiliado póliza "
        "poliza insurance medicare medicaid medi mbi hicn"
    ),
    id(_DATE_IN_WORDS): _STARTS[id(_DATE)] - {"#"} | {"primero"},
    id(_AMOUNT_IN_WORDS): _words(re.sub(r"[^a-z]+", " ", _NUMBER_WORD) + " a half")
    | _words(
        "un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte "
        "veintiuno veintidos veintidós veintitres veintitrés veinticuatro veinticinco "
        "veintiseis veintiséis veintisiete veintiocho veintinueve treinta cuarenta cincuenta "
        "sesenta setenta ochenta noventa cien ciento doscientos trescientos cuatrocientos "
        "quinientos seiscientos setecientos ochocientos novecientos mil"
    ),
    id(_MONEY_WORD_AMOUNT): _words(
        """copay co pay copayment deductible premium balance bill charge fee cost price total
        refund owe owed paid charged billed copago deducible saldo cuenta"""
    ),
    id(_PROVIDER_ES): _words("centro clínica clinica farmacia laboratorio hospital ambulancias"),
    id(_ROLE_NAMED): _words("my our the his her their your a new"),
    id(_HONORIFIC): _words("mr mrs ms miss mx sr sra srta señor señora señorita doña don"),
    id(_INTRODUCED): _words("for"),
    id(_SPOKEN_TO): _words(
        "speak spoke spoken speaking talked talking chatted chatting dealt met worked let"
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[$+(\n\u20ac\u00a3]")
# "Frank in billing said": _FOR_SOMEONE's match starts at any word before these.
_WORKS_IN = re.compile(
    r"(?: in| from) (?:your office|billing|claims|member services|customer service|appeals"
    r"|pharmacy services|the front desk)\b| at (?:the )?(?:front desk|reception|your office"
    r"|pharmacy counter)\b| at the (?:pharmacy|clinic|lab|hospital) (?:said|says|told)\b"
)


@functools.cache
def _word_index() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """_STARTS and _ENDS turned round: for each word, the patterns (by id) that may start at it
    and those that may end in it (read once, after the module has filled both)."""
    starts_at: dict[str, list[int]] = {}
    ends_at: dict[str, list[int]] = {}
    for key, words in _STARTS.items():
        if key not in _ENDS:
            for word in words:
                starts_at.setdefault(word, []).append(key)
    for key, (last, _back) in _ENDS.items():
        for word in last:
            ends_at.setdefault(word, []).append(key)
    return (
        {word: tuple(keys) for word, keys in starts_at.items()},
        {word: tuple(keys) for word, keys in ends_at.items()},
    )


class _Scan:
    """One text, and the places each pattern of _STARTS may match from."""

    __slots__ = ("ending", "found", "lower", "places", "starting", "text", "tokens", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        # A lower case of another length ("İ") would misplace the words: search plainly.
        self.lower = lower if len(lower) == len(text) else ""
        self.words: dict[str, list[int]] | None = None
        self.tokens: list[int] = []
        self.places: dict[int, list[int]] = {}
        # By pattern (its id): where its start words are, in order; at which tokens (their
        # numbers) its end words are.
        self.starting: dict[int, list[int]] = {}
        self.ending: dict[int, list[int]] = {}
        self.found: dict[int, list[re.Match[str]]] = {}

    def every(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """pattern.finditer(text) as a list, searched once however many steps read it."""
        found = self.found.get(id(pattern))
        if found is None:
            found = self.found[id(pattern)] = list(pattern.finditer(self.text))
        return found

    def _tokenise(self) -> None:
        """The text's words and where each is, read once for every pattern: each word is
        looked up once among all the patterns' start and end words (_word_index) rather than
        each pattern's words compared with the text's."""
        words: dict[str, list[int]] = {}
        tokens: list[int] = []
        starting: dict[int, list[int]] = {}
        ending: dict[int, list[int]] = {}
        starts_at, ends_at = _word_index()
        for found in _TOKEN.finditer(self.lower):
            word, start = found.group(0), found.start()
            if word[0].isdigit():
                word = "#"
            words.setdefault(word, []).append(start)
            if (keys := starts_at.get(word)) is not None:
                for key in keys:
                    starting.setdefault(key, []).append(start)
            if (keys := ends_at.get(word)) is not None:
                for key in keys:
                    ending.setdefault(key, []).append(len(tokens))
            tokens.append(start)
        self.words, self.tokens, self.starting, self.ending = words, tokens, starting, ending

    def _places(self, pattern: re.Pattern[str]) -> list[int] | None:
        key = id(pattern)
        places = self.places.get(key)
        if places is not None:
            return places
        ends = _ENDS.get(key)
        if (ends is None and key not in _STARTS) or not self.lower:
            return None
        if pattern is _FOR_SOMEONE and _WORKS_IN.search(self.lower):
            return None
        if self.words is None:
            self._tokenise()
        assert self.words is not None
        words = self.words
        if ends is not None:
            # Any of the few words before one it ends with.
            back = ends[1]
            tokens = self.tokens
            places = []
            for index in self.ending.get(key, ()):
                places += tokens[max(0, index - back) : index]
            places = self.places[key] = sorted(set(places))
            return places
        # In the text's order already, each once.
        places = self.starting.get(key, [])
        if pattern is _CLAIM_NUMBER:
            places = list(places)
            # "claim #88123-44", "claim 88123-44", "reclamo R2026-04471": the number after its cue.
            for cue in ("claim", "reclamo", "reclamación", "reclamacion", "icn"):
                for place in words.get(cue, ()):
                    places += (place + len(cue), place + len(cue) + 1)
            places = sorted(set(places))
        elif pattern is _SIGNED or pattern is _INTRODUCED or pattern is _WORDY_NAME_CUED:
            places = sorted({0, *places})  # what starts the text: "Tigist here.", "- Maria"
        elif pattern is _MEMBER_ID:
            places = list(places)
            lower = self.lower
            for digits in words.get("#", ()):
                # "W739204851", "W 482 917 366": up to four letters before the digits.
                letters = digits - 1 if digits and lower[digits - 1] == " " else digits
                first = letters
                while first > 0 and letters - first < 4 and lower[first - 1].isalpha():
                    first -= 1
                if first < letters:
                    places.append(first)
            for cue in ("id", "number"):
                # "id: W12", "member number 88412375": the id itself, after its cue.
                for place in words.get(cue, ()):
                    places += (place + len(cue) + 1, place + len(cue) + 2)
            places = sorted(set(places))
        self.places[key] = places
        return places

    def search(self, pattern: re.Pattern[str], position: int = 0) -> re.Match[str] | None:
        """pattern.search(text, position), trying only where a match can start."""
        places = self._places(pattern)
        if places is None:
            return pattern.search(self.text, position)
        match, text = pattern.match, self.text
        for place in places[bisect.bisect_left(places, position) :]:
            if (found := match(text, place)) is not None:
                return found
        return None

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """pattern.finditer(text), trying only where a match can start."""
        places = self._places(pattern)
        if places is None:
            yield from pattern.finditer(self.text)
            return
        match, text, position = pattern.match, self.text, 0
        for place in places:
            if place < position:
                continue
            if (found := match(text, place)) is not None:
                yield found
                position = max(found.end(), place + 1)


@dataclass(frozen=True)
class NameLists:
    """First names and surnames: the US Census lists (1990, public domain; the `names` package
    ships them) and Faker's person lists for its Latin-script locales (Spanish, Portuguese,
    French, German, Polish, Nigerian, Indian, Vietnamese, ... names). A capitalised word that is
    one names a person, unless it is a common word."""

    first: frozenset[str]
    last: frozenset[str]
    # First names Faker lists and the census does not (mostly names from other countries).
    first_from_elsewhere: frozenset[str] = frozenset()
    # Names spelt from Cyrillic: taken capitalised, never as a lower-case word ("boil").
    romanised: frozenset[str] = frozenset()

    @functools.cached_property
    def any(self) -> frozenset[str]:
        return self.first | self.last


# Faker locales whose names are not written in Latin letters give nothing here; its names of
# three letters are left out, too often words ("Owe", "Can").
_LATIN_NAME = re.compile(r"[a-z\u00c0-\u024f]+(?:['\u2019-][a-z\u00c0-\u024f]+)*")


# "é" -> "e" for the Latin letters names use; a letter without a base ("ø", "ł") stays.
_BASE_LETTER = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(code))) > 1
}


def _without_accents(word: str) -> str:
    return word.translate(_BASE_LETTER)


@functools.cache
def ordinary_words() -> frozenset[str]:
    """About a thousand of the commonest English and Spanish words (Faker's lorem lists): a name
    that is also one of them ("Can", "Page", "Luz") is taken only where a cue says it is one."""
    words: set[str] = set()
    for locale in ("en_US", "es_ES"):
        module = importlib.import_module(f"faker.providers.lorem.{locale}")
        words |= {word.lower() for word in module.Provider.word_list}
    # Spanish text names "María" and "José" often enough to make them frequent words.
    words -= {"maría", "josé", "juan", "carlos", "luis", "pedro", "manuel"}
    return frozenset(words | _WORDS_FAKER_LISTS_AS_NAMES)


# Words of member messages (found in lower case in InsuranceQA and the demo history) and of
# plans and payers that Faker lists as someone's first name somewhere ("said", "prior", "Silver").
_WORDS_FAKER_LISTS_AS_NAMES = frozenset(
    re.findall(
        r"[a-z]+",
        """admiral ally ares bird blessing boss branch canal cash chip colon come comfort
        constant edit elder elige enos essence fancy forum gauge gray hall handy harm hence hill
        imam innocent jail joke judge justo kaiser kick levy link loyal lucky made male martial
        mate math mile minor nail nanny november oral orange over park pasa peer pier press
        prima prior rein rice river roll rush said sever side silver skip sola sole stone storm
        theres ties till trace unique unknown urban valid versa visa wage wash wood worth arch
        blaze bush caro cord council custodia garner geta greet harsh hunt journey mentor raid
        steward tome tone treasure wing gold bronze platinum saint apple united anthem ambetter
        oscar molina centene humana cigna aetna wellcare loan desire marry hang hung heath lien
        numbers marine manual diamond lady echo aide forest foster lean pearly brain conception
        tiny jewel prudence german marlin sunshine america angle cara gracia alta manda caridad
        vivan bent dejan cierra risa harto silla berry graves miles hunter river stone storm sky
        ocean ivory jade rain snow star blue green brown golden royal noble king prince duke
        baron major general colonel captain bishop deacon pastor justice liberty freedom unity
        harmony melody lyric poem story journey quest ranger scout ace flash money penny rich
        sterling jewel ruby pearl crystal amber onyx opal topaz coral ginger honey candy sugar
        cherry peach plum olive hazel clover daisy lily iris violet fern sage basil holly heather
        willow aspen oak ash birch cedar pine maple reed sunny windy misty dusty rusty sandy
        york africa asia europe canada mexico boston chicago moody fargo canyon
        stormy winter summer autumn spring trust honor mercy patience charity faith hope grace
        joy glory destiny miracle blessing precious genesis trinity heaven haven eden angel
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
        hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
        massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
        oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
        wyoming""",
    )
)


# Ukrainian and Russian romanisations of the Cyrillic letters U+0430..U+044F in order, both
# where they differ (U+0438 is "y" in Ukrainian and "i" in Russian, U+0433 "h" or "g").
_CYRILLIC = dict(
    zip(
        (chr(code) for code in range(0x430, 0x450)),
        (("a",), ("b",), ("v",), ("h", "g"), ("d",), ("e",), ("zh",), ("z",), ("y", "i"),
         ("y", "i"), ("k",), ("l",), ("m",), ("n",), ("o",), ("p",), ("r",), ("s",), ("t",),
         ("u",), ("f",), ("kh",), ("ts",), ("ch",), ("sh",), ("shch",), ("",), ("y",), ("",),
         ("e",), ("yu", "iu"), ("ya", "ia")),
        strict=True,
    )
) | {"\u0454": ("ye", "ie"), "\u0456": ("i",), "\u0457": ("i", "yi"), "\u0491": ("g",),
     "\u0451": ("e", "yo"), "'": ("",), "\u2019": ("",), "-": ("-",)}  # fmt: skip


def _in_latin_letters(name: str) -> list[str]:
    """The name itself when written in Latin letters; a Cyrillic one in its two common
    romanisations (Ukrainian, Russian); nothing for other scripts."""
    if not any("\u0400" <= character <= "\u04ff" for character in name):
        return [name]
    if any(character not in _CYRILLIC for character in name):
        return []
    return list(
        dict.fromkeys(
            "".join(
                _CYRILLIC[character][min(n, len(_CYRILLIC[character]) - 1)] for character in name
            )
            for n in (0, 1)
        )
    )


@functools.cache
def name_lists() -> NameLists:
    def read(name: str) -> set[str]:
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        return {line.split()[0].lower() for line in text.splitlines() if line.strip()}

    census_first = read("dist.male.first") | read("dist.female.first")
    first, last = set(census_first), read("dist.all.last")
    romanised: set[str] = set()
    words = ordinary_words()
    person = importlib.import_module("faker.providers.person")
    for module_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module_info.name}").Provider
        for attribute, into in (
            ("first_names", first), ("first_names_male", first), ("first_names_female", first),
            ("last_names", last),
        ):  # fmt: skip
            listed = getattr(provider, attribute, ())
            if not isinstance(listed, dict | list | tuple | set | frozenset):
                continue  # a property computed per instance: the plain lists hold the same
            for name in listed:
                lower = name.lower()
                # Cyrillic names as English text spells them ("kateryna", "katerina").
                spellings = _in_latin_letters(lower)
                if spellings != [lower]:
                    romanised.update(spellings)
                for spelt in spellings:
                    plain = spelt if spelt.isascii() else _without_accents(spelt)
                    if (
                        _LATIN_NAME.fullmatch(spelt)
                        and len(spelt) >= 4
                        and not {spelt, plain} & words
                    ):
                        into |= {spelt, plain}
    return NameLists(
        first=frozenset(first),
        last=frozenset(last),
        first_from_elsewhere=frozenset(first - census_first),
        romanised=frozenset(romanised - census_first),
    )


# Month and weekday names: capitalised like names, never a person's.
_MONTHS_AND_DAYS = frozenset((*careteam_api.ENGLISH_MONTHS, *careteam_api.ENGLISH_WEEKDAYS))
# Capitalised words the name lists hold that are, in these messages, something else.
NOT_NAMES = _MONTHS_AND_DAYS | frozenset(
    re.findall(
        r"[a-z]+",
        """christmas easter
        medicare medicaid blue cross shield aetna cigna humana kaiser united anthem er icu
        hospital clinic doctor nurse bill will mark grace hope faith joy rose frank art don guy
        ray pat sue rich chance angel star summer autumn dawn eve ivy holly penny ruby amber
        crystal honey sky river stone king major young long short little love gay lane street
        banks bush cash fields ford fox frost gold hart hunt jack lamb mann marsh moon nash page
        park parks person power reed sharp snow swift walker west north south east wells wise
        wolf winter best strong small hall bell brown white green black gray grey rice price
        wood hill hills rivers lake ocean sun golden fair early late new old good early worth
        case chase hunter mason cook baker miller taylor carter cooper turner parker porter
        judge bishop dean pope chief lord earl duke prince queen sterling august major
        thanks hi hello dear sir madam ok okay yes no please sorry also just max sage job gene
        sunny misty dusty rusty buck bud chip cliff dale glen lance van bob patience
        florence victoria georgia virginia carolina dakota india china paris savannah phoenix
        denver dallas houston madison lincoln christian austin jordan aurora apple mi su tu yo
        merry wrong america american muslim jewish catholic erie life alabama alaska arizona
        arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
        iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
        mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
        tennessee texas utah vermont washington wisconsin wyoming""",
    )
)


_COMMON_OR_NOT_NAMES = COMMON_WORDS | NOT_NAMES


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    placeholder: Placeholder

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class KnownFacts:
    """Details of the thread whose text is being normalised, replaced wherever they appear,
    and names the records hold (other members, providers) replaced where they read as names."""

    member_first_name: str = ""
    member_last_name: str = ""
    member_id: str = ""
    plan: str = ""
    agent_names: tuple[str, ...] = ()
    names: Gazetteer | None = None
    # Values of the member's records in the forms a reply writes them ("$1,240.50", "March 3,
    # 2026"), each with its field's slot; the first claim's values win a tie.
    record_values: tuple[tuple[str, Placeholder], ...] = ()
    # Amounts no one field holds ($0.00, or a plan-year figure that is also a claim's amount),
    # each with the fields that hold it: bound only where the words around it name exactly one
    # of them (suggestions.amount_words), else left as written. Also an amount one claim holds
    # in several fields (in record_values, bound to the first): the field its words name.
    amount_choices: tuple[tuple[str, tuple[Placeholder, ...]], ...] = ()

    def replacements(self) -> list[tuple[str, Placeholder]]:
        pairs = [
            (self.member_id, Placeholder.MEMBER_ID),
            (self.plan, Placeholder.PLAN_NAME),
            (self.member_first_name, Placeholder.MEMBER_FIRST_NAME),
            (self.member_last_name, Placeholder.MEMBER_LAST_NAME),
            *((name, Placeholder.AGENT_NAME) for name in self.agent_names),
            *self.record_values,
        ]
        # Longest first, so "Maria Lopez" is not half-replaced by "Maria".
        # A stable sort: among values of one length, the order above (the first claim) wins.
        return sorted(((v.strip(), p) for v, p in pairs if len(v.strip()) >= 2),
                      key=lambda pair: -len(pair[0]))  # fmt: skip

    @functools.cached_property
    def _slots(self) -> dict[str, Placeholder]:
        """Each value in lower case (longest first) and its placeholder."""
        slots: dict[str, Placeholder] = {}
        for value, placeholder in self.replacements():
            slots.setdefault(value.lower(), placeholder)
        return slots

    def spans(self, text: str) -> list[Span]:
        """Where the values stand as whole words, in any case, the longest at each place first.
        Plain string searches, not one pattern of every value: training builds facts for each
        message, and compiling a pattern of a hundred values took far longer than searching."""
        slots = self._slots
        lower = text.lower()
        if not slots or len(lower) != len(text):
            return self._spans_by_pattern(text) if slots else []
        choices = dict(self.amount_choices)
        found: list[tuple[int, int, str]] = []
        for value in [*slots, *(v for v in choices if v not in slots)]:
            start = lower.find(value)
            while start != -1:
                end = start + len(value)
                if not (start and _is_word_character(lower[start - 1])) and not (
                    end < len(lower) and _is_word_character(lower[end])
                ):
                    found.append((start, end, value))
                start = lower.find(value, start + 1)
        found.sort(key=lambda where: (where[0], where[0] - where[1]))
        spans: list[Span] = []
        taken = 0  # where the last value found ends, bound or left as written
        for start, end, value in found:
            if start < taken:
                # Inside a longer value found first: "93.00" of a "$93.00" left as written (its
                # words name no one field) is no value of its own, or "$" would stay before a
                # slot ("${DEDUCTIBLE_APPLIED}", a draft's "$$93.00").
                continue
            taken = end
            placeholder = slots.get(value)
            if value in choices:
                # Several fields hold the amount: the words around it choose. Bound by value
                # (one claim's fields), the first of those the words name, else the first.
                # "you've met $45.00 of $1,000.00": the limit after it, bound by its value,
                # says which running total it is, else the one kind of limit the sentence's
                # other figures hold ("your limit is $6,000.00 and you've reached $45.00").
                limit = amount_words.limit_after(text, end)
                of_limit = slots.get(lower[limit[0] : limit[1]]) if limit else None
                others = amount_words.sentence_figures(text, start, end)
                named = amount_words.field_named(
                    text, start, end, choices[value], first_of_several=placeholder is not None,
                    claim_fields_agree=value.lstrip("$") != "0.00", of_limit=of_limit,
                    sentence_limits=[slots.get(lower[low:high]) for low, high in others],
                )  # fmt: skip
                placeholder = named or placeholder
            if placeholder is not None:
                spans.append(Span(start, end, placeholder))
        return spans

    def _spans_by_pattern(self, text: str) -> list[Span]:
        """The same with a pattern, for the rare text whose lower case changes its length."""
        alternatives = "|".join(re.escape(value) for value in self._slots)
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        found = (
            (match, self._slots.get(match.group(0).lower())) for match in pattern.finditer(text)
        )
        return [Span(*match.span(), placeholder) for match, placeholder in found if placeholder]


# A member id's suffix, the two or three digits that say which of the family it is.
_MEMBER_SUFFIX = re.compile(
    r"(?i:\b(?:dependent|dependant|member|mbr|dep|id|person)(?: id)? suffix(?: is| #|:)? )"
    r"(?P<v>\d{2,3})\b"
)
# A holiday of a year names one day ("Labor Day 2026", "Christmas Eve, 2025"); without its year
# it names a day of every year, and stays a word.
_HOLIDAY_WITH_YEAR = re.compile(
    r"\b(?:(?:New Year['\u2019]?s|Memorial|Labor|Labour|Independence|Veterans['\u2019]?|"
    r"Presidents['\u2019]?|Columbus|MLK|Christmas|Thanksgiving|Boxing) (?:Day|Eve)|"
    r"Thanksgiving|Christmas|Easter|Halloween|Juneteenth)(?: weekend)?,? (?:19|20)\d{2}\b"
)


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


class Gazetteer:
    """Names the records hold (members, staff, providers), found in a text by word n-grams, so
    a lower-case "harborview laboratory services" or a relative who is also a member is found
    without one pattern per name. A name that is also a common word ("Will", "Grace") counts
    only capitalised and not where a sentence starts."""

    MAX_WORDS = 5

    def __init__(self, entries: Iterable[tuple[str, Placeholder]]) -> None:
        self.entries: dict[tuple[str, ...], Placeholder] = {}
        for name, placeholder in entries:
            words = tuple(_WORD.findall(name.lower()))
            if words and len(words) <= self.MAX_WORDS and len("".join(words)) >= 3:
                self.entries.setdefault(words, placeholder)
            if len(words) >= 2 and words[0] in ("dr", "doctor") and len(words[-1]) >= 3:
                # "Dr. Imelda Vantongeren" is also "dr vantongeren" and "Vantongeren".
                for variant in (("dr", words[-1]), ("doctor", words[-1]), (words[-1],)):
                    self.entries.setdefault(variant, placeholder)

    def spans(self, text: str) -> list[Span]:
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        found: list[Span] = []
        index = 0
        while index < len(words):
            for size in range(min(self.MAX_WORDS, len(words) - index), 0, -1):
                chunk = words[index : index + size]
                key = tuple(word.lower() for _, _, word in chunk)
                placeholder = self.entries.get(key)
                if placeholder is None or not _reads_as_name(text, chunk):
                    continue
                found.append(Span(chunk[0][0], chunk[-1][1], placeholder))
                index += size - 1
                break
            index += 1
        return found


# Words with inner apostrophes and hyphens ("O'Brien", "Smith-Jones"), but not a possessive 's.
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-](?![sS]\b)[A-Za-z]+)*")


def _reads_as_name(text: str, chunk: list[tuple[int, int, str]]) -> bool:
    if not all(word.lower() in COMMON_WORDS for _, _, word in chunk):
        return True
    first_start, _, first = chunk[0]
    before = text[:first_start].rstrip()
    sentence_start = not before or before[-1] in ".!?:\n"
    return first[:1].isupper() and not sentence_start


def find_spans(text: str, known: KnownFacts | None = None) -> list[Span]:
    """Every protected detail in `text`, as non-overlapping spans in order: the thread's own
    facts first, then patterns from the most specific (an e-mail's digits never become a
    phone), then names the records hold, then people named by their relation, then services."""
    known = known or KnownFacts()
    spans: list[Span] = []

    def add(start: int, end: int, placeholder: Placeholder) -> None:
        span = Span(start, end, placeholder)
        if start >= end:
            return
        overlapping = [taken for taken in spans if span.overlaps(taken)]
        if not overlapping:
            spans.append(span)
        elif placeholder == Placeholder.PERSON_NAME and all(
            taken.placeholder == Placeholder.PERSON_NAME for taken in overlapping
        ):
            # "Narayanan's claim" was taken by its cue; "Lakshmi Narayanan" is the whole name.
            for taken in overlapping:
                spans.remove(taken)
            spans.append(Span(min(start, *(t.start for t in overlapping)),
                              max(end, *(t.end for t in overlapping)), placeholder))  # fmt: skip

    emails, patterned, cued, learned = _scanned(text)
    if learned:
        # Imported here: the learned finder reads this module's word lists.
        from suggestions.learned_spans import learned_piece, widens
    # An e-mail address is whole before the thread's facts: "maria.lopez84@..." must not
    # become "{MEMBER_FIRST_NAME}.lopez84@...".
    for found in emails:
        add(*found)
    facts = known.spans(text)
    given = set(facts)  # what the thread's facts name stays named, whatever the vetoes say
    for span in facts:
        add(span.start, span.end, span.placeholder)
    for found in patterned:
        add(*found)
    if "suffix" in text or "Suffix" in text or "SUFFIX" in text:
        for match in _MEMBER_SUFFIX.finditer(text):
            add(*match.span("v"), Placeholder.MEMBER_ID)  # "dependent suffix 02"
    if "20" in text or "19" in text:
        for match in _HOLIDAY_WITH_YEAR.finditer(text):
            add(*match.span(), Placeholder.DATE)  # "Labor Day 2026": a day of one year
    if known.names is not None:
        for span in known.names.spans(text):
            # A name the records hold is the whole name: "dr. imelda vantongeren" replaces the
            # "dr. imelda" a pattern took, rather than leaving "vantongeren" behind.
            inside = [
                taken for taken in spans
                if taken.overlaps(span) and span.start <= taken.start and taken.end <= span.end
                and taken.placeholder in (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME)
            ]  # fmt: skip
            for taken in inside:
                spans.remove(taken)
            given.add(span)
            add(span.start, span.end, span.placeholder)
    for found in cued:
        add(*found)
    for start, end, placeholder in learned:
        # The learned finder's spans where the patterns found nothing: a part of one that a
        # pattern already took stays the pattern's, and the rest is taken where it can be a
        # detail by itself ("{PERSON_NAME} Okonjo-Whitfield" does not stay half named; "Maria
        # and Zoe" stays two names; "to" between two dates stays a word).
        overlapping = [taken for taken in spans if taken.start < end and start < taken.end]
        if not overlapping:
            add(start, end, placeholder)
            continue
        kinds = {taken.placeholder for taken in overlapping}
        first = min(taken.start for taken in overlapping)
        last = max(taken.end for taken in overlapping)
        if (
            placeholder in _ABSORBING
            and start <= first and last <= end and len(overlapping) > 1
            and kinds <= _ABSORBING[placeholder]
            and _one_detail_between(text, overlapping, placeholder)
            and (
                placeholder == Placeholder.ADDRESS
                or widens(text, start, end, first, last, placeholder)
            )
        ):  # fmt: skip
            # "Lot 67, Shady Pines Mobile Home Park, Bangor, ME": an address the patterns took
            # in pieces, a street's name among them taken for a person's and a ZIP+4 for a
            # claim's number, is one address (the finder's run of it already left the sentence
            # words at its edges out).
            for taken in overlapping:
                spans.remove(taken)
            add(start, end, placeholder)
            continue
        if (
            placeholder == Placeholder.PROVIDER_NAME
            and kinds == {Placeholder.PERSON_NAME}
            and len(overlapping) == 1
            and start <= first
            and last < end
            and _OF_A_PLACE.match(text, last, end) is not None
            and overlapping[0] not in given
        ):
            # "Comfort Keepers of Eastfield": what the cues took for a person is the first
            # part of a place named "... of" a town.
            spans.remove(overlapping[0])
            add(start, end, placeholder)
            continue
        if (
            len(kinds) == 1
            and (
                len(overlapping) == 1
                or (
                    kinds == {placeholder} == {Placeholder.PERSON_NAME}
                    and _one_name_between(text, overlapping)
                )
            )
            and overlapping[0].placeholder in _WIDENED_BY_LEARNED
            and widens(text, start, end, first, last, placeholder)
        ):
            # "xxx-xx-{SSN}": the pattern's kind, over the whole of what the finder found
            # joined to it (a word beside it, "mbr 55120934", is weighed on its own below);
            # "AUGUSTINE K. OFFORD III": two parts of one name the cues took apart, made one.
            for taken in overlapping:
                spans.remove(taken)
            add(min(start, first), max(end, last), overlapping[0].placeholder)
            continue
        for piece_start, piece_end in _uncovered(text, start, end, overlapping):
            piece = learned_piece(text, piece_start, piece_end, placeholder)
            if piece is not None:
                add(*piece, placeholder)
    for start, end in _names_by_shape(text):
        add(start, end, Placeholder.PERSON_NAME)
    spans = [span for span in spans if span in given or not _no_detail(text, span)]
    spans = [_with_branch(text, span, spans) for span in spans]
    spans = [_with_building(text, span, spans) for span in spans]
    spans = [_with_extension(text, span, spans) for span in spans]
    spans = [span if span in given else _with_initials(text, span, spans) for span in spans]
    spans = [_with_credential(text, span, spans) for span in spans]
    spans = [span if span in given else _with_title(text, span, spans) for span in spans]
    spans = [span if span in given else _with_first_word(text, span, spans) for span in spans]
    spans = _names_joined_by_particles(text, spans, given)
    persons = [(s.start, s.end) for s in spans if s.placeholder == Placeholder.PERSON_NAME]
    if persons:
        for start, end in _same_and_joined_names(text, persons):
            add(start, end, Placeholder.PERSON_NAME)
    spans = _amounts_whole(text, sorted(spans, key=lambda span: span.start))
    return _care_of(text, [_provider_whole(text, span, spans) for span in spans])


# A provider's name goes on past what the patterns took: "Valley Ortho Assoc., P.C." (its form
# of business), "Riverbend Fire & Rescue", and starts before it: "Ctr for Sleep Medicine",
# "van Dijk Physical Therapy" (a surname's particle in lower case).
_BUSINESS_AFTER = re.compile(
    r"\.?,? (?:P\.C\.|P\.A\.|PLLC|LLC|LLP|Inc\.?|Ltd\.?|Corp\.?)(?![\w])"
    r"|\.(?=,? (?:P\.C\.|P\.A\.|PLLC|LLC|LLP|Inc|Ltd))"
    r"| (?:&|and) Rescue\b"
)
# "St. Jude Manor": a home named for a saint.
_SAINTS_HOME_AFTER = re.compile(r" (?:Manor|Lodge|Villa|Haven|Home|Residence)\b")
_PROVIDER_START_BEFORE = re.compile(
    r"(?:\b(?:Ctr\.?|Cntr\.?|Center|Centre|Institute|Inst\.) (?:for|of) "
    r"|(?<![\w-])(?:van der|van den|van|von|de la|del|de|di|da|le|ten|ter) )$"
)


def _provider_whole(text: str, span: Span, spans: list[Span]) -> Span:
    if (
        span.placeholder != Placeholder.PROVIDER_NAME
        or not text[span.start : span.start + 1].isupper()
    ):
        return span
    start, end = span.start, span.end
    while (after := _BUSINESS_AFTER.match(text, end)) is not None:
        end = after.end()
    saint = re.fullmatch(r"(?:St\.|Saint) [A-Z][a-z]+", text[start:end])
    if saint is not None and (home := _SAINTS_HOME_AFTER.match(text, end)) is not None:
        end = home.end()
    before = _PROVIDER_START_BEFORE.search(text[max(0, start - 16) : start])
    if before is not None:
        start -= len(before.group(0))
    if (start, end) == (span.start, span.end) or any(
        other is not span and other.start < end and start < other.end for other in spans
    ):
        return span
    return Span(start, end, span.placeholder)


# "$618/mo": the period an amount is paid in is part of it; "between $900 and $1,100": a range
# of two amounts is one amount.
_PER_PERIOD = re.compile(r"(?i:/ ?(?:mo|mos|month|yr|year|wk|week|day|hr|hour|visit)\b\.?)")
_RANGE_BEFORE = re.compile(r"(?i:\b(?:between|entre) )$")
_RANGE_JOIN = re.compile(r"(?i: (?:and|y) )")


_CARE_OF_BEFORE = re.compile(r"(?i:\b(?:c/o|c\.o\.|care of|attn:?|att:?) )$")


def _care_of(text: str, spans: list[Span]) -> list[Span]:
    """ "c/o Ines Halvorsen, 45 Pine St, Duluth, MN": the name the mail goes in care of is part
    of the address after it; "sean o brien" is one name."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if (
            previous is not None
            and span.placeholder == previous.placeholder == Placeholder.PERSON_NAME
            and text[previous.end : span.start].lower() in (" o ", " mac ", " mc ")
        ):
            # "sean o brien" as speech to text writes O'Brien: one name.
            out[-1] = Span(previous.start, span.end, span.placeholder)
            continue
        if (
            previous is not None
            and span.placeholder == Placeholder.ADDRESS
            and previous.placeholder == Placeholder.PERSON_NAME
            and text[previous.end : span.start] in (", ", " ")
        ):
            before = _CARE_OF_BEFORE.search(text[max(0, previous.start - 10) : previous.start])
            if before is not None and before.group(0).lower().startswith("c"):
                out[-1] = Span(previous.start - len(before.group(0)), span.end, span.placeholder)
                continue
        out.append(span)
    return out


def _amounts_whole(text: str, spans: list[Span]) -> list[Span]:
    """Amount spans with their period after them, and a range "between A and B" made one."""
    out: list[Span] = []
    for span in spans:
        if span.placeholder == Placeholder.AMOUNT:
            period = _PER_PERIOD.match(text, span.end)
            if period is not None:
                span = Span(
                    span.start, period.end() - (text[period.end() - 1] == "."), span.placeholder
                )
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.placeholder == span.placeholder == Placeholder.AMOUNT
            and _RANGE_JOIN.fullmatch(text, previous.end, span.start) is not None
        ):
            before = _RANGE_BEFORE.search(text[max(0, previous.start - 12) : previous.start])
            if before is not None:
                out[-1] = Span(previous.start - len(before.group(0)), span.end, span.placeholder)
                continue
        out.append(span)
    return out


# What a found name or provider is not, whatever found it (the thread's own facts are kept):
# a retirement account ("Roth IRA"), a town before its state ("Ames, IA"), a place one travels
# to or is in ("in Charlotte", "Traveling to Tyler"), a store ("Walmart"), a bank ("Chase is my
# bank"), a programme ("Erisa"), a kind of care and no name ("Sinus and Allergy visits"), an
# illness ("Lung Cancer").
_NAMED_KINDS = (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME)
_ACCOUNT_AFTER = re.compile(r"\s+(?:IRA|Ira|401\(?[kK]\)?|403\(?[bB]\)?|457)\b")
_ACCOUNT_END = re.compile(r"\b(?:401|403|457) ?\(?[kKbB]\)?$")
_STATE_AFTER = re.compile(rf", (?:{_STATE_CODES.upper()})\b(?!['\u2019]s)(?! \d)")
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:(?:living|live|lives|lived|visiting|staying|stay|stuck|vacation|vacationing|"
    r"family|relatives|traveling|travelling|located|based|clinics?|hospitals?|doctors?|"
    r"pharmac(?:y|ies)|providers?|urgent care|moved|moving) (?:in|to|near|around)|"
    r"(?:travel|traveling|travelling|going|goes|went|go|moving|move|moved|fly|flying|flew|drive|"
    r"driving|drove|trip|relocating|headed|heading) (?:back )?to|near|outside(?: of)?|around|"
    r"(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be) (?:in|at|near)|"
    # "she's in London till Jan 9th": where someone else is.
    r"(?:she'?s|he'?s|they'?re|she\u2019s|he\u2019s|they\u2019re|she is|he is|they are|"
    r"she'?ll be|he'?ll be|they'?ll be) (?:in|at|near))\s)$"
)
# Stores whose name alone is no provider ("Does Walmart sell insurance?"); with its pharmacy or
# its store number it is one ("Walmart Pharmacy", "walmart #2231"). The labelled sets call a
# pharmacy chain alone ("CVS", "Walgreens", "Costco") a provider, so those stay providers.
_STORES = frozenset(("walmart", "kroger", "amazon", "target", "meijer", "heb"))
_BANKS = frozenset(("chase", "citi", "citibank", "wells", "ally", "discover", "capital"))
_BANK_CUE = re.compile(r"(?i:\b(?:bank|card|account|checking|savings|credit|debit|autopay)\b)")
_ILLNESS_WORDS = frozenset(
    ("cancer", "arthritis", "disease", "syndrome", "diabetes", "sclerosis", "surgery", "failure",
     "attack", "dementia", "disorder", "asthma", "copd", "hepatitis", "leukemia", "lymphoma",
     "stroke", "injury", "fracture", "pregnancy", "shingles", "vaccine", "apnea", "overweight")
)  # fmt: skip
_ADDRESS_AHEAD = re.compile(r"(?::| is| =|\.)? ?(?:is )?\d")
_PLACE_ENDINGS = frozenset(("county", "parish", "township", "borough"))
_ADDRESSED_ALL = frozenset(("sirs", "madams", "all", "everyone", "team", "folks"))
_US_STATES = frozenset(
    ("virginia", "georgia", "carolina", "dakota", "florida", "indiana", "washington", "nevada",
     "montana", "arizona", "texas", "maryland", "louisiana", "tennessee", "kentucky", "jersey")
)  # fmt: skip
_STATE_CUE = re.compile(
    r"(?i:\b(?:rules?|laws?|states?|residents?|medicaid|requires?|regulations?|mandates?|"
    r"marketplace|exchange|north|south|west)\b)"
)
_CARE_ONLY_AFTER = re.compile(r" (?:visits?|appointments?|shots?|treatments?|testing)\b")
_BODY_WORDS = frozenset(
    ("sinus", "heart", "lung", "skin", "bone", "joint", "spine", "eye", "ear", "nose", "throat",
     "foot", "hand", "knee", "hip", "back", "sleep", "pain", "weight", "head", "neck", "vein")
)  # fmt: skip


# An animal's name: "our dog Lily", "my cat, Daisy", "Biscuit (the cat)", "Max, our puppy".
_PETS = (
    r"(?:dogs?|cats?|pupp(?:y|ies)|pup|kittens?|kitty|pets?|birds?|parrot|parakeet|horses?|pony|"
    r"hamster|gerbil|rabbit|bunny|guinea pig|goldfish|lizard|turtle|tortoise|ferret|"
    r"chihuahua|poodle|beagle|terrier|retriever|labrador|shepherd|husky|tabby|perro|perrita|"
    r"perrito|gato|gata|gatito|mascota)"
)
_PET_BEFORE = re.compile(
    rf"(?i:\b{_PETS}(?:,| named| called| is named| is called| whose name is|'s name is)? )$"
)
_PET_AFTER = re.compile(
    rf"(?i:(?:,| \(|, who is| is) (?:my|our|the|his|her|their|a|mi|nuestro|nuestra) "
    rf"(?:[a-z]+ )?{_PETS}\b| the {_PETS}\b)"
)
# An insurer's name: "Geneva Life", "Prudential Life dropped me", "Farmers Mutual".
_INSURER_WORDS = frozenset(
    ("life", "mutual", "assurance", "insurance", "casualty", "indemnity", "annuity", "annuities")
)
_INSURER_AFTER = re.compile(r" (?:Life|Mutual|Assurance|Insurance|Casualty|Indemnity)\b")
# A box, a line or a field of a form: "Box 12 on the form is blank", "see Box 24J", "Box 7 of
# my 1095-C" (a box at the post office, "box 889 at the post office", stays an address).
_FORM_PLACE = re.compile(r"(?i:box|line|item|field|section|part|column|row|tier|step|page)")
_FORM_BOX = re.compile(r"(?i:box ?#?\d{1,3}[a-z]?)")
_FORM_CUE = re.compile(
    r"(?i:\b(?:forms?|1095(?:-[abc])?|1099|w-?2|w-?9|eob|cms-?1500|hcfa|ub-?04|claim form|"
    r"blank|fill(?:ed)? (?:in|out)|check(?:ed)?|tick(?:ed)?|see|says|shows|lists?)\b)"
)
_MAIL_CUE = re.compile(
    r"(?i:\b(?:mail|mailing|send|sent|ship|forward|address|post office|moved|move|live|rr|hc|"
    r"rural route|general delivery|star route)\b)"
)


def _form_place(text: str, span: Span) -> bool:
    """A box or a line of a form, taken for an address or a name: "Box 12 on the form"."""
    value = text[span.start : span.end]
    if span.placeholder == Placeholder.ADDRESS:
        return (
            _FORM_BOX.fullmatch(value) is not None
            and _FORM_CUE.search(text) is not None
            and _MAIL_CUE.search(text) is None
        )
    return (
        span.placeholder == Placeholder.PERSON_NAME
        and _FORM_PLACE.fullmatch(value) is not None
        and re.match(r" ?#?\d{1,3}[A-Za-z]?\b", text[span.end :]) is not None
    )


def _not_a_person(text: str, span: Span, lower: list[str]) -> bool:
    """A pet, an insurer or a box on a form, taken for a person."""
    if span.placeholder != Placeholder.PERSON_NAME:
        return False
    if len(lower) <= 2 and (
        _PET_BEFORE.search(text, max(0, span.start - 40), span.start)
        or _PET_AFTER.match(text, span.end)
    ):
        return True  # "our dog Lily", "Daisy, our cat"
    holiday = lower[-1] in ("day", "eve") and (
        not _is_first_name(lower[0], name_lists()) or lower[0] in _HOLIDAY_FIRST_WORDS
    )
    if len(lower) > 1 and (holiday or set(lower) <= _HOLIDAY_FIGURES):
        return True  # "Columbus Day", "Santa Claus": a holiday and its figures ("Mary Day" is one)
    if len(lower) > 1 and lower[-1] in _STREET_ENDINGS and text[span.end - 1].islower():
        return True  # "Holly Springs Road": a street named without its number, no one's name
    return lower[-1] in _INSURER_WORDS or _INSURER_AFTER.match(text, span.end) is not None


# The last word of a street's name that no surname is ("Lane", "Drive", "Street" are).
_STREET_ENDINGS = frozenset(
    ("road", "avenue", "boulevard", "highway", "parkway", "turnpike", "expressway", "freeway")
)
_HOLIDAY_FIGURES = frozenset(("santa", "claus", "easter", "bunny", "tooth", "fairy"))
# Holidays named for a person ("Columbus Day", "Martin Luther King Day"): the calendar's words.
_HOLIDAY_FIRST_WORDS = frozenset(("columbus", "martin", "valentine", "valentine's", "patrick's"))


def _no_detail(text: str, span: Span) -> bool:
    if _form_place(text, span):
        return True
    if span.placeholder == Placeholder.ADDRESS:
        return _ACCOUNT_END.search(text, span.start, span.end) is not None  # "a Roth 401k"
    if span.placeholder not in _NAMED_KINDS:
        return False
    words = _TEXT_WORD.findall(text, span.start, span.end)
    if not words:
        return False
    lower = [word.lower() for word in words]
    if _not_a_person(text, span, lower):
        return True
    if span.placeholder == Placeholder.PROVIDER_NAME and (
        lower[-1] in ("life", "mutual", "assurance", "casualty", "indemnity")
    ):
        return True  # "Geneva Life", "Farmers Mutual": insurers, no place of care
    if _ACCOUNT_AFTER.match(text, span.end) or (len(words) > 1 and words[-1] in ("IRA", "Ira")):
        return True  # "Roth IRA", "Roth 401k"
    if len(words) == 1:
        person = span.placeholder == Placeholder.PERSON_NAME
        if person and _STATE_AFTER.match(text, span.end) and not words[0].isupper():
            return True  # "Ames, IA"
        if (
            person and _PLACE_BEFORE.search(text, 0, span.start)
            and not _POSSESSIVE_AHEAD.match(text, span.end)
        ):  # fmt: skip
            return True  # "family in Charlotte", "Traveling to Tyler", "clinics near Ames"
        if (
            person and lower[0] in ("addy", "addr") and words[0].islower()
            and _ADDRESS_AHEAD.match(text, span.end)
            and re.search(r"(?i:\b(?:new|my|our|updated|the|mailing) )$", text[: span.start])
        ):  # fmt: skip
            return True  # "new addy: 4410 Larkspur Ln": an address, in slang
        if person and (lower[0] in _MESSAGE_WORDS or lower[0] in _ADDRESSED_ALL):
            return True  # "Lipitor went up", "Dear Sirs"
        numbered = "#" in text[span.start : span.end] or _BRANCH_AFTER.match(text, span.end)
        if lower[0] in _STORES and not numbered:
            return True  # "Walmart offers", a store and not which of its pharmacies
        if lower[0] in _US_STATES and _STATE_CUE.search(text):
            return True  # "Virginia has different rules"
        if lower[0] in _BANKS and _BANK_CUE.search(text):
            return True
    after = _TEXT_WORD.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    if (
        span.placeholder == Placeholder.PERSON_NAME and after is not None
        and after.group(0).lower() in _ILLNESS_WORDS and after.group(0)[0].isupper()
    ):  # fmt: skip
        return True  # "Rheumatoid| Arthritis": the first word of an illness's name
    provider = span.placeholder == Placeholder.PROVIDER_NAME
    if len(words) > 1 and lower[-1] in _PLACE_ENDINGS and not (provider and "of" in lower):
        return True  # "Jackson County": a place ("Children's Hospital of Orange County" a provider)
    if provider and len(lower) > 2 and lower[-2:] == ["oral", "surgery"]:
        return False  # "Marigold Oral Surgery": a practice, named before its kind
    if lower[-1] in _ILLNESS_WORDS and (
        span.placeholder == Placeholder.PERSON_NAME
        or (
            all(word in dictionary_words() for word in lower)
            and not any(word in _PROVIDER_WORDS_LOWER or word == "&" for word in lower[:-1])
        )
    ):
        return True  # "Lung Cancer", "Open Heart Surgery": what someone has, not who or where
    if span.placeholder == Placeholder.PROVIDER_NAME:
        # "Sinus and Allergy visits", "my Allergy and Asthma medicine": kinds of care and of
        # the body, no name among them.
        return all(
            word in _PROVIDER_WORDS_LOWER or word in _ILLNESS_WORDS or word in _BODY_WORDS
            or word in ("and", "&")
            for word in lower
        )  # fmt: skip
    return False


_BRANCH_AFTER = re.compile(r" ?#\d{1,4}\b")

# A clinician's credential after the name: "Tomas Lindqvist, DPM", "Leah Stein LCSW", "Jane
# Roe, PA-C" (the short ones that are words only after a comma: ", DO", ", PT").
_CREDENTIAL_AFTER = re.compile(
    r"(?:,? (?:MD|M\.D\.|DPM|DDS|DMD|DNP|FNP(?:-[BC])?|APRN|CRNA|CNM|LCSW|LICSW|LMFT|LPC|LMHC|"
    r"PsyD|Ph\.?D\.?|AuD|DPT|OTR(?:/L)?|PA-C|NP-C|RN|BSN|MSN|LPN|MPH|CCC-SLP|LAc|DC|OD|NP)"
    r"|, (?:DO|PT|OT|PA|RD|ND|MD))\b\.?(?!['\u2019\w-])"
)
# A title of the clergy, the services or a school before a name: "Rev. Thomas Okafor", "Fr.
# Miguel", "Pastor Dan", "Prof. Ito", "Sgt. Ray Ellis".
_TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"']))(?:Rev|Fr|Prof|Capt|Sgt|Lt|Col|Maj|Gen|Hon|Cpl|Pvt)\. ?$"
    # "Mrs. Frank de la Wright": the courtesy title a pattern's find of the name left out.
    r"|(?:^|(?<=[\s(\"']))(?:Mr|Mrs|Ms|Mx|MR|MRS|MS)\.? ?$"
    r"|(?:^|(?<=[\s(\"']))(?:Reverend|Pastor|Father|Rabbi|Imam|Deacon|Elder|Sister|Brother|"
    r"Professor|Coach|Officer|Sergeant|Captain) $"
)


def _with_credential(text: str, span: Span, spans: list[Span]) -> Span:
    """A person with the credential written after the name: "Tomas Lindqvist, DPM"."""
    return _with_what_follows(text, span, spans, Placeholder.PERSON_NAME, _CREDENTIAL_AFTER)


# What stands between two parts of one name, or before a surname: a surname's particles
# ("Jane van der Berg", "Frank de la Rosa", "Ali bin Harun", "Nils ten Brink") and, joined to
# it, an Irish, French or Italian surname's elision ("O'Kwabena", "D'Souza", "L'Esperance").
_NAME_PARTICLE_WORDS = "van|von|der|den|de|la|le|del|della|da|das|dos|du|di|ten|ter"
_PARTICLES_BETWEEN = re.compile(rf"(?: (?i:{_NAME_PARTICLE_WORDS}|bin|ibn|al|el)| St\.){{1,3}} ")
_TITLED = re.compile(r"(?i:dra?|mrs?|ms|mx|sra?|srta|doctora?)\b")
_ELISION_BEFORE = re.compile(r"(?<![\w'\u2019])[OoDdLl]['\u2019]$")
# A surname's particles opening a name where a label or a title stands before them: "Rendering:
# de la Swen, Christoph", "Dr. van Houten" ("la" after a sentence word stays a word).
_PARTICLES_OPENING = re.compile(
    r"(?:^|(?<=[\n:(])[ \t]*|(?<=\b(?:Dr|Mr|Ms|Mx)\. )|(?<=\bMrs\. ))"
    rf"(?:(?:{_NAME_PARTICLE_WORDS}) ){{1,3}}$"
)
_NAMES = (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME)


def _names_joined_by_particles(text: str, spans: list[Span], given: set[Span]) -> list[Span]:
    """Two parts of one name found apart with a surname's particles between them are one name
    ("Jane" and "der Berg" of "Jane van der Berg"), and a surname's elision or its particles
    after a label before a name found without them join it ("O'" of "O'Kwabena, Petteri",
    "de la" of "Rendering: de la Swen, Christoph"). The thread's own facts stay as given."""
    ordered = sorted(spans, key=lambda span: span.start)
    joined: list[Span] = []
    for span in ordered:
        if span.placeholder in _NAMES and span not in given and span.start >= 2:
            elision = _ELISION_BEFORE.search(text, span.start - 2, span.start)
            if elision is not None and text[span.start : span.start + 1].isalpha():
                span = Span(elision.start(), span.end, span.placeholder)
            opening = _PARTICLES_OPENING.search(text, max(0, span.start - 24), span.start)
            if (
                opening is not None and text[span.start : span.start + 1].isupper()
                and _TITLED.match(text, span.start) is None
            ):  # fmt: skip
                start = opening.start() + len(opening.group(0)) - len(opening.group(0).lstrip())
                span = Span(start, span.end, span.placeholder)
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.placeholder in _NAMES and span.placeholder == Placeholder.PERSON_NAME
            and previous not in given and span not in given
            and text[span.start : span.start + 1].isalpha()
            and _PARTICLES_BETWEEN.fullmatch(text, previous.end, span.start) is not None
        ):  # fmt: skip
            # A clinician's name found as a provider's keeps that kind ("Dr. Franz de
            # Alexandrenko"); a place after "de", "al" ("Juan al Hospital San José") is no part.
            placeholder = (
                Placeholder.PROVIDER_NAME
                if Placeholder.PROVIDER_NAME in (previous.placeholder, span.placeholder)
                else Placeholder.PERSON_NAME
            )
            joined[-1] = Span(previous.start, span.end, placeholder)
            continue
        joined.append(span)
    return joined


def _with_title(text: str, span: Span, spans: list[Span]) -> Span:
    """A person with the title written before the name: "Rev. Thomas Okafor"."""
    if (
        span.placeholder != Placeholder.PERSON_NAME
        or not text[span.start : span.start + 1].isupper()
    ):
        return span
    title = _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
    if title is None:
        return span
    wider = Span(title.start(), span.end, span.placeholder)
    if any(other.overlaps(wider) for other in spans if other is not span):
        return span
    return wider


# People named by the shape around them, whatever the name's word (it may be a sentence word,
# "Sunny", "Bill", "Ivy"): a listed first name asked to do something ("ask Sunny to call me"),
# said to be a relation ("Bill, my husband, handles it"), or signing a message in lower case
# after a dash ("- ivy"); a capitalised word before a surname after a relation ("my partner
# River Adams"); a Vietnamese name by its surname and middle name ("nguyễn văn an").
_RELATIONS = (
    r"(?:husband|wife|son|daughter|partner|spouse|mom|mother|dad|father|brother|sister|"
    r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|niece|"
    r"nephew|aunt|uncle|cousin|boyfriend|girlfriend|fianc[eé]e?|child|kid|dependent|dependant|"
    r"caregiver|roommate|friend|neighbor|neighbour)"
)
_ASKED_TO = re.compile(
    r"\b(?:[Aa]sk|[Tt]ell|[Rr]emind|[Hh]ave|[Gg]et) (?P<name>[A-Z][a-z\u00df-\u00ff'\u2019-]+)"
    r"(?= to (?:call|email|e-mail|text|send|reach|contact|sign|pick|check|look|fax|mail|phone)\b)"
)
_NAMED_AS_RELATION = re.compile(
    r"(?:^|(?<=[\s(]))(?!(?:Will|Can|May|Should|Does|Did|Is|Was|Has|Had|Could|Would|Must|Shall|"
    r"Do|Are|Were|And|But|So|Then|Now|Today|Also|Plus|Because|Since|Both|Me|Us)\b)"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff'\u2019-]+)"
    # "Mark (my son)": a bracket right before the relation too.
    rf"(?:,? | \(| - )(?:my|our|mi) (?:[a-z]+ )?{_RELATIONS}\b"
)
# An Irish or French surname in lower case: "o'brien's claim", "d'angelo" ("o'clock" is none).
_APOSTROPHE_SURNAME = re.compile(r"\b[od]['\u2019](?!clock\b)[a-z]{3,}\b")
_DASH_SIGNED_LOWER = re.compile(r"(?:^|\n)\s*[-\u2014~]\s*(?P<name>[a-z\u00df-\u00ff]{3,})\s*$")
_RELATION_BEFORE = re.compile(
    rf"(?i:\b(?:my|our|his|her|their) (?:[a-z]+ )?{_RELATIONS}(?:,| is| named| called)? )$"
)
_VIETNAMESE = re.compile(
    r"(?i:\b(?P<sur>nguy\u1ec5n|nguyen|tr\u1ea7n|tran|l\u00ea|le|ph\u1ea1m|pham|ho\u00e0ng|"
    r"hoang|hu\u1ef3nh|huynh|phan|v\u0169|vu|v\u00f5|vo|\u0111\u1eb7ng|dang|b\u00f9i|bui|"
    r"\u0111\u1ed7|do|h\u1ed3|ho|ng\u00f4|ngo|d\u01b0\u01a1ng|duong|l\u00fd|ly) "
    r"(?P<middle>v\u0103n|van|th\u1ecb|thi|\u0111\u1ee9c|duc|h\u1eefu|huu|ng\u1ecdc|ngoc|"
    r"minh|quang|thanh|xu\u00e2n|xuan|kim|b\u1ea3o|bao|gia|anh)"
    r"(?P<given>(?: [^\W\d_]+){1,2}))"
)
_VIETNAMESE_MARKS = re.compile("[\u0103\u01a1\u01b0\u0111\u1ea0-\u1ef9]", re.IGNORECASE)


def _names_by_shape(text: str) -> list[tuple[int, int]]:
    names = name_lists()
    found: list[tuple[int, int]] = []
    for match in _ASKED_TO.finditer(text):
        if _is_first_name(match.group("name").lower(), names):
            found.append(match.span("name"))
    for match in _NAMED_AS_RELATION.finditer(text):
        lower = match.group("name").lower()
        # "Christmas Eve my son broke", "June through August my kid": days and months.
        previous = re.search(r"(\S+) $", text[max(0, match.start() - 30) : match.start()])
        after_a_capital = (
            previous is not None
            and previous.group(1)[:1].isupper()
            and previous.group(1)[-1] not in ".!?:,;"
            # "Can Mark (my son) sign": a question's verb before the name is no name's part.
            and previous.group(1).lower() not in _AUXILIARIES
        )
        if (
            _is_first_name(lower, names)
            and lower not in _CALENDAR_WORDS
            and lower not in _MONTHS_AND_DAYS
            and not after_a_capital
        ):
            found.append(match.span("name"))
    if "'" in text or "\u2019" in text:
        found += [match.span() for match in _APOSTROPHE_SURNAME.finditer(text)]
    if (signed := _DASH_SIGNED_LOWER.search(text)) and signed.group("name") in names.first:
        found.append(signed.span("name"))
    if "v" in text.lower() or "th" in text.lower() or _VIETNAMESE_MARKS.search(text):
        for match in _VIETNAMESE.finditer(text):
            value = match.group(0)
            marked = _VIETNAMESE_MARKS.search(value) is not None
            titled = all(word[:1].isupper() for word in value.split())
            plain = match.group("sur").lower() in ("nguyen", "tran", "pham", "hoang", "huynh") and (
                match.group("middle").lower() in ("van", "thi")
            )
            if marked or titled or plain:
                given = match.group("given").split()
                end = match.end()
                # The given name is one word unless the second is capitalised or written with
                # Vietnamese marks too ("Nguyễn Thị Minh Khai"; "nguyễn văn an needs" is one).
                second = given[-1]
                if len(given) == 2 and not (
                    second[:1].isupper() or _VIETNAMESE_MARKS.search(second)
                ):
                    end = match.end() - len(second) - 1
                found.append((match.start(), end))
    return found


_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z'\u2019-]+) $")


def _with_first_word(text: str, span: Span, spans: list[Span]) -> Span:
    """A surname after a relation with the capitalised word before it, which is the first name
    even when it is a sentence word: "my partner River Adams", "my son Hunter Blake"."""
    if (
        span.placeholder != Placeholder.PERSON_NAME
        or not text[span.start : span.start + 1].isupper()
    ):
        return span
    before = re.search(
        r"(?:^|\s)([A-Z][a-z'\u2019-]+) $", text[max(0, span.start - 30) : span.start]
    )
    if before is None:
        return span
    start = span.start - len(before.group(1)) - 1
    if not _RELATION_BEFORE.search(text, max(0, start - 40), start):
        return span
    wider = Span(start, span.end, span.placeholder)
    if any(other.overlaps(wider) for other in spans if other is not span):
        return span
    return wider


def _with_what_follows(
    text: str, span: Span, spans: list[Span], kind: Placeholder, after: re.Pattern[str]
) -> Span:
    """A detail of `kind` widened over what `after` matches right behind it, unless that runs
    into another span."""
    if span.placeholder == kind and (following := after.match(text, span.end)):
        wider = Span(span.start, following.end(), span.placeholder)
        if not any(other.overlaps(wider) for other in spans if other is not span):
            return wider
    return span


# Before an address: the building and wing its room is in ("Hall B Room 312, 400 College Ave"),
# or its number in words ("One Market Plaza, 14th Fl").
_BUILDING_BEFORE = re.compile(
    r"(?:^|(?<=[\s:(]))(?:(?:[A-Z][a-z'\u2019-]+ )?"
    r"(?:Hall|Building|Bldg\.?|Tower|Wing|Pavilion|House|Dorm) (?:[A-Z]|\d{1,3}[A-Z]?),? "
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) )$"
)


def _with_building(text: str, span: Span, spans: list[Span]) -> Span:
    if span.placeholder != Placeholder.ADDRESS or not text[span.start : span.start + 1].isupper():
        return span
    before = _BUILDING_BEFORE.search(_before(text, span.start))
    if before is None:
        return span
    wider = Span(span.start - len(before.group(0)), span.end, span.placeholder)
    if any(other.overlaps(wider) for other in spans if other is not span):
        return span
    return wider


def _with_branch(text: str, span: Span, spans: list[Span]) -> Span:
    """A provider with its branch's number: "Farmacia La Económica #3", "walgreens #4412"."""
    return _with_what_follows(text, span, spans, Placeholder.PROVIDER_NAME, _BRANCH_AFTER)


_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s:(]))(?:[A-Z]\. ?){1,2}$")


def _with_initials(text: str, span: Span, spans: list[Span]) -> Span:
    """A name with the initials written before it: "M. Vantongeren", "T.J. Kowalczyk"."""
    if span.placeholder != Placeholder.PERSON_NAME:
        return span
    initials = _INITIALS_BEFORE.search(text, max(0, span.start - 6), span.start)
    if initials is None or not text[span.start].isupper():
        return span
    wider = Span(initials.start(), span.end, span.placeholder)
    if any(other.overlaps(wider) for other in spans if other is not span):
        return span
    return wider


_EXTENSION_AFTER = re.compile(r"(?i:,? (?:ext\.?|extension|x|ext:) ?\d{1,5}\b)")


def _with_extension(text: str, span: Span, spans: list[Span]) -> Span:
    """A phone number with its extension: "1-555-014-2209 extension 41"."""
    return _with_what_follows(text, span, spans, Placeholder.PHONE, _EXTENSION_AFTER)


_POSSESSIVE_AHEAD = re.compile(r"['\u2019]s?\b")


_NAME_PARTICLES = frozenset(
    ("de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der",
     "den", "le", "bin", "al", "el", "st", "ten", "ter", "mac", "mc")
)  # fmt: skip
_BETWEEN_NAME_PARTS = re.compile(r"[\w']+|[^\w\s]")


def _one_name_between(text: str, parts: list[Span]) -> bool:
    """Whether what stands between parts of names is inside one name: initials and particles
    ("AUGUSTINE| K. |OFFORD III"), never "and" or a comma between two people."""
    ordered = sorted(parts, key=lambda span: span.start)
    for before, after in itertools.pairwise(ordered):
        for match in _BETWEEN_NAME_PARTS.finditer(text, before.end, after.start):
            word = match.group(0)
            initial = len(word) == 1 and word.isalpha() and word.isupper()
            if not (initial or word == "." or word.lower() in _NAME_PARTICLES):
                return False
    return True


_CONNECTORS = frozenset(("and", "or", "y", "o", "e", "ou", "vs", "versus", "not", "then", "to"))


def _one_detail_between(text: str, parts: list[Span], placeholder: Placeholder) -> bool:
    """Whether the pieces an address or a provider was found in are of one: nothing between
    them joins two ("{ADDRESS} or {ADDRESS}", "{PROVIDER_NAME}, {PROVIDER_NAME} and ..."), no
    line break, and for a provider no comma."""
    ordered = sorted(parts, key=lambda span: span.start)
    for before, after in itertools.pairwise(ordered):
        between = text[before.end : after.start]
        if "\n" in between or ";" in between:
            return False
        if placeholder == Placeholder.PROVIDER_NAME and "," in between:
            return False
        if any(word.lower() in _CONNECTORS for word in _TEXT_WORD.findall(between)):
            return False
    return True


def _uncovered(text: str, start: int, end: int, taken: list[Span]) -> list[tuple[int, int]]:
    """The pieces of start..end outside every taken span, without their edge punctuation,
    that hold a letter or a digit."""
    pieces, position = [], start
    for span in sorted(taken, key=lambda span: span.start):
        if span.start > position:
            pieces.append((position, span.start))
        position = max(position, span.end)
    if position < end:
        pieces.append((position, end))
    trimmed = []
    for piece_start, piece_end in pieces:
        while piece_start < piece_end and not text[piece_start].isalnum():
            piece_start += 1
        while piece_end > piece_start and not text[piece_end - 1].isalnum():
            piece_end -= 1
        if piece_start < piece_end:
            trimmed.append((piece_start, piece_end))
    return trimmed


# A name found once names its person wherever else the text writes it, misspelt too ("Kalani
# ... SSN for Kalani", "his name is Kwame not Kwane", "magdalean (sorry, magdalene)"), and a
# word joined to it by "and" that reads as a name is a second person ("Ayo and Tayo").
_TEXT_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_JOINED_WORD_AFTER = re.compile(r",? (?:and|&|y|or|o) (?P<word>[^\W\d_][\w'\u2019-]*)")
_JOINED_WORD_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<word>[^\W\d_][\w'\u2019-]*),? (?:and|&|y) $"
)
_HONORIFIC_WORDS = _words(
    "mr mrs ms miss mx sr sra srta se\u00f1or se\u00f1ora se\u00f1orita do\u00f1a don"
)


def _same_and_joined_names(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ordinary = _no_name_words()
    name_words: dict[str, bool] = {}  # a name's words, and whether each is capitalised
    for start, end in persons:
        for match in _TEXT_WORD.finditer(text, start, end):
            word = _POSSESSIVE.sub("", match.group(0))
            lower = word.lower()
            if (
                len(lower) >= 3
                and lower not in ordinary
                and lower not in _HONORIFIC_WORDS
                # "Google Wallet" taken for a person leaves "wallet" a word elsewhere.
                and lower not in dictionary_words()
                and (lower in name_lists().any or _unlisted_name_word(lower))
            ):
                name_words[lower] = word[:1].isupper()
    found: list[tuple[int, int]] = []
    if name_words:
        for match in _TEXT_WORD.finditer(text):
            start = match.start()
            if any(a <= start < b for a, b in persons):
                continue
            word = _POSSESSIVE.sub("", match.group(0))
            lower = word.lower()
            if len(lower) < 3 or lower in ordinary:
                continue
            if lower in name_words or (
                lower not in _SPANISH_WORDS
                and any(
                    capitalised == word[:1].isupper() and _misspelt(lower, name)
                    for name, capitalised in name_words.items()
                )
            ):
                found.append((start, start + len(word)))
    for start, end in persons:
        after = _JOINED_WORD_AFTER.match(text, end)
        if after and _joined_name_word(after.group("word"), text[start]):
            word = _POSSESSIVE.sub("", after.group("word"))
            found.append((after.start("word"), after.start("word") + len(word)))
        window = _before(text, start)
        before = _JOINED_WORD_BEFORE.search(window)
        if before and _joined_name_word(before.group("word"), text[start]):
            offset = start - len(window)
            found.append((offset + before.start("word"), offset + before.end("word")))
    return found


def _joined_name_word(word: str, first_of_name: str) -> bool:
    """A word beside a name, joined by "and", that reads as a second name: written in the same
    case, no sentence, calendar, plan or provider word; in lower case a listed or unlisted name."""
    word = _POSSESSIVE.sub("", word)
    lower = word.lower()
    if (
        len(lower) < 3
        or word[:1].isupper() != first_of_name.isupper()
        or (word.isupper() and len(word) > 1)
        or lower in _no_name_words()
        or lower in _NEVER_PEOPLE
        or lower in _SPANISH_WORDS
        or lower in _PLAN_WORDS
        or lower in _CALENDAR_WORDS
        or lower in _HONORIFIC_WORDS
    ):
        return False
    if word[:1].isupper():
        return True
    return _unlisted_name_word(lower) or (
        lower in name_lists().first and lower not in dictionary_words()
    )


def _misspelt(word: str, name: str) -> bool:
    """One letter changed, added, dropped or two swapped (two changes in a long name), the first
    letter kept: "Kwane" for "Kwame", "magdalean" for "magdalene", "Theodric" for "Theodoric"."""
    if word[0] != name[0] or abs(len(word) - len(name)) > 2 or word == name:
        return False
    allowed = 2 if min(len(word), len(name)) >= 6 else 1
    previous2: list[int] = []
    previous = list(range(len(name) + 1))
    for i, letter in enumerate(word, 1):
        current = [i] + [0] * len(name)
        for j, other in enumerate(name, 1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)
            )
            if i > 1 and j > 1 and letter == name[j - 2] and word[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > allowed:
            return False
        previous2, previous = previous, current
    return previous[-1] <= allowed


Found = tuple[int, int, Placeholder]
# Whether find_spans adds the learned finder's spans to the patterns' (the union of both). On
# since stop 28: on fresh9 it raises recall (0.854 -> 0.942) with the precision rules of
# suggestions/learned_spans.py keeping sentence words out (docs/FIGURES.md, stop 28, learnon);
# `bench/deid.py --patterns-only` measures the patterns alone.
LEARNED_SPANS = True
# A learned span of these kinds over several finds of these kinds is one detail.
_ABSORBING = {
    Placeholder.ADDRESS: frozenset(
        (Placeholder.ADDRESS, Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME,
         Placeholder.CLAIM_NUMBER, Placeholder.MEMBER_ID)
    ),
    Placeholder.PROVIDER_NAME: frozenset((Placeholder.PROVIDER_NAME, Placeholder.PERSON_NAME)),
}  # fmt: skip
# A pattern's find of these kinds that a learned span runs past is widened to it; the thread's
# own facts ({MEMBER_FIRST_NAME}, ...) are never widened.
_WIDENED_BY_LEARNED = frozenset(
    (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME, Placeholder.SSN, Placeholder.MEMBER_ID,
     Placeholder.CLAIM_NUMBER, Placeholder.PHONE, Placeholder.ADDRESS, Placeholder.AMOUNT,
     Placeholder.DATE, Placeholder.NPI)
)  # fmt: skip
# What a text's scan finds: e-mails, the detail patterns' finds, names by their cues and
# services, and the learned finder's spans (suggestions/learned_spans.py).
Detected = tuple[tuple[Found, ...], tuple[Found, ...], tuple[Found, ...], tuple[Found, ...]]

# Scans already made elsewhere (by text_key) and the scans made here meanwhile: set by
# scans_reused, so that a history's repeated texts are scanned once however many threads hold them.
_reused: ContextVar[tuple[Mapping[bytes, Detected | str], dict[bytes, Detected]] | None] = (
    ContextVar("_reused", default=None)
)


def text_key(text: str) -> bytes:
    """A short key that stands for the exact text (16 bytes of BLAKE2b: keeping a history's
    distinct texts themselves as keys cost hundreds of megabytes at a million pairs), keyed with
    a secret derived from SECRET_KEY: stored scans are filed under it (suggestions.scans), and a
    key that anyone could compute would let a copy of that table confirm a guessed message."""
    return hashlib.blake2b(
        text.encode("utf-8", "surrogatepass"), digest_size=16, key=_text_key_secret()
    ).digest()


@functools.cache
def _text_key_secret() -> bytes:
    from django.conf import settings

    return hashlib.blake2b(
        settings.SECRET_KEY.encode(), digest_size=32, person=b"text-scan-keys"
    ).digest()


@contextmanager
def scans_reused(given: Mapping[bytes, Detected | str]) -> Iterator[dict[bytes, Detected]]:
    """Within the block, a text whose key is in `given` is not scanned again: find_spans takes
    what its scan found from there (the scan depends on the text alone, never on the thread's
    facts, so the templates are the same), a scan as it is or as stored (scan_encoded). The
    dict yielded receives the scans made inside."""
    scanned: dict[bytes, Detected] = {}
    token = _reused.set((given, scanned))
    try:
        yield scanned
    finally:
        _reused.reset(token)


_KINDS = {placeholder.value: placeholder for placeholder in Placeholder}


def scan_encoded(detected: Detected) -> str:
    """A scan as stored (suggestions.scans): each part's offsets and kinds in one flat list."""
    return json.dumps(
        [[value for start, end, kind in part for value in (start, end, kind.value)]
         for part in detected],
        separators=(",", ":"),
    )  # fmt: skip


def scan_decoded(found: str) -> Detected:
    emails, patterned, cued, learned = (
        tuple(zip(part[0::3], part[1::3], map(_KINDS.__getitem__, part[2::3]), strict=True))
        for part in json.loads(found)
    )
    return emails, patterned, cued, learned


def scanned_forms(text: str) -> set[str]:
    """The forms of a text that normalising scans: to_template reads it with braces made
    parentheses, find_details (the claim a message is about) as it is."""
    return {text, text.replace("{", "(").replace("}", ")")}


def text_scan(text: str) -> Detected:
    """What the patterns and cues find in the text, whatever its thread (see _detected): what
    suggestions.scans stores so that training need not scan the text again."""
    return _scanned(text)


def _scanned(text: str) -> Detected:
    reused = _reused.get()
    if reused is None:
        return _detected(text)
    given, scanned = reused
    key = text_key(text)
    found = given.get(key) or scanned.get(key)
    if found is None:
        found = scanned[key] = _detected(text)
    elif isinstance(found, str):  # as stored: decoded where it is used (a worker process)
        found = scan_decoded(found)
    return found


@functools.lru_cache(maxsize=64)
def _detected(text: str) -> Detected:
    """What the patterns and cues find in a text whatever its thread, in the order find_spans
    weighs them: e-mails, the detail patterns, then names by their cues and services. Kept for
    the last texts seen: training reads a message's claim details and then normalises it, and
    the scan, the larger part of normalising, is done once."""
    emails: list[Found] = []
    if "@" in text:
        emails = [(*match.span(), Placeholder.EMAIL) for match in _EMAIL.finditer(text)]
    patterned: list[Found] = []
    scan = _Scan(text)
    held: dict[int, bool] = {}  # by the needs pattern: several patterns need the same (a digit)
    for placeholder, pattern in _PATTERNS:
        needs = _NEEDS.get(id(pattern))
        # A pattern tried only where it can start needs no such search first.
        anchored = scan.lower and (id(pattern) in _STARTS or id(pattern) in _ENDS)
        if needs is not None and not anchored:
            if (has := held.get(id(needs))) is None:
                has = held[id(needs)] = needs.search(text) is not None
            if not has:
                continue
        position = 0
        while (match := scan.search(pattern, position)) is not None:
            where = _accepted(match, placeholder)
            if where is not None and pattern is _ANY_ID:
                digits = sum(character.isdigit() for character in match.group(0))
                zip_plus_four = _ZIP_PLUS_FOUR.fullmatch(match.group(0)) is not None
                # "11109158/92" is an id, "2014/2015" two years.
                head = match.group(0).split("/")[0]
                short = "/" in match.group(0) and sum(c.isdigit() for c in head) < 5
                where = match.span() if digits >= 6 and not zip_plus_four and not short else None
                if where is not None:
                    patterned.append((*where, _id_kind(text, match.start())))
                    where = None
                    position = match.end()
                    continue
            if where is not None and pattern is _SPOKEN_ID:
                placeholder_here = _spoken_kind(text, *where)
                patterned.append((*where, placeholder_here))
                position = match.end()
                continue
            if where is not None:
                patterned.append((*where, placeholder))
            # A refused match ("doc is Dr") may hide one that starts inside it ("Dr Amos").
            position = match.end() if where is not None else match.start() + 1
    if patterned and _AGAINST_CUE.search(text):
        patterned += _set_against(text, patterned)
    cued = tuple(_cued_names_and_services(text, scan))
    return tuple(emails), tuple(patterned), cued, _learned(text)


def _learned(text: str) -> tuple[Found, ...]:
    if not LEARNED_SPANS:
        return ()
    # Imported here: the learned finder reads this module's word lists.
    from suggestions.learned_spans import learned_spans

    return tuple((span.start, span.end, span.placeholder) for span in learned_spans(text))


# "ends 4472, not 4473", "555 2014478 no wait 555-201-4487", "$40 or 60": a value of the same
# shape right after a detail, set against it, is a detail of the same kind.
_AGAINST_CUE = re.compile(r"(?i:\b(?:not|or|nor|wait|sorry|mean|instead|vs|versus|rather)\b)")
_AGAINST = re.compile(
    r"(?i:,? (?:not|or|nor|no wait,?|sorry,?|i mean|instead of|vs\.?|versus|rather than)"
    r" (?:the |my |it'?s |its )?)"
    r"(?P<v>[$\u20ac\u00a3]?[A-Za-z]{0,4}\d(?:[\w/-]|[.,]\d|[ ()](?=\d))*)"
)
_SAME_SHAPE_KINDS = frozenset(
    (Placeholder.SSN, Placeholder.PHONE, Placeholder.MEMBER_ID, Placeholder.CLAIM_NUMBER,
     Placeholder.NPI)
)  # fmt: skip


def _set_against(text: str, found: list[Found]) -> list[Found]:
    more: list[Found] = []
    taken = [(start, end) for start, end, _ in found]
    for start, end, kind in found:
        match = _AGAINST.match(text, end)
        if match is None:
            continue
        value, (value_start, value_end) = match.group("v"), match.span("v")
        if any(a < value_end and value_start < b for a, b in taken):
            continue
        if kind in _SAME_SHAPE_KINDS:
            same = sum(c.isdigit() for c in value) == sum(c.isdigit() for c in text[start:end])
        elif kind == Placeholder.AMOUNT:
            same = re.fullmatch(
                r"[$\u20ac\u00a3]?\d[\d,]*(?:\.\d{1,2})?", value
            ) is not None and not _NOT_MONEY_AFTER.match(text, value_end)
        elif kind == Placeholder.DATE:
            same = _DATE.fullmatch(value) is not None
        else:
            same = False
        if same:
            more.append((value_start, value_end, kind))
            taken.append((value_start, value_end))
    return more


def _cued_names_and_services(text: str, scan: _Scan) -> list[Found]:
    found: list[Found] = []
    person = Placeholder.PERSON_NAME
    for match in scan.finditer(_HONORIFIC):
        lower = match.group("lower")
        # "mr. aloysius": after a written title, a listed first name ending as words do is a name.
        titled = lower is not None and "." in match.group(0) and lower in name_lists().first
        if lower is None or not (
            len(lower) < 2
            or lower in _no_name_words()
            or lower in _SPANISH_WORDS
            or (re.search(_NOT_A_NAME_ENDING, lower) and not titled)
        ):
            start, end = match.span()
            after = _LOWER_SURNAME.match(text, end)
            if lower is not None and after is not None:
                # "mr. aloysius d'souza", "ms. priya ramaswamy-holt": a surname after it.
                surname = after.group(1)
                if (
                    surname in name_lists().last or "'" in surname or "-" in surname
                ) and surname not in _no_name_words():
                    end = after.end()
            # "MS. ODALYS FERRERA NEEDS A CALL BACK": a shouted name stops before a sentence word.
            while (last := text.rfind(" ", start, end)) > text.find(" ", start) and (
                text[last + 1 : end].lower() in _no_name_words()
            ):
                end = last
            if text[text.find(" ", start) + 1 : end].lower() not in _no_name_words():
                found.append((start, end, person))
    for match in _KIN_TITLED.finditer(text):
        name = match.group("name")
        lower = name.lower()
        if _KIN_OWNED.search(_before(text, match.start())):
            continue
        listed = lower in name_lists().first
        if (
            (
                (name[0].isupper() and (listed or lower not in _no_name_words()))
                or (listed and not _VERB_FORM.fullmatch(lower))
            )
            and lower not in COMMON_WORDS
            and lower not in _SPANISH_WORDS
        ):
            found.append((match.start(), match.end(), person))
    cued = (
        _LABELLED,
        _RELATIVE,
        _ROLE_NAMED,
        _GREETED,
        _SELF_NAMED,
        _SIGNED,
        _OWNER_OF_RELATIVE,
        _FOR_SOMEONE,
        _INTRODUCED,
        _SPOKEN_TO,
    )
    labelled = list(scan.finditer(_LABELLED))
    for match in labelled:
        if match.group("name") and _ABOUT_A_THING.match(text, match.start()):
            # "re: premium", "RE: PREMIUM NOTICE": what a letter is about, no one.
            first = match.group("name").split(" ")[0].lower()
            if first in dictionary_words() and first not in name_lists().first:
                continue
        if match.group("name"):
            found.append((*_labelled_name(text, *match.span("name")), person))
        elif match.group("called") and _NAME_IS.search(text, match.start(), match.start("called")):
            # "my name is oluwaseun lindqvist and ...": the words up to the first sentence word.
            found.append((*_labelled_name(text, *match.span("called")), person))
    for pattern in cued:
        for match in labelled if pattern is _LABELLED else scan.finditer(pattern):
            # After a greeting, "its gurpreet", "I'm ezinne.", "this is hodan warsame" name the
            # writer even in lower case; "its EOB", "it's expensive" name no one.
            greeted = pattern is _SELF_NAMED and bool(
                _GREETING_BEFORE.search(_before(text, match.start()))
            )
            if pattern is _SELF_NAMED and not greeted and match.group(0)[:3].lower() == "its":
                continue
            if pattern is _SELF_NAMED and not greeted and _a_time_said(match):
                continue
            for group in ("name", "name2", "called", "dash"):
                if group in pattern.groupindex and match.group(group):
                    # Only a relation or a greeting says a lower-case unlisted word is a name
                    # ("my grandson tiberius lives", "hey rajesh"); "this is ridiculous" is none.
                    start, end = _name_after_cue(
                        text,
                        *match.span(group),
                        unlisted_lower=pattern in (_RELATIVE, _GREETED, _LABELLED)
                        or (pattern is _SELF_NAMED and greeted),
                    )
                    found.append((start, end, person))
    for start, end in (*_inverted_name_spans(scan), *_listed_person_spans(text)):
        found.append((start, end, person))
    for start, end in _wordy_self_named(text):
        found.append((start, end, person))
    for start, end in (
        *_lower_case_name_spans(text),
        *_subject_name_spans(text),
        *_addressed_name_spans(text),
        *_unlisted_name_spans(text, scan),
    ):
        found.append((start, end, person))
    if _PRONOUN_NEEDS.search(text):
        for start, end in _pronoun_subject_spans(text):
            found.append((start, end, person))
    if "," in text:
        for start, end in _apposed_name_spans(text):
            found.append((start, end, person))
    found = [(*_whole_name(text, start, end), kind) for start, end, kind in found]
    if " and " in text or " & " in text:
        named = [(start, end) for start, end, kind in found if kind is person]
        found.extend((start, end, person) for start, end in _named_beside(text, named))
    if any(character.isupper() for character in text[1:]):
        found = [(*_without_shouted_words(text, start, end), kind) for start, end, kind in found]
    for match in scan.finditer(_SERVICE):
        found.append((*match.span(), Placeholder.SERVICE))
    return found


def _a_time_said(match: re.Match[str]) -> bool:
    """ "It's May already", "it's Friday": a month or a weekday after "it's" with no surname
    after it is the time of year or the day ("It's May Chen" still names someone)."""
    if match.group(0)[:2].lower() != "it":
        return False
    words = match.group("name").split(" ")
    if words[0].lower() not in _MONTHS_AND_DAYS:
        return False
    return len(words) == 1 or not words[1][:1].isupper() or words[1].lower() in COMMON_WORDS


# The writer naming themself with a first name that is a word: "hi its faith again", "it's
# rose" on a line of its own, "this is rusty calling for my dad", "hi bill here", "Hope here"
# opening a message, "this is will thornton" (a listed surname after it).
_WORDY_SELF = re.compile(
    r"(?i:\b(?:it['\u2019]?s|this is) (?P<said>[a-z]+)"
    r"(?= again\b| calling\b| writing\b|[ \t]*(?:[,.!]|\n|$)))"
    r"|(?i:(?:^[^\w\n]*|\b(?:hi|hello|hey)[,!]? )(?P<here>[a-z]+)(?= here\b))"
    r"|(?i:\b(?:this is|i am|i['\u2019]m|my name is) (?P<first>[a-z]+) "
    r"(?P<last>[a-z][a-z'\u2019-]+)\b)"
)


def _wordy_self_named(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in _WORDY_SELF.finditer(text):
        group = next(g for g in ("said", "here", "first") if match.group(g))
        word = match.group(group).lower()
        if word not in _WORDY_FIRST_NAMES or (
            group == "said" and (word in _AUXILIARIES or word in ("april", "june"))
        ):
            continue  # "it's may.": a month, no one
        if group == "first":
            last = match.group("last").lower()
            if last not in name_lists().last or last in _no_name_words():
                continue
            found.append((match.start("first"), match.end("last")))
        else:
            found.append(match.span(group))
    return found


# A first name that is a word too, said of someone by what follows it after a comma: "talk to
# will, he's my son", "the claim is for holly, not me". No pronoun before it ("I will, he's my
# son" is a verb).
_APPOSED = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[^\W\d_][a-z'\u2019-]{1,})"
    r"(?:, (?:he|she)(?:['\u2019]s| is) (?:my|our) (?:son|daughter|wife|husband|child|kid|mom|"
    r"mother|dad|father|partner|spouse|brother|sister|grandson|granddaughter|grandmother|"
    r"grandfather|niece|nephew|stepson|stepdaughter|dependent|dependant|caregiver)\b"
    r"|(?P<contrast>, not (?:me|him|her|us|them|my)\b))"
)
_FOR_BEFORE = re.compile(r"(?i:\bfor )$")
_PRONOUN_BEFORE = re.compile(r"(?i:\b(?:i|you|he|she|we|they|it|who|that|which)\s+)$")


def _apposed_name_spans(text: str) -> list[tuple[int, int]]:
    names = name_lists()
    found = []
    for match in _APPOSED.finditer(text):
        lower = match.group("name").lower()
        wordy = lower in _WORDY_FIRST_NAMES or lower not in COMMON_WORDS
        if lower not in names.first or not wordy:
            continue
        if lower in _CALENDAR_WORDS or lower in _SPANISH_WORDS:
            continue
        before = _before(text, match.start())
        if _PRONOUN_BEFORE.search(before):
            continue
        if match.group("contrast") and not _FOR_BEFORE.search(before):
            continue  # "for holly, not me": whom a claim is for, set against the writer
        found.append(match.span("name"))
    return found


def _without_shouted_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A name in a shouted text without the sentence words the run took beside it: "ODALYS
    FERRERA NEEDS" is "ODALYS FERRERA", "MY SON JAMAL" is "JAMAL"."""
    words = text[start:end].split(" ")
    if len(words) < 2 or not all(word.isupper() for word in words):
        return start, end
    first, last = name_lists().first, name_lists().last

    def sentence_word(word: str, *, last_word: bool = False) -> bool:
        lower = _POSSESSIVE.sub("", word).lower()
        # "MARIA LOPEZ CALLED": a listed surname that everyday text seldom writes ends a name.
        surname = last_word and lower in last and lower not in _frequent_dictionary_words()
        return (
            lower not in first
            and not surname
            and (lower in _no_name_words() or lower in dictionary_words())
        )

    # "KAPOOR, ANIL": the first name after a shouted surname and its comma, a rare word at most.
    inverted = (
        len(words) == 2
        and words[0].endswith(",")
        and words[1].lower() not in _frequent_english_words()
        and words[1].lower() not in _no_name_words()
    )
    while (
        len(words) > 1
        and not inverted
        and sentence_word(words[-1], last_word=True)
        and not _POSSESSIVE.search(words[-1])
    ):
        end -= len(words.pop()) + 1
    while len(words) > 1 and sentence_word(words[0]):
        # "DE LA VEGA, INGRID": particles before a surname stay the name's.
        particles = next(
            (n for n, word in enumerate(words) if word.lower() not in _NAME_PARTICLES), len(words)
        )
        if 0 < particles < len(words) and not sentence_word(words[particles].rstrip(",")):
            break
        start += len(words.pop(0)) + 1
    return start, end


# A reply opening on whom it is for ("Gurpreet, the denial on claim..."), a request ending on whom
# it is for ("is it in network for Parveen?"), a message signed in lower case ("thx - bao").
_VOCATIVE = re.compile(r"\A\s*(?P<name>[A-Z][a-z\u00df-\u00ff'\u2019-]{2,}),\s")
_FOR_AT_END = re.compile(r"\bfor (?P<name>[A-Z][a-z\u00df-\u00ff'\u2019-]{2,})[\s?.!]*\Z")
# Whose record a detail is: "SSN for Kalani:", "member id W123 for Ayo", "in network for Parveen".
_RECORD_FOR = re.compile(
    r"(?i:\b(?:ssn|social|dob|date of birth|birthday|id|member id|account|eobs?|in network)"
    r"(?: [\w-]*\d[\w-]*)?) for (?P<name>[A-Z][a-z\u00df-\u00ff'\u2019-]{2,})(?![\w'\u2019-])"
)
_SIGNED_LOWER = re.compile(r"(?:\A|\s)[-\u2014]\s*(?P<name>[a-z\u00df-\u00ff]{2,12})\s*\Z")
# "jaquelines claim": a listed name run into its possessive s.
_RUN_INTO_POSSESSIVE = re.compile(
    r"\b(?P<name>[a-z\u00df-\u00ff]{3,}s) (?=(?:claim|bill|card|eob|appointment|surgery|"
    r"visit|prescription|referral|coverage|account|insurance|plan|id|eye|dental|doctor|"
    r"therapy|meds|medication|braces|glasses|statement|deductible|copay|x-ray|mri)\b)"
)


def _addressed_name_spans(text: str) -> list[tuple[int, int]]:
    names = name_lists()
    found = []
    for pattern in (_VOCATIVE, _FOR_AT_END):
        match = pattern.search(text)
        if match is None:
            continue
        word = match.group("name")
        lower = word.lower()
        if (
            lower in _no_name_words()
            or lower in _NEVER_PEOPLE
            or lower in _CALENDAR_WORDS
            or lower in _SPANISH_WORDS
            or lower in _GREETING_WORDS
            or lower in _NOT_GREETED
            or lower in _SENTENCE_WORDS_THAT_ARE_NAMES
            # "Gurpreet, the denial...": a name no list holds opens a reply; "... for Ozempic"
            # may end a question about a drug.
            or (
                lower not in names.first
                and not (pattern is _VOCATIVE and _unlisted_name_word(lower))
            )
            or lower in _WORDY_FIRST_NAMES
        ):
            continue
        found.append(match.span("name"))
    candidates = []
    if " here" in text and (here := _HERE_LOWER.match(text)) is not None:
        candidates.append(here)  # "takeshi tranh here, member since last year"
    if "my " in text or "our " in text:
        for relation in _RELATION_AFTER.finditer(text):
            # "winslow (my son) got a cleaning": the word before the relation.
            if named := _WORD_BEFORE.search(text, max(0, relation.start() - 40), relation.start()):
                candidates.append(named)
    last_line = text.rstrip().rfind("\n") + 1
    if text[last_line : last_line + 12].lstrip(" -").startswith("from ") and (
        signed := _FROM_AT_END.search(text, max(0, last_line - 1))
    ):
        candidates.append(signed)  # "from florian tenorio"
    if _WORKS_IN.search(text):
        candidates += _WORKS_IN_LOWER.finditer(text)  # "mercedes at the front desk says"
    for match in candidates:
        words = match.group("name").lower().split(" ")
        if any(
            word in _no_name_words()
            or word in COMMON_WORDS
            or word in _NEVER_PEOPLE
            or word in _CALENDAR_WORDS
            or word in _SPANISH_WORDS
            or word in _GREETING_WORDS
            or word in _NOT_GREETED
            for word in words
        ):
            continue
        if words[0] in names.first or _unlisted_name_word(words[0]):
            found.append(match.span("name"))
    if " for " in text:
        for match in _RECORD_FOR.finditer(text):
            lower = match.group("name").lower()
            if not (
                lower in _no_name_words()
                or lower in _NEVER_PEOPLE
                or lower in _CALENDAR_WORDS
                or lower in _SPANISH_WORDS
                or lower in _PLAN_WORDS
            ) and (lower in names.first or _unlisted_name_word(lower)):
                found.append(match.span("name"))
    if (signed := _SIGNED_LOWER.search(text)) is not None:
        lower = signed.group("name")
        if lower in names.first and not (
            lower in _no_name_words() or lower in _NOT_GREETED or lower in _SPANISH_WORDS
        ):
            found.append(signed.span("name"))
    if "s " in text:
        frequent = _frequent_first_names()
        for match in _RUN_INTO_POSSESSIVE.finditer(text):
            if match.group("name")[:-1] in frequent:
                found.append(match.span("name"))
    return found


_HERE_LOWER = re.compile(
    r"\A\s*(?:(?:hi|hello|hey),? )?(?P<name>[a-z\u00df-\u024f][\w'\u2019-]+"
    r"(?: [a-z\u00df-\u024f][\w'\u2019-]+)?) here\b(?! (?:is|are|was|were)\b)"
)
_FROM_AT_END = re.compile(
    r"(?:\A|\n)\s*(?:-\s*)?from (?P<name>[^\W\d_][\w'\u2019-]+(?: [^\W\d_][\w'\u2019-]+)?)"
    r"\s*[.!]?\s*\Z"
)
_WORKS_IN_LOWER = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[a-z\u00df-\u024f]{3,})(?=(?: in| from) (?:your office|billing|"
    r"claims|member services|customer service|appeals|pharmacy services|the front desk)\b"
    r"| at (?:the )?(?:front desk|reception|your office)\b)"
)
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<name>[^\W\d_][\w'\u2019-]+)$")
_RELATION_AFTER = re.compile(
    r"(?: \(|,? )(?:my|our) (?:son|daughter|wife|"
    r"husband|child|kid|mom|mother|dad|father|partner|spouse|brother|sister|grandson|"
    r"granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|stepson|"
    r"stepdaughter|dependent|dependant|coworker|co-worker|colleague|boss|friend|roommate|"
    r"neighbor|neighbour|caregiver)\b"
)
_GREETING_WORDS = _words(
    "hi hello hey dear hola thanks gracias querida querido estimado estimada attn re"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?P<word>[A-Z][\w'\u2019]*)(?P<gap>[- ])$")
_HYPHENATED_AFTER = re.compile(r"-[A-Z][\w'\u2019]*")


def _whole_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's name found by a cue or a list, with the rest of a hyphenated surname
    ("Efua Mensah-Bonsu's" found as "Bonsu") and a listed first name before it ("Temperance
    Okoye's claim" found as "Okoye")."""
    if start >= end:
        return start, end
    # "Tiberius De Luca", "kaimana de luca" found as "Luca": a particle and the first name
    # before it, in the name's own case.
    if particle := _PARTICLE_BEFORE.search(_before(text, start)):
        first = particle.group("first")
        lower = first.lower()
        if (
            first[:1].isupper() == text[start : start + 1].isupper()
            and lower not in _no_name_words()
            and lower not in _GREETING_WORDS
            and lower not in _CALENDAR_WORDS
            and lower not in _NEVER_PEOPLE
            and (first[:1].isupper() or _lower_surname(lower, name_lists().first))
        ):
            start -= len(particle.group(0)) - particle.start("first") + particle.start()
    if not text[start : start + 1].isupper():
        # "zuzanna nwachukwu's": a lower-case first name too rare for everyday text before it.
        before = _LOWER_FIRST_BEFORE.search(_before(text, start))
        if before and text[start:end].islower() and _lower_surname(before.group(1), frozenset()):
            start -= len(before.group(0))
        if text[start:end].islower() and (after := _PARTICLE_LOWER_SURNAME_AFTER.match(text, end)):
            # "my son mateo de la fuente": in lower case, a surname the lists hold or no word.
            rest = after.group("rest")
            if (rest in name_lists().last or _unlisted_name_word(rest)) and not (
                rest in _no_name_words() or rest in _SPANISH_WORDS or rest in COMMON_WORDS
            ):
                end = after.end()
        return start, end
    names = name_lists()
    for _ in range(3):
        before = _CAPITALISED_BEFORE.search(_before(text, start))
        if before is None:
            break
        word = before.group("word")
        lower = word.lower()
        if (
            before.group("gap") == " "
            and not (
                (
                    lower in names.any
                    or not re.search(_NOT_A_NAME_ENDING, lower)
                    # "Avital Ben-David's": a word no dictionary holds, before a surname
                    or (lower not in dictionary_words() and lower.isalpha())
                )
                and lower not in _no_name_words()
                and lower not in _SPANISH_WORDS
                and lower not in _NOT_GREETED
                and lower not in _GREETING_WORDS
                and lower not in _NEVER_PEOPLE
                and lower not in _CALENDAR_WORDS
                and not (word.isupper() and not text[start:end].isupper())
            )
        ):
            break
        start -= len(before.group(0))
    if after := _HYPHENATED_AFTER.match(text, end):
        end = after.end()
    # "Lucia della Valle", "Maarten van 't Hek": a particle and the rest of the surname.
    if (after := _PARTICLE_SURNAME_AFTER.match(text, end)) and (
        after.group("rest").lower() not in _no_name_words()
    ):
        end = after.end()

    return start, end


_LOWER_FIRST_BEFORE = re.compile(r"(?<![\w'\u2019.-])([a-z]{3,}) $")
_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])(?P<first>[^\W\d_][^\W\d_'\u2019-]{2,}) "
    r"(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]e [Ll]a|[Dd]e [Ll]os|[Dd]e [Ll]as|[Vv]an|[Vv]an [Dd]er|"
    r"[Vv]an [Dd]en|[Vv]on|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]os|[Dd]as) $"
)
_PARTICLE_SURNAME_AFTER = re.compile(
    r" (?:de|del|della|delle|dei|de la|de las|de los|van|van der|van den|van de|van 't|van het|"
    r"von|von der|da|das|dos|di|du|le|la|ter|ten|bin|ibn|al|el|zu) "
    r"(?P<rest>[A-Z\u00c0-\u00de][^\W\d_'\u2019]*(?:['\u2019-][A-Z][^\W\d_]*)?)(?!['\u2019]?\w)"
)


_PARTICLE_LOWER_SURNAME_AFTER = re.compile(
    r" (?:de|del|della|de la|de las|de los|van|van der|van den|van de|von|da|das|dos|di|du|le)"
    r" (?P<rest>[a-z\u00df-\u00ff]{3,}(?:-[a-z\u00df-\u00ff]+)?)(?!['\u2019]?\w)"
)
_POSSESSIVE = re.compile(r"['\u2019][sS]$")
# Function words capitalised inside a text: it is written in title case.
_TITLE_CASE = re.compile(r" (?:My|The|A|An|As|Of|To|For|On|In|Is|Was|Why|I|Me|Una|Un|La|El)\b")
_VERB_FORM = re.compile(r"[a-z]{3,}(?:ing|ed)")
_CAPITALISED = re.compile(r"\b[A-Z\u00c0-\u00de][\w'\u2019-]*")


def _listed_person_spans(text: str) -> list[tuple[int, int]]:
    """Capitalised words the name lists hold: a first name and the capitalised names
    after it ("Gloria Estrada", "Hendrik de Vries"), or a first name alone that is no common word
    ("Thanks Keisha!"), and a capitalised word joined to such a name ("Dagny and Thorvald").
    A surname alone, "Grace period", "Columbus Day" or a sentence's "Grant me" is not taken."""
    names = name_lists()
    words = [(m.start(), m.end(), _POSSESSIVE.sub("", m.group(0)))
             for m in _CAPITALISED.finditer(text)]  # fmt: skip
    found: list[tuple[int, int]] = []
    # "Why Was My Prior Authorization Denied?": in a text written in title case a capital says
    # nothing, and a word any dictionary holds is that word.
    title_case = (
        len(words) >= 4
        and _TITLE_CASE.search(text) is not None
        and (len(words) * 4 >= len(_TEXT_WORD.findall(text)) * 3)
    )
    index = 0
    while index < len(words):
        start, end, word = words[index]
        lower = word.lower()
        if _HOLIDAY_AFTER.match(text, start + len(word)) or (
            title_case
            and (lower in dictionary_words() or lower in COMMON_WORDS or lower in _SPANISH_WORDS)
        ):
            index += 1
            continue
        following: list[tuple[int, int, str]] = []
        holiday = False
        for next_start, _, next_word in words[index + 1 : index + 3]:
            gap = text[end if not following else following[-1][1] : next_start]
            if gap != " " and not _SURNAME_PARTICLES.fullmatch(gap):
                break
            if next_word.lower() in COMMON_WORDS and (
                next_word.lower() not in names.last
                # "BILL FROM JUNIPER CREEK": shouted, a capital says nothing.
                or (next_word.isupper() and len(next_word) > 1 and lower in COMMON_WORDS)
            ):
                break
            if _VERB_FORM.fullmatch(next_word.lower()) and (next_word.lower() not in names.last):
                break  # "Will Getting Married"
            if next_word.lower() in _CALENDAR_WORDS or _HOLIDAY_AFTER.match(
                text, next_start + len(next_word)
            ):
                holiday = True  # "Merry Christmas", "Martin Luther King Jr. Day"
                break
            if _HOLIDAY_AFTER.match(text, next_start):
                break
            following.append((next_start, next_start + len(next_word), next_word))
        if holiday:
            index += 1 + len(following) + 1
            continue
        if following and f"{lower} {following[0][2].lower()}" in _NAMED_THINGS:
            index += 1 + len(following)
            continue
        shouting = word.isupper() and len(word) > 1
        first_name = _is_first_name(lower, names)
        wordy = all(w.lower() in _no_name_words() for w in (word, *(f[2] for f in following)))
        # "MY DEDUCTIBLE IS WRONG": shouted, a common word names someone only before a surname
        # everyday text seldom writes ("WILL SMITH CALLED").
        shouted_word = (
            shouting
            and lower in COMMON_WORDS
            and not any(
                f[2].lower() in names.last and f[2].lower() not in _frequent_dictionary_words()
                for f in following
            )
        )
        if (
            first_name
            and following
            and not shouted_word
            # "Will Long term care", "Mark Price"; shouted, "MY CARD", "SO HARD".
            and not (wordy and (not shouting or lower in COMMON_WORDS))
            and (
                lower not in _COMMON_OR_NOT_NAMES
                or following[0][2].lower() in names.last
                or shouting
            )
        ):
            found.append((start, following[-1][1]))
            index += 1 + len(following)
            continue
        sentence_start = _starts_sentence(text, start, ".!?:;\n\"'(-")
        if (
            first_name
            and lower not in _COMMON_OR_NOT_NAMES
            and lower not in _PROVIDER_WORDS_LOWER
            and not shouting
            and not (lower in _SPANISH_WORDS and _looks_spanish(text))
            and not (sentence_start and lower in _SENTENCE_WORDS_THAT_ARE_NAMES)
            # "Carol singing aside", "Sandy roads": a wordy name opening a sentence, no verb of
            # a person after it (those are found by what follows, "Sandy said").
            and not (sentence_start and lower in _WORDY_FIRST_NAMES)
            # "Hang on to the receipt", "Chase the refund": an imperative and its object.
            and not (sentence_start and _OBJECT_OR_PARTICLE_AFTER.match(text, start + len(word)))
        ):
            found.append((start, start + len(word)))
            found.extend(_joined_name(text, start, start + len(word)))
        elif following and _unlisted_first_name(word, following[0][2]):
            found.append((start, following[0][1]))  # "Emeka Okafor": a listed surname after
            index += 2
            continue
        index += 1
    return found


# Spanish words that the name lists also hold ("Le", "Una", "Esta", "alta", "cara", "dan"): in
# a Spanish text they are sentence words, and without a cue ("mi hija Clara") never a name.
_SPANISH_WORDS = frozenset(
    re.findall(
        r"[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+",
        """a al alta ante aun bien cara caro clara claro con cual cuando cuanto dan dar darla
        darle darlo de del desde dio dice dijo donde el ella ellas ellos en entre era eran es esa
        ese eso esta este esto estos estas fue gracias ha han hay la las le les lo los luego mar
        mas me mi mis mucho mucha muy nada ni no nos o otra otro para pero poco por porque que
        quien se sea si sin sol son su sus tal tambien te tiene toda todo tu un una uno unos
        unas usted va van ver vez y ya lea leer trae traiga cada necesita necesito pida pide
        lleve llame mande tiene tienen próxima próximo proxima proximo pasada pasado siguiente
        semana solo sólo usa usan especializada especializado especializadas especializados""",
    )
)
_SPANISH_TEXT = re.compile(
    r"(?i:\b(?:el|la|los|las|de|del|al|en|que|por|para|una|usted|est[a\u00e1]|qu[e\u00e9]|"
    r"c[o\u00f3]mo|gracias|hola|mi|su|le|les|se|nos|con|es|pero|muy|tengo|tiene|factura|seguro|"
    r"ayer|hoy|carta|cita|pagar|pagamos|enviamos)\b)"
)


def _looks_spanish(text: str) -> bool:
    return len(_SPANISH_TEXT.findall(text, 0, 400)) >= 2


_CALENDAR_WORDS = _MONTHS_AND_DAYS | frozenset(
    re.findall(
        r"[a-z]+",
        """christmas easter thanksgiving
        halloween hanukkah kwanzaa""",
    )
)
# Places and things named like people: "Moving to Puerto Rico", "Rose Bowl weekend".
_NAMED_THINGS = frozenset(
    re.findall(
        r"[a-z]+ [a-z]+",
        """santa claus, puerto rico, costa rica, rose bowl, ivy league, major league, san juan,
        san diego, san antonio, san francisco, san jose, santa fe, santa monica, santa clara,
        santa cruz, santa barbara, santa ana, los angeles, las vegas, el paso, la paz, santo
        domingo, buenos aires, costa mesa, palo alto, grand rapids, notre dame, sierra leone,
        sri lanka, hong kong, el salvador""",
    )
)
# Names that start sentences as words: "Grant me an extension", "Miles driven", "Rush delivery".
_SENTENCE_WORDS_THAT_ARE_NAMES = frozenset(
    re.findall(
        r"[a-z]+",
        """grant destiny justice miles rush victor press saint major chase hunter royal sterling
        lucky trust honor mercy patience drew page lane chance august ransom reed ward price
        victory spring""",
    )
)
# "Columbus Day", "Mother's Day", "Victoria Day": holidays, not people.
_HOLIDAY_AFTER = re.compile(r"(?:['\u2019]s)?(?: Jr\.?)? (?:Day|Eve)\b")
# Lower-case words inside a name: "Hendrik de Vries", "Pieter van der Berg", "Saoirse Ní Bhriain".
_SURNAME_PARTICLES = re.compile(
    r" (?:(?:de|del|de la|de las|de los|la|van|van der|van den|von|da|das|dos|di|du|le|ter|ten|"
    r"bin|ibn|al|el|ní|ni|mac|y) )"
)
# "Dagny and Thorvald": a capitalised word that no list holds, joined to a listed first name.
_JOINED_AFTER = re.compile(r" (?:and|&|y) (?P<name>[A-Z][a-z\u00e0-\u00ff]{2,})\b(?!['\u2019-]\w)")
_JOINED_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z\u00e0-\u00ff]{2,}) (?:and|&|y) $")


@functools.cache
def _unlisted_not_names() -> frozenset[str]:
    return COMMON_WORDS | NOT_NAMES | _PROVIDER_WORDS_LOWER | _NOT_GREETED


@functools.cache
def _no_name_words() -> frozenset[str]:
    return COMMON_WORDS | NOT_NAMES | _PROVIDER_WORDS_LOWER | ordinary_words()


# Someone doing what people do: "Mark from your billing team said", "Rose had a root canal",
# "Faith and Grace are twins", "Obadiah told me". A word before it that makes it a thing ("the
# bill said", "my Rose") keeps it a word; months and days never are people.
_PERSON_VERB = (
    r" (?:said|says|told|tells|called|calls|asked|asks|had|has|needs|needed|wants|wanted|got|"
    r"(?:me )?dijo|(?:me )?pidi\u00f3|llam\u00f3|"
    r"paid|went|saw|thinks|thought|lost|broke|turned|moved|lives|lived|works|worked|is my|"
    r"was my|are (?:twins|both|my)|and I\b|from (?:your|the) \w+|turns \d|is asking|was asking|"
    r"is the (?:subscriber|policy ?holder|account holder|primary|patient)|dropped (?:his|her)|"
    r"is \d{1,2} (?:years|yrs|months)\b|is \d{1,2} and (?:needs|has|is|was|goes|wants|gets)\b|"
    r"(?:needs|got|hurt|missed) (?:his|her)\b)"
)
_SUBJECT = re.compile(
    r"(?P<name>\b[A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff'-]{2,})"
    r"(?: (?:and|&) (?P<name2>[A-Z][a-z\u00df-\u00ff'-]{2,}))?"
    rf"(?={_PERSON_VERB})"
)
_PRONOUN_NEEDS = re.compile(r"\b(?:his|her|he|she|him)\b")
# Most texts have none of these verbs: one search for them spares the pattern above.
_SUBJECT_NEEDS = re.compile(_PERSON_VERB)
_THING_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|my|your|our|his|her|their|its|this|that|per|of|no|each|every|one))"
    r" $"
)
_NEVER_PEOPLE = _MONTHS_AND_DAYS | frozenset(
    re.findall(
        r"[a-z]+",
        """medicare medicaid insurance
        plan pharmacy hospital clinic doctor nurse office someone everyone nobody somebody
        anyone everybody it he she they we you who which that this there here what one physician
        provider specialist surgeon dentist therapist pharmacist agent rep representative member
        employer company team department staff lab practice hr boss manager supervisor adjuster
        caseworker counselor radiologist anesthesiologist cardiologist dermatologist pcp obgyn
        mom dad mother father husband wife son daughter everything nothing something venmo
        google zelle paypal apple amazon fedex ups usps uber lyft walmart target costco kroger
        facebook microsoft verizon comcast irs ssa cms hhs unitedhealthcare unitedhealth aetna
        cigna humana anthem tricare optum ambetter molina centene wellcare highmark bcbs
        xoxo domingos sabados""",
    )
)


_PERSON_ONLY_VERB = re.compile(
    r" (?:said|says|told|tells|asked|asks|called|calls|thinks|thought|lives|lived|moved|broke|"
    r"(?:me )?dijo|(?:me )?pidi\u00f3|llam\u00f3|"
    r"turned|is my|was my|and I\b|from (?:your|the) \w+|turns \d|is asking|was asking|"
    r"is the (?:subscriber|policy ?holder|account holder|primary|patient)|"
    # "Haruto is 17 and needs a physical": an age.
    r"is \d{1,2} (?:years|yrs|months)\b|is \d{1,2} and (?:needs|has|is|was|goes|wants|gets)\b|"
    r"(?:lost|dropped|needs|got|hurt|missed) (?:his|her)\b)"
)
_DOCUMENT_SAYS = re.compile(r" (?:says|shows|lists|said (?:I|we) owe)\b")
_NAME_BEFORE = re.compile(
    r"\b(?P<word>[A-Z][a-z\u00df-\u00ff'-]+) (?:(?:van|van der|de|de la|del|von|da|di|le|al) )?$"
)
_CONTRACTION = re.compile(r"['\u2019](?:ve|ll|re|d|m|t|s)$")


def _subject_name_spans(text: str) -> list[tuple[int, int]]:
    names = name_lists()
    found: list[tuple[int, int]] = []
    if _SUBJECT_NEEDS.search(text) is None:
        return found
    for match in _SUBJECT.finditer(text):
        if _THING_BEFORE.search(_before(text, match.start())):
            continue
        for group in ("name", "name2"):
            word = match.group(group)
            if not word:
                continue
            lower = word.lower()
            if (
                lower in _NEVER_PEOPLE
                or lower in _PROVIDER_WORDS_LOWER
                or _CONTRACTION.search(lower)
            ):
                break
            person_only = _PERSON_ONLY_VERB.match(text, match.end()) is not None
            sentence_start = _starts_sentence(text, match.start(), ".!?:;,\n")
            if lower == "bill" and _DOCUMENT_SAYS.match(text, match.end()):
                break  # "Bill says I owe more": the paper, not a person
            if word[:1].isupper():
                # A listed name ("Rose had"), or any capitalised word that is no common one
                # when only a person does what follows ("Obadiah told me").
                named = lower in names.first or (
                    person_only
                    and lower not in _no_name_words()
                    and lower not in _SPANISH_WORDS
                    and (
                        not re.search(_NOT_A_NAME_ENDING, lower)  # "Denial says"
                        or text.startswith(" and I", match.end())  # "Jargal and I"
                    )
                )
            else:
                # In lower case: a frequent name ("kenji had"), or a word-like one that starts
                # the sentence and only a person does what follows ("mark said the bill...").
                named = lower in _frequent_first_names() or (
                    person_only and sentence_start and lower in names.first
                )
            if not named or (word.isupper() and len(word) > 1):
                break
            start, end = match.span(group)
            # "Rutger van Dijk called": the capitalised words before the surname are the name.
            while before := _NAME_BEFORE.search(_before(text, start)):
                if before.group("word").lower() in _no_name_words():
                    break
                start -= len(before.group(0))
            found.append((start, end))
    return found


# "Fenella has the same problem with her claim", "Hieronymus got his bill": a capitalised word
# opening a sentence, a verb, and a pronoun later in that sentence that points back to a person.
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\n] )|(?<=\n))(?P<name>[A-Z][a-z\u00df-\u00ff'-]{2,})"
    r" (?:has|had|got|gets|needs|needed|wants|wanted|went|paid|lost|never|still|just|also)"
    r"\b[^.!?\n]{0,60}?\b(?:his|her|he|she|him)\b"
)


def _pronoun_subject_spans(text: str) -> list[tuple[int, int]]:
    found = []
    for match in _PRONOUN_SUBJECT.finditer(text):
        lower = match.group("name").lower()
        if (
            lower in _no_name_words()
            or lower in _NEVER_PEOPLE
            or lower in _SPANISH_WORDS
            or re.search(_NOT_A_NAME_ENDING, lower)
        ):
            continue
        found.append(match.span("name"))
    return found


def _before(text: str, position: int, width: int = 40) -> str:
    """The few characters before a position: what a pattern looking back needs, without copying
    the text before it (a long text has many names to look behind)."""
    return text[max(0, position - width) : position]


def _starts_sentence(text: str, position: int, ends: str) -> bool:
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index < 0 or text[index] in ends


def _is_first_name(lower: str, names: NameLists) -> bool:
    """A listed first name, or a hyphenated one whose parts are names ("mei-ling")."""
    if lower in names.first:
        return True
    parts = lower.split("-")
    return len(parts) > 1 and parts[0] in names.first and all(p in names.any for p in parts)


def _joined_name(text: str, start: int, end: int) -> list[tuple[int, int]]:
    joined = []
    ordinary = _no_name_words()
    after = _JOINED_AFTER.match(text, end)
    if after and after.group("name").lower() not in ordinary:
        joined.append(after.span("name"))
    window = _before(text, start)
    before = _JOINED_BEFORE.search(window)
    if before and before.group("name").lower() not in ordinary:
        offset = start - len(window)
        joined.append((offset + before.start("name"), offset + before.end("name")))
    return joined


def _unlisted_first_name(word: str, surname: str) -> bool:
    """A capitalised word the name lists do not hold as a first name, followed by one they hold
    as a surname, where neither is a sentence, payer or provider word."""
    names = name_lists()
    ordinary = _unlisted_not_names()
    first, last = word.lower(), surname.lower()
    if first in ordinary or last in ordinary or word.isupper() or surname.isupper():
        return False
    if last in _no_name_words():
        return False  # "Weight Loss", "Lung Cancer", "Single Man": a word, not a surname
    if re.search(_NOT_A_NAME_ENDING, first):
        return False  # "Prior Authorization Form", "Independence Day", "United States Postal"
    return last in names.last and len(first) >= 3 and first.replace("-", "").isalpha()


_NOT_A_NAME_ENDING = (
    r"(?:tion|sion|ment|ness|ity|ance|ence|ing|ed|al|ic|ive|ous|ary|ory|ate|ant|ent|ful|less|"
    r"ship|age|ure|ism|ist|ics|s)$"
)


# Lower-case parts of a surname: "Maarten van 't Hek", "Ana de la Torre", "Saoirse Ní Bhriain".
_PARTICLES = frozenset(
    re.findall(
        r"\S+",
        "van der den de la las los del von da das dos di du le ter ten bin ibn al el ni y 't te "
        "n\u00ed \u2019t",
    )
)


def _labelled_name(text: str, start: int, end: int) -> tuple[int, int]:
    """After a form's label ("Patient: ", "Name: "), the words up to the first sentence word,
    in any case: what a form puts there is a name ("name: tevita fifita")."""
    kept: list[str] = []
    for word in text[start:end].split(" "):
        bare = re.sub(r"['\u2019]s$", "", word)
        lower = bare.lower()
        if kept and lower in _PARTICLES:
            kept.append(bare)
            continue
        if (
            not bare
            or lower in _no_name_words()
            or lower in _SPANISH_WORDS
            or lower in _NOT_GREETED
            or (not kept and re.search(_NOT_A_NAME_ENDING, lower) and lower not in name_lists().any)
        ):
            break
        kept.append(bare)
        if bare != word:
            break
    while kept and kept[-1].lower() in _PARTICLES:
        kept.pop()
    return start, start + len(" ".join(kept))


def _name_after_cue(
    text: str, start: int, end: int, *, unlisted_lower: bool = False
) -> tuple[int, int]:
    """The name that a cue ("my brother", "this is", "hi") introduces, without a possessive 's.
    A capitalised word counts unless it is a sentence word that is no first name ("my brother
    Will" is a name, "my wife And I" is not); a lower-case word only when the name lists hold it
    ("my son jacob", "dolores hernandez"), and never a common word ("my son needs")."""
    names = name_lists()
    kept: list[str] = []
    for word in text[start:end].split(" "):
        bare = re.sub(r"['\u2019]s$", "", word)
        lower = bare.lower()
        listed = names.any if kept else names.first
        if not bare or lower in _NOT_GREETED or lower in _NOT_AFTER_TITLE:
            break
        if bare.islower() and lower in _SPANISH_WORDS:
            break  # "agregar a mi esposo al plan"
        if _CONTRACTION.search(lower) or lower == "i":
            break  # "thanks, I'll check"
        after = start + len(" ".join([*kept, bare]))
        if (
            unlisted_lower
            and bare.islower()
            and (
                _unlisted_lower_name(text, after, lower)
                if not kept
                else kept[0].islower() and _unlisted_name_word(lower)
            )
        ):
            kept.append(bare)  # "my grandson tiberius lives with me", "hey rajesh thanks"
            if bare != word:
                break
            continue
        if bare.isupper() and len(bare) > 1:
            # Shouted, a capital says nothing: "MY WIFE, FIX THE RECORD" names no one.
            if lower not in listed and not _unlisted_name_word(lower):
                break
        elif bare[:1].isupper():
            verb = re.fullmatch(r"[a-z]{3,}(?:ing|ed)", lower) is not None
            sentence_word = lower in _no_name_words() or verb
            if sentence_word and lower.replace("'", "") not in listed:
                break
        elif (
            lower in COMMON_WORDS
            or lower in NOT_NAMES
            or lower.replace("'", "") not in listed
            # Faker's lists hold short words too ("owe"): in lower case, the census's names
            # or a frequent one ("kenji", "rodrigo").
            or (lower in names.first_from_elsewhere and lower not in _frequent_first_names())
        ):
            break
        kept.append(bare)
        if bare != word:
            break
    return start, start + len(" ".join(kept))


# After a cue, what follows a lower-case name no list holds: a person's verb or the clause's end.
_AFTER_LOWER_NAME = re.compile(
    r"(?:\s*(?:[,.!?;)]|$)|['\u2019]s\b| (?:lives|lived|is|was|has|had|said|says|told|needs|got|"
    r"turned|turns|called|and I|thanks|thank you|wants|asked|helped|took|gave|came|checked|"
    r"explained|wrote|sent|ordered|prescribed|delivered|again|here|calling|writing|went|goes|"
    r"paid|saw)\b)"
)
# Verbs and adverbs, not names: "my daughter studies", "my son really"; "tiberius" keeps its s.
_NOT_A_LOWER_NAME_ENDING = re.compile(r"(?:ing|ed|ly|ness|ment|tion|able|ful|less|(?<![aiou])s)$")


def _unlisted_lower_name(text: str, end: int, lower: str) -> bool:
    return (
        len(lower) >= 4
        and lower.isalpha()
        and lower not in _no_name_words()
        and lower not in _NOT_GREETED
        # "my mom fell": a word everyday text writes often is no unlisted name.
        and lower not in _frequent_english_words()
        and not _NOT_A_LOWER_NAME_ENDING.search(lower)
        and (
            _AFTER_LOWER_NAME.match(text, end) is not None
            # "my mom oyinkansola adebayo went": a surname no list holds, then the same.
            or (
                (surname := _LOWER_WORD_AFTER.match(text, end)) is not None
                and _unlisted_name_word(surname.group(1))
                and _AFTER_LOWER_NAME.match(text, surname.end()) is not None
            )
        )
    )


_LOWER_WORD_AFTER = re.compile(r" ([a-z\u00df-\u024f][a-z\u00df-\u024f'\u2019-]+)")


# Words after "Hi" or "my name is" that are no one's name.
_NOT_GREETED = frozenset(
    re.findall(
        r"[a-z]+",
        """sir madam team everyone everybody all folks guys customer member members support
        billing claims department whom friend friends there mr mrs ms miss doctor dr nurse
        again so much very in advance calling writing reaching following regarding alot yall
        lol btw asap plz pls thx ty ya anyway anyways buddy bro mate hun honey sweetie dude
        ladies gentlemen people everyone ppl goodbye bye byebye later cya yesterday today
        tomorrow twice""",
    )
)
# First names that are also words or places ("may", "grant", "virginia"): in lower case, without
# a cue, they stay words.
_WORDY_FIRST_NAMES = frozenset(
    re.findall(
        r"[a-z]+",
        """mark frank jack will bill billy don ray dean jay gene guy lance max dale earl glen rick
        wade angel christian grant chance cliff drew pat rusty herb sonny bud buck chip bob
        marshall major sterling royal king prince duke baron deacon hunter mason carter tanner
        cooper taylor parker spencer austin jordan tyler may june april rose grace hope faith joy
        ruby crystal amber dawn holly ivy iris violet daisy pearl opal ginger hazel olive ebony
        sandy misty penny candy autumn summer carol robin sue kay lee mae kim jan jean destiny
        precious charity patience mercy honey sunny star page shelly sherry brandy virginia
        georgia florence charlotte victoria eve gay bonnie mercedes paris madison alma della
        dixie fannie lynn cherry angel marina delta sierra india china trinity genesis eden
        haven harmony melody miracle ward reed rod russ sally kitty lou nan dot art van case
        lane rich cole chase young long early worth carmen lucky stormy dusty tammy cindy becky
        patty rocky ruth an ann edna norma leslie kelly terry tracy jackie jessie willie lacy
        else ella bell belle roman noble justice liberty nick harry jimmy gale warren heather
        rosemary miranda norman bobby""",
    )
)


@functools.cache
def _frequent_first_names() -> frozenset[str]:
    """The most common first names of the census, which a lower-case word is taken for."""

    def read(name: str, count: int) -> list[str]:
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        return [line.split()[0].lower() for line in text.splitlines()[:count] if line.strip()]

    top = read("dist.male.first", 400) + read("dist.female.first", 700)
    # Other listed first names that are no common English or Spanish word ("kenji", "rodrigo").
    lists = name_lists()
    rarer = {name for name in lists.first if len(name) >= 4} - ordinary_words() - lists.romanised
    return (frozenset(top) | rarer) - _WORDY_FIRST_NAMES - COMMON_WORDS - NOT_NAMES


_LOWER_WORD = re.compile(
    r"(?<![\w@.'\u2019-])[a-z\u00df-\u00ff]{3,}(?:['\u2019]s)?(?![\w@'\u2019-])"
)


def _lower_case_name_spans(text: str) -> list[tuple[int, int]]:
    """Lower-case common first names ("tell jessica thanks"), with a census surname after one
    ("dolores hernandez"); first names that are words ("may", "grant") are left."""
    frequent, last = _frequent_first_names(), name_lists().last
    found: list[tuple[int, int]] = []
    for match in _LOWER_WORD.finditer(text):
        word = match.group(0)
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if (
            word not in frequent
            or word in _NEVER_PEOPLE
            or (word in _SPANISH_WORDS and _looks_spanish(text))
        ):
            continue
        start, end = match.start(), match.start() + len(word)
        # The surname may be hyphenated or possessive: "ignatius gallardo-ruiz's name".
        after = _LOWER_SURNAME_AFTER.match(text, end)
        surname = after.group(1) if after else ""
        if all(_lower_surname(part, last) for part in surname.split("-")) and not {surname} & (
            COMMON_WORDS | _NOT_AFTER_TITLE | _WORDY_FIRST_NAMES
        ):
            end += len(surname) + 1
        found.append((start, end))
    return found


_LOWER_SURNAME_AFTER = re.compile(r" ([a-z]{2,}(?:-[a-z]{2,})?)(?=['\u2019]s\b|\b(?!['\u2019-]))")


def _lower_surname(word: str, last: frozenset[str]) -> bool:
    """A listed surname, or a word no dictionary holds, no verb and none of the short words of
    member messages ("nwachukwu", not "appt" or "eob")."""
    return word in last or (
        len(word) >= 4
        and word not in dictionary_words()
        and word not in _no_name_words()
        and word not in _MESSAGE_WORDS
        and not _VERB_FORM.fullmatch(word)
    )


# Words of member messages that no dictionary holds: chat, plan and pharmacy shorthand.
_MESSAGE_WORDS = _words(
    """idk omg tmrw tmw thnx thanx thankyou bday appt appts dept meds eob eobs hsa fsa hra
    preauth preauths precert hmo ppo epo tricare optum walgreens ozempic xray xrays mri mris
    lipitor eliquis humira xanax jardiance trulicity mounjaro wegovy zepbound metformin zoloft
    adderall synthroid lisinopril crestor januvia keytruda dupixent entresto farxiga prozac
    erisa esrd obamacare medigap
    labwork bloodwork copays coinsurance deductibles telehealth urgentcare policyholder
    policyholders checkin"""
)


def _inverted_name_spans(scan: _Scan) -> list[tuple[int, int]]:
    """ "Kowalski, Walter", "LOPEZ, MARIA": a surname, a comma, a first name, one of them
    listed and the other listed too or no word a dictionary holds."""
    names = name_lists()
    found = []
    for match in scan.every(_INVERTED):
        last, first = (word.lower().replace("'", "") for word in match.group(0).split(", "))
        last = last.split(" ")[-1]  # "de la Cruz, Amparo": the surname after its particles
        if {last, first} & COMMON_WORDS:
            continue
        # "TRANH, INGRID", "O'ROURKE, CHUKWUMA": one half listed, the other no word at all
        # (and no "RxBIN, RxPCN": a capital inside is no name's).
        half_listed = (
            all(half.isupper() or half[1:].islower() for half in match.group(0).split(", "))
            and (last in names.last or _lower_surname(last, frozenset()))
            and (first in names.first or _lower_surname(first, frozenset()))
            and not {last, first} & _no_name_words()
        )
        # "KAPOOR, ANIL": shouted as a form writes it, a listed surname and a first name that
        # is a rare word at most (not "SMITH, NOTE").
        shouted = (
            match.group(0).isupper()
            and last in names.last
            and last not in _no_name_words()
            and len(first) >= 3
            and first not in _frequent_english_words()
            and first not in _no_name_words()
            and first not in _MESSAGE_WORDS
        )
        if (last in names.last and first in names.first) or half_listed or shouted:
            found.append(match.span())
    return found


def to_template(text: str, known: KnownFacts | None = None) -> str:
    """The text with every detected protected detail replaced by its typed placeholder."""
    return _templated(text, known, with_care_kinds=False)


def _templated(text: str, known: KnownFacts | None, *, with_care_kinds: bool) -> str:
    text = text.replace("{", "(").replace("}", ")")
    pieces, position = [], 0
    for span in find_spans(text, known):
        token = span.placeholder.token
        if with_care_kinds and span.placeholder == Placeholder.PROVIDER_NAME:
            token = " ".join([token, *care_kinds(text[span.start : span.end])])
        pieces += [text[position : span.start], token]
        position = span.end
    return "".join([*pieces, text[position:]])


# What kind of care a provider's name says it gives ("Northgate Ambulance Service" is an
# ambulance, "Old Mill Pharmacy" a pharmacy): the words a member's question leans on, which
# taking the name out would take with it. Each kind is said in one plain word (or two), the same
# whatever the name's language or case; none of them names anyone.
_CARE_KINDS = (
    ("ambulance", r"ambulance|ambulancias?|ems|medical transport|air medical|medevac"),
    ("pharmacy", r"pharmacy|pharmacies|drugs?|apothecary|farmacias?|rx"),
    ("lab", r"laborator(?:y|ies|io)|labs?|diagnostics"),
    ("imaging", r"radiology|imaging|mri"),
    ("urgent care", r"urgent care|walk[- ]in"),
    ("emergency", r"emergency(?: physicians| medicine| room)?|er"),
    ("hospital", r"hospital|infirmary|medical center|centro m[eé]dico"),
    ("anesthesia", r"anesthesia|anesthesiology"),
    ("therapy", r"physical therapy|therapy|physio(?:therapy)?|rehab(?:ilitation)?|pt"),
    ("dental", r"dental|dentistry|orthodontics"),
    ("vision", r"optometry|optical|eye care|vision"),
    ("surgery", r"surgery|surgical|surgeons"),
    ("specialist", r"cardiology|dermatology|orthopa?edics|ortho|oncology|neurology|urology|"
     r"gastroenterology|pulmonology|nephrology|endocrinology|rheumatology|ophthalmology|"
     r"psychiatry|podiatry|audiology|allergy|ent"),
)  # fmt: skip
_CARE_KIND_WORDS = [
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _CARE_KINDS
]


def care_kinds(name: str) -> list[str]:
    """The kinds of care a provider's name says it gives, in _CARE_KINDS order."""
    return [kind for kind, pattern in _CARE_KIND_WORDS if pattern.search(name)]


def message_template(text: str, known: KnownFacts | None = None) -> str:
    """A member message as the engine reads it: `to_template`, with the kind of care each
    provider name gave ("{PROVIDER_NAME} ambulance" for "Northgate Ambulance Service"), since the
    member's question leans on it ("they want $1,275 from me, I didn't choose them") and the
    kind identifies no one. Only the engine's input: stored templates keep the bare slot."""
    return _templated(text, known, with_care_kinds=True)


def find_details(text: str) -> list[tuple[Placeholder, str]]:
    """The protected details the patterns detect in `text`, in order, as (type, words)."""
    return [(span.placeholder, text[span.start : span.end]) for span in find_spans(text)]


def placeholders_in(template: str) -> list[Placeholder]:
    return [Placeholder(match) for match in PLACEHOLDER_TOKEN.findall(template)]


@dataclass(frozen=True)
class Filled:
    text: str
    unfilled: tuple[Placeholder, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.unfilled


def fill(template: str, values: Mapping[Placeholder, str]) -> Filled:
    """Put known values in; leave each unknown placeholder in place and report it."""
    unfilled: list[Placeholder] = []

    def substitute(match: re.Match[str]) -> str:
        placeholder = Placeholder(match.group(1))
        value = values.get(placeholder, "").strip()
        if not value:
            unfilled.append(placeholder)
            return match.group(0)
        return value

    text = PLACEHOLDER_TOKEN.sub(substitute, template)
    return Filled(text=text, unfilled=tuple(dict.fromkeys(unfilled)))


def contains_any(text: str, values: Iterable[str]) -> list[str]:
    """Which of `values` (protected details) still appear in `text` as whole words."""
    return [
        value
        for value in values
        if value and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE)
    ]


# Names no list holds, said without a relation or a title: "tell ezinne i said thanks",
# "Kasimir got the same letter", "vesna's bill", "LIU YUXUAN CLAIM QUESTION", "- tomasz". A word
# counts only where no English or Spanish dictionary word, no listed name and no typo of a
# frequent word would stand ("tell billing", "thank goodness", "Ozempic" stays a word where
# nothing about it says it is a person).
@functools.cache
def _frequent_english_words() -> frozenset[str]:
    """Words the subtitles and Wikipedia use 500 times or more: surnames are rarer."""
    return frozenset(
        word for word, count in careteam_api.dictionary_word_counts("en").items() if count >= 500
    )


@functools.cache
def dictionary_words() -> frozenset[str]:
    """The words of pyspellchecker's English and Spanish frequency lists (MIT; built from
    subtitles and Wikipedia, shipped in its wheel), with the commonest words and the plan, payer
    and place words the patterns already know."""
    words: set[str] = set(ordinary_words()) | COMMON_WORDS | NOT_NAMES | _NOT_GREETED
    counts = careteam_api.dictionary_word_counts("en")
    # A listed name the subtitles hold only rarely ("hieronymus", "crispin") is a name first.
    listed = name_lists().any
    words |= {
        word
        for word, count in counts.items()
        if count >= 300 or len(word) < 5 or word not in listed
    }
    return frozenset(words | _spanish_lemmas())  # the lemmas come with and without accents


@functools.cache
def _spanish_lemmas() -> frozenset[str]:
    """pyspellchecker's Spanish list holds lemmas ("bueno", "equivocar"), not their plurals and
    conjugations ("buenas", "equivocado"): those are found by their endings."""
    lemmas = careteam_api.dictionary_word_counts("es")
    return frozenset(lemmas) | frozenset(_without_accents(word) for word in lemmas)


# Endings of Spanish plurals and verb forms, the longest first.
_SPANISH_NOUN_ENDINGS = ("es", "s")
_SPANISH_VERB_ENDINGS = tuple(
    sorted(
        re.findall(
            r"[a-z]+",
            """amos emos imos aron ieron aban ian ando iendo ado ada ados adas ido ida idos idas
            ara era ira aria eria iria aste iste o e a as es an en ste""",
        ),
        key=len,
        reverse=True,
    )
)


@functools.lru_cache(maxsize=1 << 15)
def _spanish_form(lower: str) -> bool:
    """Whether a word is a plural or a verb form of a Spanish lemma (cached: up to a hundred set
    look-ups a word, and the same words come back text after text)."""
    plain = _without_accents(lower)
    lemmas = _spanish_lemmas()
    for ending in _SPANISH_NOUN_ENDINGS:
        if plain.endswith(ending) and plain[: -len(ending)] in lemmas:
            return True
    for ending in _SPANISH_VERB_ENDINGS:
        if plain.endswith(ending) and len(plain) - len(ending) >= 3:
            stem = plain[: -len(ending)]
            if any(stem + infinitive in lemmas for infinitive in ("ar", "er", "ir")):
                return True
    return False


@functools.cache
def _frequent_dictionary_words() -> frozenset[str]:
    """English words common enough that a word one letter away from them is a typo of them
    ("daugter", "recieved", "doesnt"), unless a name list holds it."""
    counts = careteam_api.dictionary_word_counts("en")
    first = name_lists().first
    return (
        frozenset(word for word, count in counts.items() if count >= 2000 and word not in first)
        | COMMON_WORDS
    )


# Words of health plans that no general dictionary holds ("fsa", "eob", "telehealth").
_PLAN_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """fsa hsa hra eob eobs ppo hmo epo pos oop cpt npi ssn dob dos mri ekg ecg cbc icu nicu
        pcp obgyn telehealth telemedicine copay copays copago copagos coinsurance coseguro
        deducible preauth precert prior auth formulary medigap tricare ambetter optum bcbs
        caresource highmark premera walgreens cvs riteaid duane reade labcorp quest covid
        otc rx dme snf ltc aca cobra chip wic snap ssdi ssi irs hipaa ein tin app apps online
        portal email e-mail""",
    )
)
# Letters a typo adds, drops or swaps (also the apostrophe of "doesnt").
_TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def _typo_of_a_word(lower: str) -> bool:
    return not _frequent_dictionary_words().isdisjoint(one_typo_away(lower, _TYPO_LETTERS))


def written_word(lower: str, *, typos: bool = True) -> bool:
    """A lower-case word people write: in the English or Spanish word lists (or a Spanish form
    of one), a plan word, a listed name, or (with `typos`) a one-letter typo of a frequent
    English word."""
    return (
        lower in dictionary_words()
        or lower in _PLAN_WORDS
        or lower in name_lists().any
        or _spanish_form(lower)
        or (typos and _typo_of_a_word(lower))
    )


_NAME_SHAPE = re.compile(r"[a-z\u00df-\u024f]+(?:['\u2019-][a-z\u00df-\u024f]+)*")
_VOWEL = re.compile(r"[aeiouy\u00e0-\u00f6\u00f8-\u00ff\u0101-\u017f]")
_NOT_AN_UNLISTED_NAME_ENDING = re.compile(r"(?:ing|ed|ly|ness|ment|tion|able|ful|less|ies|ism)$")


@functools.lru_cache(maxsize=4096)
def _unlisted_name_word(lower: str) -> bool:
    """A word that reads as someone's name and nothing else: no dictionary word, shaped like a
    name, and a listed name or no typo of a frequent word ("daugter", "doesnt")."""
    if not (
        len(lower) >= 3
        and _NAME_SHAPE.fullmatch(lower) is not None
        and _VOWEL.search(lower) is not None
        and lower not in dictionary_words()
        and lower not in _NEVER_PEOPLE
        and lower not in _SPANISH_WORDS
        and lower not in _PLAN_WORDS
        and not all(
            part in dictionary_words() and part not in name_lists().first
            for part in lower.split("-")
        )
    ):
        return False
    if _spanish_form(lower):
        return False
    if lower in name_lists().any:
        return True
    return _NOT_AN_UNLISTED_NAME_ENDING.search(lower) is None and not _typo_of_a_word(lower)


# "RxBIN", "iPhone": capitals inside a word no name writes.
_ODD_CAPITALS = re.compile(r"[A-Z][a-z]+[A-Z]{2}|[a-z]+[A-Z]")


def _name_word(word: str, *, listed_too: bool) -> bool:
    if _ODD_CAPITALS.match(word):
        return False
    lower = _POSSESSIVE.sub("", word).lower()
    if _unlisted_name_word(lower):
        return True
    return (
        listed_too
        and word[:1].isupper()
        and _is_first_name(lower, name_lists())
        and not (
            lower in _no_name_words() or lower in _WORDY_FIRST_NAMES or lower in _SPANISH_WORDS
        )
    )


def _weak_first_name(word: str) -> bool:
    """A first name that is also a word, not a verb that opens a question ("Will Tamsin be
    covered?", "May Oyelaran call you?")."""
    lower = _POSSESSIVE.sub("", word).lower()
    return (
        lower in name_lists().first
        and lower not in COMMON_WORDS - _WORDY_FIRST_NAMES
        and lower not in _AUXILIARIES
    )


_AUXILIARIES = _words("will may can did does must might shall should would could")


_NAME_TOKEN = r"[^\W\d_][\w'\u2019-]*"  # noqa: S105 (a pattern, not a password)
# Before a name: what one does to or with a person. "tell ezinne", "ask Wojciech to call",
# "thanks Brannock", "say thank you to bronagh", "per my conversation with Sunniva".
_PERSON_CUE = re.compile(
    r"(?i:\b(?:tell|ask|remind|thank|thanks|thx|ty|cheers|let|give|cc|bcc|call|text|email|"
    r"(?:say|said) (?:hi|hello|thanks|thank you) to|thanks to|thank you to|heard from|hear from|"
    r"hear back from|heard back from|told by|conversation with|spoke (?:to|with)|"
    r"spoken (?:to|with)|"
    r"talked (?:to|with)|speaking (?:to|with)|talking (?:to|with)|me and|and i|according to|"
    r"cc:|attn:?|this is|i am|i'm|im|it's|its|soy|me llamo|member|patient|dependent|dependant|"
    r"subscriber|insured|paciente)),? "
    rf"(?P<name>{_NAME_TOKEN}(?: {_NAME_TOKEN})?)"
)
# After a name at a sentence's start: what a person does. "kasimir got the same letter",
# "Oluwaseun is handling", "rania said", "me and tanvir are both".
# Drugs and things open sentences too ("Ozempic was denied", "Humira needs prior authorization"):
# only what a person does counts there.
_PERSON_AFTER = re.compile(
    r"(?:,? (?:and|&) (?:i|me|my)\b| (?:got|gets) (?:a|an|the|his|her|my|same|another|this|that)\b"
    r"| (?:wants|wanted|paid|went|saw|lives|lived|works|worked|turned|turns|mailed|emailed|"
    r"texted|here|says hi|would like|is handling|is in (?:college|school)|is (?:still )?(?:my|our)|"
    r"was (?:my|our)|needs (?:his|her|to)|said|says|told|tells|called|calls|asked|asks|mentioned|"
    r"wrote|writes|thinks|thought|knows|can be reached|is reachable)\b"
    # "Oluwaseun again. Summit Spine still wants": who writes, once more.
    r"| again(?=[.,!]| \u2014| -)"
    r"| (?:and|&) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)? (?:are|were) (?:my|our|both|twins)\b)"
)
_PERSON_ONLY_AFTER = re.compile(
    r"(?:,? (?:and|&) (?:i|me)\b| (?:said|says|told|tells|called|asked|asks|mentioned|wrote|"
    r"(?:me )?dijo|(?:me )?pidi\u00f3|llam\u00f3|"
    r"thinks|thought|knows|lives|lived|works|worked|texted|emailed|mailed|says hi|is my|was my|"
    r"is handling|is the (?:subscriber|policy ?holder|account holder|primary|patient))\b)"
)
_UNLISTED_WORD = re.compile(
    r"(?<![\w@.'\u2019/-])[^\W\d_][^\W\d_'\u2019-]{2,}(?:-[^\W\d_]+)*(?![\w@'\u2019-])"
)
# A word, maybe a second, before what a person does: one search finds the few candidates.
_NAMED_SUBJECT = re.compile(
    rf"(?P<word>{_UNLISTED_WORD.pattern})(?P<second> [^\W\d_][\w\u00df-\u024f-]+)?"
    rf"(?=(?:{_PERSON_AFTER.pattern})|(?:{_PERSON_ONLY_AFTER.pattern}))"
)
# Capitalised or shouted runs: "Zsófia Kertész wants", "LIU YUXUAN CLAIM QUESTION".
_CAPITAL_RUN = re.compile(
    r"(?<![\w'\u2019-])"
    r"(?P<run>[A-Z\u00c0-\u00de][\w'\u2019-]*(?: [A-Z\u00c0-\u00de][\w'\u2019-]*){1,3})"
)
# The last word of a message after a sign-off: "- tomasz", "sent from my phone, Jovana".
_SIGN_OFF = re.compile(
    r"(?:(?:^|\n|\s)[-\u2014~]\s*|(?i:\b(?:thanks|thank you|thx|ty|cheers|regards|best|sincerely|"
    r"phone|love|gracias|saludos)),?\s+)(?P<name>"
    rf"{_NAME_TOKEN}(?: {_NAME_TOKEN})?)\s*[.!]*\s*$"
)


def _unlisted_name_spans(text: str, scan: _Scan) -> list[tuple[int, int]]:
    """Names no list holds, where a cue before or a person's verb after says who they are."""
    found: list[tuple[int, int]] = []

    def take(start: int, words: str, *, listed_too: bool) -> None:
        # The first word must be an unlisted name; a second one joins it when it is one too
        # or a listed surname ("tell ezinne okafor", "Zsófia Kertész").
        parts = words.split(" ")
        # "its rosalind whitcombe": a first name that is also a word, before a surname that is
        # no word.
        if not _name_word(parts[0], listed_too=listed_too) and not (
            len(parts) > 1
            and _weak_first_name(parts[0])
            and _unlisted_name_word(_POSSESSIVE.sub("", parts[1]).lower())
            and parts[1][:1].isupper() == parts[0][:1].isupper()
        ):
            return
        end = start + len(_POSSESSIVE.sub("", parts[0]))
        if len(parts) > 1 and not _POSSESSIVE.search(parts[0]):
            second = _POSSESSIVE.sub("", parts[1])
            lower = second.lower()
            same_case = second[:1].isupper() == parts[0][:1].isupper()
            if same_case and (
                _unlisted_name_word(lower)
                or (lower in name_lists().last and lower not in _no_name_words())
            ):
                end = start + len(parts[0]) + 1 + len(second)
        found.append((start, end))

    for match in scan.finditer(_PERSON_CUE):
        take(match.start("name"), match.group("name"), listed_too=False)
    for match in _NAMED_SUBJECT.finditer(text):
        word, second = match.group("word"), match.group("second")
        if not _unlisted_name_word(word.lower()) or _ODD_CAPITALS.match(word):
            continue
        start, end = match.start(), match.end("word")
        if (
            second is not None
            and second[1:2].isupper() == word[:1].isupper()
            and _unlisted_name_word(second[1:].lower())
        ):
            end = match.end("second")
        sentence_start = _starts_sentence(text, start, ".!?:;\n(-")
        after = (_PERSON_AFTER if sentence_start else _PERSON_ONLY_AFTER).match(text, end)
        if after is not None and not _THING_BEFORE.search(_before(text, start)):
            found.append((start, end))
    for match in _CAPITAL_RUN.finditer(text):
        words = match.group("run").split(" ")
        bare = [_POSSESSIVE.sub("", word) for word in words]
        unlisted = [
            _unlisted_name_word(word.lower()) and not _ODD_CAPITALS.match(word) for word in bare
        ]
        listed = [
            (
                len(word) >= 3
                and word.lower() in name_lists().any
                and word.lower() not in _no_name_words()
            )
            # "Frank Okorie", "Temperance Okoye": a first name that is a word, before a name
            # that is none.
            or (n + 1 < len(bare) and _weak_first_name(word) and unlisted[n + 1])
            for n, word in enumerate(bare)
        ]
        # The longest stretch of names in it, two words at least, one of them no list holds.
        index = 0
        while index < len(words):
            stop = index
            while stop < len(words) and (unlisted[stop] or listed[stop]):
                stop += 1
                if _POSSESSIVE.search(words[stop - 1]):
                    break
            if stop - index >= 2 and any(unlisted[index:stop]):
                start = match.start() + sum(len(word) + 1 for word in words[:index])
                end = start + len(" ".join(bare[index:stop]))
                if not (words[index].isupper() and stop - index > 3):
                    found.append((start, end))
            index = max(stop, index + 1)
    if (signed := _SIGN_OFF.search(text)) is not None:
        take(signed.start("name"), signed.group("name"), listed_too=True)
    if (
        (vocative := _OPENING_NAME.match(text)) is not None
        and _unlisted_name_word(vocative.group("name").lower())
        and not _ODD_CAPITALS.match(vocative.group("name"))
    ):
        found.append(vocative.span("name"))  # "Hodan, I called you"
    for match in scan.finditer(_WORDY_NAME_CUED):
        # "my brother rusty is on my policy", "My name is faith and I", "hi grace, i mailed":
        # a first name that is also a word, where a strong cue and a clause's end agree.
        lower = match.group("name").lower()
        last = match.group("last")
        if match.group("name") in _AUXILIARIES and text[match.end("name") :][:1] == " ":
            continue  # "my mother will turn 65": a verb in lower case ("hi will," is a name)
        if last is not None and not _unlisted_name_word(_POSSESSIVE.sub("", last).lower()):
            continue
        if lower in name_lists().first and lower not in COMMON_WORDS - _WORDY_FIRST_NAMES:
            found.append((match.start("name"), match.end("last" if last else "name")))
    for match in _WORDY_ADDRESSED.finditer(text):
        lower = match.group("name").lower()
        if lower in _WORDY_FIRST_NAMES and lower not in _AUXILIARIES:
            found.append(match.span("name"))
    for match in _WORKS_AT.finditer(text):
        lower = match.group("name").lower()
        if _is_first_name(lower, name_lists()) and lower not in _NOT_PEOPLE_AT_WORK:
            found.append(match.span("name"))  # "Bill in your claims department told me"
    for match in scan.every(_INVERTED):
        # "Oyelaran, Perpetua - DOB on file", "O'Rourke, Bríd - subscriber": a header.
        last, first = match.group(0).split(", ")
        if _HEADER_AFTER.match(text, match.end()) and (
            (_unlisted_name_word(last.lower()) or _unlisted_name_word(first.lower()))
            and last.lower() not in _no_name_words()
            and first.lower() not in _no_name_words()
        ):
            found.append(match.span())
    # "vesna's bill", "keala's x-ray": an unlisted name owning something.
    if "'" in text or "\u2019" in text:
        for match in _OWNED.finditer(text):
            if _unlisted_name_word(match.group("name").lower()):
                found.append(match.span("name"))
    return found


def _first_name_word(word: str, like: str) -> bool:
    """A first name in the same case as the name beside it, a word or not ("Chase", "reed")."""
    lower = word.lower()
    return (
        word[:1].isupper() == like[:1].isupper()
        and lower not in _AUXILIARIES
        and (
            lower in _WORDY_FIRST_NAMES
            or (lower in name_lists().first and lower not in _no_name_words())
            or _unlisted_name_word(lower)
        )
    )


def _named_beside(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A first name joined by "and" to a name found: before a first name and surname ("Chase
    and Brook Hollister" share it), or after, with its own surname ("brook and reed hollister")."""
    more: list[tuple[int, int]] = []
    for start, end in found:
        name = text[start:end]
        after = _AND_NEXT.match(text, end)
        if after is not None and after.group("last") and _first_name_word(after["first"], name):
            last = _POSSESSIVE.sub("", after.group("last"))
            lower = last.lower()
            if (
                last[:1].isupper() == name[:1].isupper()
                and lower not in _no_name_words()
                and (_unlisted_name_word(lower) or lower in name_lists().last)
            ):
                more.append((after.start("first"), after.start("last") + len(last)))
        before = _AND_BEFORE.search(text, max(0, start - 40), start)
        if (
            before is not None
            and " " in name
            and _first_name_word(before["first"], name)
            and _starts_sentence(text, before.start(), ".!?:;\n")
        ):
            more.append(before.span("first"))
    return more


_LOWER_NEXT = re.compile(r" ([a-z\u00df-\u024f][\w\u00df-\u024f-]+)\b(?!['\u2019]\w)")
_CAPITALISED_NEXT = re.compile(r" ([A-Z\u00c0-\u00de][\w\u00df-\u024f-]+)\b(?!['\u2019]\w)")
_OWNED = re.compile(rf"(?P<name>\b{_NAME_TOKEN}?[^\W\d_])['\u2019]s\b")
_NOT_PEOPLE_AT_WORK = (
    _NOT_GREETED | _NEVER_PEOPLE | _words("guy lady man woman girl boy gal dude person")
)
_HEADER_AFTER = re.compile(r"\s*(?:$|[-|\u2014\n(]|\d)")
_OPENING_NAME = re.compile(r"\s*(?P<name>[^\W\d_][\w'\u2019-]+),\s")
_WORDY_NAME_CUED = re.compile(
    r"(?i:\b(?:my|our) (?:son|daughter|wife|husband|partner|spouse|brother|sister|mom|mother|dad|"
    r"father|grandson|granddaughter|niece|nephew|kid|child|boyfriend|girlfriend|fianc[eé]e?)"
    r"|\bmy name is|\bnamed|\bcalled|^\s*(?:hi|hello|hey|dear)),? "
    r"(?P<name>[A-Za-z]{3,})(?: (?P<last>[^\W\d_][\w'\u2019-]{2,}))?"
    r"(?=(?i:\s*[,.!?]|\s*$| and (?:i|he|she|my|me)\b| (?:is|was) (?:on|my|in|not|the|\d)|"
    r" said\b| told\b| needs\b| has\b| had\b| got\b| turns?\b))"
)
# Whom a member spoke to or wants told, a first name that is also a word, where what follows
# says a person: "tell amber that the claim got paid", "i spoke to lane at your office".
_WORDY_ADDRESSED = re.compile(
    r"(?i:\b(?:tell|ask|remind|(?:speak|spoke|spoken|talked|talking|speaking) (?:to|with))) "
    r"(?P<name>[a-z]{3,})"
    r"(?= (?:that|at (?:your|the)|on the phone|in (?:billing|claims|member services))\b"
    r"|,? (?:she|he|who)\b)"
)
# Two people named together, one found: "Chase and Brook Hollister", "brook and reed hollister".
_AND_NEXT = re.compile(
    r" (?:and|&) (?P<first>[^\W\d_][\w'\u2019-]{2,})(?: (?P<last>[^\W\d_][\w'\u2019-]{2,}))?"
)
_AND_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<first>[^\W\d_][\w'\u2019-]{2,}) (?:and|&) $")
_WORKS_AT = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,}) (?:from|in|at) (?:HR\b|human resources|(?:your|the) "
    r"(?:\w+ )?(?:department|team|office|desk))"
)
# Where the two cued searches can start (the first word of each cue; "i'm", "it's" start with
# the words "i", "it"), so that _Scan tries them there alone instead of at every character.
_STARTS |= {
    id(_PERSON_CUE): _words(
        """tell ask remind thank thanks thx ty cheers let give cc bcc call text email say said
        heard hear told conversation spoke spoken talked speaking talking me and according attn
        this i im it its soy member patient dependent dependant subscriber insured paciente"""
    ),
    # And the text's start (a greeting there: "^\s*hi").
    id(_WORDY_NAME_CUED): _words("my our named called"),
}
