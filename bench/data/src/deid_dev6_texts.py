"""Dev set 6 (helper deid7, stop 26): tuned on, written after the fresh7 before-look.

Other fictional pools and frames than deid_fresh7_texts.py, for the forms of persons, providers,
phones, addresses, claim numbers and clinicians. Markup [[X|value]] (see deid_common.CODES).
"""

import random

from deid_common import npi

rng = random.Random(606)


def pick(pool):
    return rng.choice(pool)


FIRST = ["Cordelia", "Ignatius", "Folasade", "Radomir", "Ysolde", "Bertrand", "Amaru", "Leocadia",
         "Njambi", "Florian", "Esperanza", "Ghislaine", "Tadeo", "Wilhelmina", "Casimir",
         "Oyinda", "Benedikt", "Araceli", "Phineas", "Zuzanna"]
LAST = ["Ploughman", "Nwachukwu", "Halvorsen", "Achterberg", "Villaseñor", "Kirkpatrick",
        "Drozdov", "Mbatha", "Lachance", "Ellingsworth", "Tenorio", "Woolridge", "Okoro",
        "Stavropoulos", "Gallardo-Ruiz", "Pendergast", "Yilmaz", "Cuthbertson"]

PERSON_FRAMES = [
    "Hello, [[P|{full}]] here with a billing question.",
    "my name is [[P|{lower}]]",
    "Patient name: [[P|{upper}]]",
    "[[P|{inverted}]] - dependent on my plan",
    "my wife [[P|{first}]] got the letter",
    "[[P|{first}]]'s prescription was refused at the counter.",
    "I spoke to [[P|{first}]] at your office last week.",
    "Kind regards,\n[[P|{full}]]",
    "the bill is in [[P|{lower}]]'s name",
    "we got a bill for [[P|{misspelt}]] but the name is spelled wrong",
    "This is [[P|Ms. {last}]] again.",
    "Please tell [[P|Mr. {full}]] the card is on its way.",
    "Thank you [[P|{first}]]!",
    "[[P|{upper_first}]] NEEDS HIS CARD",
    "my mom, [[P|{lower}]], is 80 and confused by these letters",
    "I'm the guardian of [[P|{full}]], a minor.",
    "from [[P|{lower}]]",
    "[[P|{full}]] and [[P|{full2}]] are both on the family plan.",
]


def person_values():
    first, last = pick(FIRST), pick(LAST)
    full = f"{first} {last}"
    i = len(first) + 2
    word = list(full)
    word[i], word[i + 1] = word[i + 1], word[i]
    return {"full": full, "first": first, "lower": full.lower(), "upper": full.upper(),
            "inverted": f"{last}, {first}", "misspelt": "".join(word), "last": last,
            "upper_first": first.upper(), "full2": f"{pick(FIRST)} {pick(LAST)}"}


PERSONS = [f.format(**person_values()) for f in PERSON_FRAMES for _ in range(2)]

CLIN_FIRST = ["Hyacinth", "Oisin", "Chiamaka", "Bogdan", "Renata", "Tomasz", "Yaretzi", "Ulric"]
CLIN_LAST = ["Wexford", "Adebayo", "Lisowski", "Carranza", "Blackwood", "Sato", "Dunmore"]
CLIN_FRAMES = [
    "[[C|Dr. {first} {last}]] did the procedure.",
    "my cardiologist [[C|{first} {last}]] is leaving the practice",
    "saw [[C|dr {lower_last}]] friday",
    "[[C|DR {upper_last}]] ORDERED THE TEST",
    "[[C|Doctor {first} {last}]]'s office says the claim was rejected.",
    "[[C|Nurse Practitioner {first} {last}]] prescribed it.",
    "la [[C|Dra. {last}]] dice que necesito autorización",
    "[[C|Nurse {first}]] was very kind.",
    "is [[C|dr. {lower_first} {lower_last}]] covered",
    "my physical therapist, [[C|{first} {last}]], billed 12 visits",
]


def clin_values():
    first, last = pick(CLIN_FIRST), pick(CLIN_LAST)
    return {"first": first, "last": last, "lower_last": last.lower(),
            "upper_last": last.upper(), "lower_first": first.lower()}


CLINICIANS = [f.format(**clin_values()) for f in CLIN_FRAMES for _ in range(2)]

ORGS = ["Foxglove Kidney Care", "Alder Point Medical Center", "Tidewater Orthopaedics, P.C.",
        "Crescent Moon Pharmacy", "Birchbank Pediatric Associates", "Oakhaven Rehabilitation Hospital",
        "Lanternlight Counseling LLC", "Summit Ridge Imaging", "Westmarch Family Practice",
        "Riverstone Ambulance Co.", "Goldleaf Dermatology", "Centro Médico La Paz",
        "Brookfield Eye Institute", "Hollowell Surgical Associates", "Starling Urgent Care",
        "Northgate Labs", "Emberly Hospice & Palliative Care", "Greenhaven Dialysis",
        "Mosswood Medical Group", "Ironbridge Neurology"]
ORG_FRAMES = [
    "I was billed by [[O|{org}]] twice.",
    "is [[O|{lower}]] in network",
    "[[O|{org}]] wants me to pay before my visit.",
    "THE BILL FROM [[O|{upper}]] IS WRONG",
    "went to [[O|{org}]] for stitches",
    "[[O|{org}]] sent me a statement",
    "Can you call [[O|{org}]] about the coding error?",
    "my kid's doctor is at [[O|{lower}]]",
    "[[O|{org}]]'s bill came today.",
    "Facility: [[O|{org}]]",
    "They transferred me from [[O|{org}]] to [[O|{org2}]].",
    "recibí una factura de [[O|{org}]]",
    "bill from [[O|{misspelt}]]?",
]


def org_values():
    org, org2 = rng.sample(ORGS, 2)
    words = org.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    words[k] = words[k][:3] + words[k][4:]
    return {"org": org, "org2": org2, "lower": org.lower().rstrip("."),
            "upper": org.upper().rstrip("."), "misspelt": " ".join(words).lower().rstrip(".")}


PROVIDERS = [f.format(**org_values()) for f in ORG_FRAMES for _ in range(3)]


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone():
    a, b, c = f"{rng.randint(210, 979)}", f"{rng.randint(200, 999)}", digits(4)
    return pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}",
                 f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}",
                 f"{a}-{b}-{c} ext {rng.randint(1, 99)}", f"({a}) {b}-{c} x{rng.randint(10, 99)}",
                 f"+1-{a}-{b}-{c}", f"{a}/{b}-{c}", f"1 ({a}) {b}-{c}", f"+1.{a}.{b}.{c}",
                 f"{a}-{b}-{c}, ext. {rng.randint(1, 99)}", f"1{a}{b}{c}"])


PHONE_FRAMES = [
    "call me back at [[T|{p}]]",
    "Phone: [[T|{p}]]",
    "my cell is [[T|{p}]], work is [[T|{q}]]",
    "The office number is [[T|{p}]].",
    "mi número es [[T|{p}]]",
    "Reach me at [[T|{p}]] any time.",
    "fax [[T|{p}]]",
    "number: [[T|{p}]]",
]
PHONES = [f.format(p=phone(), q=phone()) for f in PHONE_FRAMES for _ in range(4)]

STREETS = ["Larkspur Lane", "Mill Pond Rd", "S. Elm St", "Calle del Sol", "Ferry Landing Dr",
           "Brewster Ave", "Hawthorn Ct", "County Road 12", "W 3rd St", "Magnolia Blvd",
           "Avenida Central", "Pine Hollow Cir", "Orchard Pkwy", "NE Division Street"]
CITIES = [("Fresno", "CA", "93721"), ("Akron", "OH", "44308"), ("Ponce", "PR", "00730"),
          ("Bangor", "ME", "04401"), ("Laredo", "TX", "78040"), ("Spokane", "WA", "99201"),
          ("Mobile", "AL", "36602"), ("Provo", "UT", "84601")]


def address():
    num = rng.randint(2, 9999)
    street = pick(STREETS)
    city, state, zipc = pick(CITIES)
    unit = pick(["Apt 2A", "apt 9", "Unit 14", "Ste 310", "#7C", "Apt. 5", "Suite 12", "Bldg 3"])
    return pick([
        f"{num} {street}, {unit}, {city}, {state} {zipc}",
        f"{num} {street}, {city}, {state} {zipc}",
        f"{num} {street} {unit}, {city} {state} {zipc}",
        f"{num} {street.lower()}, {city.lower()} {state.lower()}",
        f"{num} {street.lower()} {unit.lower()}",
        f"PO Box {rng.randint(10, 9999)}, {city}, {state} {zipc}",
        f"P.O. Box {rng.randint(10, 9999)}",
        f"po box {rng.randint(10, 9999)}",
        f"RR {rng.randint(1, 9)} Box {rng.randint(10, 400)}",
        f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(10, 400)}, {city}, {state} {zipc}",
        f"HC {rng.randint(1, 80)} Box {rng.randint(10, 400)}",
        f"{num} {street}",
        f"{num} {street.upper()}, {city.upper()}, {state} {zipc}",
        f"{num} {street}, {city}, {state}",
        f"{num} {street}, {city} {state} {zipc}-{digits(4)}",
    ])


ADDRESS_FRAMES = [
    "New address: [[R|{r}]]",
    "send it to [[R|{r}]]",
    "I moved to [[R|{r}]].",
    "mail goes to [[R|{r}]] now",
    "Please change my address to [[R|{r}]]",
    "vivo en [[R|{r}]]",
    "the statement came to [[R|{r}]], that's wrong",
    "My address is [[R|{r}]] and my phone is the same.",
    "I'm in [[R|{unit}]], please add it.",
    "ADDRESS: [[R|{r}]]",
]


def unit_alone():
    return pick(["apt 7", "Apt 11B", "unit 2", "Suite 400", "apartment 3", "#5D"])


ADDRESSES = [f.format(r=address(), unit=unit_alone()) for f in ADDRESS_FRAMES for _ in range(4)]


def claim():
    return pick([f"CLM{digits(9)}", f"{digits(12)}", f"{digits(4)}-{digits(5)}",
                 f"{digits(2)}{rng.choice('ABKQ')}{digits(6)}", f"{digits(3)}-{digits(3)}-{digits(3)}",
                 f"E{digits(9)}", f"{digits(4)} {digits(4)} {digits(3)}",
                 f"DCN {digits(11)}", f"{digits(7)}/{digits(2)}", f"ICN {digits(13)}",
                 f"{rng.choice('ABKQ')}{digits(3)}{rng.choice('XYZ')}{digits(5)}"])


CLAIM_FRAMES = [
    "claim [[N|{n}]] denied",
    "Claim #: [[N|{n}]]",
    "my claim number is [[N|{n}]]",
    "what happened with claim no [[N|{n}]]?",
    "EOB claim [[N|{n}]]",
    "reclamo [[N|{n}]]",
    "the claim ([[N|{n}]]) shows pending",
    "Claim Number [[N|{n}]] / Member [[M|W{m}]]",
]
CLAIMS = [f.format(n=claim(), m=digits(9)) for f in CLAIM_FRAMES for _ in range(3)]


def ssn():
    a, b, c = f"9{rng.randint(0, 99):02d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}", f"{a}–{b}–{c}"])


SSN_FRAMES = [
    "social [[S|{s}]]",
    "SSN: [[S|{s}]]",
    "my SS# is [[S|{s}]]",
    "last four of my social: [[S|{l}]]",
    "last 4 SSN [[S|{l}]]",
    "my social ends with [[S|{l}]]",
    "número de seguro social [[S|{s}]]",
    "social security [[S|{s}]]",
    "ssn last4 [[S|{l}]]",
    "SS number [[S|{s}]] for my son",
]
SSNS = [f.format(s=ssn(), l=f"{rng.randint(1, 9999):04d}") for f in SSN_FRAMES for _ in range(2)]


def amount():
    return pick([f"${rng.randint(10, 9999):,}.{rng.randint(0, 99):02d}", f"${rng.randint(5, 900)}",
                 f"{rng.randint(5, 900)} dollars", f"{rng.randint(5, 300)} bucks",
                 f"USD {rng.randint(5, 900)}", f"{rng.randint(100, 900)} USD",
                 f"${rng.randint(1, 9)}k", f"{rng.randint(2, 9)} grand",
                 f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d} dólares",
                 f"{rng.randint(10, 99)}.{rng.randint(0, 99):02d}$", f"$ {rng.randint(10, 999)}",
                 f"{rng.randint(100, 999)} pesos", f"US$ {rng.randint(10, 999)}",
                 f"${rng.randint(1, 9)} {rng.randint(100, 999)}", f"{rng.randint(10, 999)}.00 dollars"])


AMOUNT_FRAMES = [
    "they charged me [[A|{a}]]",
    "I owe [[A|{a}]]?",
    "paid [[A|{a}]] already",
    "the copay was [[A|{a}]] last time",
    "Balance due: [[A|{a}]]",
    "me cobran [[A|{a}]]",
    "refund of [[A|{a}]] please",
    "it was [[A|{a}]] and now [[A|{b}]]",
]
AMOUNTS = [f.format(a=amount(), b=amount()) for f in AMOUNT_FRAMES for _ in range(3)]

NPIS = [f"NPI [[I|{npi('1' + digits(8))}]] for the clinic" for _ in range(3)]

NEGATIVE = [
    "Will you call me back tomorrow?",
    "May I speak to a supervisor?",
    "Grace period question again, sorry.",
    "Hope this makes sense.",
    "Please Review My Appeal As Soon As Possible.",
    "Need Help With A Bill From The Hospital",
    "Thank You For Fixing The Claim",
    "Is Humana the same as my plan?",
    "Cigna sent me a letter by mistake.",
    "Does the plan cover Zepbound?",
    "Austin is where the clinic is, not Houston.",
    "Charity care application, where do I send it?",
    "Is Urgent Care cheaper than the ER?",
    "Your Website Says One Thing And Your Agent Says Another.",
    "Carter County is not in the network area?",
    "Brooks Running shoes are not medical, I know.",
    "Dear Sir or Madam, I Am Writing To Appeal.",
    "Regards, A Frustrated Member",
    "Bueno, Muchas Gracias Por Todo.",
    "Hola, Tengo Una Pregunta Sobre Mi Factura.",
]

ALL = list(dict.fromkeys(PERSONS + CLINICIANS + PROVIDERS + PHONES + ADDRESSES + CLAIMS + SSNS
                         + AMOUNTS + NPIS + NEGATIVE))
