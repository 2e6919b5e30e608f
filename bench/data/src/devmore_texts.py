"""A second de-identification dev set (deid_dev_more.jsonl), written by the `deid` helper to tune
on without touching deid_labelled.jsonl. Same markup as deid_*.py: [[X|value]].

HAND: whole texts written out. TEMPLATES: wordings with slots {P} person, {C} clinician,
{O} provider, {D} date, {A} amount, {R} address, {T} phone, {E} e-mail, {M} member id,
{N} claim number, {S} SSN; each is filled from the pools below (seeded), so one wording meets
several forms of each detail. NEGATIVE: texts with no detail at all.
"""

import random

PERSONS = [
    "Maria", "maria", "jacob", "Liam", "DOLORES HERNANDEZ", "dolores hernandez", "Jonh", "kristen",
    "Ashley Nguyen", "Tyler", "Bea", "Kowalski, Walter", "Mrs. Evelyn Carter", "Mr. Dube",
    "Ms. Okafor", "Siobhan", "Xavier", "Nadia Petrova", "Emeka", "Carlos", "carlos ruiz",
    "Hannah", "hannah", "Zoe", "Precious", "Deshawn", "Anh", "Giovanni Russo", "Fatima",
    "fatima", "Aaliyah", "Brayden", "Mckenzie", "Oluwaseun", "Tomás", "Reggie", "ELENA",
    "Ingrid Halvorsen", "Paulette", "Cheyenne", "dmitri", "Krystal", "Jaxon", "Imani",
    "Raúl Mendoza", "Beverly", "Yusuf", "Mateo", "Sophia", "Ethan Brooks", "Lakisha",
    "Micheal", "Stephaine", "Kathryn", "Rodrigo", "Agnes", "Wendell", "Esperanza",
]
# Words that are also names, used as names after a cue.
WORDY_PERSONS = ["Hope", "Will", "Grace", "Mark", "Bill", "June", "Faith", "Rose", "Summer"]
CLINICIANS = [
    "Dr. Patel", "dr patel", "DR. NGUYEN", "doctor ramirez", "Dr Smtih", "Dr. Hiroshi Tanaka",
    "Dr. Ama Boateng", "dr. lindqvist", "Doctor Feldman", "Nurse Kelly", "nurse practitioner Osei",
    "NP Johnson", "Dr. Ruiz-Castro", "Dr. O'Connor", "doc miller", "Dr Abernathy",
    "Dra. Benítez", "DR KOWALCZYK", "Dr. Yvonne Mbeki", "dr. fitzgerald", "Dr. Greenbaum",
    "Dr. Achterberg", "dr hollis", "Dr. Singh", "PA Rivera", "Dr. Weiss", "dr. adeyemi",
]
# Clinicians named without a title but introduced as one: wording supplies the cue.
CUED_CLINICIANS = ["Janet Cole", "Marcus Webb", "sarah blum", "Leah Goldstein", "Tom Reyes"]
PROVIDERS = [
    "St. Mary's", "St. Mary's Hospital", "Quest", "Quest Diagnostics", "LabCorp", "CVS",
    "Walgreens", "cvs pharmacy", "st. joseph's hospital", "mercy urgent care", "Mayo Clinic",
    "Cleveland Clinic", "Lakeview Radiology Associates", "Bright Smiles Dental",
    "Summit Orthopedic Group", "valley view medical center", "Sunrise Urgent Care", "Rite Aid",
    "walgreens #4412", "Good Samaritan Hospital", "Pacific Sleep Center", "Elm Street Pharmacy",
    "Riverbend Physical Therapy", "Harbor Women's Health", "Precision Imaging LLC",
    "Metro Ambulance", "Desert Sky Behavioral Health", "NORTHSIDE IMAGING", "Oak Park Family Practice",
    "Children's Hospital of Oakwood", "Mount Sinai", "Greenway Pediatric Associates",
    "Bayside Endoscopy Center", "Cedar Hills Lab", "MinuteClinic", "Heartland Cardiology Group",
    "Pinecrest Rehab", "Saint Luke's", "Kroger Pharmacy", "Costco Pharmacy",
    "Blue Ridge Anesthesia Associates", "lakeshore imaging", "First Choice Urgent Care",
    "Prairie View Hospital", "Alpine Dermatology", "Northwest Medical Group", "Walmart Pharmacy",
]
ADDRESSES = [
    "4417 Larkspur Ct, Apt 2, Boise, ID 83709", "12 north main st apt 3", "PO Box 1123, Tulsa, OK 74101",
    "P.O. Box 88", "1600 e 5th ave", "88 Maple Ave. #2B", "221b baker street", "RR 2 Box 45",
    "300 W. 23rd St., Suite 400, New York, NY 10011", "4 Elm Cir", "2300 Oak Hollow Dr",
    "9 Kingsbridge Rd E", "1450 Market Street Ste 200 San Francisco CA 94103", "77 harbor view rd",
    "1010 Highway 61", "5 Pine Ridge Trail", "410 Cedar Loop", "33 Elm Pl", "608 Wren Way, Austin, TX 78745",
    "15 Orchard Lane, Unit 7", "2 Willow Bend", "1190 sunset blvd apt 12", "742 Evergreen Terrace",
    "18 Rosewood Crescent", "9021 Old Mill Rd., Apt. 4B, Fairfax, VA 22030",
    "po box 5521 denver co 80201", "5300 N Lincoln Ave Unit 3", "27 Bay St #11",
    "130 Prospect Pkwy, Buffalo NY 14201", "64 Chapel Hill Road", "3 Birchwood Court",
    "1200 S. Ocean Blvd", "48 Aspen Grove Ln", "7 Marsh Creek Dr, Dover, DE 19901",
    "2250 County Road 14", "16 Lark Street apt 2", "901 N Broadway", "PO BOX 332",
    "55 Harbor Point Way", "11 Spring St", "350 fifth avenue", "4100 Walnut Hill Ln Ste 110",
]
UNITS = ["apt 4b", "Apt. 12", "unit 7", "Suite 300", "apartment 2C", "Unit B"]
PHONES = [
    "555-201-4478", "(555)201-4478", "555.301.8824", "5556409913", "+1 (555) 776-0012",
    "1-555-844-2090 x204", "555 923 4410 ext. 3", "(555) 661-0934", "+1 555 302 7781",
    "555-998-2201 ext 14", "1 555 204 1100",
]
EMAILS = [
    "rosa.medina@example.com", "JT_1990@example.org", "k.oduya@example.net",
    "helen+claims@example.com", "BIGMIKE77@EXAMPLE.COM", "n.vasquez@example.org",
    "tran.b.1984@example.com", "gus-ortiz@example.net",
]
DATES = [
    "3/4", "03/04/2026", "March 4th", "mar 4", "4 March 2026", "2026-03-04", "the 4th",
    "Mar. 4, 2026", "03-04-26", "March 4 2026", "the 4th of March", "Sept 9", "sep 30th",
    "October 1", "OCT 12", "12/1/25", "Jan 2nd, 2026", "2nd January", "11.14.2026",
    "July 4th", "june 3", "Feb. 28", "the 21st", "Aug 15 2026", "5/17/1979", "12th Dec",
    "December 3rd", "4-15-2026", "nov 7th", "May 19",
]
AMOUNTS = [
    "$1,240.50", "$75", "75 dollars", "60 bucks", "USD 250", "$1.2k", "1240.50", "$ 300",
    "300.00", "$1,000", "$45.5", "250 USD", "$2500", "$89.99", "3,412.90", "$12", "150 dollars",
    "$0.50", "$18,000", "1,085 dollars", "$3k", "40 usd",
]
MEMBER_IDS = ["W123456789", "W556120874-02", "88412375", "XEH445566778", "W 482 917 366",
              "DM002231", "w918273645", "ABC1234567"]
CLAIMS = ["CLM-2026-1234567", "88123-44", "2026-0412-7781", "E2026060412208", "CLM-2025-0099312",
          "A77120034", "clm-2026-5550123"]
NPIS = ["1830166132", "1860913908", "2181909377"]
SSN_LAST4 = ["4482", "0917", "6621"]
SSNS = ["912-45-6789", "923 11 4482", "966120034"]

TEMPLATES = [
    # Members about relatives.
    "my son [[P|{P}]] had his checkup at [[O|{O}]] on [[D|{D}]] and they billed [[A|{A}]]",
    "My daughter, [[P|{P}]], needs to be added to my plan. She was born [[D|{D}]].",
    "can you check on my husband [[P|{P}]]'s claim? the bill from [[O|{O}]] was [[A|{A}]]",
    "this is about my mom [[P|{P}]], she lives at [[R|{R}]] now, please send her card there",
    "My wife [[P|{P}]] called on [[D|{D}]] and was told it was covered.",
    "Our grandson [[P|{P}]] stays with us. Can I add him? Reach me at [[T|{T}]].",
    "I'm calling for my father, [[P|{P}]], member ID [[M|{M}]].",
    "my stepdaughter [[P|{P}]] got a bill for [[A|{A}]] from [[O|{O}]]",
    "The claim for my brother [[P|{P}]] ([[N|{N}]]) was denied on [[D|{D}]].",
    "Please talk to my sister [[P|{P}]] if I'm not home, she knows everything.",
    "my partner [[P|{P}]] and I both got letters dated [[D|{D}]]",
    "He has a friend named [[P|{P}]] who says her plan covers this.",
    "The caregiver, called [[P|{P}]], will bring the forms.",
    "[[P|{P}]]'s appointment at [[O|{O}]] got moved to [[D|{D}]].",
    "I am [[P|{P}]] and my member number is [[M|{M}]]",
    "hi my name is [[P|{P}]], I got charged [[A|{A}]] twice",
    "Hello, this is [[P|{P}]] from the front desk at [[O|{O}]], calling about [[N|{N}]].",
    "Signed, [[P|{P}]]",
    "thank you so much [[P|{P}]]!! you fixed it",
    "I spoke with [[P|{P}]] yesterday and she said the refund of [[A|{A}]] was mailed on [[D|{D}]].",
    "my kids [[P|{P}]] and [[P|{P2}]] both need new cards",
    "Can [[P|{P}]] pick up the forms? She is my niece.",
    # Clinicians.
    "[[C|{C}]] at [[O|{O}]] ordered the test on [[D|{D}]]",
    "I saw [[C|{C}]] on [[D|{D}]] and was charged [[A|{A}]]",
    "[[C|{C}]]'s office says they never got the prior auth",
    "my therapist [[C|{CC}]] says I need weekly sessions",
    "Our pediatrician is [[C|{C}]], can you confirm she's in network?",
    "the bill from [[C|{C}]] came to [[A|{A}]], due [[D|{D}]]",
    "My dentist, [[C|{C}]], wants to do a crown. How much will it be?",
    "I need a referral to [[C|{C}]] before [[D|{D}]]",
    "the midwife [[C|{CC}]] delivered at home, is that covered?",
    "[[C|{C}]] referred me to [[O|{O}]] for imaging",
    # Providers.
    "I picked up my meds at [[O|{O}]] and paid [[A|{A}]]",
    "Why did [[O|{O}]] bill me [[A|{A}]] for bloodwork on [[D|{D}]]?",
    "went to [[O|{O}]] on [[D|{D}]] for stitches",
    "i got a bill from [[O|{O}]] for [[A|{A}]] is that right",
    "[[O|{O}]] says my insurance was declined",
    "the lab at [[O|{O}]] ran my tests, claim [[N|{N}]]",
    "Is [[O|{O}]] in network? I have an appointment [[D|{D}]].",
    "Transferred from [[O|{O}]] to [[O|{O2}]] by ambulance on [[D|{D}]].",
    "The statement from [[O|{O}]]'s billing office shows [[A|{A}]] due",
    # Addresses.
    "please update my address to [[R|{R}]]",
    "My new address: [[R|{R}]]. Phone is still [[T|{T}]].",
    "send the EOB to [[R|{R}]] not the old one",
    "we moved! new place is [[R|{R}]]",
    "Mail the check to [[R|{R}]], attn [[P|{P}]]",
    "I'm in [[R|{U}]] now, same building",
    "the card went to [[R|{R}]] but I moved out on [[D|{D}]]",
    "Mailing address [[R|{R}]], email [[E|{E}]]",
    # Contact and ids.
    "call me at [[T|{T}]] after 5 or email [[E|{E}]]",
    "my number changed to [[T|{T}]]",
    "Member [[M|{M}]], claim [[N|{N}]], amount [[A|{A}]]",
    "claim number [[N|{N}]] shows the wrong date, it should be [[D|{D}]]",
    "my ssn is [[S|{S}]] and dob [[D|{D}]]",
    "Text me at [[T|{T}]] when the refund of [[A|{A}]] goes out",
    "email is [[E|{E}]], id [[M|{M}]]",
    "Hi, [[P|{P}]] here ([[E|{E}]]). My ID number is [[M|{M}]].",
    "the rendering provider NPI [[I|{I}]] is wrong on claim [[N|{N}]]",
    "last four of my social are [[S|{S4}]], name is [[P|{P}]]",
    "please reply to [[E|{E}]] rather than calling",
    # Agent replies.
    "Hi [[P|{P}]], I checked claim [[N|{N}]]: [[O|{O}]] billed [[A|{A}]] on [[D|{D}]] and "
    "your share is [[A|{A2}]].",
    "Thanks for calling, [[P|{P}]]. I've noted your new address, [[R|{R}]].",
    "Hello [[P|{P}]], [[C|{C}]] is in network, and the visit on [[D|{D}]] was paid.",
    "Dear [[P|{P}]], we received your appeal on [[D|{D}]] for [[A|{A}]].",
    "Hi [[P|{P}]] - I reached [[O|{O}]] at [[T|{T}]]; they will resubmit by [[D|{D}]].",
    "Good morning [[P|{P}]], your ID card was mailed to [[R|{R}]] on [[D|{D}]].",
]

HAND = [
    "[[P|Jamal]] and [[P|Keisha Brown]] are both on my plan",
    "my son's name is [[P|Oliver]], not [[P|Olivia]] like your letter says",
    "Thanks [[P|Hope]]! You were a big help today.",
    "My daughter [[P|Grace]] had her tonsils out at [[O|St. Mary's]] on [[D|June 3]].",
    "my husband [[P|Will]] lost his job, can he stay on my plan?",
    "[[P|Mark]] from your billing team said to call back.",
    "Please ask for [[P|Bill Hendricks]] in HR.",
    "im [[P|ANGELA]] and my kid is [[P|tyler]]",
    "called [[O|quest]] and they said the lab was sent out",
    "[[O|Quest]] charged [[A|$212]] for the A1C panel",
    "the bloodwork was at [[O|LabCorp]] on [[D|Feb 2]]",
    "I filled it at [[O|CVS]] for [[A|$4]]",
    "[[O|walgreens]] says they need a new prescription",
    "went to [[O|st marys]] er saturday [[D|the 5th]]",
    "[[O|Saint Francis Medical Center]] billed [[A|$4,120.00]]",
    "we were at [[O|Children's Mercy]] for three days",
    "[[C|Dr. Lee]] and [[C|Dr. Park]] both signed the form",
    "My doctor is [[C|Dr. Amanda Reyes-Whitfield]] at [[O|Cornerstone Family Medicine]]",
    "I spoke to [[C|nurse bethany]] on the phone",
    "[[C|DR. O'MALLEY]] SAID IT WAS MEDICALLY NECESSARY",
    "my psychiatrist [[C|Dr. Aldana]] retired",
    "the surgeon, [[C|Dr. Varga]], wasn't in network but the hospital was",
    "[[C|doctor nguyen]]'s nurse never called back",
    "can you send it to [[R|22 West Elm Street, Apt 5]]",
    "I live at [[R|1402 Magnolia Blvd., Springfield, IL 62704]]",
    "address: [[R|908 S Pine St, Lot 14, Ocala, FL 34471]]",
    "[[R|PO Box 771]], [[R|Rural Route 3]]",
    "use [[R|4800 Wilshire Blvd Suite 210 Los Angeles CA 90010]] for the appeal",
    "Payment of [[A|$1,500]] was sent [[D|Nov. 2nd]] from my HSA",
    "I paid [[A|two hundred dollars]] on [[D|the 12th]]",
    "they want [[A|$ 2,045.17]] by [[D|12/31]]",
    "copay was [[A|$30]], coinsurance [[A|$112.40]]",
    "The EOB dated [[D|April 9, 2026]] says I owe [[A|$0.00]]",
    "dob [[D|1/9/1958]] ssn last four [[S|3321]]",
    "DOB: [[D|07-22-1990]]",
    "born on [[D|the 3rd of May, 2019]]",
    "my appointment is on Thursday... I mean [[D|Oct 9th]]",
    "[[T|555-403-8812]] is my cell, [[T|555-403-1100]] is work",
    "reach [[P|Denise]] at [[E|denise.k@example.com]]",
    "contact: [[P|Omar Farouk]] <[[E|ofarouk@example.org]]>",
    "ID [[M|W771203456]] and group 44120",
    "My member id is [[M|W663 100 229]]? not sure",
    "claim #[[N|7731-22091]] from [[O|Riverside Urgent Care]]",
    "The hospital ([[O|Memorial Hermann]]) billed on [[D|8/14/2026]]",
    "Her name is [[P|Ngozi]] and she's my caregiver",
    "my ex-wife [[P|Tamara]] keeps calling about the kids",
    "[[P|Ruth]] and I are retired now",
    "[[P|Lopez, Maria]] DOB [[D|4/4/1980]]",
    "Patient: [[P|WASHINGTON, DENZEL]]",
    "my mother-in-law [[P|Margarethe]] is visiting from Germany, is she covered?",
    "the social worker [[P|Ms. Abernathy]] told me to call",
    "[[P|kevin]] said u guys would call back",
    "tell [[P|jessica]] thanks for the help",
    "The baby is [[P|Aurora Ruiz]], born [[D|10/30/2026]] at [[O|Hope Valley Birth Center]]",
    "The refund ([[A|$96.20]]) went to my old address, [[R|17 Birch Rd]]",
    "our pharmacy is [[O|Main Street Drug]]",
    "[[O|Bay Area Physical Therapy]] says I've used 20 visits",
    "ambulance was [[O|AMR]] and they charged [[A|$1,850]]",
    "Got an MRI at [[O|Advanced Imaging of Tampa]] on [[D|3-12-26]]",
    "[[O|Northwell]] says prior auth is missing",
    "The radiologist group [[O|Radiology Partners]] billed separately",
    "the urgent care on Elm st charged me [[A|$150]]",
]

NEGATIVE = [
    "Will the prior authorization carry over to the new plan year?",
    "May I get a copy of the Explanation of Benefits?",
    "Grace Period questions go to which department?",
    "Mark this as urgent please.",
    "Bill pay isn't working on the portal.",
    "Frankly this is ridiculous.",
    "Hope this makes sense.",
    "Faith in your company is gone.",
    "June is when open enrollment starts, right?",
    "Summer hours for the call center?",
    "Sterling service, thanks.",
    "Rich people don't have to deal with this.",
    "Jack it up again, why don't you.",
    "Does the Deductible reset in January?",
    "What is my Out-Of-Pocket Maximum?",
    "My Primary Care Physician wants a referral form.",
    "The Urgent Care said they bill separately.",
    "Is Metformin on the formulary?",
    "Tier 3 drugs cost how much?",
    "Do I need Prior Authorization for Ozempic?",
    "The Pharmacy said my insurance was inactive.",
    "Can the Doctor's Office send the records directly?",
    "Who is my Care Manager?",
    "Which Network am I in, HMO or PPO?",
    "Is Telehealth covered the same way?",
    "Generic versus Brand Name, which is cheaper?",
    "Case Management called me but I missed it.",
    "Customer Service hung up on me.",
    "Member Services told me to email instead.",
    "Christian counseling, is that covered under behavioral health?",
    "I live in Austin now, does my network change?",
    "We moved to Jordan for work, what about international coverage?",
    "Florence is where my daughter goes to college. Is there an in-network option?",
    "Victoria Day is not a US holiday so why was the office closed?",
    "Is Memorial Day a business day for claims?",
    "Kindly advise.",
    "Dear Sir or Madam, I am writing to dispute a charge.",
    "Regarding the letter, I disagree with the decision.",
    "Nothing was explained to me.",
    "Please Help Me Understand This Bill.",
    "WHY WAS THIS DENIED AGAIN",
    "Everyone keeps transferring me.",
    "Honestly the website is impossible to use.",
    "Per the letter, I have to appeal within the deadline.",
    "Attached are the receipts you asked for.",
    "Can My Spouse Be Added Mid-Year?",
    "Where Do I Mail The Appeal?",
    "Does Blue Cross count as primary if my husband has it through work?",
    "Medicaid said they are secondary.",
    "Is Cobra cheaper than a marketplace plan?",
    "the doctor said it was fine",
    "my nurse said to call you",
    "The Dr. office lost my paperwork.",
    "The hospital and the lab both sent bills.",
    "Our family doctor retired last year.",
    "The pharmacist told me to ask you.",
    "The radiology department never sent the images.",
    "Paid in full, right?",
    "Copay or coinsurance, which one applies?",
    "I'm on Eliquis and Lipitor, both covered?",
    "What does CARC 197 mean?",
    "Code 99213 was billed, is that normal?",
    "I have 2 kids and 1 spouse on the plan.",
    "The fee went up 15% this year.",
    "Press 3 for claims, that's what I did.",
    "Dial 911 if it's an emergency, I know.",
    "Saint or not, nobody at that office answers the phone.",
    "Chase bank declined the premium payment.",
    "Apple Health, is that the same as Medicaid?",
    "Young adults can stay until 26, correct?",
    "Sunday appointments are impossible to get.",
    "Newborn coverage, how does it work?",
    "Major medical versus short-term, what's the difference?",
    "Ask Them Why They Denied It.",
    "Let me know.",
]


def expand(seed: int = 20261206, rounds: int = 4) -> list[str]:
    rng = random.Random(seed)
    out = []
    pools = {
        "P": PERSONS + WORDY_PERSONS, "P2": PERSONS, "C": CLINICIANS, "CC": CUED_CLINICIANS,
        "O": PROVIDERS, "O2": PROVIDERS, "D": DATES, "A": AMOUNTS, "A2": AMOUNTS,
        "R": ADDRESSES, "U": UNITS, "T": PHONES, "E": EMAILS, "M": MEMBER_IDS, "N": CLAIMS,
        "S": SSNS, "S4": SSN_LAST4, "I": NPIS,
    }
    seen = set()
    for _ in range(rounds):
        for template in TEMPLATES:
            values = {key: rng.choice(pool) for key, pool in pools.items()}
            text = template.format(**values)
            if text not in seen:
                seen.add(text)
                out.append(text)
    return out


TEXTS = HAND + expand() + NEGATIVE
