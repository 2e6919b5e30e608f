"""Held-out de-identification set 7 (helper deid7, stop 26), written from general knowledge.

Markup [[X|value]] (see deid_common.CODES). Each kind has its own list of sentence frames, filled
from pools of fictional details with a fixed seed, so the build is deterministic. Every person,
clinician and provider here is invented; SSNs are 9xx, e-mails use example.* domains, NPIs carry
a valid check digit (deid_common.npi).
"""

import random

from deid_common import npi

rng = random.Random(20261207)


def pick(pool):
    return rng.choice(pool)


# ---------------------------------------------------------------- persons
FIRST = ["Rosalind", "Tobias", "Nkechi", "Henrik", "Priyanka", "Mateo", "Giulia", "Dmitri",
         "Aiyana", "Kwame", "Siobhan", "Thanh", "Yusuf", "Ingrid", "Bartholomew", "Lucinda",
         "Ezequiel", "Marisol", "Takeshi", "Oluwaseun", "Beatrix", "Cormac", "Fenella", "Rashida",
         "Augustin", "Noor", "Pilar", "Wendell", "Hortensia", "Emeka", "Solveig", "Anselm",
         "Zainab", "Lorenzo", "Mireille", "Desmond", "Ottoline", "Jaroslav", "Ximena", "Perpetua"]
LAST = ["Vandermeer", "Okafor", "Lindqvist", "Raghunathan", "Castellanos", "Bellweather",
        "Petrovic", "Nakashima", "Adeyemi", "Thistlewood", "Quintanilla", "Abernathy", "Haddad",
        "Marchetti", "Oyelowo", "Brannigan", "Szymanski", "Tranh", "Delacroix", "Mwangi",
        "Featherstone", "Iturbide", "Kowalczyk", "Ashdown", "Ferreira-Lopes", "Van Houten",
        "Oduya", "Rautenberg", "McAllister", "Quarshie"]

PERSON_FRAMES = [
    "Hi, this is [[P|{full}]] and I have a question about my last bill.",
    "my name is [[P|{lower}]] and nobody has called me back",
    "I'm calling for my mother, [[P|{full}]], she is on my plan.",
    "Please update the account for [[P|{inverted}]] with the new address.",
    "[[P|{first}]]'s claim was denied again, can you look?",
    "Can you tell me if [[P|{upper}]] is still covered as a dependent?",
    "I spoke with [[P|{first}]] on the phone yesterday and she said it was fixed.",
    "thanks [[P|{lower_first}]], that helped a lot",
    "Regards,\n[[P|{full}]]",
    "From: [[P|{full}]]\nSubject: bill question",
    "My husband [[P|{misspelt}]] got a bill from the hospital that looks wrong.",
    "This is [[P|{mr}]] following up on the appeal.",
    "Please send it to [[P|{mrs}]] and not to me.",
    "my son [[P|{lower_first}]] had his checkup and they charged us anyway",
    "I am writing on behalf of [[P|{full}]]'s estate about an unpaid balance.",
    "Can [[P|{first}]] call me back before 5? thanks",
    "The letter was addressed to [[P|{upper_inverted}]] which is my daughter.",
    "Hello [[P|{first}]], thank you for your quick answer.",
    "My daughter [[P|{full}]] turns 26 this year, what happens to her coverage?",
    "we talked to someone named [[P|{first}]] at the front desk",
    "[[P|{lower}]] here, member since last year, question about my deductible",
    "please add my wife [[P|{full}]] to the plan",
    "Sincerely, [[P|{full}]] (the subscriber)",
    "Is [[P|{mr}]] allowed to talk to you about my claims? He has my permission.",
    "hey its [[P|{misspelt_lower}]] again about the ambulance bill",
    "Authorized representative: [[P|{full}]]",
    "I think [[P|{full}]] and [[P|{full2}]] both got the same letter by mistake.",
    "My stepdad, [[P|{lower}]], needs to know if his surgery is covered.",
    "Att: [[P|{upper}]] - please review my payment history.",
    "Send the card to my grandson [[P|{full}]]? no wait, just to me.",
]

WORD_NAMES = [
    "Thanks [[P|Grace]], I got the new card today.",
    "My brother [[P|Bill]] is the one who pays the premium.",
    "[[P|Faith]] from your office told me to write in.",
    "I asked my neighbor [[P|Rose Tillerman]] to drive me to the appointment.",
    "Can you ask [[P|Hope]] to call me back? She had my file open.",
    "My uncle [[P|Frank Delgadillo]] has Medicare and a supplement.",
    "my sister [[P|june]] is the one with the dental question",
    "[[P|Mark]] said the refund would come in two weeks.",
    "Please speak to [[P|Will Okonjo]], he handles our bills now.",
    "Hello [[P|Summer]], thanks for the reminder about the form.",
]


def person_values():
    first, last = pick(FIRST), pick(LAST)
    first2, last2 = pick(FIRST), pick(LAST)
    full = f"{first} {last}"
    word = list(full)
    # one dropped or swapped letter inside the surname for a misspelling
    i = len(first) + 3
    if " " in full[i : i + 2] or "-" in full[i : i + 2]:
        i = 1
    word[i], word[i + 1] = word[i + 1], word[i]
    misspelt = "".join(word)
    return {
        "full": full, "first": first, "lower": full.lower(), "upper": full.upper(),
        "inverted": f"{last}, {first}", "upper_inverted": f"{last.upper()}, {first.upper()}",
        "lower_first": first.lower(), "misspelt": misspelt, "misspelt_lower": misspelt.lower(),
        "mr": f"Mr. {last}", "mrs": f"Mrs. {full}", "full2": f"{first2} {last2}",
        "last_alone": last,
    }


PERSONS = []
for frame in PERSON_FRAMES:
    for _ in range(2):
        PERSONS.append(frame.format(**person_values()))
PERSONS += WORD_NAMES

# ---------------------------------------------------------------- clinicians
CLIN_FIRST = ["Hollis", "Amara", "Tamsin", "Inés", "Lorcan", "Devika", "Greta", "Obinna",
              "Katarzyna", "Reuben", "Saoirse", "Joaquín", "Minh", "Petra", "Adaeze"]
CLIN_LAST = ["Brandt", "Osei", "Greer", "Carrizo", "Mayhew", "Rao", "Sandoval", "Eze",
             "Wiśniewska", "Halloran", "Kessler", "Valdivia", "Fairbanks", "Lundgren", "Nwosu"]

CLIN_FRAMES = [
    "I saw [[C|Dr. {first} {last}]] on Tuesday and the bill is way too high.",
    "[[C|dr {lower_last}]] said this test would be covered",
    "Is [[C|Dr. {last}]] in network? I can't tell from the website.",
    "My appointment with [[C|DR. {upper_last}]] got billed twice.",
    "[[C|Doctor {last}]] referred me to a specialist, do I need a referral form?",
    "[[C|Dra. {first} {last}]] me dijo que el seguro lo cubre",
    "the nurse practitioner, [[C|{first} {last}]], ordered bloodwork",
    "[[C|Nurse {last}]] called about my results and mentioned a copay.",
    "my therapist [[C|{first} {last}]] says you have not paid her since spring",
    "[[C|doc {lower_last}]] wants me back in 3 weeks, will that visit cost me?",
    "Referring provider: [[C|Dr. {first} {last}]], MD",
    "[[C|Nurse Practitioner {last}]] saw my son at the walk-in clinic.",
    "I had surgery with [[C|dr. {lower_first} {lower_last}]] and now I owe a lot.",
    "Why did [[C|Dr. {last}]]'s office send me to collections?",
    "my midwife [[C|{first} {last}]] is out of network apparently??",
    "[[C|Dr {first} {last}]] is my new primary care doctor, please update it.",
]


def clin_values():
    first, last = pick(CLIN_FIRST), pick(CLIN_LAST)
    return {"first": first, "last": last, "lower_last": last.lower(),
            "upper_last": last.upper(), "lower_first": first.lower()}


CLINICIANS = [frame.format(**clin_values()) for frame in CLIN_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- provider organisations
ORGS = ["Cedar Hollow Regional Hospital", "Lakeshore Imaging Associates LLC",
        "Pinecrest Pediatrics, P.C.", "Brightwater Diagnostics Inc.",
        "Saint Odile's Medical Center", "Harlan & Voss Orthopedics",
        "QUARRYVIEW PHARMACY #4412", "Farmacia La Esperanza", "Tri-County Ambulance Service",
        "Meadowlark Urgent Care Center", "Ridgeback Physical Therapy Group",
        "North Fork Dialysis Center", "Silverpine Behavioral Health",
        "Copperfield Family Dental", "Marigold Women's Health Clinic",
        "Ashgrove Anesthesia Partners", "Bayview Radiology Group",
        "Stonebridge Sleep Lab", "Hawthorne Valley Hospice", "Juniper Creek Medical Group",
        "Kettle River Orthopedic Surgeons, P.A.", "Clearwater Endoscopy Center",
        "Redfern Cardiology Associates", "Hospital San Rafael del Norte",
        "Wolcott Hearing & Audiology", "Greystone Skilled Nursing Facility",
        "Elmhurst Allergy and Asthma", "Paloma Community Health Center",
        "Valley Oak Laboratory Services", "Sunridge Ambulatory Surgery Center"]

ORG_FRAMES = [
    "I got a bill from [[O|{org}]] for the visit in March.",
    "[[O|{lower}]] says you never paid them",
    "Is [[O|{org}]] in my network?",
    "BILL FROM [[O|{upper}]] - PLEASE HELP",
    "The EOB lists [[O|{org}]] but I have never been there.",
    "can i go to [[O|{lower}]] or do i need a referral",
    "[[O|{org}]]'s billing office keeps calling me.",
    "I paid [[O|{org}]] at the front desk, why do they want more?",
    "the ambulance took me to [[O|{org}]] and now I have two bills",
    "Provider: [[O|{org}]]",
    "Hi, [[O|{org}]] told me to call you about a prior authorization.",
    "mi factura de [[O|{lower}]] no tiene sentido",
    "We switched to [[O|{org}]] after the move, is that ok?",
    "Could you reprocess the claim from [[O|{org}]]?",
    "[[O|{org}]] charged me a facility fee, is that normal?",
    "got a statement from [[O|{misspelt}]] that I don't understand",
    "My son was seen at [[O|{org}]] and at [[O|{org2}]] the same week.",
    "Does the plan pay for [[O|{org}]] if it is out of state?",
    "Please send the records request to [[O|{org}]].",
    "i owe [[O|{lower}]] money supposedly but i paid",
]


def org_values():
    org, org2 = rng.sample(ORGS, 2)
    word = org.split(" ")
    longest = max(range(len(word)), key=lambda k: len(word[k]))
    w = word[longest]
    word[longest] = w[:2] + w[3:]  # a dropped letter
    # typed in one case, the abbreviation's last dot is usually left off ("p.c", "INC")
    return {"org": org, "org2": org2, "lower": org.lower().rstrip("."),
            "upper": org.upper().rstrip("."), "misspelt": " ".join(word).lower().rstrip(".")}


PROVIDERS = [frame.format(**org_values()) for frame in ORG_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def ordinal(n):
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_forms():
    m, d, y = rng.randrange(12), rng.randint(1, 28), rng.choice([2025, 2026])
    return {
        "us": f"{m + 1}/{d}/{y}", "us_pad": f"{m + 1:02d}/{d:02d}/{y % 100:02d}",
        "dash": f"{m + 1:02d}-{d:02d}-{y}", "iso": f"{y}-{m + 1:02d}-{d:02d}",
        "long": f"{MONTHS[m]} {d}, {y}", "short": f"{m + 1}/{d}",
        "abbr": f"{ABBR[m]}. {d}", "ord": f"{MONTHS[m]} {ordinal(d)}",
        "dm": f"{d} {ABBR[m]}", "the": f"the {ordinal(d)}",
        "theof": f"the {ordinal(d)} of {MONTHS[m]}", "es": f"{d} de {MESES[m]}",
        "es_y": f"{d} de {MESES[m]} de {y}", "dot": f"{m + 1}.{d}.{y}",
        "compact": f"{y}{m + 1:02d}{d:02d}", "weekday": WEEKDAYS[rng.randrange(6)],
        "lower_long": f"{MONTHS[m].lower()} {d} {y}", "dob": f"{m + 1:02d}/{d:02d}/19{rng.randint(40, 99)}",
        "upper": f"{MONTHS[m].upper()} {d}, {y}", "ord_y": f"{MONTHS[m]} {ordinal(d)}, {y}",
        "es_day_first": f"{d:02d}/{m + 1:02d}/{y}",
    }


DATE_FRAMES = [
    "My date of service was [[D|{us}]] and it still shows pending.",
    "visit on [[D|{us_pad}]] was billed wrong",
    "The claim for [[D|{long}]] was denied, why?",
    "I went in on [[D|{short}]] for an x-ray.",
    "Surgery is scheduled for [[D|{abbr}]], do I need prior auth?",
    "I was seen {weekday}, [[D|{ord}]] at the urgent care.",
    "They billed me for [[D|{dm}]] but I was out of town.",
    "the bill is due on [[D|{the}]] and I can't pay it all",
    "Can I set up the payment plan starting [[D|{theof}]]?",
    "Tuve una cita el [[D|{es}]] y me cobraron dos veces.",
    "La fecha de servicio fue el [[D|{es_y}]].",
    "Date of service: [[D|{iso}]]",
    "DOB [[D|{dob}]], member asking about eligibility",
    "my birthday is [[D|{dob}]] if you need to verify",
    "Statement date [[D|{dash}]] shows a balance I don't recognize.",
    "service date [[D|{compact}]] on the EOB, is that a typo?",
    "I think it was [[D|{lower_long}]] but not sure",
    "APPOINTMENT ON [[D|{upper}]] WAS CANCELLED, WHY AM I BILLED",
    "Fecha: [[D|{es_day_first}]]",
    "the ER visit [[D|{dot}]] is the one I mean",
    "It was on [[D|{ord_y}]], a few days after the move.",
    "Between [[D|{short}]] and [[D|{short2}]] I had three visits.",
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
    lambda: f"USD {rng.randint(50, 5000)}",
    lambda: f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d} dólares",
    lambda: pick(["twenty-five dollars", "three hundred dollars", "forty dollars",
                  "two hundred and fifty dollars", "eighty-five dollars", "a hundred dollars",
                  "fifteen hundred dollars", "sixty dollars"]),
    lambda: f"${rng.randint(1, 9)}.{rng.randint(1, 9)}k",
    lambda: f"$ {rng.randint(40, 999)}.00",
    lambda: f"{rng.randint(100, 3000)} USD",
    lambda: pick(["two grand", "five grand", "three grand"]),
    lambda: f"${rng.randint(1, 9)}K",
    lambda: f"{rng.randint(100, 9000)} pesos",
    lambda: f"${rng.randint(1, 40)},{rng.randint(0, 999):03d}",
    lambda: f"{rng.randint(11, 99)}.{rng.randint(0, 99):02d}$",
]

AMOUNT_FRAMES = [
    "The hospital says I owe [[A|{a}]] but my EOB says less.",
    "why is my copay [[A|{a}]] now",
    "I already paid [[A|{a}]] at the desk.",
    "They charged [[A|{a}]] for a 10 minute visit!!",
    "The allowed amount was [[A|{a}]] and the plan paid [[A|{b}]].",
    "me cobraron [[A|{a}]] por la consulta",
    "Can I pay [[A|{a}]] a month on the balance?",
    "the bill went from [[A|{a}]] to [[A|{b}]] with no explanation",
    "I got a refund check for [[A|{a}]], is it real?",
    "Billed: [[A|{a}]] / You owe: [[A|{b}]]",
    "deductible met? I paid [[A|{a}]] so far this year",
    "The ambulance alone was [[A|{a}]].",
    "they want [[A|{a}]] upfront before the MRI",
    "My premium went up by [[A|{a}]], why?",
    "is [[A|{a}]] the right coinsurance for a specialist",
    "Collections says I owe [[A|{a}]] for a bill I never got.",
    "The estimate said [[A|{a}]] and the final bill said [[A|{b}]].",
    "I owe about [[A|{bare}]] on the lab claim and can't pay it at once.",
]


def amount_values():
    bare = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
    return {"a": pick(AMOUNT_FORMS)(), "b": pick(AMOUNT_FORMS)(), "bare": bare}


AMOUNTS = [frame.format(**amount_values()) for frame in AMOUNT_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- member ids and claim numbers
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(n):
    return "".join(rng.choice(LETTERS) for _ in range(n))


MEMBER_FORMS = [
    lambda: f"W{digits(9)}", lambda: f"{letters(3)}{digits(9)}",
    lambda: f"W{digits(9)}-0{rng.randint(1, 4)}", lambda: f"{letters(3)} {digits(3)} {digits(3)} {digits(3)}",
    lambda: f"MBR-{digits(4)}-{digits(4)}", lambda: f"{digits(5)}-{digits(4)}-01",
    lambda: f"w{digits(8)}", lambda: f"{letters(2)}{digits(7)}{letters(1)}",
    lambda: f"{digits(11)}", lambda: f"{letters(1)}{digits(3)}.{digits(3)}.{digits(3)}",
]
MEMBER_FRAMES = [
    "My member ID is [[M|{m}]].",
    "member id [[M|{m}]] - question about eligibility",
    "ID# [[M|{m}]]",
    "Subscriber ID: [[M|{m}]], dependent is my son.",
    "my insurance number is [[M|{m}]] i think",
    "mi número de miembro es [[M|{m}]]",
    "Policy holder id [[M|{m}]], can you check my deductible?",
    "I typed [[M|{m}]] on the portal and it says not found.",
    "The card shows [[M|{m}]] but the pharmacy has a different one.",
    "member # [[M|{m}]] (my wife's is different)",
]
CLAIM_FORMS = [
    lambda: f"CLM-{rng.choice([2025, 2026])}-{digits(7)}", lambda: f"{digits(13)}",
    lambda: f"{digits(5)}-{digits(2)}", lambda: f"{digits(1)}{letters(1)}{digits(4)}{letters(1)}{digits(2)}",
    lambda: f"{digits(4)}-{digits(2)}-{digits(4)}", lambda: f"C{digits(8)}",
    lambda: f"{digits(3)} {digits(4)} {digits(4)}", lambda: f"ICN{digits(12)}",
    lambda: f"{letters(2)}{digits(10)}", lambda: f"{digits(6)}/{digits(3)}",
]
CLAIM_FRAMES = [
    "Claim number [[N|{n}]] was denied.",
    "claim # [[N|{n}]] still pending after 40 days",
    "Re: claim [[N|{n}]]",
    "the EOB reference is [[N|{n}]]",
    "Can you reprocess claim no. [[N|{n}]]?",
    "reclamo número [[N|{n}]], ¿por qué lo negaron?",
    "I have two claims, [[N|{n}]] and [[N|{n2}]], for the same visit.",
    "CLAIM [[N|{n}]] IS A DUPLICATE",
    "Claim ID: [[N|{n}]]",
    "appealing claim#[[N|{n}]] as discussed",
]
MEMBER_IDS = [f.format(m=pick(MEMBER_FORMS)()) for f in MEMBER_FRAMES for _ in range(3)]
CLAIMS = [f.format(n=pick(CLAIM_FORMS)(), n2=pick(CLAIM_FORMS)()) for f in CLAIM_FRAMES
          for _ in range(3)]

# ---------------------------------------------------------------- phones and e-mails
def phone():
    a, b, c = f"{rng.randint(201, 989)}", f"{rng.randint(200, 999)}", digits(4)
    return pick([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
        f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}", f"{a}-{b}-{c} ext {rng.randint(1, 999)}",
        f"({a}) {b}-{c} x{rng.randint(10, 999)}", f"+1-{a}-{b}-{c}", f"{a}/{b}-{c}",
    ])


PHONE_FRAMES = [
    "Please call me at [[T|{p}]].",
    "my number changed to [[T|{p}]]",
    "You can reach me on [[T|{p}]] after 6pm.",
    "cell [[T|{p}]] / home [[T|{q}]]",
    "The billing office number is [[T|{p}]], they said to call you.",
    "Tel: [[T|{p}]]",
    "llámeme al [[T|{p}]] por favor",
    "text me at [[T|{p}]] instead of calling",
    "I left a message at [[T|{p}]] but nobody called back.",
    "Best number: [[T|{p}]] (mobile)",
    "call [[T|{p}]] no wait its [[T|{q}]]",
    "Phone on file is wrong, it should be [[T|{p}]].",
]
PHONES = [f.format(p=phone(), q=phone()) for f in PHONE_FRAMES for _ in range(3)]

MAIL_USERS = ["rosalind.v", "t_okafor88", "nkechi.adeyemi", "henrik.l", "mateo.castellanos77",
              "gbellweather", "dpetrovic.home", "aiyana+claims", "kwame.q", "siobhan_b",
              "thanh.nakashima", "yhaddad", "ingrid.marchetti", "bart.abernathy", "lucy.ferreira"]
EMAIL_FRAMES = [
    "My email is [[E|{e}]].",
    "please send the EOB to [[E|{e}]]",
    "Email: <[[E|{e}]]>",
    "new e-mail [[E|{e}]] - old one doesn't work",
    "mi correo es [[E|{e}]]",
    "You can write to [[E|{e}]] or call me.",
    "reply to [[E|{e}]] not to my husband's address",
    "cc [[E|{e}]] on the appeal please",
    "I never got anything at [[E|{e}]], can you resend?",
    "Contact: [[E|{e}]]",
]


def email():
    return f"{pick(MAIL_USERS)}{rng.randint(1, 99)}@example.{pick(['com', 'net', 'org'])}"


EMAILS = [f.format(e=email()) for f in EMAIL_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- addresses
STREETS = ["Wrenfield Lane", "Old Mill Rd", "N. Maple Ave", "Calle Jazmín", "Harbor View Dr",
           "Quincy St", "Birchwood Court", "Route 9", "E 14th Street", "Sycamore Blvd",
           "Los Alamos Way", "Cobblestone Cir", "Pettigrew Pkwy", "W. Juniper Terrace"]
CITIES = [("Dayton", "OH", "45402"), ("Boise", "ID", "83702"), ("Tulsa", "OK", "74101"),
          ("San Juan", "PR", "00907"), ("Harlan", "KY", "40831"), ("Eugene", "OR", "97401"),
          ("Albany", "NY", "12207"), ("Lubbock", "TX", "79401"), ("Duluth", "MN", "55802"),
          ("Macon", "GA", "31201")]


def address():
    num = rng.randint(3, 9899)
    street = pick(STREETS)
    city, state, zipc = pick(CITIES)
    unit = pick(["Apt 3C", "apt 12", "Unit 7", "Ste 200", "#4B", "Apt. 210", "Suite 5"])
    return pick([
        f"{num} {street}, {unit}, {city}, {state} {zipc}",
        f"{num} {street}, {city}, {state} {zipc}",
        f"{num} {street} {unit}, {city} {state} {zipc}",
        f"{num} {street.lower()}, {city.lower()} {state.lower()}",
        f"PO Box {rng.randint(10, 9999)}, {city}, {state} {zipc}",
        f"P.O. Box {rng.randint(10, 9999)}",
        f"RR {rng.randint(1, 9)} Box {rng.randint(10, 400)}",
        f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(10, 400)}, {city}, {state} {zipc}",
        f"{num} {street}",
        f"{num} {street.upper()}, {city.upper()}, {state} {zipc}",
    ])


ADDRESS_FRAMES = [
    "My new address is [[R|{r}]].",
    "please mail the card to [[R|{r}]]",
    "Address on file should be [[R|{r}]]",
    "we moved to [[R|{r}]] last month",
    "Send the check to [[R|{r}]], not the old place.",
    "mi dirección nueva es [[R|{r}]]",
    "The bill went to [[R|{r}]] which is my old apartment.",
    "Mailing address: [[R|{r}]]",
    "I live at [[R|{r}]] and the pharmacy near me is out of network.",
    "Please update: [[R|{r}]]",
    "the letter came to [[R|{r}]] but I don't live there anymore",
    "I'm in [[R|{unit}]] now, same building.",
    "they forgot the [[R|{unit}]] on my address so mail comes back",
    "Return address on the statement was [[R|{r}]], is that you?",
    "SHIP TO [[R|{r}]]",
]


def unit_alone():
    return pick(["apt 4B", "unit 7", "Apt 302", "unit 11C", "Suite 140", "apartment 6"])


ADDRESSES = [f.format(r=address(), unit=unit_alone()) for f in ADDRESS_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- SSNs and NPIs
def ssn():
    a, b, c = f"9{rng.randint(0, 99):02d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}"])


def last4():
    return f"{rng.randint(1, 9999):04d}"


SSN_FRAMES = [
    "My social is [[S|{s}]].",
    "SSN [[S|{s}]] for the subscriber",
    "ss# [[S|{s}]]",
    "the last 4 of my social are [[S|{l4}]]",
    "Social Security number: [[S|{s}]]",
    "last four of SSN: [[S|{l4}]]",
    "mi seguro social es [[S|{s}]]",
    "they asked for my social, it's [[S|{s}]]",
    "SSN ending in [[S|{l4}]], dependent verification",
    "my husband's social security # is [[S|{s}]]",
    "Verify with last 4 SSN [[S|{l4}]] please",
    "soc sec no. [[S|{s}]]",
]
SSNS = [f.format(s=ssn(), l4=last4()) for f in SSN_FRAMES for _ in range(3)]


def an_npi():
    return npi(f"1{digits(8)}")


NPI_FRAMES = [
    "The provider NPI is [[I|{i}]].",
    "NPI: [[I|{i}]]",
    "npi [[I|{i}]] on the bill, is that doctor in network?",
    "Rendering NPI [[I|{i}]], billing NPI [[I|{j}]]",
    "the clinic gave me their NPI number [[I|{i}]]",
    "NPI# [[I|{i}]] - can you check the network status?",
    "el NPI del médico es [[I|{i}]]",
    "Is NPI [[I|{i}]] a participating provider?",
    "Referring NPI: [[I|{i}]]",
    "They said the NPI was [[I|{i}]] when I called.",
]
NPIS = [f.format(i=an_npi(), j=an_npi()) for f in NPI_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- mixed messages (written whole)
MIXED = [
    "Hi, I'm [[P|Anselm Rautenberg]], member [[M|W338104927]]. I saw [[C|Dr. Petra Lundgren]] at [[O|Redfern Cardiology Associates]] on [[D|4/9/2026]] and was billed [[A|$612.40]]. Call me at [[T|(503) 448-2917]].",
    "claim [[N|CLM-2026-7710348]] for [[D|march 3]] at [[O|bayview radiology group]] - they want [[A|$1,180.00]] from me, my plan says [[A|$240]]",
    "Please update my address to [[R|2210 Birchwood Court, Apt 3C, Eugene, OR 97401]] and my email to [[E|zainab.h@example.org]]. Thanks, [[P|Zainab Haddad]]",
    "[[P|mireille delacroix]] here. [[O|Hawthorne Valley Hospice]] cared for my father [[P|Desmond Delacroix]] until [[D|October 2, 2025]]; the bill says [[A|$3,905.12]].",
    "My SSN is [[S|912-30-4471]] and DOB [[D|07/14/1961]], member id [[M|QXR448120973]]. Why was I dropped?",
    "Dear team, [[C|Nurse Practitioner Halloran]] at [[O|Paloma Community Health Center]] says the NPI is [[I|" + npi("178823345") + "]]. Claim [[N|44120-07]]. Regards, [[P|Lorenzo Marchetti]]",
    "Hola, soy [[P|Ximena Iturbide]]. Mi cita con la [[C|Dra. Inés Carrizo]] fue el [[D|12 de mayo]] y pagué [[A|1.250,00 dólares]]. Mi teléfono es [[T|787-555-0143]].",
    "Ticket from [[P|Wendell Ashdown]] ([[E|w.ashdown@example.net]], [[T|612.334.9081]]): the [[O|Tri-County Ambulance Service]] bill of [[A|$1,740]] dated [[D|2026-01-22]].",
    "i paid [[A|80 bucks]] to [[O|copperfield family dental]] on [[D|the 3rd]] and [[P|pilar]] at their desk said i still owe [[A|$45]]",
    "From: [[P|Perpetua Quarshie]]\nTo: member services\nMy member number [[M|MBR-5521-0098]] shows the wrong address, it should be [[R|PO Box 3318, Macon, GA 31201]]. Last 4 of social [[S|7720]].",
    "I'm writing for [[P|Mr. Jaroslav Kowalczyk]] (DOB [[D|02/03/1947]]). [[C|Dr. Obinna Eze]] ordered an MRI at [[O|Stonebridge Sleep Lab]]?? that's what the EOB says, claim [[N|2026041105521]].",
    "[[P|Solveig]] again - the refund of [[A|$88.15]] from [[O|Juniper Creek Medical Group]] never came. Send to [[R|77 Quincy St, Albany, NY 12207]].",
    "Hi [[P|Takeshi]], thanks for calling. As discussed, claim [[N|C00917245]] from [[D|Sept. 9]] was reprocessed and you owe [[A|$0.00]] now.",
    "my wifes name is [[P|beatrix mcallister]], her id is [[M|W771203345-02]], she saw [[C|dr fairbanks]] on [[D|5/30]]",
    "URGENT: [[O|GREYSTONE SKILLED NURSING FACILITY]] sent my mom [[P|HORTENSIA SZYMANSKI]] to collections for [[A|$9,412.66]]. Call [[T|1-412-555-0187]].",
    "The estimate from [[O|Clearwater Endoscopy Center]] was [[A|USD 1,900]] but after the [[D|June 14th]] procedure they billed [[A|$4,410.00]]. NPI [[I|" + npi("154430221") + "]].",
    "Please note my new phone [[T|(919) 555-0112 ext 4]] and my new address [[R|5120 Pettigrew Pkwy Ste 200, Lubbock TX 79401]].",
    "I'm [[P|Emeka Oyelowo]]'s caregiver. He saw [[C|Doctor Valdivia]] twice, on [[D|8/1]] and [[D|8/15]], both billed at [[A|$150]].",
    "Good morning, [[P|Cormac Brannigan]] here, SSN [[S|934 22 1180]], member [[M|ZKP 204 881 637]]. Was the claim from [[O|Cedar Hollow Regional Hospital]] paid?",
    "[[P|fenella]] (my daughter) had her teeth cleaned at [[O|Copperfield Family Dental]] and my email [[E|fenella.mum@example.com]] got the bill for [[A|125 dollars]].",
    "Re claim [[N|7Q3391K22]]: [[C|Nurse Oduya]] from [[O|Silverpine Behavioral Health]] said you need the NPI [[I|" + npi("120094417") + "]] again.",
    "Spoke with [[P|Rashida]] on [[D|Nov 4]]; she said the [[A|$35]] copay was wrong and I'd get [[A|$35]] back.",
    "This is [[P|Mrs. Ingrid Lindqvist]], [[R|1427 Wrenfield Lane, Dayton, OH 45402]], phone [[T|937-555-0166]], asking about [[D|Jan 12, 2026]].",
    "hola, mi nombre es [[P|marisol quintanilla]], el reclamo [[N|4410-88-2291]] de [[O|hospital san rafael del norte]] dice [[A|2300 pesos]]",
    "Hi! [[P|Noor Haddad]] - DOB [[D|1994-11-02]] - [[M|W402118854]]. Can you resend the EOB to [[E|noor.h@example.com]]?",
    "My father, [[P|Augustin Petrovic]], died on [[D|February 8, 2026]]. His SSN was [[S|903-55-2214]]. How do we close his account?",
    "[[O|Ashgrove Anesthesia Partners]] billed [[A|$2.4k]] for my c-section at [[O|Marigold Women's Health Clinic]]; [[C|Dr. Saoirse Halloran]] was the anesthesiologist.",
    "is it [[C|dr. kessler]]? no, [[C|Dr. Reuben Kessler]] at [[O|Kettle River Orthopedic Surgeons, P.A.]], claim [[N|CLM-2025-0093315]], [[D|12/19/2025]].",
    "Att: [[P|Ottoline Featherstone]], [[R|P.O. Box 702, Duluth, MN 55802]], [[T|218 555 0123]], [[E|ottoline.f@example.org]] - update all please.",
    "Thank you [[P|Henrik]]! The [[A|$412.50]] from [[D|the 21st of March]] is settled.",
]

# ---------------------------------------------------------------- texts without any detail
NEGATIVE = [
    "Will my plan cover a second opinion before surgery?",
    "May I ask why my claim was denied?",
    "Mark this as urgent please, the bill is due soon.",
    "Bill me later if that is possible.",
    "Grace period for premiums, how long is it?",
    "Frank question: why is my deductible so high this year?",
    "March is when my plan renews, right?",
    "Hope you can help me with this EOB.",
    "Faith in this company is low after this denial.",
    "Grant me a few more days to pay, Please.",
    "Rose by 20% this year, my premium did. Why?",
    "Pat on the back to whoever fixed my claim!",
    "Sue the hospital? No, I just want an itemized bill.",
    "Summer is coming and I need to know about travel coverage.",
    "Will Medicare pay first or will you?",
    "Is Blue Cross the primary plan if I have both?",
    "Does Medicaid cover dental for adults in my state?",
    "Hello, I Have A Question About My Explanation Of Benefits.",
    "PLEASE HELP ME UNDERSTAND THIS BILL, IT MAKES NO SENSE",
    "Why Did You Deny The Claim For My Physical?",
    "Thank You So Much For Your Help Today!",
    "Dear Member Services, I Would Like To File A Complaint.",
    "Can I Get A New ID Card Mailed To Me?",
    "Is Lisinopril on the formulary or do I need a prior auth?",
    "My pharmacy says Ozempic needs prior authorization. What Now?",
    "Does the plan cover Tier 3 drugs like Eliquis?",
    "CPT 99214 was billed instead of 99213, is that allowed?",
    "Reason code CO-97 on my EOB, what does it mean?",
    "We're traveling to Lake Tahoe over Christmas; is urgent care covered there?",
    "I'll be in Puerto Rico until after Thanksgiving.",
    "Is Martin Luther King Jr. Day a holiday for your office?",
    "Are you open on Memorial Day?",
    "The Emergency Room was packed and they sent me home.",
    "Dr said I need a referral, how do I get one?",
    "The doctor said it was routine, so why the bill?",
    "Ask your supervisor, please, I need an answer today.",
    "If the claim is denied again I will appeal.",
    "Given the circumstances, can you waive the late fee?",
    "Jack up the price and call it a service fee, typical.",
    "Dawn to dusk I have been on hold with you people.",
    "Iris and retina exams, are they covered under vision?",
    "Chase Bank says the payment went through. Did you get it?",
    "Wells Fargo autopay failed, can I pay by card instead?",
    "Aetna was my old insurer; do I need to send you their EOB?",
    "Kaiser used to cover this without a copay.",
    "Buenas tardes, Quisiera Saber Si Mi Seguro Cubre La Fisioterapia.",
    "¿Me Pueden Mandar Una Tarjeta Nueva?",
    "Gracias Por Su Ayuda, Que Tenga Buen Día.",
    "Feliz Navidad, y una pregunta sobre el deducible.",
    "Best, A Very Tired Member",
    "Regards, the subscriber",
    "Sent from my iPhone",
    "Out-of-Network Bill From Last Month, Need Help",
    "Prior Authorization Status?",
    "Appeal Denied Again. Next Steps?",
    "Coordination Of Benefits Form Attached",
    "Is 988 covered? I mean the crisis line, do they bill?",
    "I called 911 and the ambulance bill came later.",
    "Will the Gold PPO cover out-of-state care?",
    "Does Silver HMO need referrals for everything?",
    "My HSA card got declined at the pharmacy.",
    "FSA deadline is in December, right?",
    "Do I owe anything if the Deductible Is Met?",
    "Can Someone Explain Coinsurance Like I'm Five?",
    "Virginia has different rules, doesn't it?",
    "Georgia is where I live now, does my plan move with me?",
    "Austin or Dallas, which network covers me?",
    "Who Is My Primary Care Doctor On File?",
    "Is this the No Surprises Act situation?",
    "The Notice says Final Adverse Determination. Now what?",
    "Independent Review Organization, how do I ask for one?",
    "Monday works for a call back, Tuesday does not.",
    "April showers and April bills, lovely.",
    "June is the month my son turns 26.",
    "Happy New Year! Does my deductible reset now?",
    "Per my last email, nothing has changed.",
    "OK Thanks, Bye",
    "Carry on, I'll wait for the letter.",
    "Sterling service today, really.",
    "Royal pain, this whole billing thing.",
]

# a frame filled twice with the same values is kept once
ALL = list(dict.fromkeys(
    PERSONS + CLINICIANS + PROVIDERS + DATES + AMOUNTS + MEMBER_IDS + CLAIMS + PHONES + EMAILS
    + ADDRESSES + SSNS + NPIS + MIXED + NEGATIVE
))
