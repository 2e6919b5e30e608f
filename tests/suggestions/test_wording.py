"""What the engine reads of a member's message (suggestions.wording): written plainly (no
shouting, no held-down letters) before de-identification, chat spellings written out, slips of
the team's words set right, the plan's term added after a member's own words for it; the stored
message and its template stay as the member wrote them."""

from __future__ import annotations

import pytest

from careteam import services as careteam_services
from suggestions.drafting import engine_read
from suggestions.models import Draft
from suggestions.serving import serving_engine
from suggestions.templating import message_template
from suggestions.wording import PLAN_TERMS, engine_text, plain_writing, spoken_punctuation
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(drafting_model):
    return serving_engine()[1]


def test_a_slip_of_a_word_the_history_knows_is_set_right(engine):
    assert engine_text(engine, "how much of my deductable is left") == (
        "how much of my deductible is left"
    )
    assert engine_text(engine, "my claim was denid, no prior authorizaton") == (
        "my claim was denied, no prior authorization"
    )


def test_a_word_of_its_own_a_name_or_a_placeholder_is_never_set_right(engine):
    # "testing" and "deduction" are words; "Quorn" is no word the history knows, but the typo
    # check needs a known word one slip away; placeholders are left as they are.
    for text in (
        "testing the deduction for {PERSON_NAME} on {DATE_OF_SERVICE}",
        "Quorn asked about claim {CLAIM_NUMBER}",
    ):
        assert engine_text(engine, text) == text


def test_chat_spellings_are_written_out(engine):
    assert engine_text(engine, "why did u deny it, pls tell me whats wrong w/ my claim") == (
        "why did you deny it, please tell me what's wrong with my claim\ndenied"
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The medical helicopter bill: I owe that?!", "air ambulance"),
        ("I believe I had reached my annual limit in September.", "out-of-pocket maximum"),
        ("Can I get charity care on both bills?", "financial assistance"),
        ("I would like to contest the decision on my hearing aids.", "appeal"),
        ("My internal appeal got turned down last week.", "denied"),
        ("Can I pay it in installments?", "payment plan"),
        ("The bill just says supplies, can I get it broken down?", "itemized bill"),
        ("Me llevaron en helicóptero al hospital y me cobran mucho, ¿es legal?",
         "ambulancia aérea air ambulance"),
        ("¿Puedo pagar la factura en cuotas?", "plan de pagos payment plan"),
        ("Me van a operar, ¿el seguro tiene que aprobarlo antes?",
         "autorización previa prior authorization"),
        ("Se me perdió la credencial del seguro", "tarjeta del seguro id card"),
        ("They are charging me the rest, do I have to pay it?", "balance bill"),
        ("The lab sent me a bill for the difference.", "balance bill"),
        ("Does the MRI have to be pre-cleared with you?", "prior authorization"),
        ("The nurse said insurance might want paperwork first.", "prior authorization"),
        ("Thornbury Imaging says my CT was never authorized.", "prior authorization"),
        ("The bills are more than we can pay at once.", "payment plan"),
        ("Can I pay the hospital a little each month?", "payment plan"),
        ("Am I anywhere near the yearly spending cap?", "out-of-pocket maximum"),
        ("Is there a cap on what a family pays in a year?", "out-of-pocket maximum"),
        ("Is there any way to get him on our family plan?", "add to my plan"),
        ("Me voy a casar. ¿Puedo meter a mi esposo en mi seguro?",
         "agregar a mi plan add to my plan"),
    ],
)  # fmt: skip
def test_a_members_word_for_a_plan_term_brings_the_term(engine, text, term):
    # The member's words stay; the term is added after them, in the message's language.
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_a_term_is_not_added_where_the_words_mean_something_else(engine):
    for text in (
        "Is there a yearly limit on therapy visits?",
        "I dispute nothing, I only want to know the amount.",
        "How much is my deductible?",
        "What is the difference between a copay and coinsurance?",
        "I paid the rest of the bill last week.",
        "Was my claim authorized?",
    ):
        assert engine_text(engine, text) == text


def test_chat_spellings_and_slips_are_set_right_before_the_terms_are_looked_for(engine):
    # "bil", "didnt", "enuf" and "hav" written out; the term is found on the words written out
    # ("a bill for the difference", "didn't pay enough"), which the message as sent does not hold.
    read = engine_text(
        engine, "got a bil for the difference, they didnt pay enuf. do i hav to pay?"
    )
    assert read == (
        "got a bill for the difference, they didn't pay enough. do i have to pay?\nbalance bill"
    )


def test_the_draft_reads_the_slip_set_right_and_the_message_stays_as_written(
    drafting_model, team, agent, django_capture_on_commit_callbacks
):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    member = MemberFactory(first_name="Rosalind", teams=[team])
    text = "how mcuh of my deductable is lfet this yr"
    with django_capture_on_commit_callbacks(execute=True):
        result = careteam_services.member_message_receive(
            client=client_row, member=member, idempotency_key="k", fingerprint="f", text=text
        )
    draft = Draft.objects.get(message=result.message)
    assert "deductible" in draft.template
    result.message.refresh_from_db()
    assert result.message.text == text
    assert message_template(text) == text  # the template keeps the member's spelling


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("whyyyy is my deductible sooo high pleaseeee help",
         "why is my deductible so high please help"),
        ("cooool, thanks", "cool, thanks"),
        ("holaaaa, ¿por queee me cobraron?", "hola, ¿por que me cobraron?"),
        ("WHY WAS MY CLAIM DENIED? I HAVE INSURANCE. CLAIM CLM-2025-1000001",
         "Why was my claim denied? I have insurance. Claim CLM-2025-1000001"),
    ],
)  # fmt: skip
def test_held_down_letters_and_shouting_are_written_plainly(text, plain):
    assert plain_writing(text) == plain


def test_ordinary_writing_stays_as_it_is():
    for text in (
        "Hi, my EOB from Brookside Clinic says PR-1. What is the ER copay?",
        "NO. I was billed twice by Dr. Lee for the MRI",  # capitals, but not shouted
        "Necesito la factura de Clínica Los Pinos",
    ):
        assert plain_writing(text) == text


def test_a_shouted_message_is_read_for_its_words_not_as_names(engine):
    # Shouted, "DENIED FROM BROOKSIDE CLINIC" reads as a provider's name and takes the word the
    # question rests on with it; written plainly, "denied" reaches the engine, the name does not.
    shouted = "WHY WAS MY CLAIM DENIED FROM BROOKSIDE CLINIC, SOMETHING ABOUT AUTHORIZATION"
    assert "DENIED" not in message_template(shouted)
    read = engine_read(engine, shouted, None)
    assert read == "Why was my claim denied from {PROVIDER_NAME}, something about authorization"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The pharmacist says my refill needs an authorization now.",
         "pharmacy prescription drug prior authorization"),
        ("Is Wegovy covered on my plan?", "pharmacy prescription"),
        ("¿Cuánto cuesta la insulina este mes?", "farmacia receta medicina pharmacy prescription"),
        ("Can my daughter stay on her dad's plan after college?",
         "stay on a parent's plan until 26"),
        ("We got three EOBs in one envelope, what are they?", "read my eob lines"),
        ("The same x-ray appears twice on my statement.", "billed twice duplicate"),
        ("Me aparece dos veces la misma cita.", "cobrando dos veces billed twice duplicate"),
        ("I just wanted to thank the agent from Tuesday.", "thank you appreciate your help"),
        ("Your agent hung up on me this morning.", "complaint rude"),
        ("I reached my maximum in June, so why another statement?", "out-of-pocket maximum"),
        ("The letter says this is not a bill, do I pay it?", "explanation of benefits eob"),
        ("My claim was deny, what do I do?", "denied"),
        ("Why would they deny the x-ray at the clinic?", "denied"),
        ("Thanks so much for sorting out my card!", "thank you appreciate your help"),
        ("The surgery center never asked permission before the operation.",
         "prior authorization"),
        ("Why is the bill $900 when the EOB says I owe $120?", "balance bill"),
        ("El reclamo dice duplicado, ¿qué hago?", "cobrando dos veces billed twice duplicate"),
        ("What is the RxBIN on my card?", "id card"),
        ("Necesito cambiar la dirección de mi casa.",
         "actualizo dirección teléfono update address phone"),
    ],
)  # fmt: skip
def test_more_member_wordings_bring_the_term(engine, text, term):
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_drug_approval_asked_by_the_pharmacy_reads_as_the_pharmacys(engine):
    # Spanish: the service's prior authorization (as before) and the pharmacy's, in both languages.
    text = "La farmacia dice que mi medicina necesita autorización previa."
    assert engine_text(engine, text) == (
        f"{text}\nautorización previa prior authorization farmacia receta medicina autorización "
        "pharmacy prescription drug prior authorization"
    )


def test_near_misses_of_the_new_wordings_get_no_term(engine):
    for text in (
        # an approval with no pharmacy and no drug named: the service's, nothing added here
        "My surgeon's office asked for the authorization for my knee surgery.",
        "Does the pharmacy on Main Street take my card?",  # pharmacy, no approval
        "My parents' plan covers me too, is that all right?",  # not whether I stay on it
        "I got two bills for the same day.",  # two bills, not two EOBs
        "Thanks, and why was my claim denied?",  # thanks in passing
        "Please don't hang up if I call back.",
        "I hit the max of 20 visits for therapy.",  # a visit limit, not the out-of-pocket one
        "This is not a question about a bill.",
        "Can they deny a claim for a late form?",
        "Me cambié de doctor el mes pasado.",
        "Can I get permission to see a specialist?",  # no "before": not an approval first
        "The bill came the day my EOB said it would.",  # the bill and the EOB agree
        "The bin at the clinic was full.",
    ):
        assert engine_text(engine, text) == text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("hi comma I was charged twice for the same visit period can you fix it question mark",
         "hi, I was charged twice for the same visit. can you fix it?"),
        ("my period of coverage comma when does it end question mark",
         "my period of coverage, when does it end?"),
        ("is the grace period over question mark new line thanks",
         "is the grace period over?\nthanks"),
        ("hola necesito mi tarjeta signo de interrogación", "hola necesito mi tarjeta?"),
    ],
)  # fmt: skip
def test_dictated_punctuation_is_written_as_marks(text, plain):
    assert spoken_punctuation(text) == plain
    assert plain_writing(text) == plain


def test_words_that_only_look_like_dictated_marks_stay():
    for text in (
        "What is the grace period for premiums? My period of coverage ended.",
        "My dad was in a coma for a week, is the ICU covered?",
        "mi hijo estuvo en coma dos semanas",  # the Spanish "coma" is no comma
        "I paid the whole period, why the late fee",
    ):
        assert spoken_punctuation(text) == text


def test_a_dictated_message_of_two_questions_reads_as_two():
    from suggestions.questions import questions_in

    text = "how much of my deductible is left question mark also comma how do I get a new card"
    assert questions_in(text) == [text]
    assert questions_in(spoken_punctuation(text)) == [
        "how much of my deductible is left?",
        "also, how do I get a new card",
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Got laid off Friday. What happens to my health insurance?",
         "COBRA continue coverage after losing a job"),
        ("my husband is losing his job, can we keep this plan?",
         "COBRA continue coverage after losing a job"),
        ("Me quedé sin trabajo, ¿qué pasa con mi seguro?",
         "COBRA seguir con la cobertura COBRA continue coverage after losing a job"),
        ("Our son was born Tuesday, how do I enroll him?", "add my newborn to the plan"),
        ("Tuvimos una bebé, ¿cómo la agrego al seguro?",
         "agregar al bebé recién nacido al plan add my newborn to the plan"),
        ("My wife turns 65 in April, what does she need to do?", "Medicare"),
        ("Why did my monthly deductible go up to $260?", "premium"),
        ("Is the insurance bill each month due on the 1st?", "premium"),
        ("Got a bill from you guys for $310 for this month, is it late?", "premium"),
        ("We're divorcing. How do I get my ex off the plan?", "remove a dependent from my plan"),
        ("Quiero quitar a mi ex esposo del seguro.",
         "quitar a un dependiente de mi plan remove a dependent from my plan"),
        ("Me llegó un bill de la clínica pero el EOB dice que debo menos.",
         "factura de saldo balance bill"),
    ],
)  # fmt: skip
def test_life_events_and_misnamed_premiums_bring_the_term(engine, text, term):
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_near_misses_of_the_life_events_get_no_term(engine):
    for text in (
        "I lost my job and owe the hospital $3,000. Is there any help?",  # help with a bill
        "I had a baby in May, why is the hospital bill so high?",  # the birth's bill, no adding
        "I turned 65 and got Medicare, is my wife covered?",  # Medicare named already
        "My dad is 65 years old.",
        "How much of my deductible is left this month?",
        "I got a bill from the hospital for this month's visit.",  # a provider's bill
        "Can you get him off the phone list?",  # off a list, not the plan
    ):
        assert engine_text(engine, text) == text


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("the claim was rejected because no pre-cert", "denied prior authorization"),
        ("my claim got bounced back as too late", "denied"),
        ("it's taken out of my paycheck as $214 a month now", "premium"),
        ("if i pay the whole year upfront is it cheaper", "premium"),
        ("am i still covered or did it lapse", "coverage dates active eligibility"),
        ("Me dijeron que mi cobertura no estaba activa en septiembre.",
         "fechas de cobertura activa coverage dates active eligibility"),
        ("got laid off, the bills keep coming, is there anything that helps?",
         "financial assistance"),
    ],
)  # fmt: skip
def test_approvals_paychecks_lapses_and_lost_work_bring_the_term(engine, text, term):
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_near_misses_of_approvals_paychecks_and_lapses_get_no_term(engine):
    for text in (
        "Who is the author of this letter?",  # no auth
        "My check bounced at the pharmacy",  # a payment, not a claim
        "Can I pay the copay from my paycheck account?",  # nothing taken from it
        "My gym membership lapsed",  # not the coverage
        "I lost my job, what happens to my insurance?",  # coverage, not a bill (COBRA)
    ):
        assert "financial assistance" not in engine_text(engine, text)
        assert engine_text(engine, text) in (
            text,
            f"{text}\nCOBRA continue coverage after losing a job",
        )


def test_auth_as_the_members_history_writes_it_brings_prior_authorization():
    # A team whose members write "auth" often keeps it as written (CHAT_SPELLINGS): the term
    # is then found in the word itself.
    text = "Did the auth go through for my MRI?"
    assert [english for pattern, english, _ in PLAN_TERMS if pattern.search(text)] == [
        "prior authorization"
    ]
    assert not [english for pattern, english, _ in PLAN_TERMS if pattern.search("the author")]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I basically max out every year by March", "out-of-pocket maximum"),
        ("an hour of hold music and then the line went dead", "complaint rude"),
        ("I was on hold for 40 minutes today", "complaint rude"),
        ("I need the hospital bill line by line", "itemized bill"),
    ],
)  # fmt: skip
def test_maxing_out_hold_music_and_a_bill_line_by_line_bring_the_term(engine, text, term):
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_near_misses_of_maxing_out_and_holding_get_no_term(engine):
    for text in (
        "I maxed out my credit card on the hospital bill",  # a card, not the plan's maximum
        "my claim is on hold",  # a pending claim, not a wait on the phone
        "Reading my EOB line by line, what is the plan discount?",  # the EOB's question
    ):
        assert engine_text(engine, text) == text


def test_auth_asked_by_the_pharmacy_reads_as_the_pharmacys():
    text = "pharmacy say my medicine need prior auth now"
    assert [english for pattern, english, _ in PLAN_TERMS if pattern.search(text)] == [
        "pharmacy prescription drug prior authorization"
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("¿Tienen a alguien que hable español por teléfono? Mi papá no habla inglés.",
         "intérprete en la llamada interpreter on the call"),
        ("Do you have an interpreter for my mom's call?", "interpreter on the call"),
        ("Thank you so much!!! The new card came and the pharmacy took it.",
         "thank you appreciate your help"),
        ("Muchísimas gracias por la paciencia con mi mamá, ella quedó muy contenta.",
         "muchas gracias thank you appreciate your help"),
        ("do you do payment plans for the premium if I fall behind", "payment plan"),
        ("we have him on my insurance and his dad's, whose gets billed first?",
         "coordination of benefits which plan pays first"),
        ("he's 23 and on my plan and got a job with insurance. does he keep both?",
         "coordination of benefits which plan pays first"),
        ("I turned 65 and got Medicare, who pays first?",
         "coordination of benefits which plan pays first"),
        ("My mother passed away. How do I take her off the account?",
         "update the account contact mail"),
        ("Add my son as someone you can talk to about my account",
         "authorized representative mail account"),
        ("Are there discounts for people who pay their bills in cash?",
         "financial assistance discount"),
        ("I can not pay the whole 640 at once, can I do like 50 a month", "payment plan"),
        ("charged me the diffrence between what she billed and what you paid", "balance bill"),
        ("My card got charged $54.00 twice for one copay.", "billed twice duplicate"),
        ("¿Cómo le cambiamos la dirección de correo?",
         "actualizo dirección teléfono update address phone"),
        ("¿Ustedes la tienen que aprobar antes?", "autorización previa prior authorization"),
        ("my deductible went up, it's taken out of my paycheck as $214 a month now",
         "premium monthly premium"),
    ],
)  # fmt: skip
def test_language_help_thanks_two_plans_and_a_death_bring_the_term(engine, text, term):
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_near_misses_of_language_help_thanks_and_two_plans_get_no_term(engine):
    for text in (
        "¿Me pueden ayudar a encontrar un médico de la red que hable español?",  # a doctor
        "I'm the interpreter for Mrs. Tran, she got a letter about her appeal.",  # relaying
        "Thanks, but why was my claim denied?",  # a question after the thanks
        "Can both of us see the same doctor?",  # both people, not both plans
        "My premium went up, why?",  # no payment plan asked
        "How do I pay my bill online?",
        "Can I pay my deductible from my HSA?",  # no paycheck: the deductible it is
    ):
        assert engine_text(engine, text) == text


def test_a_question_that_asks_a_second_after_and_is_reads_as_two():
    from suggestions.questions import questions_in

    assert questions_in("What's my out of pocket max and is my premium part of it?") == [
        "What's my out of pocket max?",
        "and is my premium part of it?",
    ]
    # Not a question from its start: one question.
    assert questions_in("I paid the bill and is it done?") == ["I paid the bill and is it done?"]


def test_a_request_before_a_question_that_asks_also_reads_as_two():
    from suggestions.questions import questions_in

    text = (
        "Filing an appeal for my son's therapy (claim {CLAIM_NUMBER}). Can you also tell me "
        "if the provider is in network? I think they are"
    )
    assert questions_in(text) == [
        "Filing an appeal for my son's therapy (claim {CLAIM_NUMBER}).",
        "Can you also tell me if the provider is in network? I think they are",
    ]
    assert questions_in("Thanks. Can you also send a card?") == [
        "Thanks. Can you also send a card?"
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The surgeons' group now wants more on top of what you paid.", "balance bill"),
        ("The lab sent me a bill after your payment. Do I pay it?", "balance bill"),
        ("El lab me mandó un bill después de que ustedes pagaron.",
         "factura de saldo balance bill"),
        ("Why is the bill from the county EMS still pending?", "ambulance"),
        ("The ER I went to isn't in your network. Is it covered?",
         "emergency room emergency care"),
        ("how do i appeal the denial for my shots", "appeal"),
        ("The clinic sent my bill to collections while my appeal is going!", "collections"),
        ("A man called me about an old account from the clinic.", "collections"),
        ("I got an EOB for a visit, but I wasn't even in town that day. Fraud?",
         "read my eob lines explanation of benefits"),
    ],
)  # fmt: skip
def test_stop33_member_wordings_bring_the_term(engine, text, term):
    """Fresh15 (stop 33, second round): a bill after the plan paid, EMS, an ER out of the
    network, how to appeal a denial, a bill sent to collections, an EOB for care never had."""
    assert engine_text(engine, text) == f"{text}\n{term}"


def test_stop33_near_misses_get_no_term(engine):
    for text in (
        "Can I pay monthly instead of sending it off to a collector?",  # keeping it from one
        "Is the ER at Mercy open on Sundays?",  # an ER, no network
        "What happens after you pay the claim?",  # no bill
        "The appeal was approved, thanks.",  # no appeal asked for
    ):
        assert engine_text(engine, text) == text
