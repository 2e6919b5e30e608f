"""Seventh held-out drafts set, batch 1: deductible, copays and coinsurance, out-of-pocket
maximum, EOBs, denials, prior authorization, networks, balance bills. Written by helper abuse8
from general knowledge of member-services questions, without reading the earlier sets' messages
or the demo history."""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

SIGN = " Take care, {AGENT_NAME}"

ITEMS = [
    # deductible
    D("en", "single", "deductible", "none",
      "When does my deductible start over? I'm trying to decide whether to book my knee "
      "surgery before or after the new year.",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over when the plan year ends on "
      "{PLAN_YEAR_END}. You have met {DEDUCTIBLE_MET} of {DEDUCTIBLE} so far, so a procedure "
      "before that date would only need {DEDUCTIBLE_REMAINING} more before the plan shares the "
      "cost." + SIGN),
    D("en", "single", "deductible", "deductible",
      "Why do I owe the full $215.40 from Brightwater Imaging? I have insurance!",
      "Hi {MEMBER_FIRST_NAME}, the imaging on {DATE_OF_SERVICE} was covered, but its allowed "
      "amount went to your deductible, so the plan paid {PLAN_PAID} and {MEMBER_OWES} is your "
      "share. You have {DEDUCTIBLE_REMAINING} of the deductible left." + SIGN,
      claim={"provider": "Brightwater Imaging", "billed": "390.00", "member_owes": "215.40"},
      mentions=["amount", "provider"]),
    D("en", "typo", "deductible", "none",
      "how much of my deductable have i paid allready this yr",
      "Hi {MEMBER_FIRST_NAME}, so far you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} "
      "deductible, so {DEDUCTIBLE_REMAINING} is left until the plan year ends on "
      "{PLAN_YEAR_END}." + SIGN),
    D("es", "spanish", "deductible", "partial_deductible",
      "Hola, me llegó una cuenta de Clínica Sauce Azul por 96,30 dólares. ¿Eso fue al "
      "deducible?",
      "Hola {MEMBER_FIRST_NAME}, de la visita del {DATE_OF_SERVICE} se aplicaron "
      "{DEDUCTIBLE_APPLIED} a su deducible, el plan pagó {PLAN_PAID} y a usted le toca "
      "{MEMBER_OWES}. Le quedan {DEDUCTIBLE_REMAINING} de deducible este año. Saludos, "
      "{AGENT_NAME}",
      claim={"provider": "Clínica Sauce Azul", "billed": "250.00", "member_owes": "96.30"},
      mentions=["amount", "provider"]),
    D("en", "long", "deductible", "none",
      "Hi there. My wife and I are both on my plan and we each had a few appointments this "
      "spring. I'm confused whether her visits count toward my deductible, toward a family "
      "total, or whether she has her own separate one. We're trying to budget for the rest of "
      "the year and a straight answer would really help.",
      "Hi {MEMBER_FIRST_NAME}, on a family plan each person's covered costs count toward their "
      "own amount and toward the family deductible, so her visits help both of you reach the "
      "family total. Together you have met {DEDUCTIBLE_MET} of {DEDUCTIBLE}, with "
      "{DEDUCTIBLE_REMAINING} left until {PLAN_YEAR_END}." + SIGN),
    # copay / coinsurance
    D("en", "single", "copay_coinsurance", "none",
      "My statement says copay on one line and coinsurance on another. Aren't those the same "
      "thing?",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed amount you pay for a visit or a drug, while "
      "coinsurance is a percentage of the allowed amount that you pay after your deductible "
      "is met. Your plan uses copays for office visits and coinsurance for most other "
      "services." + SIGN),
    D("en", "single", "copay_coinsurance", "paid",
      "Juniper Hill Pediatrics says I owe $35 for my daughter's checkup with a sore throat. "
      "Is that my copay?",
      "Hi {MEMBER_FIRST_NAME}, that's right. Juniper Hill's charge for {DATE_OF_SERVICE} came "
      "down to {ALLOWED} after the network discount; we covered {PLAN_PAID}, which leaves "
      "{MEMBER_OWES} as your copay for the sick visit." + SIGN,
      claim={"provider": "Juniper Hill Pediatrics", "billed": "185.00", "member_owes": "35.00"},
      mentions=["amount", "provider"]),
    D("en", "typo", "copay_coinsurance", "paid",
      "why is my coinsurence 20 percent of the bill and not a flat copay like b4",
      "Hi {MEMBER_FIRST_NAME}, some services carry a flat copay and others a percentage; this "
      "one falls under coinsurance. On {DATE_OF_SERVICE} we covered {PLAN_PAID} out of "
      "{ALLOWED}, so {MEMBER_OWES} is what's left to you." + SIGN),
    D("es", "spanish", "copay_coinsurance", "none",
      "¿Cuánto es el copago para ver a un especialista con mi plan?",
      "Hola {MEMBER_FIRST_NAME}, en su plan {PLAN_NAME} las visitas a especialistas de la red "
      "tienen un copago fijo que aparece en el resumen de beneficios; si quiere, le confirmo "
      "el monto de su plan por teléfono al {PHONE}. Saludos, {AGENT_NAME}"),
    # out-of-pocket maximum
    D("en", "single", "out_of_pocket_max", "none",
      "How close am I to my out-of-pocket max? We've had a rough year medically.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it's been a hard year. You have paid {OOP_MET} toward "
      "your {OOP_MAX} out-of-pocket maximum; once you reach it, the plan pays covered "
      "in-network care in full until {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I thought I hit my out of pocket max already, so why did Cedar Lane Orthopedics send "
      "me anything?",
      "Hi {MEMBER_FIRST_NAME}, you have reached your out-of-pocket maximum, and for the visit "
      "on {DATE_OF_SERVICE} the plan paid {PLAN_PAID}, leaving {MEMBER_OWES} for you. The "
      "statement may have been sent before the claim was processed, so please check it "
      "against the EOB." + SIGN,
      claim={"provider": "Cedar Lane Orthopedics", "billed": "520.00", "member_owes": "0.00"},
      mentions=["provider"]),
    D("en", "typo", "out_of_pocket_max", "none",
      "does my deductable count towards the out of pocket maximum or are they seperate",
      "Hi {MEMBER_FIRST_NAME}, yes, what you pay toward the deductible also counts toward the "
      "out-of-pocket maximum, along with copays and coinsurance. You have paid {OOP_MET} of "
      "{OOP_MAX} so far." + SIGN),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Si pago mis primas cada mes, ¿eso me acerca al tope de gastos de bolsillo?",
      "Hola {MEMBER_FIRST_NAME}, no: las primas no cuentan para el máximo de gastos de "
      "bolsillo; sí cuentan el deducible, los copagos y el coseguro de servicios cubiertos. "
      "Lleva {OOP_MET} de {OOP_MAX}. Saludos, {AGENT_NAME}"),
    # EOB
    D("en", "single", "eob_question", "paid",
      "My EOB from Pinecrest Medical Group lists a 'network savings' line. What does that mean?",
      "Hi {MEMBER_FIRST_NAME}, network savings is the discount the provider agreed to as part "
      "of our network: they billed {BILLED}, the allowed amount is {ALLOWED}, and they cannot "
      "bill you for the difference. The plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim={"provider": "Pinecrest Medical Group", "billed": "410.00", "member_owes": "48.00"},
      mentions=["provider"]),
    D("en", "single", "eob_question", "none",
      "Is an explanation of benefits a bill? I got one in the mail and don't know if I should "
      "pay it.",
      "Hi {MEMBER_FIRST_NAME}, an explanation of benefits is not a bill. It shows what the "
      "provider charged, what the plan paid and what you may owe. Wait for the provider's own "
      "bill and check that it matches the EOB before you pay." + SIGN),
    D("en", "long", "eob_question", "partial_deductible",
      "Hello, I got an explanation of benefits for my visit to Fernbrook Family Practice on "
      "October 3 and there are so many columns I can't make sense of it. There is a billed "
      "amount, an allowed amount, something about deductible, and then a patient "
      "responsibility of $74.60. Could you walk me through what each one is and which number "
      "I actually pay?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the practice billed "
      "{BILLED}; the allowed amount, the price agreed with our network, is {ALLOWED}. Of that, "
      "{DEDUCTIBLE_APPLIED} went to your deductible and the plan paid {PLAN_PAID}. The number "
      "you pay is your responsibility, {MEMBER_OWES}, once the practice bills you." + SIGN,
      claim={"provider": "Fernbrook Family Practice", "date_of_service": "2026-10-03",
             "billed": "260.00", "member_owes": "74.60"},
      mentions=["amount", "date", "provider"]),
    D("es", "spanish", "eob_question", "paid",
      "No entiendo la explicación de beneficios de mi cita del 12 de agosto. ¿Qué significa "
      "'monto permitido'?",
      "Hola {MEMBER_FIRST_NAME}, 'monto permitido' quiere decir la tarifa que el proveedor "
      "aceptó por estar en la red. En su cita del {DATE_OF_SERVICE} quedó en {ALLOWED}: "
      "cubrimos {PLAN_PAID} y usted debe {MEMBER_OWES}. Saludos, {AGENT_NAME}",
      claim={"date_of_service": "2026-08-12", "billed": "300.00", "member_owes": "40.00"},
      mentions=["date"]),
    # denied claims
    D("en", "single", "denied_claim", "denied:50",
      "Why was my sleep study denied? The letter says not medically necessary.",
      "Hi {MEMBER_FIRST_NAME}, the sleep study on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. Your doctor can send notes showing why it was needed, and you can "
      "appeal by {APPEAL_DEADLINE}; I can tell you what to include." + SIGN),
    D("en", "single", "denied_claim", "denied:29",
      "Harrowgate Labs says my claim was rejected for being sent too late. That's their fault, "
      "not mine, right?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. When a network provider files too late, the contract usually keeps them "
      "from billing you for it; please ask Harrowgate Labs to write off the charge." + SIGN,
      claim={"provider": "Harrowgate Labs"}, mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:16",
      "my claim got denyed it says missing info?? what info",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} came back because "
      "{DENIAL_REASON}. The provider's office needs to correct and resend it; you don't need "
      "to file anything yourself." + SIGN),
    D("es", "spanish", "denied_claim", "denied:27",
      "Me negaron un reclamo de febrero diciendo que no tenía cobertura, pero yo pagaba mi "
      "seguro. ¿Qué pasó?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Si cree que estaba cubierto esa fecha, puede apelar antes del "
      "{APPEAL_DEADLINE} con el comprobante de sus pagos. Saludos, {AGENT_NAME}"),
    D("en", "long", "denied_claim", "denied:204",
      "Good morning. My physical therapist at Stonebridge Rehab kept treating me after my "
      "shoulder surgery and now I see the claim for the last batch of sessions was not paid. "
      "Nobody warned me there might be a limit. What happened, and is there anything I can do "
      "before I end up stuck with the whole thing?",
      "Hi {MEMBER_FIRST_NAME}, the sessions billed for {DATE_OF_SERVICE} were not paid because "
      "{DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE}; a letter from your surgeon or "
      "therapist explaining why the extra sessions were needed makes the strongest case." + SIGN,
      claim={"provider": "Stonebridge Rehab"}, mentions=["provider"]),
    # prior authorization
    D("en", "single", "prior_authorization", "none",
      "Do I need a prior authorization for an MRI of my lower back?",
      "Hi {MEMBER_FIRST_NAME}, many plans ask for approval before advanced imaging like an MRI. "
      "Your doctor's office usually requests it; I can check whether your plan needs it for "
      "this scan if you send me the ordering doctor's name." + SIGN,
      add=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "none",
      "how long does a prior auth take to get aproved, my surgery is in 2 weeks",
      "Hi {MEMBER_FIRST_NAME}, standard requests are usually decided within about two weeks "
      "and urgent ones within 72 hours. If your surgery date is close, ask your surgeon's "
      "office to mark the request urgent if it is." + SIGN),
    D("es", "spanish", "prior_authorization", "none",
      "Mi doctor dice que necesito autorización previa para una cirugía. ¿Quién la pide, yo o "
      "él?",
      "Hola {MEMBER_FIRST_NAME}, normalmente la pide el consultorio de su doctor; usted no "
      "tiene que enviar nada. Le avisaremos cuando haya una decisión. Saludos, {AGENT_NAME}"),
    D("en", "long", "prior_authorization", "denied:197",
      "I had a CT scan at Millbrook Diagnostic on July 22 because my doctor was worried about "
      "my kidneys. Now the claim shows as unpaid and something about authorization. I assumed "
      "the doctor handled all that. Who dropped the ball here and what do I do now?",
      "Hi {MEMBER_FIRST_NAME}, the scan on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. Please ask your doctor's office whether they requested approval; they "
      "can ask for a retroactive review, and you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim={"provider": "Millbrook Diagnostic", "date_of_service": "2026-07-22"},
      mentions=["date", "provider"]),
    # out of network
    D("en", "single", "out_of_network", "none",
      "Is Dr. Ingrid Solheim at Westmarch Dermatology in network?",
      "Hi {MEMBER_FIRST_NAME}, I can look that up for you. Network status can differ by "
      "location, so I'll check the Westmarch office and confirm; you can also search the "
      "provider directory in the member portal." + SIGN,
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "Why did the plan pay so little on my bill from Tidewater Allergy Associates?",
      "Hi {MEMBER_FIRST_NAME}, Tidewater Allergy Associates is {NETWORK_STATUS} for your plan, "
      "so the visit on {DATE_OF_SERVICE} was paid at out-of-network rates: the plan allowed "
      "{ALLOWED}, paid {PLAN_PAID}, and {MEMBER_OWES} is your share." + SIGN,
      claim={"provider": "Tidewater Allergy Associates", "billed": "640.00",
             "member_owes": "310.00"},
      mentions=["provider"]),
    D("en", "typo", "out_of_network", "none",
      "how do i find a in network therapist near me, the website search is confusing",
      "Hi {MEMBER_FIRST_NAME}, in the member portal choose Find Care, then Behavioral Health, "
      "and enter your ZIP code; results show network status. I'm happy to send you a short "
      "list if you tell me your area." + SIGN,
      add=NET_UNKNOWN),
    D("es", "spanish", "out_of_network", "none",
      "¿Cómo sé si un hospital está dentro de la red antes de ir?",
      "Hola {MEMBER_FIRST_NAME}, puede buscarlo en el directorio de proveedores del portal o "
      "llamarnos al {PHONE}; con gusto lo verifico si me da el nombre. Saludos, {AGENT_NAME}",
      add=NET_UNKNOWN),
    # balance bill
    D("en", "single", "balance_bill", "balance_bill",
      "Redfield Anesthesia billed me $780 on top of what insurance paid for my surgery at an "
      "in-network hospital. Is that allowed?",
      "Hi {MEMBER_FIRST_NAME}, for care on {DATE_OF_SERVICE} at an in-network hospital, the No "
      "Surprises Act generally keeps out-of-network clinicians such as anesthesiologists from "
      "billing you more than your in-network share. Please don't pay the extra while we review "
      "it with the provider." + SIGN,
      claim={"provider": "Redfield Anesthesia", "billed": "1900.00", "member_owes": "780.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "balance_bill", "none",
      "What is balance billing?",
      "Hi {MEMBER_FIRST_NAME}, it's a bill for the gap between a provider's full price and "
      "what we allow. A network provider has agreed never to send one, and federal law shields "
      "you from it for emergencies and for outside doctors at network facilities." + SIGN),
    D("en", "long", "balance_bill", "balance_bill",
      "I went to an in-network urgent care and the doctor who saw me was apparently a "
      "contractor. Now there is a separate bill from Harbor Point Physicians for $265 saying "
      "insurance didn't cover all of it and I owe the rest. I never chose that doctor and had "
      "no way to know. Do I really have to pay this?",
      "Hi {MEMBER_FIRST_NAME}, the bill for {DATE_OF_SERVICE} may be a balance bill. Let us "
      "review it before you pay: when a clinician you didn't choose treats you at a network "
      "facility, federal rules can limit you to your in-network share. You can also call the "
      "No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim={"provider": "Harbor Point Physicians", "billed": "600.00", "member_owes": "265.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "balance_bill", "none",
      "¿Qué es la ley de No Sorpresas? Un amigo me dijo que me puede ayudar con una factura.",
      "Hola {MEMBER_FIRST_NAME}, la ley No Surprises protege de facturas sorpresa en "
      "emergencias, en ambulancias aéreas y cuando un médico fuera de la red le atiende en un "
      "centro de la red. Mándeme la factura y la revisamos. Saludos, {AGENT_NAME}"),
]
