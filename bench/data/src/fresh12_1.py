"""Thirteenth held-out drafts set (stop 30), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs, denials. Written by helper sets12 from general knowledge, in shapes
the earlier sets used little: voicemail and speech-to-text transcripts without punctuation,
web-form submissions with field labels, forwarded e-mails with headers and signatures, English
shaped by Vietnamese, Chinese, Haitian Creole, Russian and Tagalog, numbered and bulleted lists
of questions, text copied from a portal page or a letter, Medicare/Medicaid dual members,
parents writing for a college-age child, very short one-liners, two claims in one message,
polite long formal letters, and Spanish in the same shapes.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh12_common import SIGN, C12

ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "how much deductible still to go",
      "Hi {MEMBER_FIRST_NAME}, {DEDUCTIBLE_REMAINING} of your {DEDUCTIBLE} deductible is left; "
      "{DEDUCTIBLE_MET} has been met so far this plan year, which ends {PLAN_YEAR_END}." + SIGN),
    D("en", "long", "deductible", "deductible",
      "Voicemail transcript (auto):\num hi this is about my son he's at college up north and "
      "he went to Larchmont Student Health Partners for his ankle and um we got a bill for the "
      "whole x-ray like nothing was paid at all and I thought he was on my plan so uh why is "
      "that can somebody call me back or just write thanks bye",
      "Hi {MEMBER_FIRST_NAME}, thanks for your message. Your son is on your plan, and the "
      "x-ray at {PROVIDER_NAME} on {DATE_OF_SERVICE} was processed. The plan paid "
      "{PLAN_PAID} because the {ALLOWED} allowed amount went toward the deductible "
      "({DEDUCTIBLE_APPLIED}), so the share is {MEMBER_OWES}. Once the deductible is met, the "
      "plan starts sharing costs; {DEDUCTIBLE_REMAINING} is left this year." + SIGN,
      claim=C12("520.00", scenario="deductible", provider="Larchmont Student Health Partners"),
      mentions=["provider"]),
    D("en", "typo", "deductible", "none",
      "I am have Medicare and also the Medicaid. Which one the deductible I must to pay first, "
      "and how many is left for this year please?",
      "Hi {MEMBER_FIRST_NAME}, on your {PLAN_NAME} plan the deductible is {DEDUCTIBLE}; "
      "{DEDUCTIBLE_MET} has been met and {DEDUCTIBLE_REMAINING} is left until "
      "{PLAN_YEAR_END}. With Medicaid as well, Medicaid may help with what is left after the "
      "plan pays; we can check how the two work together for you." + SIGN),
    D("es", "spanish", "deductible", "partial_deductible",
      "Formulario web\nNombre: (en el sistema)\nAsunto: deducible\nPregunta: Radiología Los "
      "Almendros me cobra 142,30 y dice 'deducible'. ¿Ya no me falta nada después de esto?",
      "Hola {MEMBER_FIRST_NAME}, en el estudio del {DATE_OF_SERVICE} en {PROVIDER_NAME} se "
      "aplicaron {DEDUCTIBLE_APPLIED} a su deducible y con eso el plan empezó a pagar: cubrió "
      "{PLAN_PAID} y a usted le toca {MEMBER_OWES}. Del deducible le quedan "
      "{DEDUCTIBLE_REMAINING}." + SIGN,
      claim=C12("390.00", "142.30", "partial_deductible", provider="Radiología Los Almendros"),
      mentions=["amount", "provider"]),
    D("en", "single", "deductible", "none",
      "Dear Sir or Madam,\n\nI write to enquire, with respect, as to the present standing of "
      "my annual deductible. I should be most grateful to learn the sum already satisfied and "
      "the sum which remains, together with the date upon which the figure returns to nil.\n\n"
      "Yours faithfully,\nA member of long standing",
      "Dear {MEMBER_FIRST_NAME}, thank you for your letter. Of your {DEDUCTIBLE} deductible, "
      "{DEDUCTIBLE_MET} has been met and {DEDUCTIBLE_REMAINING} remains. It starts again when "
      "the plan year ends on {PLAN_YEAR_END}." + SIGN),
    D("en", "multi", "deductible", "none",
      "1. Does my deductible start over in January or on my plan anniversary?\n2. Does the "
      "money I spend on prescriptions count toward it?",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over when the plan year ends on "
      "{PLAN_YEAR_END}; right now {DEDUCTIBLE_REMAINING} of {DEDUCTIBLE} is left. Whether "
      "prescriptions count depends on your {PLAN_NAME} pharmacy benefit; your plan summary "
      "shows it, and I'm glad to check a specific drug for you." + SIGN,
      topics=["deductible", "pharmacy"]),
    # ---- copay / coinsurance ----
    D("en", "single", "copay_coinsurance", "paid",
      "From: billing@ (Juniper Ridge Dermatology)\nSent: Monday\nSubject: Statement\n\n"
      "\"Patient responsibility: coinsurance\"\n\n---\nFwd by me: Why is it coinsurance and "
      "not my normal specialist copay?",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} the allowed "
      "amount was {ALLOWED}. Part of the service (a procedure done at the visit, not only the "
      "office visit) is shared as coinsurance, {COINSURANCE}, so the plan paid {PLAN_PAID} "
      "and your share is {MEMBER_OWES}. The specialist copay applies only to the office visit "
      "itself." + SIGN,
      claim=C12("640.00", "96.00", provider="Juniper Ridge Dermatology"),
      mentions=["provider"]),
    D("en", "typo", "copay_coinsurance", "none",
      "copay for urgent care vs specialist? which one cheaper on my plan. thank u so much "
      "sister",
      "Hi {MEMBER_FIRST_NAME}, your {PLAN_NAME} summary lists the copay for urgent care and for "
      "a specialist visit side by side; I can look them up for you if you tell me which one "
      "you're planning. Urgent care is usually the lower-cost choice for something that can't "
      "wait but isn't an emergency." + SIGN),
    D("es", "spanish", "copay_coinsurance", "paid",
      "buenas noches disculpe la molestia mi hija estudia en otra ciudad y fue al Consultorio "
      "Médico Santa Brígida le cobraron 60 de copago es lo normal",
      "Hola {MEMBER_FIRST_NAME}, sí. En la consulta del {DATE_OF_SERVICE} en {PROVIDER_NAME} "
      "el copago de su hija fue {COPAY}: el plan pagó {PLAN_PAID} y a ella le tocan "
      "{MEMBER_OWES}. Es el copago normal de su plan para ese tipo de visita." + SIGN,
      claim=C12("210.00", "60.00", provider="Consultorio Médico Santa Brígida"),
      mentions=["amount", "provider"]),
    D("en", "long", "copay_coinsurance", "paid",
      "Copied from the portal:\n  Service: Physical therapy evaluation\n  Provider: Foxglove "
      "Rehab Associates\n  Your plan paid: see EOB\n  Coinsurance (20%): applies\n\nMy "
      "question is that my sister on the same employer plan pays a flat 30 for therapy, and "
      "I'm paying a percentage. We're on the same company plan, just different tiers I "
      "think. Can you tell me what mine actually is for PT?",
      "Hi {MEMBER_FIRST_NAME}, on your {PLAN_NAME} plan physical therapy is shared as "
      "coinsurance rather than a flat copay. For the {DATE_OF_SERVICE} evaluation at "
      "{PROVIDER_NAME} the allowed amount was {ALLOWED}; your coinsurance came to "
      "{COINSURANCE} and the plan paid {PLAN_PAID}, so you owe {MEMBER_OWES}. Different tiers "
      "of the same employer plan can share costs differently." + SIGN,
      claim=C12("300.00", "36.00", provider="Foxglove Rehab Associates"),
      mentions=["provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "Me and my husband both have Medicare plus Medicaid. Do we still pay the copay at the "
      "doctor or no?",
      "Hi {MEMBER_FIRST_NAME}, with both Medicare and Medicaid, many members pay little or "
      "nothing at the doctor, because Medicaid can cover what's left after the plan pays. "
      "It depends on your Medicaid level; I can check your {PLAN_NAME} record and tell you "
      "what applies to each of you." + SIGN),
    D("en", "single", "copay_coinsurance", "paid",
      "Saw Dr. Pham-Oduya at Wexford Internal Medicine. Paid $40 at the front desk. Is that "
      "all I owe or will more come?",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} your share "
      "was your copay of {COPAY}, and the plan paid {PLAN_PAID}. So {MEMBER_OWES} is all you "
      "owe for that visit; if you paid it at the desk, nothing more should come." + SIGN,
      claim=C12("185.00", "40.00", provider="Wexford Internal Medicine"),
      mentions=["amount", "provider"]),
    # ---- out of pocket max ----
    D("en", "single", "out_of_pocket_max", "none",
      "max out of pocket hit yet?",
      "Hi {MEMBER_FIRST_NAME}, not yet: {OOP_MET} of your {OOP_MAX} out-of-pocket maximum "
      "has been reached this plan year. Once you reach it, covered in-network care is paid in "
      "full until {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "oop_met",
      "Hello, I am writing from my daughter phone. My surgery bill from Tamarind Valley "
      "Hospital come, but I think I finish the maximum already in summer. Why they still "
      "sending?",
      "Hi {MEMBER_FIRST_NAME}, you're right: your out-of-pocket maximum is met. For the "
      "{DATE_OF_SERVICE} claim at {PROVIDER_NAME} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. The hospital may have sent the bill before our payment reached them; "
      "please don't pay it, and send it to us if it comes again." + SIGN,
      claim=C12("9200.00", scenario="oop_met", provider="Tamarind Valley Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Mensaje de voz transcrito: hola buenas tardes quería saber cuánto me falta para el "
      "máximo de bolsillo porque tengo quimio todo el mes gracias",
      "Hola {MEMBER_FIRST_NAME}, lleva {OOP_MET} de un máximo de {OOP_MAX} este año del plan. "
      "Al llegar al máximo, la atención cubierta dentro de la red se paga completa hasta el "
      "{PLAN_YEAR_END}. Mucho ánimo con su tratamiento." + SIGN),
    D("en", "long", "out_of_pocket_max", "none",
      "Hi, my name's on the account but this is really about my daughter, who's 20 and at "
      "school three states away. She has a chronic condition and goes to a specialist every "
      "month, plus labs. I'm trying to budget for the spring semester. Is the out-of-pocket "
      "maximum per person or for the whole family, and where are we on it right now?",
      "Hi {MEMBER_FIRST_NAME}, good idea to plan ahead. Your {PLAN_NAME} plan has an "
      "individual out-of-pocket maximum for each person inside a family maximum; whichever is "
      "reached first applies. The account now shows {OOP_MET} of {OOP_MAX} met, and it "
      "resets on {PLAN_YEAR_END}. I can break it down by person for your daughter if that "
      "helps." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "Form submission\nMember ID: on file\nTopic: Out-of-pocket\nMessage: Statement from "
      "Harrowgate Cardiology Group says balance due. I reached my max in August. Please "
      "advise.",
      "Hi {MEMBER_FIRST_NAME}, your out-of-pocket maximum is met, and the {DATE_OF_SERVICE} "
      "claim from {PROVIDER_NAME} was paid with {PLAN_PAID} from the plan and {MEMBER_OWES} "
      "for you. If the statement shows a balance, it may predate our payment; send it to us "
      "and we'll follow up with them." + SIGN,
      claim=C12("1480.00", scenario="oop_met", provider="Harrowgate Cardiology Group"),
      mentions=["provider"]),
    D("en", "multi", "out_of_pocket_max", "none",
      "- is my out of pocket max met\n- and do copays count toward it",
      "Hi {MEMBER_FIRST_NAME}, you've reached {OOP_MET} of your {OOP_MAX} out-of-pocket "
      "maximum so far. Yes, copays for covered in-network care count toward it, along with "
      "your deductible and coinsurance." + SIGN,
      topics=["out_of_pocket_max", "copay_coinsurance"]),
    # ---- EOB ----
    D("en", "single", "eob_question", "paid",
      "what is EOB",
      "Hi {MEMBER_FIRST_NAME}, an EOB (explanation of benefits) is our summary of a claim, not "
      "a bill. For example, your {DATE_OF_SERVICE} visit at {PROVIDER_NAME}: billed {BILLED}, "
      "allowed {ALLOWED}, the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Pay only "
      "when the provider bills you, and check it matches." + SIGN,
      claim=C12("240.00", "30.00", provider="Nettlefield Primary Care")),
    D("en", "long", "eob_question", "paid",
      "Text copied from the letter you sent:\n\"THIS IS NOT A BILL. Amount billed by provider. "
      "Amount allowed. Amount not covered. Plan paid. You may owe.\"\n\nThe provider is "
      "Kingfisher Bay Urology. I understand 'plan paid' and 'you may owe' but what is 'amount "
      "not covered' and do I have to pay it? It's the biggest number on the page.",
      "Hi {MEMBER_FIRST_NAME}, good question. For the {DATE_OF_SERVICE} visit at "
      "{PROVIDER_NAME}, {BILLED} was billed and {ALLOWED} is the amount allowed under our "
      "contract with them. The 'amount not covered' line is the difference between the two: "
      "an in-network provider writes it off, so you don't pay it. Of the allowed amount the "
      "plan paid {PLAN_PAID} and you may owe {MEMBER_OWES}." + SIGN,
      claim=C12("1150.00", "75.00", provider="Kingfisher Bay Urology"),
      mentions=["provider"]),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó una carta que dice 'ESTO NO ES UNA FACTURA' de Centro Dental Bahía Azul. "
      "¿Tengo que pagar algo o no?",
      "Hola {MEMBER_FIRST_NAME}, esa carta es la explicación de beneficios, no una factura. "
      "De la cita del {DATE_OF_SERVICE} en {PROVIDER_NAME}, el plan pagó {PLAN_PAID} y su "
      "parte es {MEMBER_OWES}. Solo pague cuando el consultorio le mande la factura, y revise "
      "que coincida." + SIGN,
      claim=C12("330.00", "66.00", provider="Centro Dental Bahía Azul"),
      mentions=["provider"]),
    D("en", "typo", "eob_question", "paid",
      "Good morning po. The EOB from Lakeshore Pediatric Partners is say 'you may owe' but I "
      "already pay at the counter. Is it I will pay again po?",
      "Good morning {MEMBER_FIRST_NAME}. No, you don't pay twice. For the {DATE_OF_SERVICE} "
      "visit at {PROVIDER_NAME} your share is {MEMBER_OWES}; if you paid it at the counter, "
      "that is the same amount. 'You may owe' only means the provider can bill you up to "
      "that." + SIGN,
      claim=C12("175.00", "25.00", provider="Lakeshore Pediatric Partners"),
      mentions=["provider"]),
    D("en", "multi", "eob_question", "paid",
      "two things:\n(a) on the EOB for Oakhurst Allergy Clinic, what does 'allowed amount' "
      "mean\n(b) can I get EOBs by email instead of paper",
      "Hi {MEMBER_FIRST_NAME}: (a) the allowed amount is the price we agreed with "
      "{PROVIDER_NAME}; for your {DATE_OF_SERVICE} visit it was {ALLOWED}, the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. (b) Yes, you can switch to electronic "
      "EOBs in the member portal under communication preferences, or I can change your "
      "mailing preference for you." + SIGN,
      claim=C12("280.00", "20.00", provider="Oakhurst Allergy Clinic"),
      mentions=["provider"], topics=["eob_question", "contact_change"]),
    D("en", "single", "eob_question", "pending",
      "There is an EOB for my son's visit to Pinecrest Campus Clinic but it has no numbers on "
      "it, just 'in process'. What does that mean?",
      "Hi {MEMBER_FIRST_NAME}, 'in process' means the claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} is still being reviewed, so there are no amounts yet. Once it's "
      "finished you'll get an updated EOB showing what the plan paid and what, if anything, "
      "is owed." + SIGN,
      claim=C12("190.00", scenario="pending", provider="Pinecrest Campus Clinic"),
      mentions=["provider"]),
    # ---- denied claim ----
    D("en", "single", "denied_claim", "denied:27",
      "denied why?? explain pls",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}: the coverage wasn't active on that date. If you think "
      "that's wrong, you can appeal by {APPEAL_DEADLINE}, or tell me and I'll check your "
      "enrollment dates." + SIGN,
      claim=C12("260.00", scenario="denied:27", provider="Ridgeview Walk-In Care")),
    D("en", "long", "denied_claim", "denied:197",
      "Fwd: Notice\n> From: Patient Accounts, Blackthorn Spine Center\n> Your insurance has "
      "denied the claim for your lumbar MRI. Reason code 197.\n> Balance: see statement\n\n"
      "Why would they deny an MRI my doctor ordered? I did everything the doctor's office told "
      "me. Is it because of the code? What does 197 even mean?",
      "Hi {MEMBER_FIRST_NAME}, code 197 means {DENIAL_REASON}: the MRI at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} needed a prior authorization that wasn't on file. Your doctor's "
      "office can ask for it now and the claim can be reconsidered, or you can appeal by "
      "{APPEAL_DEADLINE}. In-network offices are usually responsible for getting the "
      "approval, so please ask them before paying." + SIGN,
      claim=C12("1650.00", scenario="denied:197", provider="Blackthorn Spine Center"),
      mentions=["provider"]),
    D("es", "spanish", "denied_claim", "denied:50",
      "1) ¿Por qué me negaron la terapia de lenguaje en Centro Infantil Girasol?\n2) ¿Qué "
      "papeles necesito para apelar?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} en {PROVIDER_NAME} no se "
      "pagó porque {DENIAL_REASON}. Para apelar antes del {APPEAL_DEADLINE}, mande una carta "
      "del médico o terapeuta que explique por qué la terapia es necesaria, junto con las "
      "evaluaciones." + SIGN,
      claim=C12("560.00", scenario="denied:50", provider="Centro Infantil Girasol"),
      mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:16",
      "Hello. Claim is deny and letter say 'missing information'. What information is "
      "missing? I am give all paper to Sosnovka Family Clinic. Thank you.",
      "Hello {MEMBER_FIRST_NAME}. The claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} came "
      "back because {DENIAL_REASON}: the clinic's claim was missing something we need, not "
      "your papers. The clinic can correct and resend it; please ask them to. You can also "
      "appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C12("215.00", scenario="denied:16", provider="Sosnovka Family Clinic"),
      mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:96",
      "My daughter is a sophomore at State and the campus counseling visits through Meadowlark "
      "Counseling Collective were all denied. She's on our plan. What's going on?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. That's about the service as billed, not about her being "
      "on your plan. You can appeal by {APPEAL_DEADLINE}, and I can check whether an in-network "
      "counselor near her school would be covered." + SIGN,
      claim=C12("450.00", scenario="denied:96", provider="Meadowlark Counseling Collective"),
      mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:29",
      "Letter says my claim was 'past the filing limit'. I didn't file anything, the hospital "
      "did. So do I owe Greywater General or not?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was turned down because "
      "{DENIAL_REASON}: {PROVIDER_NAME} sent it after the filing deadline. When an in-network "
      "provider files late, they generally can't bill you for it. If they do, send us the "
      "bill; you can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C12("2300.00", scenario="denied:29", provider="Greywater General"),
      mentions=["provider"]),
]
