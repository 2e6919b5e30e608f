"""Held-out de-identification set 8 (helper deid7, stop 26), written from general knowledge.

Written because fresh7's provider names were tried one by one through the detector during the
round (see bench/data/README.md): this set was written after that, before any change made from
it, with other pools and frames, and is never tried item by item. Markup [[X|value]] (see
deid_common.CODES); fictional details only (SSNs 9xx, e-mails example.*, NPIs with a valid check
digit).
"""

import random

from deid_common import npi

rng = random.Random(88020261207)


def pick(pool):
    return rng.choice(pool)


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- persons
FIRST = ["Evangeline", "Tiberius", "Chidinma", "Gunnar", "Lakshmi", "Santiago", "Orsolya",
         "Viktor", "Kaimana", "Kofi", "Niamh", "Quang", "Idris", "Astrid", "Horatio", "Clementine",
         "Rigoberto", "Yesenia", "Hiroshi", "Babajide", "Philippa", "Declan", "Rosamund",
         "Shakira", "Lucius", "Hafsa", "Remedios", "Winslow", "Eulalia", "Chukwuma", "Sigrid",
         "Bastien", "Amina", "Raffaele", "Genevieve", "Leopold", "Itzel", "Mercedes", "Ambrose"]
LAST = ["Whitcombe", "Eze-Okoli", "Bergstrom", "Subramanian", "Arellano", "Pemberton",
        "Jovanovic", "Matsumoto", "Olatunji", "Gallagher", "Villarreal", "Hargreaves", "Khoury",
        "Benedetti", "Ogunleye", "Donnelly", "Wojcik", "Pham", "Laurent", "Kamau", "Blackthorne",
        "Echeverría", "Nowak", "Ainsworth", "Carvalho", "De Luca", "Asante", "Trautmann",
        "O'Rourke", "Appiah"]

PERSON_FRAMES = [
    "Good afternoon, I am [[P|{full}]], the subscriber.",
    "its [[P|{lower}]], did you get my form",
    "My father [[P|{full}]] is in the hospital and I handle his bills.",
    "Correct the name on the card to [[P|{inverted}]], please.",
    "[[P|{first}]]'s braces were supposed to be covered.",
    "Is [[P|{upper}]] listed as my dependent?",
    "[[P|{first}]] from your billing team said to write here.",
    "ty [[P|{lower_first}]] for the help yesterday",
    "Thanks again,\n[[P|{full}]]",
    "From: [[P|{full}]]\nSent: Monday\nSubject: denial",
    "my wife [[P|{misspelt}]] needs a new card",
    "[[P|{mr}]] asked me to call about his claim.",
    "The check was made out to [[P|{mrs}]] by mistake.",
    "my daughter [[P|{lower_first}]] needs braces, covered?",
    "Please speak with [[P|{full}]]; she is my power of attorney.",
    "Can you email [[P|{first}]] the form? She's my sister.",
    "The EOB says [[P|{upper_inverted}]] but that's not me.",
    "Dear [[P|{first}]], thanks for sorting this out.",
    "My son [[P|{full}]] starts college in the fall, does he stay on?",
    "the lady who helped me was [[P|{first}]], very nice",
    "[[P|{lower}]] checking on the refund",
    "add my newborn [[P|{full}]] to my policy",
    "Best regards, [[P|{full}]]",
    "I authorize [[P|{mr}]] to discuss my account.",
    "hi again its [[P|{misspelt_lower}]]",
    "Patient: [[P|{full}]]",
    "Both [[P|{full}]] and [[P|{full2}]] got denial letters.",
    "my ex-husband, [[P|{lower}]], still has the old card",
    "ATTN [[P|{upper}]] - CLAIM QUESTION",
    "I'm the caregiver for [[P|{full}]]'s account.",
]

WORD_NAMES = [
    "Thank you [[P|Joy]], you fixed it.",
    "My aunt [[P|Ruby]] needs a ride to dialysis.",
    "[[P|Patience]] at the desk said I owe nothing.",
    "My cousin [[P|Hunter Wyatt]] is on my plan.",
    "Can [[P|Autumn]] call me? She had the file.",
    "My father [[P|Sterling Odhiambo]] is 70.",
    "my niece [[P|ivy]] needs glasses",
    "[[P|Chase]] told me to resend the form.",
    "Please ask [[P|Dawn Kessinger]] to call me back.",
    "Hi [[P|Destiny]], I got the letter.",
]


def person_values():
    first, last = pick(FIRST), pick(LAST)
    full = f"{first} {last}"
    word = list(full)
    i = len(first) + 3
    if not (word[i].isalpha() and word[i + 1].isalpha()):
        i = 1
    word[i], word[i + 1] = word[i + 1], word[i]
    misspelt = "".join(word)
    return {
        "full": full, "first": first, "lower": full.lower(), "upper": full.upper(),
        "inverted": f"{last}, {first}", "upper_inverted": f"{last.upper()}, {first.upper()}",
        "lower_first": first.lower(), "misspelt": misspelt, "misspelt_lower": misspelt.lower(),
        "mr": f"Mr. {last}", "mrs": f"Mrs. {full}", "full2": f"{pick(FIRST)} {pick(LAST)}",
    }


PERSONS = [frame.format(**person_values()) for frame in PERSON_FRAMES for _ in range(2)]
PERSONS += WORD_NAMES

# ---------------------------------------------------------------- clinicians
CLIN_FIRST = ["Magnus", "Ifeoma", "Briony", "Alejandra", "Cillian", "Anjali", "Hedda", "Chinedu",
              "Jadwiga", "Ezra", "Roisin", "Esteban", "Linh", "Margit", "Uchenna"]
CLIN_LAST = ["Thornbury", "Okeke", "Faraday", "Montalvo", "Dunleavy", "Bhattacharya", "Strand",
             "Obi", "Zielinska", "Weatherby", "Kinsella", "Ibarra", "Dao", "Holmqvist", "Anyanwu"]

CLIN_FRAMES = [
    "[[C|Dr. {first} {last}]] ordered the scan and now it's denied.",
    "[[C|dr {lower_last}]] told me it's preventive",
    "Does [[C|Dr. {last}]] take my plan?",
    "[[C|DR. {upper_last}]]'S OFFICE BILLED ME AGAIN",
    "[[C|Doctor {first} {last}]] wants a prior auth for the MRI.",
    "La [[C|Dra. {first} {last}]] es mi doctora de cabecera.",
    "my pediatrician, [[C|{first} {last}]], is leaving",
    "[[C|Nurse {first} {last}]] said to call you.",
    "my counselor [[C|{first} {last}]] is out of network now",
    "[[C|doc {lower_first}]] said it's fine",
    "Ordering physician: [[C|Dr. {first} {last}]], DO",
    "[[C|Nurse Practitioner {first} {last}]] did my physical.",
    "went to [[C|dr. {lower_first} {lower_last}]] last month",
    "[[C|Dr. {last}]]'s nurse said the claim was resubmitted.",
    "my surgeon [[C|{first} {last}]] billed separately",
    "[[C|Dr {last}]] is not in the directory",
]


def clin_values():
    first, last = pick(CLIN_FIRST), pick(CLIN_LAST)
    return {"first": first, "last": last, "lower_last": last.lower(),
            "upper_last": last.upper(), "lower_first": first.lower()}


CLINICIANS = [frame.format(**clin_values()) for frame in CLIN_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- provider organisations
ORGS = ["Willowbrook Community Hospital", "Hartwell Vein & Vascular", "Blue Heron Birth Center",
        "Northridge Pulmonary Associates, LLC", "Mercy Pines Medical Center",
        "St. Agatha's Hospital", "Cobalt Ridge Urgent Care", "Farmacia Santa Lucía",
        "Lone Pine EMS", "Granite Peak Orthopaedics", "Seaside Pediatric Dentistry",
        "Amberwood Memory Care", "Kestrel Home Health Services", "Dunmore Eye Associates",
        "Thornfield Fertility Institute", "Prairie Wind Family Medicine",
        "Galloway Oncology Partners", "Halcyon Hearing Center", "Clínica Familiar Los Robles",
        "Bramblewood Women's Clinic", "Ironwood Pain & Spine", "Quillan Diagnostic Labs Inc.",
        "MAPLECREST PHARMACY #0917", "Oak Terrace Nursing Home", "Skylark Air Ambulance",
        "Rosehill Psychiatry, PLLC", "Cypress Bay Endocrinology", "Harbourside Sleep Center",
        "Glenmoor Chiropractic", "Vantage Point Imaging"]

ORG_FRAMES = [
    "I have a bill from [[O|{org}]] I don't understand.",
    "is [[O|{lower}]] covered",
    "Was [[O|{org}]] in network when I went?",
    "[[O|{upper}]] SAYS I OWE THEM",
    "My EOB mentions [[O|{org}]], I was never seen there.",
    "do i need a referral for [[O|{lower}]]",
    "[[O|{org}]]'s statement shows a different amount.",
    "I paid [[O|{org}]] in full already.",
    "they sent me from the ER to [[O|{org}]]",
    "Facility name: [[O|{org}]]",
    "[[O|{org}]] asked me to call you about the authorization.",
    "la cuenta de [[O|{lower}]] está mal",
    "Can I keep going to [[O|{org}]] after the plan change?",
    "Please review the claim from [[O|{org}]].",
    "[[O|{org}]] added a fee I did not expect.",
    "got a bill from [[O|{misspelt}]], what is this",
    "My mom went to [[O|{org}]] and then to [[O|{org2}]].",
    "Would [[O|{org}]] be covered out of state?",
    "Send my records to [[O|{org}]], please.",
    "apparently i owe [[O|{lower}]] money",
]


def org_values():
    org, org2 = rng.sample(ORGS, 2)
    word = org.split(" ")
    longest = max(range(len(word)), key=lambda k: len(word[k]))
    w = word[longest]
    word[longest] = w[:3] + w[4:]
    return {"org": org, "org2": org2, "lower": org.lower().rstrip("."),
            "upper": org.upper().rstrip("."), "misspelt": " ".join(word).lower().rstrip(".")}


PROVIDERS = [frame.format(**org_values()) for frame in ORG_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def ordinal(n):
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_forms():
    m, d, y = rng.randrange(12), rng.randint(1, 28), rng.choice([2025, 2026])
    return {
        "us": f"{m + 1}/{d}/{y}", "us2": f"{m + 1:02d}/{d:02d}/{y % 100:02d}",
        "dash": f"{m + 1}-{d}-{y}", "iso": f"{y}-{m + 1:02d}-{d:02d}",
        "long": f"{MONTHS[m]} {d}, {y}", "short": f"{m + 1}/{d}", "abbr": f"{ABBR[m]} {d}",
        "ord": f"{MONTHS[m]} {ordinal(d)}", "dm": f"{d} {MONTHS[m]} {y}",
        "the": f"the {ordinal(d)}", "theof": f"the {ordinal(d)} of {ABBR[m]}",
        "es": f"{d} de {MESES[m]}", "es_y": f"{d} de {MESES[m]} del {y}",
        "dob": f"{m + 1}/{d}/19{rng.randint(40, 99)}", "upper": f"{ABBR[m].upper()} {d} {y}",
        "lower": f"{MONTHS[m].lower()} {ordinal(d)}", "compact": f"{y}{m + 1:02d}{d:02d}",
        "dot": f"{d}.{m + 1}.{y}",
    }


DATE_FRAMES = [
    "The service date was [[D|{us}]].",
    "dos [[D|{us2}]] billed twice",
    "I was admitted on [[D|{long}]].",
    "had labs done [[D|{short}]]",
    "My surgery is on [[D|{abbr}]]; is it approved?",
    "I went in on Thursday, [[D|{ord}]], for the follow-up.",
    "Seen on [[D|{dm}]] at the clinic.",
    "can I pay on [[D|{the}]] instead",
    "The payment is due [[D|{theof}]].",
    "Me atendieron el [[D|{es}]].",
    "La cita fue el [[D|{es_y}]].",
    "DOS: [[D|{iso}]]",
    "born [[D|{dob}]]",
    "Statement dated [[D|{dash}]].",
    "EOB service date [[D|{compact}]]",
    "it was [[D|{lower}]] i think",
    "VISIT [[D|{upper}]] NOT COVERED?",
    "the visit on [[D|{dot}]] in Mexico, is it covered?",
    "From [[D|{short}]] to [[D|{short2}]] I was in the hospital.",
]


def date_values():
    forms = date_forms()
    forms["short2"] = date_forms()["short"]
    return forms


DATES = [frame.format(**date_values()) for frame in DATE_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- amounts
AMOUNT_FORMS = [
    lambda: f"${rng.randint(12, 9800):,}.{rng.randint(0, 99):02d}",
    lambda: f"${rng.randint(20, 900)}",
    lambda: f"{rng.randint(20, 900)} dollars",
    lambda: f"{rng.randint(20, 300)} bucks",
    lambda: f"USD {rng.randint(50, 900)}.00",
    lambda: f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d} dólares",
    lambda: pick(["thirty dollars", "four hundred dollars", "ninety-five dollars",
                  "twelve hundred dollars", "fifty bucks", "seventy-five dollars"]),
    lambda: f"${rng.randint(1, 9)}.{rng.randint(1, 9)}K",
    lambda: f"$ {rng.randint(1, 9)},{rng.randint(100, 999)}",
    lambda: f"{rng.randint(100, 3000)} usd",
    lambda: pick(["a grand", "four grand", "ten grand"]),
    lambda: f"{rng.randint(100, 900)} dólares",
    lambda: f"${rng.randint(100, 999)}.{rng.randint(0, 9)}0",
    lambda: f"{rng.randint(11, 99)}.{rng.randint(0, 99):02d} $",
]

AMOUNT_FRAMES = [
    "The ER bill is [[A|{a}]].",
    "copay went up to [[A|{a}]]??",
    "I paid them [[A|{a}]] yesterday.",
    "Charged [[A|{a}]] for a flu shot.",
    "Allowed [[A|{a}]], plan paid [[A|{b}]], what's the rest?",
    "me quieren cobrar [[A|{a}]]",
    "Could I pay [[A|{a}]] every two weeks?",
    "it went from [[A|{a}]] down to [[A|{b}]] after the appeal",
    "The refund was [[A|{a}]], not what I expected.",
    "Total charges: [[A|{a}]] / Patient responsibility: [[A|{b}]]",
    "I've spent [[A|{a}]] toward my deductible",
    "the helicopter ride cost [[A|{a}]]",
    "they asked for [[A|{a}]] before the surgery",
    "Premium is now [[A|{a}]] a month.",
    "is [[A|{a}]] right for an urgent care visit",
    "A collector says I owe [[A|{a}]].",
    "Estimate [[A|{a}]], actual bill [[A|{b}]].",
    "I still owe around [[A|{bare}]] to the hospital.",
]


def amount_values():
    bare = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
    return {"a": pick(AMOUNT_FORMS)(), "b": pick(AMOUNT_FORMS)(), "bare": bare}


AMOUNTS = [frame.format(**amount_values()) for frame in AMOUNT_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- ids
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def letters(n):
    return "".join(rng.choice(LETTERS) for _ in range(n))


MEMBER_FORMS = [
    lambda: f"U{digits(8)}", lambda: f"{letters(3)}{digits(8)}{letters(1)}",
    lambda: f"{letters(1)}{digits(9)}-0{rng.randint(1, 5)}", lambda: f"{letters(3)}-{digits(6)}",
    lambda: f"{digits(3)}-{digits(3)}-{digits(3)}-A", lambda: f"{letters(2)} {digits(4)} {digits(4)}",
    lambda: f"{digits(10)}", lambda: f"m{digits(9)}", lambda: f"{letters(4)}{digits(6)}",
]
MEMBER_FRAMES = [
    "Member ID: [[M|{m}]]",
    "my id number is [[M|{m}]]",
    "ID [[M|{m}]], calling about my son",
    "Subscriber # [[M|{m}]]",
    "my card number is [[M|{m}]]",
    "número de afiliado [[M|{m}]]",
    "member [[M|{m}]] asking about a refund",
    "The portal rejects [[M|{m}]] as my member ID.",
    "Pharmacy has [[M|{m}]] on file but my card says otherwise.",
    "Policy ID [[M|{m}]]",
]
CLAIM_FORMS = [
    lambda: f"CLM{digits(10)}", lambda: f"{digits(14)}", lambda: f"{digits(6)}-{digits(2)}",
    lambda: f"{letters(1)}{digits(2)}{letters(2)}{digits(5)}", lambda: f"{digits(3)}-{digits(4)}-{digits(3)}",
    lambda: f"R{digits(9)}", lambda: f"{digits(4)} {digits(4)} {digits(4)}",
    lambda: f"{letters(3)}-{digits(8)}", lambda: f"{digits(8)}/{digits(2)}",
]
CLAIM_FRAMES = [
    "Claim [[N|{n}]] shows as denied.",
    "claim no. [[N|{n}]] — why pending?",
    "RE: Claim # [[N|{n}]]",
    "the claim reference on the letter is [[N|{n}]]",
    "Please reopen claim number [[N|{n}]].",
    "mi reclamo [[N|{n}]] fue negado",
    "claims [[N|{n}]] and [[N|{n2}]] are the same visit",
    "CLAIM NUMBER [[N|{n}]] WAS PAID TO THE WRONG PERSON",
    "Claim ID [[N|{n}]]",
    "appeal for claim [[N|{n}]] attached",
]
MEMBER_IDS = [f.format(m=pick(MEMBER_FORMS)()) for f in MEMBER_FRAMES for _ in range(3)]
CLAIMS = [f.format(n=pick(CLAIM_FORMS)(), n2=pick(CLAIM_FORMS)()) for f in CLAIM_FRAMES
          for _ in range(3)]


# ---------------------------------------------------------------- phones and e-mails
def phone():
    a, b, c = f"{rng.randint(201, 989)}", f"{rng.randint(200, 999)}", digits(4)
    return pick([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 ({a}) {b}-{c}",
        f"1 {a} {b} {c}", f"{a} {b}-{c}", f"+1{a}{b}{c}", f"{a}-{b}-{c} ext. {rng.randint(1, 999)}",
        f"{a}.{b}.{c} x{rng.randint(10, 999)}", f"1.{a}.{b}.{c}", f"({a}) {b} {c}",
    ])


PHONE_FRAMES = [
    "Call me back at [[T|{p}]] please.",
    "new phone: [[T|{p}]]",
    "I'm at [[T|{p}]] during the day.",
    "mobile [[T|{p}]], landline [[T|{q}]]",
    "Their billing line is [[T|{p}]].",
    "Ph. [[T|{p}]]",
    "mi celular es [[T|{p}]]",
    "text [[T|{p}]] if easier",
    "I called [[T|{p}]] three times.",
    "Daytime phone: [[T|{p}]]",
    "it's [[T|{p}]], sorry, I mean [[T|{q}]]",
    "Update my phone to [[T|{p}]].",
]
PHONES = [f.format(p=phone(), q=phone()) for f in PHONE_FRAMES for _ in range(3)]

MAIL_USERS = ["evangeline.w", "tiberius_p", "chidinma.o", "gunnar.b", "lakshmi.s88",
              "santi.arellano", "orsi.jovanovic", "viktor+eob", "kaimana.k", "kofi.asante",
              "niamh_g", "quang.pham", "idris.khoury", "astrid.berg", "horatio.h"]
EMAIL_FRAMES = [
    "My e-mail is [[E|{e}]].",
    "email the letter to [[E|{e}]]",
    "E-mail: <[[E|{e}]]>",
    "updated email [[E|{e}]]",
    "correo: [[E|{e}]]",
    "Write to [[E|{e}]] with the answer.",
    "use [[E|{e}]], not the old one",
    "please cc [[E|{e}]]",
    "nothing arrived at [[E|{e}]]",
    "Email on file: [[E|{e}]]",
]


def email():
    return f"{pick(MAIL_USERS)}{rng.randint(1, 99)}@example.{pick(['com', 'net', 'org'])}"


EMAILS = [f.format(e=email()) for f in EMAIL_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- addresses
STREETS = ["Foxhollow Road", "Lindenwood Dr", "S. Cedar Ave", "Calle Amapola", "Bay Ridge Pkwy",
           "Whitfield St", "Larch Court", "Highway 30", "W 22nd Street", "Cottonwood Blvd",
           "Camino Real", "Stonegate Cir", "Ashby Lane", "N. Poplar Terrace"]
CITIES = [("Topeka", "KS", "66603"), ("Missoula", "MT", "59801"), ("Savannah", "GA", "31401"),
          ("Mayagüez", "PR", "00680"), ("Pikeville", "KY", "41501"), ("Salem", "OR", "97301"),
          ("Utica", "NY", "13501"), ("Amarillo", "TX", "79101"), ("Fargo", "ND", "58102"),
          ("Tucson", "AZ", "85701")]


def address():
    num = rng.randint(3, 9899)
    street = pick(STREETS)
    city, state, zipc = pick(CITIES)
    unit = pick(["Apt 5D", "apt 21", "Unit 3", "Ste 110", "#12", "Apt. 4", "Suite 9"])
    return pick([
        f"{num} {street}, {unit}, {city}, {state} {zipc}",
        f"{num} {street}, {city}, {state} {zipc}",
        f"{num} {street} {unit}, {city} {state} {zipc}",
        f"{num} {street.lower()}, {city.lower()} {state.lower()}",
        f"P.O. Box {rng.randint(10, 9999)}, {city}, {state} {zipc}",
        f"PO Box {rng.randint(10, 9999)}",
        f"RR {rng.randint(1, 9)}, Box {rng.randint(10, 400)}",
        f"Rural Route {rng.randint(1, 9)} Box {rng.randint(10, 400)}, {city}, {state} {zipc}",
        f"{num} {street}",
        f"{num} {street.upper()}, {city.upper()} {state} {zipc}",
        f"{num} {street}, {city} {state}",
    ])


ADDRESS_FRAMES = [
    "My address changed to [[R|{r}]].",
    "mail the new card to [[R|{r}]]",
    "Correct address: [[R|{r}]]",
    "we just moved into [[R|{r}]]",
    "Please send the refund to [[R|{r}]].",
    "mi nueva dirección: [[R|{r}]]",
    "The EOB went to [[R|{r}]], my old place.",
    "Address: [[R|{r}]]",
    "I live at [[R|{r}]], is there an in-network lab nearby?",
    "please update it to [[R|{r}]]",
    "the bills keep going to [[R|{r}]] even though I moved",
    "I moved to [[R|{unit}]] in the same complex.",
    "you left off [[R|{unit}]] so the mail bounces",
    "Is [[R|{r}]] your claims address?",
    "DELIVER TO [[R|{r}]]",
]


def unit_alone():
    return pick(["apt 9C", "unit 14", "Apt 507", "unit 2B", "Suite 310", "apartment 12"])


ADDRESSES = [f.format(r=address(), unit=unit_alone()) for f in ADDRESS_FRAMES for _ in range(3)]


# ---------------------------------------------------------------- SSNs and NPIs
def ssn():
    a, b, c = f"9{rng.randint(0, 99):02d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"])


SSN_FRAMES = [
    "My SSN is [[S|{s}]].",
    "social security number [[S|{s}]]",
    "SS# [[S|{s}]]",
    "last 4 of social: [[S|{l4}]]",
    "Social: [[S|{s}]]",
    "the last four of my SSN are [[S|{l4}]]",
    "número de seguro social: [[S|{s}]]",
    "you asked for the social, [[S|{s}]]",
    "ssn ending [[S|{l4}]] for verification",
    "my wife's SSN is [[S|{s}]]",
    "Verify me with the last 4 of my social, [[S|{l4}]]",
    "SSN: [[S|{s}]] (subscriber)",
]
SSNS = [f.format(s=ssn(), l4=f"{rng.randint(1, 9999):04d}") for f in SSN_FRAMES for _ in range(3)]

NPI_FRAMES = [
    "NPI is [[I|{i}]].",
    "NPI: [[I|{i}]]",
    "npi [[I|{i}]] — in network?",
    "Billing NPI [[I|{i}]], rendering NPI [[I|{j}]]",
    "the doctor's NPI number [[I|{i}]]",
    "NPI# [[I|{i}]]",
    "NPI del proveedor: [[I|{i}]]",
    "Is NPI [[I|{i}]] participating?",
    "Attending NPI: [[I|{i}]]",
    "they gave me NPI [[I|{i}]]",
]
NPIS = [f.format(i=npi(f"1{digits(8)}"), j=npi(f"1{digits(8)}")) for f in NPI_FRAMES
        for _ in range(3)]

# ---------------------------------------------------------------- mixed messages
MIXED = [
    "Hello, [[P|Leopold Hargreaves]] here, member [[M|U55120874]]. [[C|Dr. Margit Holmqvist]] at [[O|Cypress Bay Endocrinology]] saw me [[D|5/14/2026]]; bill [[A|$388.20]]. Phone [[T|(406) 555-0131]].",
    "claim [[N|CLM7730219945]] for [[D|april 9]] at [[O|vantage point imaging]]: they say [[A|$960.00]], EOB says [[A|$120]]",
    "Change my address to [[R|44 Larch Court, Apt 5D, Salem, OR 97301]] and email to [[E|hafsa.k@example.com]]. [[P|Hafsa Khoury]]",
    "[[P|genevieve laurent]] writing. [[O|Amberwood Memory Care]] looked after my mother [[P|Eulalia Laurent]] until [[D|November 30, 2025]]; they bill [[A|$6,210.00]].",
    "SSN [[S|921-48-0036]], DOB [[D|3/22/1958]], member [[M|KXT44019283B]]. Why was my coverage ended?",
    "[[C|Nurse Practitioner Dunleavy]] at [[O|Prairie Wind Family Medicine]] gave NPI [[I|" + npi("166200913") + "]]. Claim [[N|551208-03]]. Thanks, [[P|Raffaele Benedetti]]",
    "Buenas, soy [[P|Itzel Villarreal]]. La [[C|Dra. Alejandra Montalvo]] me vio el [[D|3 de junio]] y pagué [[A|980 dólares]]. Tel [[T|939-555-0177]].",
    "Message from [[P|Ambrose Ainsworth]] ([[E|a.ainsworth@example.org]], [[T|505.555.0114]]): [[O|Skylark Air Ambulance]] billed [[A|$48,300]] on [[D|2026-02-11]].",
    "paid [[A|60 bucks]] at [[O|glenmoor chiropractic]] on [[D|the 9th]] and [[P|mercedes]] at the front desk says I owe [[A|$30]] more",
    "From: [[P|Philippa Donnelly]]\nMember ID [[M|QRS-448120]] has the wrong address; use [[R|PO Box 771, Fargo, ND 58102]]. SSN last 4 [[S|0415]].",
    "Writing for [[P|Mr. Horatio Whitcombe]] (born [[D|12/01/1944]]). [[C|Dr. Chinedu Obi]] sent him to [[O|Harbourside Sleep Center]]; claim [[N|20260318004471]].",
    "[[P|Sigrid]] here again, the [[A|$142.75]] refund from [[O|Dunmore Eye Associates]] never came. Mail it to [[R|908 Whitfield St, Utica, NY 13501]].",
    "Hi [[P|Hiroshi]], thanks for your call. Claim [[N|R440918273]] from [[D|Oct 2]] has been reprocessed; you owe [[A|$0.00]].",
    "my husbands name is [[P|declan o'rourke]], member [[M|m448201937]], he saw [[C|dr kinsella]] on [[D|7/19]]",
    "HELP: [[O|OAK TERRACE NURSING HOME]] sent my father [[P|LUCIUS PEMBERTON]] to collections for [[A|$12,880.40]]. Call [[T|1-603-555-0149]].",
    "[[O|Thornfield Fertility Institute]] quoted [[A|USD 4,500]] but billed [[A|$7,950.00]] after the [[D|August 21st]] retrieval. NPI [[I|" + npi("149920331") + "]].",
    "New phone [[T|(702) 555-0188 ext 7]], new address [[R|2301 Bay Ridge Pkwy Ste 110, Tucson AZ 85701]].",
    "I look after [[P|Babajide Olatunji]]'s bills. He saw [[C|Doctor Ezra Weatherby]] on [[D|9/3]] and [[D|9/17]], [[A|$210]] each.",
    "Morning, [[P|Declan Gallagher]] with SSN [[S|955 31 2204]] and member [[M|UQX 880 214 553]]. Was [[O|Willowbrook Community Hospital]] paid?",
    "[[P|winslow]] (my son) got a cleaning at [[O|Seaside Pediatric Dentistry]] and my email [[E|winslow.dad@example.net]] got a bill for [[A|85 dollars]].",
    "Claim [[N|K22LM48810]]: [[C|Nurse Ifeoma Okeke]] at [[O|Rosehill Psychiatry, PLLC]] says you need NPI [[I|" + npi("131004562") + "]].",
    "Talked to [[P|Shakira]] on [[D|Dec 8]], she said my [[A|$45]] copay was wrong and I'd get it back.",
    "This is [[P|Mrs. Astrid Bergstrom]], [[R|615 Foxhollow Road, Topeka, KS 66603]], [[T|785-555-0102]], about [[D|Feb 3, 2026]].",
    "hola, me llamo [[P|yesenia arellano]], mi reclamo [[N|448-2231-907]] de [[O|clínica familiar los robles]] dice [[A|3500 pesos]]",
    "Hi! [[P|Amina Asante]] - DOB [[D|2001-06-15]] - [[M|U77340912]]. Can you resend my EOB to [[E|amina.a@example.com]]?",
    "My husband [[P|Rigoberto Carvalho]] passed away on [[D|January 19, 2026]]. His SSN was [[S|918-22-4470]]. What do I do with his plan?",
    "[[O|Galloway Oncology Partners]] billed [[A|$3.1k]] for the infusion at [[O|Mercy Pines Medical Center]]; [[C|Dr. Roisin Kinsella]] ordered it.",
    "[[C|Dr. Esteban Ibarra]] at [[O|Granite Peak Orthopaedics]], claim [[N|CLM4420019375]], [[D|11/28/2025]] — denied?",
    "Att: [[P|Clementine Nowak]], [[R|PO Box 1188, Missoula, MT 59801]], [[T|406 555 0190]], [[E|clem.nowak@example.org]] - please update.",
    "Thanks [[P|Kofi]]! The [[A|$512.00]] from [[D|the 4th of May]] is paid.",
]

# ---------------------------------------------------------------- texts without any detail
NEGATIVE = [
    "Will the plan pay for a hearing aid?",
    "May I get a copy of my EOB by mail?",
    "Mark me down as paperless, please.",
    "Bill pay isn't working on the app.",
    "Grace period ended? I paid two days late.",
    "Frank answer, please: is this covered or not?",
    "April is when my open enrollment starts, right?",
    "Hope all is well. Question about coinsurance.",
    "Faith alone won't pay this bill.",
    "Grant is the word they used, a medical grant. Is that real?",
    "Rose again! My premium rose again!",
    "Pat answer from your rep, not helpful.",
    "Sue? No. I just want the bill fixed.",
    "Summer hours for your office?",
    "Will Medicaid cover my son if I lose my job?",
    "Is Anthem primary or secondary for me?",
    "Does Tricare work with your plan?",
    "Good Morning, I Need Help With My Bill.",
    "I AM SO CONFUSED BY THIS STATEMENT",
    "Why Was My Prior Authorization Denied?",
    "Thanks A Lot For Calling Me Back.",
    "To Whom It May Concern, Please Reconsider.",
    "Could You Mail Me A Claim Form?",
    "Is Metformin a Tier 1 drug?",
    "Does Humira need step therapy first?",
    "Is Wegovy covered for weight loss?",
    "CPT 80053 billed twice on one day?",
    "What does denial code CO-50 mean?",
    "Going to Yellowstone in July, is urgent care covered there?",
    "We'll be in Florida until Easter.",
    "Is your office closed on Presidents Day?",
    "Open on Labor Day?",
    "The Urgent Care was closed so I went to the ER.",
    "Dr said come back in two weeks, is that visit covered?",
    "The nurse said it was preventive, so why a copay?",
    "Ask around, someone there must know.",
    "If it gets denied again I'm filing a complaint.",
    "Given my income, can I get help with the bill?",
    "Jack of all trades, your phone tree is not.",
    "Dawn patrol on hold again, 45 minutes.",
    "Amber warning light on my portal, what does it mean?",
    "Venmo or Zelle, can I pay that way?",
    "Bank of America says the payment cleared.",
    "Cigna covered this last year.",
    "UnitedHealthcare was my old plan.",
    "Buenos Días, ¿Cubre Mi Plan Los Lentes?",
    "¿Pueden Llamarme Mañana En La Tarde?",
    "Muchas Gracias, Muy Amables.",
    "Feliz Año Nuevo, una pregunta sobre el copago.",
    "Cheers, A Confused Customer",
    "Regards, the policy holder",
    "Sent from my Galaxy",
    "Surprise Bill From An Out-Of-Network Doctor",
    "Appeal Status?",
    "Second Level Appeal Denied. What Now?",
    "Other Insurance Questionnaire Attached",
    "Does 988 cost anything to call?",
    "Called 911, got a bill for the ride later.",
    "Does the Bronze HMO cover chiropractors?",
    "Is the Platinum PPO worth it?",
    "HSA contributions for next year?",
    "FSA receipts, where do I upload them?",
    "What Happens After The Deductible Is Met?",
    "Out Of Pocket Maximum, Explained?",
    "Carolina Blue is my old employer's plan name, confusing.",
    "Montana is where I moved, can I keep the plan?",
    "Phoenix or Tucson for in-network specialists?",
    "Which Doctor On My Card Is My PCP?",
    "Does the No Surprises Act apply to me?",
    "Notice Of Adverse Benefit Determination received.",
    "External Review Request, how long does it take?",
    "Friday works for a call, Thursday not.",
    "May flowers and May bills.",
    "June 2026 premium was taken twice.",
    "Happy Holidays! Does my deductible reset in January?",
    "As I said before, nothing changed.",
    "Ok Thank You, Goodbye",
    "Keep calm and wait for the EOB, I guess.",
    "Royal treatment at the front desk, thank you.",
    "Sterling silver frames are not covered, I know.",
]

ALL = list(dict.fromkeys(
    PERSONS + CLINICIANS + PROVIDERS + DATES + AMOUNTS + MEMBER_IDS + CLAIMS + PHONES + EMAILS
    + ADDRESSES + SSNS + NPIS + MIXED + NEGATIVE
))
