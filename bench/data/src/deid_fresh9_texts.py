"""Held-out de-identification set 9 (helper sets9, stop 27), written from general knowledge.

Written and committed before stop 27's de-identification tuning, never tried item by item. New
shapes rather than new values in old frames: surnames with particles and hyphens (de la Cruz,
O'Neill-Park, Van der Berg), names in lowercase and ALL CAPS, nicknames, names in e-mail
signatures and "From:" lines, clinicians followed by credentials (MD, DO, NP, PA-C, DDS),
possessives, misspellings, provider organisations with unusual words (PLLC, P.C., saints,
words that are also names), addresses with suite / unit / apt / PO Box / rural route / HC box and
Spanish street forms, dates and amounts in many formats, IDs pasted from cards with dashes and
spaces, phones with +1 and extensions, e-mails; and negatives: sentence words that are also
names (May, Will, Grace, Bill, Hope, Mark as verbs and months) and billing words in capitals.
Markup [[X|value]] (see deid_common.CODES); fictional details only (SSNs 9xx, e-mails example.*,
NPIs with a valid check digit, phone numbers 555-01xx).
"""

import random

from deid_common import npi

rng = random.Random(92720261207)


def pick(pool):
    return rng.choice(pool)


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- persons
FIRST = ["Marisol", "Thaddeus", "Ngozi", "Bjorn", "Priyanka", "Eamon", "Soledad", "Casimir",
         "Yusra", "Lorcan", "Wilhelmina", "Tomasz", "Anneliese", "Osvaldo", "Keziah", "Fionnuala",
         "Dashiell", "Imelda", "Rafferty", "Zainab", "Cosimo", "Beatriz", "Augustin", "Xiomara",
         "Ignatius", "Saoirse", "Florentino", "Oluwaseun", "Maelle", "Henrik"]
LAST = ["de la Cruz", "O'Neill-Park", "Van der Berg", "van Houten", "De Santis", "dos Santos",
        "MacAllister", "McKenzie-Obi", "al-Rashid", "da Silva", "Le Blanc", "von Ahlen",
        "Del Toro", "ten Brink", "Fitzgerald-Mbeki", "D'Amico", "Abu-Hakima", "García Márquez",
        "Lindqvist", "Nakamura-Diaz", "Okonjo-Whitfield", "St. Amand", "DeWitt", "Ó Briain",
        "Villanueva y Soto", "bin Hamdan", "Papadakis", "Szymańska", "Achterberg", "Quintanilla"]
NICK = ["Bobby", "Liz", "Chuy", "Lupe", "Katie", "Manny", "Nacho", "Peggy", "Trish", "Dot",
        "Gus", "Bea", "Pancho", "Sasha", "Teddy", "Lulu"]

PERSON_FRAMES = [
    "--\n[[P|{full}]]\nSent from my iPhone",
    "From: [[P|{full}]] <[[E|{mail}]]>\nTo: Member Services\nSubject: bill question",
    "Regards,\n[[P|{upper}]]",
    "hey its [[P|{lower}]] again about the lab bill",
    "Patient name: [[P|{last_upper}, {first_upper}]]",
    "I am writing on behalf of my spouse, [[P|{full}]], who is in rehab.",
    "My mom (everyone calls her [[P|{nick}]]) got a letter she doesn't understand.",
    "[[P|{full}]]'s claim was denied, she is my daughter.",
    "c/o [[P|{full}]]",
    "Re: [[P|{full}]] - coverage question",
    "Signed, [[P|{first}]] (his daughter)",
    "cc: [[P|{full}]]",
    "Hi, this is [[P|{nick} {last}]], I called Monday.",
    "please add my stepson [[P|{misspelt}]] to the plan",
    "the card says [[P|{misspelt}]], it should be [[P|{full}]]",
    "Beneficiary: [[P|{full}]]",
    "Thank you,\n[[P|{first} {last}]]\n(mother of the patient)",
    "my grandson [[P|{first} {last} Jr.]] needs a new card",
    "Sincerely yours,\n\n[[P|{full}]]\nPolicyholder",
    "can u tell [[P|{lower_first}]] i sent the form",
    "Authorized representative: [[P|{full}]] (POA)",
    "ATTENTION: [[P|{upper}]] WAS BILLED TWICE",
    "Mi esposa, [[P|{full}]], necesita una tarjeta nueva.",
    "Soy [[P|{lower}]] y quiero saber si me cubren los lentes.",
    "Both [[P|{first}]] and her brother [[P|{first2}]] are on my plan.",
    "The letter was addressed to [[P|Ms. {full}]], that's my late aunt.",
    "[[P|{last}, {first}]] - DOB on file is wrong",
    "My husband's name is spelled [[P|{full}]], with the space.",
    "sorry, [[P|{nick}]] here, [[P|{first}]]'s sister",
    "Regarding the account of [[P|{full}]], deceased.",
]


def person_values():
    first, last = pick(FIRST), pick(LAST)
    full = f"{first} {last}"
    word = list(full)
    i = 2
    word[i], word[i + 1] = word[i + 1], word[i]
    user = (first[0] + last.replace("'", "").replace(" ", "").replace(".", "")).lower()
    return {
        "full": full, "first": first, "last": last, "lower": full.lower(),
        "upper": full.upper(), "last_upper": last.upper(), "first_upper": first.upper(),
        "lower_first": first.lower(), "nick": pick(NICK), "misspelt": "".join(word),
        "first2": pick(FIRST), "mail": f"{user}{rng.randint(1, 99)}@example.com",
    }


PERSONS = [frame.format(**person_values()) for frame in PERSON_FRAMES for _ in range(2)]

# ---------------------------------------------------------------- clinicians
CLIN_FIRST = ["Hannelore", "Obinna", "Lucía", "Tobias", "Meera", "Caoimhe", "Reinaldo", "Yuki",
              "Adaeze", "Stellan", "Paloma", "Kwabena", "Ingrid", "Emeka", "Rosalind"]
CLIN_LAST = ["de la Vega", "Van der Merwe", "O'Connell-Ruiz", "Abernathy", "Raman-Holt",
             "Voss", "Feldhaus", "Okafor", "Castellanos", "ten Hoeve", "MacLennan",
             "Delacroix", "Ishikawa", "Bautista-Lowe", "Ferreira"]
CRED = ["MD", "DO", "NP", "PA-C", "DDS", "FNP-BC", "DPM", "MD, PhD"]

CLIN_FRAMES = [
    "Seen by [[C|{first} {last}]], {cred}, on a telehealth visit.",
    "Electronically signed by: [[C|{first} {last}]], {cred}",
    "Referring provider: [[C|{last_upper}, {first_upper}]] {cred}",
    "Rendering: [[C|{last}, {first}]] {cred}",
    "[[C|Dr. {last}]]'s office says they never got the approval.",
    "my kids dentist [[C|dr {lower_last}]] retired, who do we see now",
    "[[C|DR. {last_upper}]] ORDERED THE TEST NOT ME",
    "La [[C|Dra. {last}]] me mandó a hacer análisis.",
    "El [[C|Dr. {first} {last}]] no aparece en el directorio.",
    "is [[C|{first} {last}]] {cred} in network",
    "The physician assistant, [[C|{first} {last}]], said it was routine.",
    "[[C|{lower_first} {lower_last}]] np did my pap, why a bill",
    "Therapist: [[C|{first} {last}]], LCSW",
    "my surgeon, [[C|Dr. {misspelt}]], wants to operate in the spring",
    "Dear [[C|Dr. {last}]], please see the attached denial.",
    "[[C|Doc {first}]] at the clinic told me to call you",
    "I was treated by [[C|{first} {last}]] ({cred}) in the ER.",
    "Ordering: [[C|{initial}. {last}]], {cred}",
    "[[C|Dr. {first}]] said the shot is preventive.",
    "Midwife [[C|{first} {last}]], CNM, delivered the baby at home.",
    "Per [[C|Dr. {last}]], the brace is medically necessary.",
    "anesthesia was [[C|dr {lower_last}]], never met him",
]


def clin_values():
    first, last = pick(CLIN_FIRST), pick(CLIN_LAST)
    word = list(last)
    if len(word) > 4 and word[2].isalpha() and word[3].isalpha():
        word[2], word[3] = word[3], word[2]
    return {"first": first, "last": last, "lower_last": last.lower(), "last_upper": last.upper(),
            "first_upper": first.upper(), "lower_first": first.lower(), "cred": pick(CRED),
            "misspelt": "".join(word), "initial": first[0]}


CLINICIANS = [frame.format(**clin_values()) for frame in CLIN_FRAMES for _ in range(2)]

# ---------------------------------------------------------------- provider organisations
ORGS = ["Sunrise Kids Dental PLLC", "St. Jude's Urgent Care", "Blue Heron Wellness & Spine, LLC",
        "Hope Springs Recovery Center", "Grace Family Medicine", "Will County Bone and Joint",
        "May Valley Dialysis", "The Joint Place", "Toothworks of Elm Grove",
        "1st Choice Ambulance Service", "Dr. Smile Family Dentistry", "AllCare Home Health, Inc.",
        "Pawtucket Valley Medical Associates, P.C.", "Clínica Médica San Rafael",
        "Centro de Salud Familiar La Esperanza", "Laboratorio Clínico del Valle",
        "Farmacia La Guadalupana", "Quick Care Walk-In Clinic", "Iron Mountain Sleep & Lung",
        "Bright Futures Behavioral Health", "New Day Dialysis", "Our Lady of the Valley Hospice",
        "Sacred Heart Imaging of Bayview", "Tiny Teeth Pediatric Dentistry",
        "Summit Hand & Upper Extremity Institute", "Bill's Medical Supply",
        "Mark Allen Physical Therapy", "Four Seasons Dermatology & Laser",
        "Kids Care Express", "North Star Air Medical"]

ORG_FRAMES = [
    "The bill is from [[O|{org}]] and I never went there.",
    "Statement from: [[O|{upper}]]",
    "is [[O|{lower}]] in network??",
    "[[O|{org}]]'s billing office keeps hanging up on me.",
    "We switched to [[O|{org}]] after the move.",
    "Provider: [[O|{org}]] | Status: Denied",
    "they sent my x-rays to [[O|{org}]] for a second read",
    "Me cobraron en [[O|{org}]] aunque tengo seguro.",
    "Payee: [[O|{org}]]",
    "Does [[O|{org}]] take my plan or not?",
    "my son's braces at [[O|{misspelt}]], how much is covered",
    "Bill from [[O|{org}]] AND from [[O|{org2}]] for the same day",
    "[[O|{org}]] says you owe them, you say I owe them.",
    "Please send the check to [[O|{org}]] directly.",
    "i went to [[O|{lower}]] on the weekend",
    "The referral says [[O|{org}]], but they are closed now.",
    "Facility: [[O|{upper}]]",
    "Can I use [[O|{org}]] while traveling?",
    "Pay to the order of [[O|{org}]]",
    "Was [[O|{org}]] paid yet?",
]


def org_values():
    org, org2 = rng.sample(ORGS, 2)
    words = org.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[k]
    words[k] = w[:2] + w[3:]
    return {"org": org, "org2": org2, "lower": org.lower().rstrip("."),
            "upper": org.upper().rstrip("."), "misspelt": " ".join(words).rstrip(".")}


PROVIDERS = [frame.format(**org_values()) for frame in ORG_FRAMES for _ in range(2)]

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
    m, d, y = rng.randrange(12), rng.randint(1, 28), rng.choice([2024, 2025, 2026])
    return {
        "us2": f"{m + 1:02d}/{d:02d}/{y % 100:02d}", "dots": f"{m + 1}.{d}.{y}",
        "dmy": f"{d} {ABBR[m]} {y}", "full_ord": f"{MONTHS[m]} {ordinal(d)}, {y}",
        "abbr_dot": f"{ABBR[m]}. {d}" if ABBR[m] != "May" else f"May {d}",
        "slash_iso": f"{y}/{m + 1:02d}/{d:02d}", "oracle": f"{d:02d}-{ABBR[m].upper()}-{y}",
        "the_of": f"the {ordinal(d)} of {MONTHS[m]}", "es_full": f"{d} de {MESES[m]} de {y}",
        "es_md": f"{MESES[m]} {d}", "short_dash": f"{m + 1}-{d}", "us": f"{m + 1}/{d}/{y}",
        "weekday": pick(["Monday", "Tuesday", "Friday"]), "month_day": f"{MONTHS[m]} {d}",
        "lower": f"{ABBR[m].lower()} {d}", "caps": f"{MONTHS[m].upper()} {d}, {y}",
        "dob": f"{m + 1:02d}/{d:02d}/19{rng.randint(35, 99)}", "iso": f"{y}-{m + 1:02d}-{d:02d}",
    }


DATE_FRAMES = [
    "DOS: [[D|{us2}]]",
    "my appt was [[D|{dots}]] and still no EOB",
    "Admitted [[D|{dmy}]], discharged [[D|{dmy2}]].",
    "On [[D|{full_ord}]] I had outpatient surgery.",
    "they moved it to [[D|{abbr_dot}]], does the approval still count",
    "Date of service {slash}".replace("{slash}", "[[D|{slash_iso}]]"),
    "SERVICE DATE [[D|{oracle}]]",
    "It was the morning of [[D|{the_of}]].",
    "La operación fue el [[D|{es_full}]].",
    "mi cita es [[D|{es_md}]], ¿necesito autorización?",
    "from [[D|{short_dash}]] to [[D|{short_dash2}]] i was in the hospital",
    "Statement date [[D|{us}]], due upon receipt",
    "I called on {weekday}, [[D|{month_day}]], and nobody answered.",
    "it was like [[D|{lower}]] or so",
    "NOTICE DATE: [[D|{caps}]]",
    "Date of birth [[D|{dob}]]",
    "Fecha de nacimiento: [[D|{dob}]]",
    "effective [[D|{iso}]] my coverage ended?",
    "coverage dates [[D|{us}]] - [[D|{us_b}]]",
    "the letter dated [[D|{full_ord}]] says I have 180 days",
]


def date_values():
    a, b = date_forms(), date_forms()
    a["dmy2"], a["short_dash2"], a["us_b"] = b["dmy"], b["short_dash"], b["us"]
    return a


DATES = [frame.format(**date_values()) for frame in DATE_FRAMES for _ in range(2)]

# ---------------------------------------------------------------- amounts
AMOUNT_FORMS = [
    lambda: f"${rng.randint(1, 38)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}",
    lambda: f"$ {rng.randint(15, 950)}.{rng.randint(0, 99):02d}",
    lambda: f"{rng.randint(15, 950)}.00 USD",
    lambda: f"USD {rng.randint(1, 9)},{rng.randint(100, 999)}",
    lambda: f"${rng.randint(1, 9)}.{rng.randint(1, 9)}k",
    lambda: f"{rng.randint(120, 980)} dlls",
    lambda: pick(["twenty-five dollars", "two hundred bucks", "eighty dollars",
                  "fifteen hundred dollars", "a hundred and ten dollars"]),
    lambda: f"{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}",
    lambda: f"mil {pick(['doscientos', 'quinientos', 'ochocientos'])} dólares",
    lambda: f"${rng.randint(10, 99)}",
    lambda: f"{rng.randint(2, 90)} mil pesos",
    lambda: f"US${rng.randint(40, 900)}",
]

AMOUNT_FRAMES = [
    "Amount billed: [[A|{a}]]   Plan paid: [[A|{b}]]   You owe: [[A|{c}]]",
    "why is my copay [[A|{a}]] now",
    "I put [[A|{a}]] on my credit card at the front desk.",
    "Balance due [[A|{a}]] - please remit",
    "the premium is [[A|{a}]]/month, too much",
    "They wrote off [[A|{a}]] but still want [[A|{b}]] from me.",
    "me cobran [[A|{a}]] por una consulta",
    "Estimated cost [[A|{a}]]; final bill [[A|{b}]]",
    "Refund check for [[A|{a}]] never arrived.",
    "the dentist wants [[A|{a}]] up front for the crown",
    "The hospital offered a discount if I pay [[A|{a}]] today.",
    "i only make [[A|{a}]] a month, how can i pay this",
    "Adjustment: [[A|{a}]]",
    "Deductible applied [[A|{a}]], coinsurance [[A|{b}]]",
    "pagué [[A|{a}]] en la farmacia",
    "can i do [[A|{a}]] a month on a payment plan",
    "the ambulance alone was [[A|{a}]]",
    "HSA balance is [[A|{a}]], enough for the surgery?",
]


def amount_values():
    return {"a": pick(AMOUNT_FORMS)(), "b": pick(AMOUNT_FORMS)(), "c": pick(AMOUNT_FORMS)()}


AMOUNTS = [frame.format(**amount_values()) for frame in AMOUNT_FRAMES for _ in range(2)]

# ---------------------------------------------------------------- member ids and claim numbers
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def letters(n):
    return "".join(rng.choice(LETTERS) for _ in range(n))


MEMBER_FORMS = [
    lambda: f"{letters(3)} {digits(4)} {digits(4)} {digits(2)}",
    lambda: f"{letters(1)}{digits(1)}{letters(1)}-{digits(2)}-{digits(4)}-{digits(2)}",
    lambda: f"{digits(4)} {digits(4)} {digits(2)}",
    lambda: f"{letters(3)}-{digits(3)}-{digits(2)}-{digits(4)}",
    lambda: f"MBR{digits(8)}",
    lambda: f"{letters(1).lower()}{digits(2)} {digits(4)} {digits(3)}",
    lambda: f"{letters(2)}{digits(7)}*{digits(2)}",
    lambda: f"{digits(9)}-{digits(2)}",
]
MEMBER_FRAMES = [
    "ID: [[M|{m}]] (from the front of the card)",
    "Member #: [[M|{m}]]",
    "my card says [[M|{m}]] under my name",
    "Suscriptor: [[M|{m}]]",
    "id# [[M|{m}]]",
    "Identification number [[M|{m}]], dependent 02",
    "the app shows [[M|{m}]] but the card shows [[M|{m2}]]",
    "MEMBER ID [[M|{m}]] GROUP ON FILE",
    "member id is [[M|{m}]] i think, cant read the card well",
    "Número de miembro: [[M|{m}]]",
]
CLAIM_FORMS = [
    lambda: f"{2024 + rng.randrange(3)}-{digits(4)}-{digits(5)}",
    lambda: f"{digits(13)}",
    lambda: f"CLM {digits(2)} {digits(4)} {digits(4)}",
    lambda: f"{digits(2)}{letters(1)}{digits(7)}",
    lambda: f"{digits(4)}-{digits(5)}-{digits(2)}",
    lambda: f"EC{digits(9)}",
    lambda: f"{letters(2)}{digits(3)}-{digits(6)}",
]
CLAIM_FRAMES = [
    "Claim #: [[N|{n}]]",
    "ICN [[N|{n}]] shows as processed",
    "Ref: claim [[N|{n}]]",
    "the claim number on the EOB is [[N|{n}]], why is it pending",
    "número de reclamo [[N|{n}]]",
    "Appeal for claim no. [[N|{n}]] enclosed.",
    "claim [[N|{n}]] and claim [[N|{n2}]] are the same visit!!",
    "CLAIM [[N|{n}]] DENIED AGAIN",
    "Your letter references claim [[N|{n}]].",
    "can you reprocess [[N|{n}]]",
]
MEMBER_IDS = [f.format(m=pick(MEMBER_FORMS)(), m2=pick(MEMBER_FORMS)()) for f in MEMBER_FRAMES
              for _ in range(3)]
CLAIMS = [f.format(n=pick(CLAIM_FORMS)(), n2=pick(CLAIM_FORMS)()) for f in CLAIM_FRAMES
          for _ in range(3)]


# ---------------------------------------------------------------- phones and e-mails
def phone():
    a, b = f"{rng.randint(205, 979)}", f"555-01{rng.randint(0, 99):02d}"
    b4 = b[4:]
    return pick([
        f"+1 ({a}) {b}", f"{a}-{b} x{rng.randint(100, 499)}", f"({a}){b}",
        f"{a} 555 {b4} ext. {rng.randint(1, 99)}", f"+1.{a}.555.{b4}", f"1-{a}-{b}",
        f"+1 {a} 555 {b4}", f"{a}/{b}", f"({a}) 555.{b4}", f"{a}-{b}, ext {rng.randint(1, 9)}",
    ])


PHONE_FRAMES = [
    "cell: [[T|{p}]]",
    "Tel. [[T|{p}]] (leave a message)",
    "best # is [[T|{p}]] after 5",
    "Office [[T|{p}]] | Fax [[T|{q}]]",
    "llámeme al [[T|{p}]]",
    "I got a voicemail from [[T|{p}]], is that you?",
    "Phone: [[T|{p}]]",
    "my daughter's number, [[T|{p}]], can be used too",
    "call the billing dept at [[T|{p}]] they said",
    "wrong number on file, it's [[T|{p}]] now",
]
PHONES = [f.format(p=phone(), q=phone()) for f in PHONE_FRAMES for _ in range(3)]

MAIL_USERS = ["marisol.delacruz", "t.oneillpark", "bjorn.vanderberg", "priya_r", "eamon.db",
              "soledad.vt", "keziah+claims", "fionnuala.ob", "dash.lindqvist", "zainab.rashid",
              "beatriz_dossantos", "IGNATIUS.DEWITT", "xiomara.q", "henrik-ach"]
EMAIL_FRAMES = [
    "From: <[[E|{e}]]>",
    "reply to [[E|{e}]] please",
    "mailto:[[E|{e}]]",
    "E: [[E|{e}]]",
    "mi correo es [[E|{e}]]",
    "Please update my e-mail from [[E|{e}]] to [[E|{e2}]].",
    "send the EOB to [[E|{e}]] not by mail",
    "my email bounced? [[E|{e}]]",
    "--\nSent from [[E|{e}]]",
    "Contact: [[E|{e}]] / text preferred",
]


def email():
    return f"{pick(MAIL_USERS)}{rng.randint(1, 99)}@example.{pick(['com', 'net', 'org'])}"


EMAILS = [f.format(e=email(), e2=email()) for f in EMAIL_FRAMES for _ in range(3)]

# ---------------------------------------------------------------- addresses
STREETS = ["Juniper Hollow Rd", "Calle Ochoa", "N. Magnolia Ave.", "Old Mill Pike",
           "Avenida Las Palmas", "County Road 12", "Tamarack Way", "E 43rd St",
           "Camino del Sol", "Boulder Creek Ln", "Paseo de la Reina", "SW Alder Terrace"]
CITIES = [("Laredo", "TX", "78040"), ("Ponce", "PR", "00716"), ("Bangor", "ME", "04401"),
          ("Yakima", "WA", "98901"), ("Las Cruces", "NM", "88001"), ("Dubuque", "IA", "52001"),
          ("Macon", "GA", "31201"), ("Eureka", "CA", "95501"), ("Bismarck", "ND", "58501")]


def address():
    num = rng.randint(2, 9899)
    street = pick(STREETS)
    city, state, zipc = pick(CITIES)
    return pick([
        f"{num} {street}, Suite {rng.randint(100, 950)}, {city}, {state} {zipc}",
        f"{num} {street} Unit {rng.randint(1, 40)}{pick('ABCD')}, {city}, {state} {zipc}-{digits(4)}",
        f"{num} {street}, Apt. {rng.randint(1, 30)}, {city} {state}",
        f"PO Box {rng.randint(10, 99999)}, {city}, {state} {zipc}",
        f"P O BOX {rng.randint(10, 9999)}",
        f"RR {rng.randint(1, 6)} Box {rng.randint(10, 300)}{pick(['', 'A', 'B'])}",
        f"HC {rng.randint(1, 9):02d} Box {rng.randint(1000, 9999)}, {city}, {state} {zipc}",
        f"{street} {num}, Apto {rng.randint(1, 20)}, {city}, {state} {zipc}",
        f"Urb. Los Almendros, Calle {rng.randint(1, 30)} #{rng.randint(1, 99)}, {city}, {state} {zipc}",
        f"{num} {street.upper()} STE {rng.randint(100, 900)}, {city.upper()} {state} {zipc}",
        f"{num} {street.lower()} apt {rng.randint(1, 30)}",
        f"Lot {rng.randint(1, 90)}, Shady Pines Mobile Home Park, {city}, {state}",
    ])


ADDRESS_FRAMES = [
    "New mailing address: [[R|{r}]]",
    "we moved!! [[R|{r}]]",
    "Please forward my cards to [[R|{r}]].",
    "Dirección: [[R|{r}]]",
    "the EOBs are still going to [[R|{r}]]",
    "Ship the meter to [[R|{r}]], it's my mom's place",
    "Home: [[R|{r}]]\nMailing: [[R|{r2}]]",
    "Remit to: [[R|{r}]]",
    "ya no vivo en [[R|{r}]]",
    "my address is [[R|{r}]] (the new one)",
    "the pharmacy at [[R|{r}]] is closer, is it in network",
    "ADDRESS ON FILE IS WRONG: [[R|{r}]]",
]
ADDRESSES = [f.format(r=address(), r2=address()) for f in ADDRESS_FRAMES for _ in range(3)]


# ---------------------------------------------------------------- SSNs and NPIs
def ssn():
    a, b, c = f"9{rng.randint(0, 99):02d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}"])


SSN_FRAMES = [
    "SSN: [[S|{s}]]",
    "soc sec # [[S|{s}]]",
    "The form shows ***-**-[[S|{l4}]], which is mine.",
    "xxx-xx-[[S|{l4}]] is the last four",
    "my SS number is [[S|{s}]] if you need it",
    "Seguro social [[S|{s}]]",
    "verify with last four [[S|{l4}]]",
    "Social Security No. [[S|{s}]]",
    "his social is [[S|{s}]], he's the subscriber",
    "SSN (dependent): [[S|{s}]]",
]
SSNS = [f.format(s=ssn(), l4=f"{rng.randint(1, 9999):04d}") for f in SSN_FRAMES for _ in range(3)]

NPI_FRAMES = [
    "Rendering NPI: [[I|{i}]]",
    "(NPI [[I|{i}]])",
    "Type 1 NPI [[I|{i}]], type 2 NPI [[I|{j}]]",
    "npi# [[I|{i}]] is that in network",
    "the office gave me their NPI, [[I|{i}]]",
    "NPI del médico: [[I|{i}]]",
    "Billing provider NPI [[I|{i}]]",
    "Is [[I|{i}]] the right NPI for the lab?",
    "NPI: [[I|{i}]] / Tax ID on file",
    "Supervising NPI [[I|{i}]]",
]
NPIS = [f.format(i=npi(f"1{digits(8)}"), j=npi(f"1{digits(8)}")) for f in NPI_FRAMES
        for _ in range(3)]

# ---------------------------------------------------------------- mixed messages
MIXED = [
    "From: [[P|Marisol de la Cruz]] <[[E|marisol.dlc@example.com]]>\nSubject: claim [[N|2026-0418-77731]]\n[[C|Dr. Obinna Okafor]], DO, at [[O|Grace Family Medicine]] saw me [[D|04/18/26]]; billed [[A|$412.50]].",
    "hi its [[P|siobhan o'neill-park]], member [[M|XKG 4471 0093 02]], new # [[T|+1 (608) 555-0147]]",
    "Patient: [[P|VAN DER BERG, BJORN]]  DOB: [[D|07/30/1961]]  Provider: [[O|IRON MOUNTAIN SLEEP & LUNG]]  Billed: [[A|$2,180.00]]",
    "Please mail the card to [[R|HC 02 Box 8812, Yauco, PR 00698]]. Gracias, [[P|Xiomara Quintanilla]].",
    "My husband [[P|Eamon Ó Briain]]'s SSN is [[S|944-21-0073]]; his ID is [[M|W2X-88-1730-44]].",
    "[[C|Hannelore Voss]], MD, NPI [[I|" + npi("152804417") + "]], [[O|Our Lady of the Valley Hospice]], [[T|(207) 555-0133]]",
    "Regards,\n[[P|Ignatius DeWitt Jr.]]\n[[R|2201 Old Mill Pike, Suite 300, Bangor, ME 04401]]\n[[T|207-555-0162 x214]]",
    "La [[C|Dra. Lucía Castellanos]] de [[O|Clínica Médica San Rafael]] me cobró [[A|1,250.00]] el [[D|12 de agosto de 2025]].",
    "[[O|Sunrise Kids Dental PLLC]] billed [[A|$386]] for [[P|Teddy]]'s cleaning on [[D|Mar. 3]]; claim [[N|CLM 77 1043 2290]].",
    "ATTN: [[P|ZAINAB AL-RASHID]] / MEMBER [[M|MBR00442198]] / CLAIM [[N|26E4410092]] / AMOUNT [[A|$1,040.77]]",
    "my mom [[P|peggy]] ([[P|margaret fitzgerald-mbeki]]) got a bill from [[O|st. jude's urgent care]] for [[A|175 dlls]]",
    "Referring: [[C|MACLENNAN, CAOIMHE]] NP - Rendering: [[C|Stellan ten Hoeve]], PA-C - NPI [[I|" + npi("160923348") + "]]",
    "Sent from my iPhone\n\n> On [[D|Oct 2, 2026]], [[P|Henrik Achterberg]] <[[E|henrik.a@example.net]]> wrote:\n> is my claim done?",
    "[[P|Soledad Villanueva y Soto]], [[R|Calle Ochoa 1420, Apto 7, Laredo, TX 78040]], cel [[T|956-555-0119]]",
    "SS# [[S|915 66 2041]] DOB [[D|1/9/1958]] - need proof of coverage for [[O|New Day Dialysis]]",
    "[[P|Bea]] from [[O|Hope Springs Recovery Center]] said to email [[E|beatriz_ds@example.org]] the denial for claim [[N|EC448120339]].",
    "I paid [[A|$60]] at [[O|Quick Care Walk-In Clinic]] on [[D|the 14th of July]] and [[C|Dr. Meera Raman-Holt]]'s office billed [[A|$145.00]] more.",
    "[[P|Cosimo D'Amico]] (ID [[M|8841 2207 61]]) / spouse [[P|Anneliese D'Amico]] / [[R|PO Box 3321, Eureka, CA 95501]]",
    "Good morning, my name is [[P|Oluwaseun Okonjo-Whitfield]] and my phone is [[T|+1.478.555.0108]]; I'm asking about [[D|2026-05-21]].",
    "[[O|1st Choice Ambulance Service]] wants [[A|$1.9k]] for the ride on [[D|9-14]], is that right?",
    "To: Appeals\nFrom: [[P|Dashiell Lindqvist]]\nRe: claim [[N|4410-55018-03]], [[C|Dr. Paloma de la Vega]], DDS\nDate: [[D|November 3rd, 2026]]",
    "[[C|dr van der merwe]] at [[O|four seasons dermatology & laser]] charged me [[A|$ 220.00]]",
    "mi hijo [[P|Chuy]] ([[P|Jesús del Toro]]) tiene cita el [[D|marzo 9]] en [[O|Centro de Salud Familiar La Esperanza]]",
    "Ship to [[R|RR 3 Box 145A]], call [[T|(701) 555-0188]] when it arrives. - [[P|Rafferty MacAllister]]",
    "Member [[M|ZQL-449-10-2877]], SSN last 4 [[S|3318]], e-mail [[E|RAFF.MAC@EXAMPLE.COM]]",
    "Thank you [[P|Will]]! And thanks to [[P|Grace]] at the front desk too.",
    "[[P|Mark Ellison-Hope]] is my brother; he lives at [[R|77 Tamarack Way, Unit 4B, Yakima, WA 98901]].",
    "The bill from [[O|Bill's Medical Supply]] for [[A|$329.99]] is for a walker I returned.",
    "[[P|May Thornquist]] will call you [[D|May 4]] about her mother's claim.",
    "Statement [[D|08.02.2026]] from [[O|Pawtucket Valley Medical Associates, P.C.]]: total [[A|USD 3,410]], insurance [[A|USD 2,870]].",
]

# ---------------------------------------------------------------- texts without any detail
NEGATIVE = [
    "Will my plan cover physical therapy after surgery?",
    "May I ask why this was denied?",
    "I hope the appeal goes through.",
    "Grace period, how long is it?",
    "Please bill my secondary insurance.",
    "Mark the claim as urgent, please.",
    "I'll mark my calendar for open enrollment.",
    "The bill will be paid once I understand it.",
    "Can you rob me any more with these premiums?",
    "Sue the hospital? I just want an itemized bill.",
    "Art therapy, is that covered for my son?",
    "Faith in this process is running low.",
    "Chase the provider for the missing info, please.",
    "Drew blood twice in one visit, is that billed twice?",
    "Jack up the deductible again and I'm switching plans.",
    "Not a penny more until I see the EOB.",
    "My premium rose in January.",
    "Lance the cyst in the office, or is that surgery?",
    "Pat yourselves on the back, the app works now.",
    "Carol singing at the clinic was nice, the bill was not.",
    "Iris scan at the eye doctor, covered?",
    "Hunter green card or the blue one, which is current?",
    "Summer camp physicals, are they covered?",
    "EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
    "PRIOR AUTHORIZATION REQUIRED?",
    "NOTICE OF ADVERSE BENEFIT DETERMINATION",
    "Summary Of Benefits And Coverage, Where Is It?",
    "Is An MRI Considered Outpatient Surgery?",
    "COBRA or Marketplace, which is cheaper?",
    "HMO vs PPO, which one needs referrals?",
    "CPT and ICD-10 codes don't match on my bill.",
    "DME rental or purchase for a CPAP?",
    "Medicare Part B, does it pay first?",
    "Tier 3 Specialty Drug, what does that mean?",
    "Is Eliquis on the formulary?",
    "Does Dupixent need step therapy?",
    "Will Lipitor generic cost less?",
    "Dear Member Services,",
    "To Whom It May Concern:",
    "Best regards, a very tired parent",
    "Sent from my Android phone",
    "Get Outlook for iOS",
    "Respectfully Submitted,",
    "Atentamente, el titular de la póliza",
    "¿Me Pueden Mandar El Formulario De Reembolso?",
    "Buenas Tardes, Tengo Una Pregunta Sobre Mi Deducible.",
    "Gracias A Dios ya me operaron, ahora la cuenta.",
    "Feliz Navidad, ¿cubren la vacuna de la gripe?",
    "Is Urgent Care covered on Memorial Day weekend?",
    "Open on Christmas Eve?",
    "We'll be in Arizona from January through March.",
    "Travelling to Canada, am I covered there?",
    "Spring break trip, do I need travel insurance?",
    "The Emergency Department was packed.",
    "Behavioral Health Services, how do I find a therapist?",
    "Out-Of-Network Benefits, Do I Have Any?",
    "Durable Medical Equipment, rental question.",
    "Skilled Nursing Facility days, how many are covered?",
    "Home Health Aide, is that covered after a stroke?",
    "Coordination Of Benefits Questionnaire, done.",
    "Patient Responsibility vs Balance Due, which one?",
    "Allowed Amount is lower than the charge, why?",
    "Virginia is where my daughter goes to college, is she covered there?",
    "Jordan shoes aside, are orthotics covered?",
    "Austin or Dallas, which has more in-network pediatricians?",
    "Georgia plans vs Florida plans, I'm moving.",
    "Brooklyn office or the Queens one, which is open late?",
    "Guardian of a minor, can I call for her?",
    "Power of attorney form, where do I send it?",
    "My Doctor Says It's Preventive.",
    "Nurse Line Number Please",
    "Thank You So Much For Your Help!",
    "OK, Will Do.",
    "Bill me later?",
    "Hope so!",
    "Will call back tomorrow.",
    "Mark as resolved, thanks.",
    "Grace under pressure, your rep was great.",
    "Penny for your thoughts on this EOB.",
    "Sterling customer service today, thank you.",
]

ALL = list(dict.fromkeys(
    PERSONS + CLINICIANS + PROVIDERS + DATES + AMOUNTS + MEMBER_IDS + CLAIMS + PHONES + EMAILS
    + ADDRESSES + SSNS + NPIS + MIXED + NEGATIVE
))
