"""Eleventh held-out drafts set (stop 28), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs, denials, prior authorization. Written by helper sets10 from general
knowledge of how health-plan members write, in shapes the earlier sets had little of: messages
forwarded from a spouse's e-mail with the quoted headers, voice-to-text transcripts without
punctuation, bullet lists, a long story before the question, a question buried in a complaint,
two claims in one message, very polite elderly letters, teenagers and young dependants writing
for themselves, the wording of a letter quoted back, non-native English, and Spanish.

`C10` builds a claim override with the values bench/drafts.py stores (allowed = the larger of the
member's share and 60 % of the billed amount, paid = allowed - share), so that an amount a message
quotes from an EOB agrees with the stored record.
"""

from decimal import Decimal

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401

SIGN = "\n\n{AGENT_NAME}"


def C10(billed, owes=None, scenario="paid", **extra):
    b = Decimal(billed)
    if scenario.startswith("denied"):
        out = {"billed": f"{b:.2f}", "plan_paid": "0.00"}
    elif scenario in ("pending", "duplicate_submitted"):
        out = {"billed": f"{b:.2f}"}
    else:
        floor = (b * Decimal("0.6")).quantize(Decimal("0.01"))
        if scenario == "oop_met":
            o = Decimal(0)
        elif owes is None:
            o = floor if scenario == "deductible" else Decimal(0)
        else:
            o = Decimal(owes)
        allowed = max(o, floor)
        paid = Decimal(0) if scenario == "deductible" else allowed - o
        out = {"billed": f"{b:.2f}", "allowed": f"{allowed:.2f}", "plan_paid": f"{paid:.2f}",
               "member_owes": f"{o:.2f}"}
    out.update(extra)
    return out


ITEMS = [
    # ---- deductible ----
    D("en", "long", "deductible", "deductible",
      "---------- Forwarded message ---------\nFrom: Lorraine <lorraine.h@example.com>\n"
      "Date: Tue, Nov 3, 2026 at 7:12 PM\nSubject: Fwd: why do we owe this??\n\n"
      "> Can you ask them why Quarry Hill Radiology wants the whole thing from us? I thought "
      "insurance covered scans.\n\nThat's my wife. I'm the subscriber. Same question: why is "
      "the whole scan on us?",
      "Hi {MEMBER_FIRST_NAME}, the scan at {PROVIDER_NAME} on {DATE_OF_SERVICE} was processed "
      "under your deductible: {DEDUCTIBLE_APPLIED} of the {ALLOWED} allowed went toward it, so "
      "the plan paid {PLAN_PAID} this time and your share is {MEMBER_OWES}. Once the deductible "
      "is met the plan starts sharing the cost; {DEDUCTIBLE_REMAINING} is left to meet." + SIGN,
      claim=C10("620.00", scenario="deductible", provider="Quarry Hill Radiology"),
      mentions=["provider"]),
    D("en", "typo", "deductible", "none",
      "hi yes i was calling about my deductible um how much of it have i used up so far this "
      "year and when does it go back to zero thank you",
      "Hi {MEMBER_FIRST_NAME}, you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so "
      "{DEDUCTIBLE_REMAINING} is left. It starts over when the plan year ends on "
      "{PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "none",
      "Dear Member Services, I am 81 years old and my granddaughter helps me with the computer. "
      "I would be most grateful if you could kindly tell me whether the deductible must be paid "
      "again each year. Thank you ever so much for your patience.",
      "Hi {MEMBER_FIRST_NAME}, thank you for writing. Yes, the deductible starts again with each "
      "plan year; the current year ends on {PLAN_YEAR_END}. This year you have met "
      "{DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible." + SIGN),
    D("es", "spanish", "deductible", "partial_deductible",
      "Buenas tardes. Me llegó la carta de Clínica Los Almendros por 142,50 dólares y dice "
      "\"aplicado al deducible\". ¿O sea que todavía no termino de pagar el deducible?",
      "Hola {MEMBER_FIRST_NAME}, así es: en el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} "
      "se aplicaron {DEDUCTIBLE_APPLIED} a su deducible y el plan pagó {PLAN_PAID}, por eso su "
      "parte es {MEMBER_OWES}. Le faltan {DEDUCTIBLE_REMAINING} para completar el deducible."
      + SIGN,
      claim=C10("390.00", "142.50", "partial_deductible", provider="Clínica Los Almendros"),
      mentions=["amount", "provider"]),
    D("en", "single", "deductible", "none",
      "My English is not so good, sorry. The deductible, it is for each person in family or "
      "all family together? We are four persons.",
      "Hi {MEMBER_FIRST_NAME}, no problem at all. A family plan has both: each person has an "
      "individual deductible, and there is a family deductible for everyone together. When the "
      "family total is reached, the plan shares costs for all four of you. Your own deductible "
      "is {DEDUCTIBLE}, with {DEDUCTIBLE_MET} met so far." + SIGN),
    D("en", "single", "deductible", "deductible",
      "I'm 19 and this is my first time dealing with insurance on my own (I'm on my mom's plan "
      "but she said to ask myself lol). Why do I owe $96.00 for the dermatologist, didn't the "
      "insurance pay anything??",
      "Hi {MEMBER_FIRST_NAME}, good question to ask. The visit was applied to the deductible, "
      "the amount you pay yourself before the plan starts sharing costs: {DEDUCTIBLE_APPLIED} "
      "went toward it, so the plan paid {PLAN_PAID} this time and you owe {MEMBER_OWES}. "
      "{DEDUCTIBLE_REMAINING} of the deductible is left." + SIGN,
      claim=C10("160.00", "96.00", "deductible"),
      mentions=["amount"]),
    # ---- copay / coinsurance ----
    D("en", "single", "copay_coinsurance", "none",
      "Quick list of what I don't get:\n- copay vs coinsurance\n- which one applies at "
      "physical therapy\n- does either one stop at some point?",
      "Hi {MEMBER_FIRST_NAME}, taking them in order: a copay is a set fee per visit, and "
      "coinsurance is a percentage of the allowed amount. Physical therapy is often under a "
      "copay per visit, and your {PLAN_NAME} summary of benefits shows which one it is. Both "
      "stop once you reach your out-of-pocket maximum for the year." + SIGN),
    D("en", "typo", "copay_coinsurance", "paid",
      "so i went to Birchfield Pediatrics with my son and paid the copay at the desk and now "
      "theres a bill for 38.20 on top what is that for",
      "Hi {MEMBER_FIRST_NAME}, the copay covers the office visit itself. On the {DATE_OF_SERVICE} "
      "claim from {PROVIDER_NAME}, the allowed amount was {ALLOWED}, the plan paid {PLAN_PAID} "
      "and {MEMBER_OWES} is left for you, usually for tests or shots given at the same visit."
      + SIGN,
      claim=C10("210.00", "38.20", provider="Birchfield Pediatrics"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "copay_coinsurance", "none",
      "Una pregunta nada más: ¿el copago de la sala de urgencias es el mismo que el de "
      "urgent care? Mi cuñada dice que no.",
      "Hola {MEMBER_FIRST_NAME}, su cuñada tiene razón en general: la sala de emergencias suele "
      "tener un copago más alto que un centro de atención urgente. Los montos de {PLAN_NAME} "
      "están en su resumen de beneficios, o se los confirmamos al {PHONE}." + SIGN),
    D("en", "long", "copay_coinsurance", "paid",
      "Let me start at the beginning. My doctor retired in the summer and I had to find a new "
      "one, which took forever, and the new office is across town so I switched to the clinic "
      "near my work, Harborview Internal Medicine. First visit was fine. Then they sent me to "
      "their in-house lab and nobody mentioned it would cost anything. I just got a bill for "
      "$74.40. I always paid a flat copay before. What changed?",
      "Hi {MEMBER_FIRST_NAME}, nothing changed in your plan: the copay covers the office visit, "
      "while the lab work is billed on its own. For that lab work at {PROVIDER_NAME} "
      "({DATE_OF_SERVICE}) we allowed {ALLOWED}, covered {PLAN_PAID} of it, and the remaining "
      "{MEMBER_OWES} is your coinsurance." + SIGN,
      claim=C10("310.00", "74.40", provider="Harborview Internal Medicine"),
      mentions=["amount", "provider"]),
    D("en", "single", "copay_coinsurance", "paid",
      "The letter says \"Your responsibility: coinsurance 30% after deductible\". 30% of what "
      "exactly? The bill was $500.00.",
      "Hi {MEMBER_FIRST_NAME}, the 30 percent is of the allowed amount, not the billed amount. On "
      "the {DATE_OF_SERVICE} claim the allowed amount was {ALLOWED}; the plan paid {PLAN_PAID} "
      "and your coinsurance is {MEMBER_OWES}." + SIGN,
      claim=C10("500.00", "90.00"),
      mentions=["amount"]),
    # ---- out-of-pocket maximum ----
    D("en", "typo", "out_of_pocket_max", "none",
      "ok so what happens when i reach the out of pocket limit do i stop paying for everything "
      "or just some things and how close am i",
      "Hi {MEMBER_FIRST_NAME}, once you reach your {OOP_MAX} out-of-pocket maximum, the plan "
      "pays all covered in-network care for the rest of the plan year; premiums and care that "
      "is not covered still cost you. You have paid {OOP_MET} toward it so far." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I am writing, with respect, concerning a statement from Larchmont Heart Associates. I "
      "believe I had reached my annual limit in September after my surgery. Could you be so kind "
      "as to confirm whether I owe them anything further?",
      "Hi {MEMBER_FIRST_NAME}, thank you for your letter. You had reached your out-of-pocket "
      "maximum, and the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} shows it: the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. If their statement asks for more, please "
      "show them your EOB, or we can call them with you." + SIGN,
      claim=C10("940.00", scenario="oop_met", provider="Larchmont Heart Associates"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Hola, soy la hija de la señora, ella no habla inglés. Quiere saber cuánto le falta para "
      "llegar al máximo de su bolsillo este año porque tiene muchas citas.",
      "Hola, gracias por ayudar a su mamá. En nuestros registros lleva {OOP_MET} de su máximo de "
      "gastos de bolsillo de {OOP_MAX}; al llegar a ese monto, el plan paga la atención cubierta "
      "dentro de la red hasta el {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "none",
      "does the out of pocket max include what I pay every month for the plan itself?",
      "Hi {MEMBER_FIRST_NAME}, no: monthly premiums do not count toward the out-of-pocket "
      "maximum. What counts is what you pay when you get care (deductible, copays, coinsurance "
      "for covered in-network services). Your running total is {OOP_MET} against a limit of "
      "{OOP_MAX}." + SIGN),
    # ---- EOB ----
    D("en", "single", "eob_question", "paid",
      "Got an EOB from you and on the top in big letters it says THIS IS NOT A BILL. Then why "
      "does it say I may owe $27.90? Which one is it?",
      "Hi {MEMBER_FIRST_NAME}, both are true: the EOB is not a bill, it explains how the claim "
      "was processed. For {DATE_OF_SERVICE} the plan paid {PLAN_PAID} of the {ALLOWED} allowed, "
      "and {MEMBER_OWES} is the share the provider may bill you for later." + SIGN,
      claim=C10("240.00", "27.90"),
      mentions=["amount"]),
    D("en", "typo", "eob_question", "paid",
      "what does the column patient resposibility mean vs the column amount not covered on my "
      "eob for Sandpiper Sleep Center, theyre different numbers",
      "Hi {MEMBER_FIRST_NAME}, \"amount not covered\" is the part of the charge above the allowed "
      "amount, which an in-network provider writes off. \"Patient responsibility\" is what you "
      "owe: on the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} that is {MEMBER_OWES}, after the "
      "plan paid {PLAN_PAID}." + SIGN,
      claim=C10("1350.00", "160.00", provider="Sandpiper Sleep Center"),
      mentions=["provider"]),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó un papel que se llama \"Explicación de beneficios\" y no sé si tengo que pagar "
      "algo o solo guardarlo. ¿Me explica?",
      "Hola {MEMBER_FIRST_NAME}, ese papel es un resumen, no un cobro; guárdelo para comparar. "
      "Cuenta que por la atención del {DATE_OF_SERVICE} nosotros cubrimos {PLAN_PAID} y quedan "
      "{MEMBER_OWES} a su cargo. Pague solo cuando llegue la factura del consultorio, y revise "
      "que diga lo mismo." + SIGN,
      claim=C10("300.00", "45.00")),
    D("en", "long", "eob_question", "paid",
      "Two EOBs came the same day and I think they're for two different things but I can't "
      "tell. One is Redstone Urology, 10/02/2026, and the other one is the lab from the same "
      "week that says $0 owed. The Redstone one says I owe $55.00. Is the $55 for the visit and "
      "the lab is just free? Why would one be free and not the other?",
      "Hi {MEMBER_FIRST_NAME}, they are two separate claims. On the {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}, for the "
      "visit. Some lab work is covered in full, for example when it is preventive, so that EOB "
      "shows nothing owed." + SIGN,
      claim=C10("275.00", "55.00", provider="Redstone Urology",
                date_of_service="2026-10-02"),
      mentions=["amount", "date", "provider"]),
    D("en", "single", "eob_question", "paid",
      "Grandma got this EOB in the mail and asked me to email you, she's 88. It says \"Provider "
      "discount\" next to a big number. Does she have to pay that discount part?",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping her. No, the provider discount is the part "
      "of the charge the in-network provider agreed to write off; she does not pay it. On the "
      "{DATE_OF_SERVICE} claim her share is {MEMBER_OWES}, after the plan paid {PLAN_PAID}."
      + SIGN,
      claim=C10("820.00", "35.00")),
    # ---- denied claims ----
    D("en", "single", "denied_claim", "denied:22",
      "The denial letter for Wexford Family Dental reads: \"This care may be covered by another "
      "payer per coordination of benefits.\" I don't have another payer. What do I do?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "because our records show other coverage that should pay first ({DENIAL_REASON}). If you "
      "have no other insurance, tell us so, or fill in the coordination of benefits form in the "
      "portal, and the claim can be processed again." + SIGN,
      claim=C10("230.00", scenario="denied:22", provider="Wexford Family Dental"),
      mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:29",
      "they told me the claim for my physcial therapy got denied becuase it was sent to late?? "
      "how is that my fault i went on time",
      "Hi {MEMBER_FIRST_NAME}, you're right that it isn't on you: the claim for "
      "{DATE_OF_SERVICE} was denied because the provider sent it after the filing deadline "
      "({DENIAL_REASON}). In that case an in-network provider generally cannot bill you for it; "
      "if they do, let us know." + SIGN,
      claim=C10("180.00", scenario="denied:29")),
    D("es", "spanish", "denied_claim", "denied:96",
      "La carta dice \"servicio no cubierto\" para el tratamiento de Centro Dermatológico "
      "Aurora. ¿Eso quiere decir que nunca lo van a cubrir?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} se negó "
      "porque ese servicio no está entre los beneficios de su plan ({DENIAL_REASON}). Si su "
      "médico cree que era necesario, puede apelar dentro de los 180 días de la carta." + SIGN,
      claim=C10("480.00", scenario="denied:96", provider="Centro Dermatológico Aurora"),
      mentions=["provider"]),
    D("en", "long", "denied_claim", "denied:27",
      "I lost my job in the spring and the COBRA paperwork was a mess, then I started the new job "
      "and there was a gap, I know. But the appointment at Kestrel Eye Care was on 06/18/2026 "
      "and I'm sure I had already paid the COBRA premium for June. The letter says the coverage "
      "wasn't active. Can you check?",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} was denied because "
      "our records show the coverage was not active that day ({DENIAL_REASON}). If your June "
      "COBRA premium was paid, please send the payment confirmation and we will review the "
      "coverage dates and have the claim processed again." + SIGN,
      claim=C10("195.00", scenario="denied:27", provider="Kestrel Eye Care",
                date_of_service="2026-06-18"),
      mentions=["date", "provider"]),
    D("en", "single", "denied_claim", "denied:16",
      "im 17 and went to the clinic at school for my inhaler thing and my dad says you guys "
      "denied it. what does missing info mean, do i need to do something",
      "Hi {MEMBER_FIRST_NAME}, thanks for asking. The claim for {DATE_OF_SERVICE} was denied "
      "because some information was missing ({DENIAL_REASON}). You don't need to do anything "
      "yourself: the clinic fixes it and sends it again, and your dad can ask them to do that."
      + SIGN,
      claim=C10("140.00", scenario="denied:16")),
    D("en", "single", "denied_claim", "denied:204",
      "Two things came today. One says the allergy shots at Pinecrest Allergy were paid, fine. "
      "The other says the allergy testing from the same place is \"not a covered benefit under "
      "your plan\". Why one and not the other?",
      "Hi {MEMBER_FIRST_NAME}, the testing claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "denied as {DENIAL_REASON}: that service is not among your plan's benefits, even though "
      "the shots are. You can appeal within 180 days if your doctor says the testing was needed."
      + SIGN,
      claim=C10("610.00", scenario="denied:204", provider="Pinecrest Allergy"),
      mentions=["provider"]),
    # ---- prior authorization ----
    D("en", "typo", "prior_authorization", "none",
      "my doctor wants me to get an mri of my back does that need to be approved first or can i "
      "just go",
      "Hi {MEMBER_FIRST_NAME}, many imaging tests such as MRIs need approval before they are "
      "done. Your doctor's office can check and send the request; if it is needed and approved, "
      "we will let you know before your appointment." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "The letter says \"services were rendered without the required authorization\". My "
      "surgeon's office told me they got it! Who is right?",
      "Hi {MEMBER_FIRST_NAME}, our records show no approval on file for the {DATE_OF_SERVICE} "
      "claim, so it was denied ({DENIAL_REASON}). If the office has an approval number, they can "
      "send it with the claim again, or you can appeal within 180 days." + SIGN,
      claim=C10("2400.00", scenario="denied:197")),
    D("es", "spanish", "prior_authorization", "none",
      "Mi doctora me quiere mandar a cirugía de vesícula. ¿Ustedes la tienen que aprobar antes? "
      "¿Cuánto tardan?",
      "Hola {MEMBER_FIRST_NAME}, muchas cirugías programadas necesitan aprobación previa; el "
      "consultorio de su doctora envía la solicitud. Una solicitud normal se decide en unos días, "
      "y una urgente en 72 horas. Le avisamos en cuanto haya una decisión." + SIGN,
      add=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "I have had migraines since I was a teenager and have tried about everything. My neurologist "
      "finally wants to try the injections everyone talks about, and she warned me the insurance "
      "part can take a while. I've been off work twice this month already. Is there any way to "
      "speed up the approval, and what happens if it's turned down?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the migraines have been so hard. If waiting could "
      "seriously affect your health, your neurologist can ask for an expedited review, which is "
      "decided within 72 hours. If the request is turned down, you will get a letter with the "
      "reason, and you or your doctor can appeal it." + SIGN,
      add=PA_UNKNOWN + COV_UNKNOWN),
    D("en", "single", "prior_authorization", "none",
      "Is a prior authorization still good if the surgery gets pushed back a month? Hospital "
      "rescheduled me.",
      "Hi {MEMBER_FIRST_NAME}, an approval is valid for a set period, and a new date may fall "
      "outside it. Please ask the surgeon's office to check the approval against the new date; "
      "if it needs updating, they send the change to us before the surgery." + SIGN),
]
