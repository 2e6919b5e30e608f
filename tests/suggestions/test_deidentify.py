"""De-identification: what a model learns and what "why this draft" shows hold no one's details."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from careteam.models import Member, Message, Thread, User
from careteam.roles import Role
from claims.models import Claim, ImportBatch, Provider
from suggestions import deidentify, drafting
from suggestions.api import model_version_promote
from suggestions.models import Draft
from suggestions.templating import Gazetteer, KnownFacts, to_template
from suggestions.templating import Placeholder as P
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory
from tests.support.artifacts import artifact_text
from training.services import model_train

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ask Riverside Imaging Center first.", "Ask {PROVIDER_NAME} first."),
        ("If St. Brigid Regional Hospital calls", "If {PROVIDER_NAME} calls"),
        ("harborview laboratory services billed me", "{PROVIDER_NAME} billed me"),
        ("I saw dr patel and Doctor Okonkwo", "I saw {PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("my doctor said the hospital and the urgent care were fine",
         "my doctor said the hospital and the urgent care were fine"),
        ("seen june 2, 2025 and Sept 14th and 14 Sep", "seen {DATE} and {DATE} and {DATE}"),
        ("on 9/14 or 09-14-26 or 14 de septiembre", "on {DATE} or {DATE} or {DATE}"),
        ("it was 1240.50, 1,240 or 75 dollars", "it was {AMOUNT}, {AMOUNT} or {AMOUNT}"),
        ("my son Jake and my wife, Maria Lopez", "my son {PERSON_NAME} and my wife, {PERSON_NAME}"),
        ("Member ID W123456789, SSN 912-34-5678", "Member ID {MEMBER_ID}, SSN {SSN}"),
        ("NPI 1234567893, call 5551234567", "NPI {NPI}, call {PHONE}"),
        ("I moved to 123 Main St Apt 4B.", "I moved to {ADDRESS}."),
        ("Grace period? Will you help? Mark my words. May I ask?",
         "Grace period? Will you help? Mark my words. May I ask?"),
        ("Can you help?\n- Jamal Okafor", "Can you help?\n- {PERSON_NAME}"),
    ],
)  # fmt: skip
def test_details_in_every_common_form_become_placeholders(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send it to 12 north main st apt 3", "send it to {ADDRESS}"),
        ("PO Box 1123, Tulsa, OK 74101 or RR 2 Box 45", "{ADDRESS} or {ADDRESS}"),
        ("we moved to 2250 County Road 14 and 18 Rosewood Crescent",
         "we moved to {ADDRESS} and {ADDRESS}"),
        ("I'm in Unit B now", "I'm in {ADDRESS} now"),
        ("labs at Quest, pills at walgreens #4412 and CVS",
         "labs at {PROVIDER_NAME}, pills at {PROVIDER_NAME} and {PROVIDER_NAME}"),
        # A named hospital's ER is part of its name, as the dev sets label it.
        ("went to st marys er, then St. Joseph's",
         "went to {PROVIDER_NAME}, then {PROVIDER_NAME}"),
        ("Good Samaritan Hospital and mercy urgent care",
         "{PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("doctor ramirez's office and nurse bethany and NP Johnson",
         "{PROVIDER_NAME}'s office and {PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("my therapist Janet Cole", "my therapist {PERSON_NAME}"),
        ("my son jacob and my husband Carlos's claim",
         "my son {PERSON_NAME} and my husband {PERSON_NAME}'s claim"),
        ("my kids Maria and Zoe, a friend named Bea", "my kids {PERSON_NAME} and {PERSON_NAME}, "
         "a friend named {PERSON_NAME}"),
        ("Hi Raúl, thanks for calling, Bill. tell jessica thanks",
         "Hi {PERSON_NAME}, thanks for calling, {PERSON_NAME}. tell {PERSON_NAME} thanks"),
        ("Patient: Kowalski, Walter", "Patient: {PERSON_NAME}"),
        ("paid USD 250 and two hundred dollars on the 4th of March",
         "paid {AMOUNT} and {AMOUNT} on {DATE}"),
        ("member 88412375, claim 88123-44", "member {MEMBER_ID}, claim {CLAIM_NUMBER}"),
        ("Hendrik de Vries called; kenji and Dagny and Thorvald are fine",
         "{PERSON_NAME} called; {PERSON_NAME} and {PERSON_NAME} and {PERSON_NAME} are fine"),
        ("Mark from your billing team said Obadiah told me", "{PERSON_NAME} from your billing "
         "team said {PERSON_NAME} told me"),
        ("Lakshmi Narayanan's claim and Mei-Ling's card", "{PERSON_NAME}'s claim and "
         "{PERSON_NAME}'s card"),
        ("Hospital Santa Teresa, Clínica Santa Fe, St. Francis, and I went to MedExpress",
         "{PROVIDER_NAME}, {PROVIDER_NAME}, {PROVIDER_NAME}, and I went to {PROVIDER_NAME}"),
        ("the twenty-first of june it was twelve hundred, or 2.350,00 pesos",
         "{DATE} it was {AMOUNT}, or {AMOUNT}"),
        ("call 555/610/2284 or 555 7102 448", "call {PHONE} or {PHONE}"),
        ("92-14 Roosevelt Ave #3C, Jackson Heights NY 11372 or 1701 Calle Luna, Santa Fe, NM 87505",
         "{ADDRESS} or {ADDRESS}"),
    ],
)  # fmt: skip
def test_more_forms_of_addresses_providers_clinicians_and_relatives(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir or Madam, Hi, I need help. Thanks so much!",
        "Hi Team, I am Calling about my bill",
        "my son needs a referral, my doctor said so, Dr said ok, the doctor will call",
        "my dr appt is monday and the dr office lost it",
        "my wife And I moved; my daughter, who is 12, needs glasses",
        "Press 3 for claims, I called 3 times and the way they treat me",
        "I went to the hospital and the pharmacy near me, then the walk-in clinic",
        "The hospital and the lab both sent bills.",
        "she's in the hospital; mi factura del hospital",
        "Will my plan pay? May I ask? Ask Them Why. Grace Period? Mark this urgent.",
        "I live in Austin now; Florence is where my daughter studies.",
        "hi im confused about my bill; my mom is in a nursing home",
        "Grant me an extension. Miles driven to the clinic? Columbus Day it was closed.",
        "Prior Authorization for a Silver plan? Venmo said the payment failed.",
        "Denial says not eligible; I owe from the visit; the itemized bill has odd lines",
        "MetLife and UnitedHealthcare sent letters about ObamaCare",
    ],
)
def test_sentence_words_places_and_roles_are_not_taken_for_details(text):
    assert to_template(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fui a la clínica santa fe y al Centro de Salud La Esperanza",
         "fui a la {PROVIDER_NAME} y al {PROVIDER_NAME}"),
        ("northgate family dental, lakeview diagnostics and ST. LUKE'S REGIONAL",
         "{PROVIDER_NAME}, {PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("Hilltop ER billed. Children's Hospital of the Valley too.",
         "{PROVIDER_NAME} billed. {PROVIDER_NAME} too."),
        ("Dr. Van der Merwe and dr. maria lopez", "{PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("social last 4 is 4442; id number W-771-20-9982", "social last 4 is {SSN}; id number "
         "{MEMBER_ID}"),
        ("claim no. CLM 2026 6620196, member qhx 904 118 226",
         "claim no. {CLAIM_NUMBER}, member {MEMBER_ID}"),
        ("call (555)7729034 or 555 2014478", "call {PHONE} or {PHONE}"),
        ("2250 Avenida Central, Apto 5, San Antonio, TX 78207", "{ADDRESS}"),
        ("fecha: el 3 de abril", "fecha: {DATE}"),
        ("I'm writing for Fenella; please tell Barnaby", "I'm writing for {PERSON_NAME}; please "
         "tell {PERSON_NAME}"),
        ("hey rajesh thanks; my grandson tiberius lives with me",
         "hey {PERSON_NAME} thanks; my grandson {PERSON_NAME} lives with me"),
        ("your rep Jordan said to ask for Tallulah; reach Tallulah at home",
         "your rep {PERSON_NAME} said to ask for {PERSON_NAME}; reach {PERSON_NAME} at home"),
        ("Ask Frank in billing. Heather at the front desk was nice.",
         "Ask {PERSON_NAME} in billing. {PERSON_NAME} at the front desk was nice."),
        ("Katherine (goes by Kat) and Kateryna Shevchenko", "{PERSON_NAME} (goes by "
         "{PERSON_NAME}) and {PERSON_NAME}"),
        ("is Obadiah still on my plan? Zebedee turns 26", "is {PERSON_NAME} still on my plan? "
         "{PERSON_NAME} turns 26"),
    ],
)  # fmt: skip
def test_forms_found_while_tuning_on_dev_material(text, expected):
    assert to_template(text) == expected


def test_an_e_mail_holding_the_members_name_is_taken_whole():
    known = KnownFacts(member_first_name="Maria", member_last_name="Lopez")
    assert to_template("e-mail maria.lopez84@example.com, Maria", known) == (
        "e-mail {EMAIL}, {MEMBER_FIRST_NAME}"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bill says I owe more than the EOB. Merry Christmas!",
        "Carol singing aside; Sandy roads made the ambulance late.",
        "Nurse line, is it free? Guy at the front desk said to call.",
        "Frankly this is ridiculous. My daughter studies in Ohio.",
        "Will my plan cover eye care? Does Medicare limit hospital days?",
        "Uber Health and Lyft Health rides. Apple Health is Medicaid.",
        "On Martin Luther King Jr. Day and St. Patrick's Day you were closed.",
        "Weight Loss programs, Whole Life or Term, Will Long term care pay?",
        "Is Cigna Health Insurance better? Ask for Prior Authorization.",
        "hi guys, thanks alot! hey yall",
    ],
)
def test_sentence_words_found_while_tuning_stay_words(text):
    assert to_template(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient: mamuka beridze", "Patient: {PERSON_NAME}"),
        ("my name is tsegereda", "my name is {PERSON_NAME}"),
        ("the patient Ekaterine Tsiklauri was seen", "the patient {PERSON_NAME} was seen"),
        ("From: Ana de la Torre", "From: {PERSON_NAME}"),
        ("Aigerim's email is a.n@example.org", "{PERSON_NAME}'s email is {EMAIL}"),
        ("mi hija Clara tiene fiebre", "mi hija {PERSON_NAME} tiene fiebre"),
        ("Kauwila Mahoe here. Why was I billed?", "{PERSON_NAME} here. Why was I billed?"),
        ("a claim for Anahera, she's 4", "a claim for {PERSON_NAME}, she's 4"),
        ("dr van den akker and nurse mahina helped me",
         "{PROVIDER_NAME} and {PROVIDER_NAME} helped me"),
        ("billed by Marsh Creek PT and Bellhaven Orthodontics",
         "billed by {PROVIDER_NAME} and {PROVIDER_NAME}"),
        ("09NOV2026, 20261109, 11.09.26 and Nov 9 '26", "{DATE}, {DATE}, {DATE} and {DATE}"),
        ("paid 240$ and still owe like 3k", "paid {AMOUNT} and still owe like {AMOUNT}"),
        ("Will Tamsin be covered after she turns 26?",
         "Will {PERSON_NAME} be covered after she turns 26?"),
        ("Fenella has the same problem with her claim",
         "{PERSON_NAME} has the same problem with her claim"),
        ("Jargal and I are married now", "{PERSON_NAME} and I are married now"),
        ("the subscriber is Oyelaran Bode; mrs o'neill called",
         "the subscriber is {PERSON_NAME}; {PERSON_NAME} called"),
        ("my doctor mbatha said so", "my {PROVIDER_NAME} said so"),
    ],
)  # fmt: skip
def test_structural_cues_name_people_providers_dates_and_amounts_no_list_holds(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my 401k and a 5k race",
        "Le enviamos la carta. Una vez que cumpla el deducible, el hospital le dio de alta.",
        "nos dan una carta, la factura es muy cara",
        "The doctor. Keep the receipt; el doctor dice que no; can my doctor file the appeal?",
        "Hang on to the fax. k thanks, I'll check the portal",
        "the itemized hospital bill, an out-of-network hospital, copay vs urgent care",
        "agregar a mi esposo al plan. Patient Advocate said. Name: Claim Denied",
        "Medicare has her covered. Ozempic has helped her. The hospital has her records.",
        "Christmas Day ER bills are the worst.",
        "the patient is elderly; the subscriber is me; ms word doc; the doctor office said",
    ],
)
def test_sentence_words_next_to_the_new_cues_stay_words(text):
    assert to_template(text) == text


# Stop 25 (deid6): texts from the dev sets (fresh5 and older), none from deid_test_fresh6.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the claim id is 9F3K22L8Q1", "the claim id is {CLAIM_NUMBER}"),
        ("reference number TRK-44821-B from your rep",
         "reference number {CLAIM_NUMBER} from your rep"),
        ("the clm # is 7702/19384", "the clm # is {CLAIM_NUMBER}"),
        ("claim number CN 5582 1109 34", "claim number {CLAIM_NUMBER}"),
        ("claim no. 0001928374-01 was paid wrong", "claim no. {CLAIM_NUMBER} was paid wrong"),
        ("my card says ZQP 55120 4478", "my card says {MEMBER_ID}"),
        ("the id on the card is B7Q-442-918", "the id on the card is {MEMBER_ID}"),
        ("ID# 1029384756-01", "ID# {MEMBER_ID}"),
        ("7 Kingfisher Way, Boise, ID 83702", "{ADDRESS}"),
        ("Calle Luna 22, Bayamón PR 00961 es mi dirección", "{ADDRESS} es mi dirección"),
        ("ship the card to 3350 Kalākaua Ave, Honolulu, HI 96815", "ship the card to {ADDRESS}"),
        ("Carrer de Sant Pere 14 is my old address", "{ADDRESS} is my old address"),
        ("vivo en Avenida Los Pinos 88, Ponce", "vivo en {ADDRESS}"),
        ("my daughter is at (907)-555-0160", "my daughter is at {PHONE}"),
        ("the 'paid date' says 2026.05.11", "the 'paid date' says {DATE}"),
        ("el total fue $1.250,00; paid €40 abroad", "el total fue {AMOUNT}; paid {AMOUNT} abroad"),
        ("two grand for an MRI, a grand total of $5", "{AMOUNT} for {SERVICE}, a grand total of "
         "{AMOUNT}"),
        ("my copay is 40 not 60", "my copay is {AMOUNT} not {AMOUNT}"),
        ("the social on file ends 4472, not 4473", "the social on file ends {SSN}, not {SSN}"),
        ("The letter dated Oct 28, 2026 lists Dr. Pruitt", "The letter dated {DATE} lists "
         "{PROVIDER_NAME}"),
        # One address the patterns find in two pieces: one slot since stop 29 (the learned
        # finder's run over both, _ABSORBING in suggestions/templating.py).
        ("Unit 7, 45 Harbor Rd is where I live", "{ADDRESS} is where I live"),
        ("my husbands name is Kwame not Kwane", "my husbands name is {PERSON_NAME} not "
         "{PERSON_NAME}"),
        ("my wife magdalean (sorry, magdalene) needs a new card",
         "my wife {PERSON_NAME} (sorry, {PERSON_NAME}) needs a new card"),
        ("my twins Ayo and Tayo both had checkups", "my twins {PERSON_NAME} and {PERSON_NAME} "
         "both had checkups"),
        ("señora Quispe llamó; doña Filomena también",
         "{PERSON_NAME} llamó; {PERSON_NAME} también"),
        ("my mom oyinkansola adebayo went to marlow county general",
         "my mom {PERSON_NAME} went to {PROVIDER_NAME}"),
        ("SSN for Kalani: 928-14-5530", "SSN for {PERSON_NAME}: {SSN}"),
        ("is st. mary's urgent care in network for Parveen",
         "is {PROVIDER_NAME} in network for {PERSON_NAME}"),
        ("Ezinne can be reached at (832) 555-0156", "{PERSON_NAME} can be reached at {PHONE}"),
        ("MS. ODALYS FERRERA NEEDS A CALL BACK", "{PERSON_NAME} NEEDS A CALL BACK"),
        ("Lucia della Valle and O'Rourke, Bríd", "{PERSON_NAME} and {PERSON_NAME}"),
        ("Eulalia me dijo que llamara", "{PERSON_NAME} me dijo que llamara"),
        ("Avital Ben-David's referral expired", "{PERSON_NAME}'s referral expired"),
        ("Our Lady of the Lakes Hospital; SUNRIDGE AMBULANCE SERVICE INC SENT A BILL",
         "{PROVIDER_NAME}; {PROVIDER_NAME} SENT A BILL"),
        ("Sacred Heart of the Valley Hospital and alder & finch pediatrics",
         "{PROVIDER_NAME} and {PROVIDER_NAME}"),
    ],
)  # fmt: skip
def test_ids_after_their_cue_repeated_and_joined_names_and_more_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TEMPERANCE IS MY DAUGHTER NOT MY WIFE, FIX THE RECORD",
        "I HAVE MS AND NEED HELP",
        "we moved to Grand Rapids; it was a grand time",
        "the premium for 2026, I paid 12 of them, the bill is 30 days late, copay 20%",
        "is my id good for Ozempic? what is the copay for Ozempic?",
        "the claim was denied twice and the claim is 2 weeks late",
        "Don't worry about it, we will not call again",
        "Medicare dijo que no. El hospital me dijo que no.",
    ],
)
def test_sentence_words_beside_the_new_cues_stay_words(text):
    assert to_template(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names no list holds and no dictionary word is, where a cue or a verb says so.
        ("pls tell nwakaego i got the card", "pls tell {PERSON_NAME} i got the card"),
        ("Ask Przemek to call me back", "Ask {PERSON_NAME} to call me back"),
        ("ok so tsetsegmaa said it was paid", "ok so {PERSON_NAME} said it was paid"),
        ("Ifeoluwa got a bill for the same visit", "{PERSON_NAME} got a bill for the same visit"),
        ("did zhansaya's card come?", "did {PERSON_NAME}'s card come?"),
        ("Vaitiare Tehei wants the EOB by mail", "{PERSON_NAME} wants the EOB by mail"),
        ("DZHAMILYA NURLANOVNA CLAIM QUESTION", "{PERSON_NAME} CLAIM QUESTION"),
        ("cheers, tuilagi", "cheers, {PERSON_NAME}"),
        ("Frank Oyedepo is the subscriber", "{PERSON_NAME} is the subscriber"),
        (
            "my partner sunny and I both got letters",
            "my partner {PERSON_NAME} and I both got letters",
        ),
        # Any other identifier of six digits or more; the word before says which.
        ("reference EOB-55018342 on the statement", "reference {CLAIM_NUMBER} on the statement"),
        ("member number: 771-20-4419-B", "member number: {MEMBER_ID}"),
        ("ID K 4410 7720 93 is mine", "ID {MEMBER_ID} is mine"),
        # Clinicians whose first name is a word; facility nouns after a provider word.
        ("Dr. Grace Oyewole is my cardiologist", "{PROVIDER_NAME} is my cardiologist"),
        ("dr. bill kowalczyk saw me", "{PROVIDER_NAME} saw me"),
        ("we went to lindenwood dialysis center", "we went to {PROVIDER_NAME}"),
        ("Marston Allergy & Asthma billed me", "{PROVIDER_NAME} billed me"),
    ],
)
def test_names_no_list_holds_and_ids_of_any_shape_are_found(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jardiance was denied again. Xarelto and Eliquis both need prior auth?",
        "tell billing my daugter recieved the wrong card, she doesnt have one",
        "thank goodness the FSA and HSA paid; the telehealth app is down",
        "Saludos, buenas tardes, me equivocaron la factura",
        "CPT 99213 and 99214 were billed, then code 97110",
        "Is Ozempic covered? I need prior authorization for Ozempic",
        "a doctor bill for the visit came today",
    ],
)
def test_drugs_typos_acronyms_codes_and_spanish_words_stay_words(text):
    assert to_template(text) == text


def test_names_the_records_hold_are_found_in_any_case_but_common_words_stay_words():
    names = Gazetteer([("Harborview Laboratory Services", P.PROVIDER_NAME),
                       ("Will", P.PERSON_NAME), ("Quintero", P.PERSON_NAME)])  # fmt: skip
    text = "Will you ask HARBORVIEW laboratory services why Will and quintero's bill is high?"
    assert to_template(text, KnownFacts(names=names)) == (
        "Will you ask {PROVIDER_NAME} why {PERSON_NAME} and {PERSON_NAME}'s bill is high?"
    )


def test_the_thread_facts_are_found_whole_in_any_case_the_longest_first():
    forms = (("$25.00", P.MEMBER_OWES), ("March 3, 2026", P.DATE_OF_SERVICE))
    known = KnownFacts(member_first_name="Maria", member_last_name="Lopez",
                       member_id="W123456789", record_values=forms)  # fmt: skip
    text = "MARIA LOPEZ (w123456789) owes $25.00, not $125.00; march 3, 2026"
    assert to_template(text, known) == (
        "{MEMBER_FIRST_NAME} {MEMBER_LAST_NAME} ({MEMBER_ID}) owes {MEMBER_OWES}, not {AMOUNT}; "
        "{DATE_OF_SERVICE}"
    )


def _spoken_forms(day: dt.date) -> list[str]:
    return [day.isoformat(), f"{day:%B} {day.day}", f"{day.month}/{day.day}/{day.year}"]


def test_a_trained_model_and_why_this_draft_hold_no_name_provider_id_or_date_of_the_records(
    team, agent, settings, tmp_path
):
    """History that names relatives (other members), clinicians, providers in lower case, the
    members' own claims, and dates and ids in many forms; then every such value of the database
    (members, staff, providers, claims) is searched for."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    agent.first_name, agent.last_name = "Ottoline", "Brackenbury"
    agent.save()
    lab = Provider.objects.create(
        key="name:quillfeather", name="Quillfeather Diagnostics Laboratory"
    )
    batch = ImportBatch.objects.create(filename="c.csv", sha256="0" * 64, outcome="imported")
    Provider.objects.create(key="name:dr-vantongeren", name="Dr. Imelda Vantongeren")
    relative = MemberFactory(first_name="Peregrine", last_name="Haverstock", member_id="QX4417720")
    start = timezone.now() - dt.timedelta(days=90)
    messages = [
        "my daughter {rel} saw quillfeather diagnostics laboratory on {day}, claim CLM-2025-{n}",
        "dr vantongeren at QUILLFEATHER billed {rel_last} (id {rel_id}) $1{n2}.50 on {day}",
        "I moved to {n2} Larkspur Lane Apt 3C, my id is W55{n}, call 555 201 {n4}",
        "why is {claim} from {service:%-m/%-d/%Y} still open? it was {service:%b} {service.day}",
    ]
    replies = [
        "Hi {first}, I checked the claim from Quillfeather Diagnostics Laboratory on {day}. "
        "It was processed as billed. Ottoline",
        "Hi {first}, Dr. Imelda Vantongeren's bill of $1{n2}.50 is under review. Ottoline",
        "Hi {first}, thanks, we updated your address. Ottoline Brackenbury",
        "Hi {first}, claim {claim} for {service:%B} {service.day}, {service.year} is in review.",
    ]
    for number in range(60):
        member = MemberFactory(first_name=f"Zephyrine{number}", last_name=f"Oakhurst{number}")
        at = start + dt.timedelta(hours=number)
        day = (at - dt.timedelta(days=20)).date()
        service = day - dt.timedelta(days=number % 9)
        claim = Claim.objects.create(
            member=member, payer_key="ACME1", payer_name="Acme",
            claim_number=f"CLM-2026-{4000000 + number}", kind="professional", status="paid",
            service_from=service, service_to=service, billing_provider=lab, billed=Decimal(90),
            batch=batch, content_hash=f"claim-{number}",
        )  # fmt: skip
        facts = {"rel": relative.first_name, "rel_last": relative.last_name,
                 "rel_id": relative.member_id, "day": f"{day:%B} {day.day}".lower(),
                 "n": 1000000 + number, "n2": 100 + number, "n4": 1000 + number,
                 "first": member.first_name, "claim": claim.claim_number,
                 "service": service}  # fmt: skip
        thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at)  # fmt: skip
        MessageFactory(thread=thread, text=messages[number % 4].format(**facts), created_at=at)
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                       text=replies[number % 4].format(**facts),
                       created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    version = model_version_promote(version=model_train(actor=None).version, actor=None)
    # Named here: a random surname of two letters ("Yu") is found in any artifact by chance.
    asking = MemberFactory(first_name="Rosalind", last_name="Nobody-Asked")
    open_thread = ThreadFactory(team=team, member=asking)
    message = MessageFactory(thread=open_thread, text="my daughter saw the lab, why the bill?")
    deidentify.records_gazetteer(fresh=True)
    assert drafting.draft_create(message.pk) == "drafted"
    shown = "\n".join(Draft.objects.get(message=message).examples)

    secrets: set[str] = set()
    for member in Member.objects.all():
        secrets |= {member.first_name, member.last_name, member.member_id}
        secrets |= set(_spoken_forms(member.date_of_birth))
    for user in User.objects.all():
        secrets |= {name for name in (user.first_name, user.last_name) if name}
    for provider in Provider.objects.all():
        secrets |= {provider.name, *provider.name.replace("Dr. ", "").split()[-1:]}
    for claim in Claim.objects.all():
        secrets |= {claim.claim_number, *_spoken_forms(claim.service_from)}
    secrets -= {"Rosalind", "Nobody-Asked"}  # the open thread's member: not in any past message
    artifact = artifact_text(version)
    for where, text in (("artifact", artifact), ("why this draft", shown)):
        leaked = sorted(
            value for value in secrets
            if value and re.search(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])",
                                   text, re.IGNORECASE)
        )  # fmt: skip
        assert leaked == [], f"{where} holds {leaked}"
    # The phone and the street address the members wrote are gone too.
    assert "201 1" not in artifact and "larkspur" not in artifact.lower()


# Each team's own people and places, and how their members write about them and the other
# team's (a relative who is a member served by the other team, a clinic both teams' members use).
_TEAMS = {
    "a": {
        "agent": ("Ottoline", "Brackenbury"),
        "lab": "Quillfeather Diagnostics Laboratory",
        "clinician": "Dr. Imelda Vantongeren",
        "npi": "1558204461",
        "relative": ("Peregrine", "Haverstock", "QX4417720", dt.date(1984, 2, 29)),
        "first": "Zephyrine",
        "last": "Oakhurst",
    },
    "b": {
        "agent": ("Wenceslas", "Abercrombie"),
        "lab": "Marrowbone Valley Hospital",
        "clinician": "Dr. Casimir Kettlewell",
        "npi": "1740283349",
        "relative": ("Hyacinth", "Pettigrew", "RB7720114", dt.date(1991, 11, 7)),
        "first": "Leocadio",
        "last": "Vasquez-Thornbury",
    },
}
_TWO_TEAM_MESSAGES = [
    "my sister {rel} {rel_last} (member {rel_id}) saw {lab_lower} on {day_lower}, why {n2}.50?",
    "{clin_lower}'s bill from {other_lab_lower} for {other_rel} has claim {claim}, DOB {rel_dob}",
    "{rel_upper}'S CARD SAYS {rel_id_lower}-01, call 555 {n3} {n4} or {email}",
    "the {service:%-d}th of {service:%B} at {lab}; NPI {npi}; dr {clin_last} is out of network?",
    "hi {agent_first}, {other_agent_first} at your other office said {other_clin} approved it",
]
_TWO_TEAM_REPLIES = [
    "Hi {first}, I checked {lab}'s claim from {day}: it was processed as billed. {agent_first}",
    "Hi {first}, {clin}'s bill of ${n2}.50 is under review. {agent_first} {agent_last}",
    "Hi {first}, thanks, {rel} {rel_last}'s card is on its way. {agent_first}",
    "Hi {first}, claim {claim} for {service:%B} {service.day}, {service.year} is in review.",
    "Hi {first}, {other_agent_first} passed it on; {other_clin} is in network. {agent_first}",
]


_MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"


def _dates_in_forms(day: dt.date) -> list[str]:
    """Written forms of a date long enough not to turn up by chance in a pickle's bytes."""
    return [*_spoken_forms(day), f"{day:%b} {day.day}", f"{day:%m/%d/%Y}",
            f"{day.day} de {_MESES.split()[day.month - 1]}"]  # fmt: skip


def test_two_teams_trained_together_leave_no_name_provider_id_or_date_in_artifact_or_drafts(
    team, other_team, settings, tmp_path
):
    """Both teams' histories name their members, relatives served by the other team, both
    teams' agents, clinicians and providers (in lower case, capitals, possessive), ids, dates and
    contact details; one model is trained on both; then a draft is made for a thread of each team
    and every such value of the database is searched for in the artifact and in what "why this
    draft" shows each team."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    batch = ImportBatch.objects.create(filename="c.csv", sha256="0" * 64, outcome="imported")
    people = {}
    for key, the_team in (("a", team), ("b", other_team)):
        facts = _TEAMS[key]
        first, last = facts["agent"]
        people[key] = {
            "team": the_team,
            "agent": UserFactory(username=f"agent-{key}", role=Role.CARE_AGENT, team=the_team,
                                 first_name=first, last_name=last),
            "lab": Provider.objects.create(key=f"npi:{facts['npi']}", npi=facts["npi"],
                                           name=facts["lab"]),
            "clinician": Provider.objects.create(key=f"name:{key}-clinician",
                                                 name=facts["clinician"]),
        }  # fmt: skip
        rel_first, rel_last, rel_id, rel_dob = facts["relative"]
        people[key]["relative"] = MemberFactory(
            first_name=rel_first, last_name=rel_last, member_id=rel_id, date_of_birth=rel_dob
        )
    # Each team's relative is served by the other team.
    people["a"]["relative"].teams.add(other_team)
    people["b"]["relative"].teams.add(team)
    start = timezone.now() - dt.timedelta(days=120)
    for number in range(80):
        key, other = ("a", "b") if number % 2 == 0 else ("b", "a")
        own, theirs, facts = people[key], people[other], _TEAMS[key]
        member = MemberFactory(
            first_name=f"{facts['first']}{'abcdefghijklmnopqrstuvwxyz'[number % 26]}{number}",
            last_name=f"{facts['last']}{number}", member_id=f"W{key.upper()}{7100000 + number}",
            date_of_birth=dt.date(1950 + number % 40, number % 12 + 1, number % 27 + 1),
        )  # fmt: skip
        at = start + dt.timedelta(hours=number)
        day = (at - dt.timedelta(days=20)).date()
        service = day - dt.timedelta(days=number % 9)
        claim = Claim.objects.create(
            member=member, payer_key="ACME1", payer_name="Acme",
            claim_number=f"CLM-2026-{5000000 + number}", kind="professional", status="paid",
            service_from=service, service_to=service, billing_provider=own["lab"],
            rendering_provider=own["clinician"], billed=Decimal(90), batch=batch,
            content_hash=f"two-teams-{number}",
        )  # fmt: skip
        relative = own["relative"]
        values = {
            "rel": relative.first_name, "rel_last": relative.last_name,
            "rel_upper": relative.first_name.upper(), "rel_id": relative.member_id,
            "rel_id_lower": relative.member_id.lower(),
            "rel_dob": f"{relative.date_of_birth:%m/%d/%Y}",
            "other_rel": theirs["relative"].first_name, "lab": facts["lab"],
            "lab_lower": facts["lab"].lower(), "other_lab_lower": _TEAMS[other]["lab"].lower(),
            "clin": facts["clinician"], "clin_lower": facts["clinician"].lower(),
            "clin_last": facts["clinician"].split()[-1].lower(),
            "other_clin": _TEAMS[other]["clinician"], "npi": facts["npi"],
            "agent_first": facts["agent"][0], "agent_last": facts["agent"][1],
            "other_agent_first": _TEAMS[other]["agent"][0], "first": member.first_name,
            "day": f"{day:%B} {day.day}", "day_lower": f"{day:%B} {day.day}".lower(),
            "service": service, "claim": claim.claim_number, "n2": 100 + number,
            "n3": 300 + number, "n4": 4000 + number,
            "email": f"{member.first_name.lower()}.{key}@example.com",
        }  # fmt: skip
        thread = ThreadFactory(team=own["team"], member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at)  # fmt: skip
        MessageFactory(thread=thread, created_at=at,
                       text=_TWO_TEAM_MESSAGES[number // 2 % 5].format(**values))  # fmt: skip
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=own["agent"],
                       text=_TWO_TEAM_REPLIES[number // 2 % 5].format(**values),
                       created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    version = model_version_promote(version=model_train(actor=None).version, actor=None)
    deidentify.records_gazetteer(fresh=True)
    shown = {}
    for key, asking in (("a", "Rosalind"), ("b", "Ysolde")):
        member = MemberFactory(first_name=asking, last_name="Nobody-Asked", member_id=f"OPEN{key}1",
                               date_of_birth=dt.date(1970, 1, 2))  # fmt: skip
        thread = ThreadFactory(team=people[key]["team"], member=member)
        message = MessageFactory(thread=thread, text="why is the bill from the lab so high?")
        assert drafting.draft_create(message.pk) == "drafted"
        shown[key] = "\n".join(Draft.objects.get(message=message).examples)
        assert shown[key], "a draft shows the past messages it was chosen for"

    secrets: set[str] = set()
    for member in Member.objects.exclude(first_name__in=["Rosalind", "Ysolde"]):
        secrets |= {member.first_name, member.last_name, member.member_id}
        secrets |= set(_dates_in_forms(member.date_of_birth))
    for user in User.objects.all():
        secrets |= {name for name in (user.first_name, user.last_name) if name}
    for provider in Provider.objects.all():
        surname = provider.name.replace("Dr. ", "").split()[-1]
        secrets |= {provider.name, surname, provider.npi}
    for claim in Claim.objects.all():
        secrets |= {claim.claim_number, *_dates_in_forms(claim.service_from)}
    secrets.discard("")
    assert {"Wenceslas", "Hyacinth", "Marrowbone Valley Hospital", "RB7720114"} <= secrets
    texts = {"artifact": artifact_text(version), "why this draft (team a)": shown["a"],
             "why this draft (team b)": shown["b"]}  # fmt: skip
    for where, text in texts.items():
        leaked = sorted(
            value for value in secrets
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", text,
                         re.IGNORECASE)
        )  # fmt: skip
        assert leaked == [], f"{where} holds {leaked}"
    # Phones and e-mails the members wrote are gone too.
    assert "@example.com" not in texts["artifact"]
    assert not re.search(r"555 3\d\d 4\d\d\d", texts["artifact"])
