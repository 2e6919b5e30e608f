"""Fifteenth held-out drafts set (stop 32), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs and denials. Written by helper sets14 from general knowledge, in
shapes the earlier sets used little: EOB lines quoted one by one, a question buried after a long
story, follow-ups about an earlier claim, plan terms used wrongly (coinsurance called a copay, a
premium called a deductible, a denial called a rejection), voice-to-text run-ons, one-word
messages, Spanish with English plan terms, members writing for a parent, many date and amount
formats.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh14_common import SIGN, C14

ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "deductible - where am i at",
      "Hi {MEMBER_FIRST_NAME}, your deductible is {DEDUCTIBLE}. You have met {DEDUCTIBLE_MET} "
      "of it so far, so {DEDUCTIBLE_REMAINING} is left until {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "none",
      "I pay my deductible every month on the 1st, automatic from checking, so why does the "
      "doctor's office keep saying I haven't met my deductible yet? I've paid all year.",
      "Hi {MEMBER_FIRST_NAME}, the monthly payment is your premium, which keeps the coverage "
      "active. The deductible is different: it is what you pay for covered care before the plan "
      "starts sharing costs. Yours is {DEDUCTIBLE}, {DEDUCTIBLE_MET} is met so far and "
      "{DEDUCTIBLE_REMAINING} is left this plan year." + SIGN),
    D("en", "long", "deductible", "partial_deductible",
      "So this is a long one sorry. My husband had his knee scoped back in the spring and we "
      "paid a ton then, I thought that would take care of the deductible for both of us for the "
      "year. Then our daughter went to Quillan Ridge Family Medicine on 10/3 for a sports "
      "physical plus an ear thing and now we got a bill for 96.50. We're on the family plan. Is "
      "the family deductible not met by his surgery, or does each person have their own?",
      "Hi {MEMBER_FIRST_NAME}, on your plan each person has an individual deductible inside "
      "the family one. For the visit at {PROVIDER_NAME} on {DATE_OF_SERVICE}, "
      "{DEDUCTIBLE_APPLIED} went toward the deductible, the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}. Overall {DEDUCTIBLE_MET} of the {DEDUCTIBLE} deductible is met "
      "and {DEDUCTIBLE_REMAINING} is left." + SIGN,
      claim=C14("240.00", "96.50", "partial_deductible", provider="Quillan Ridge Family Medicine",
                date_of_service="2026-10-03"),
      mentions=["provider", "date", "amount"]),
    D("en", "typo", "deductible", "deductible",
      "why di i owe the ful 318 for my bloodwork?? i though labs were free after deductable or "
      "is that before",
      "Hi {MEMBER_FIRST_NAME}, labs are not free before the deductible: for the lab work on "
      "{DATE_OF_SERVICE}, {DEDUCTIBLE_APPLIED} counted toward it and your share is "
      "{MEMBER_OWES}. Once it is met, the plan shares these costs. "
      "{DEDUCTIBLE_REMAINING} of your {DEDUCTIBLE} deductible is left." + SIGN,
      claim=C14("530.00", "318.00", "deductible", service="Lab work"),
      mentions=["amount"]),
    D("es", "spanish", "deductible", "none",
      "Hola, cuánto me falta del deductible? El año pasado me lo explicaron pero ya se me olvidó "
      "cómo funciona",
      "Hola {MEMBER_FIRST_NAME}, su deducible es de {DEDUCTIBLE}. Lleva {DEDUCTIBLE_MET} "
      "cubierto y le faltan {DEDUCTIBLE_REMAINING}. Es lo que usted paga por la atención "
      "cubierta antes de que el plan empiece a compartir los costos, y vuelve a empezar después "
      "del {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "none",
      "Writing for my mother, she's 79 and I'm on her account as her authorized rep. Does her "
      "deductible reset in January or on her plan anniversary? She switched plans in July.",
      "Hi {MEMBER_FIRST_NAME}, her deductible runs with the plan year, which ends on "
      "{PLAN_YEAR_END}; it starts again after that date. So far {DEDUCTIBLE_MET} of her "
      "{DEDUCTIBLE} deductible is met." + SIGN),

    # ---- copays and coinsurance ----
    D("en", "single", "copay_coinsurance", "paid",
      "My copay for the MRI was $212.40?? I thought copays were like 30 bucks",
      "Hi {MEMBER_FIRST_NAME}, for the MRI on {DATE_OF_SERVICE} your share is {MEMBER_OWES}. "
      "Imaging like this is billed as coinsurance (a percentage of the allowed amount, "
      "{ALLOWED}) rather than a flat copay, which is why it is more than an office visit. The "
      "plan paid {PLAN_PAID}." + SIGN,
      claim=C14("1180.00", "212.40", service="MRI"),
      mentions=["amount"]),
    D("en", "single", "copay_coinsurance", "none",
      "copay vs coinsurance - which one is the percent thing? i always mix them up",
      "Hi {MEMBER_FIRST_NAME}, a copay is a flat fee you pay for a service, such as an office "
      "visit. Coinsurance is a percentage of the allowed amount that you pay after your "
      "deductible is met; the plan pays the rest. Your plan documents for {PLAN_NAME} list "
      "which services use which." + SIGN),
    D("en", "typo", "copay_coinsurance", "paid",
      "went to Ferncliff Physcial Therapy 3x a week and evry visit is 44 dollars, is that the "
      "copay or the 20%? need to know before i book 12 more",
      "Hi {MEMBER_FIRST_NAME}, for the therapy visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}, made up of {COINSURANCE} coinsurance; the plan paid {PLAN_PAID} of the "
      "{ALLOWED} allowed. Later visits are worked out the same way until your out-of-pocket "
      "maximum is reached." + SIGN,
      claim=C14("165.00", "44.00", provider="Ferncliff Physical Therapy"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Buenas tardes. Fui a Clínica San Lázaro el 2 de octubre y me cobraron 65,00 dólares de "
      "copay. Mi tarjeta dice 25. ¿Por qué la diferencia?",
      "Buenas tardes {MEMBER_FIRST_NAME}. En la visita del {DATE_OF_SERVICE} en {PROVIDER_NAME} "
      "su parte es {MEMBER_OWES}: incluye {COPAY} de copago y {COINSURANCE} de coseguro por un "
      "servicio adicional de esa visita. El plan pagó {PLAN_PAID}. Si la clínica le cobró más "
      "de esa cantidad, puede pedirle la diferencia." + SIGN,
      claim=C14("190.00", "65.00", provider="Clínica San Lázaro", date_of_service="2026-10-02"),
      mentions=["provider", "date", "amount"]),
    D("en", "long", "copay_coinsurance", "paid",
      "ok so. I had a telehealth visit with a counselor, then two weeks later an in person "
      "follow up at the same practice, Linden Hollow Behavioral Health. The telehealth one "
      "cost me nothing which was great. The in-person one on 9/22/26 I got a statement for "
      "$35. My friend on the same employer plan says she never pays for therapy. Who's right, "
      "is there a copay for in-person and not for video or is the office just charging me "
      "wrong?",
      "Hi {MEMBER_FIRST_NAME}, for the in-person visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} "
      "your share is {MEMBER_OWES}, which is the {COPAY} copay for an office visit; the plan "
      "paid {PLAN_PAID}. Telehealth and in-person visits can have different cost shares on "
      "{PLAN_NAME}, and another member's plan may differ from yours even with the same "
      "employer." + SIGN,
      claim=C14("150.00", "35.00", provider="Linden Hollow Behavioral Health",
                date_of_service="2026-09-22"),
      mentions=["provider", "date", "amount"]),

    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "how close am i to the max out of pocket",
      "Hi {MEMBER_FIRST_NAME}, your out-of-pocket maximum is {OOP_MAX} and {OOP_MET} counts "
      "toward it so far this plan year. Once you reach it, the plan pays covered in-network "
      "care in full until {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I hit my out of pocket max in August (chemo). Now I have a bill from Saltmarsh Oncology "
      "Associates for 1,460.00. Shouldn't that be zero now?",
      "Hi {MEMBER_FIRST_NAME}, you are right that it should be nothing: with {OOP_MET} of "
      "{OOP_MAX} reached, {PROVIDER_NAME} was paid {PLAN_PAID} by the plan for "
      "{DATE_OF_SERVICE}, leaving {MEMBER_OWES} for you. If the office is billing you, they may not "
      "have the processed claim yet; you can ask them to check it against the EOB." + SIGN,
      claim=C14("1460.00", scenario="oop_met", provider="Saltmarsh Oncology Associates"),
      mentions=["provider", "amount"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Mi mamá tiene muchos gastos médicos este año. ¿Cuál es el máximo que ella tiene que "
      "pagar? Yo le ayudo con sus cuentas",
      "Hola {MEMBER_FIRST_NAME}, el máximo de gastos de bolsillo del plan es {OOP_MAX}. Hasta "
      "ahora lleva {OOP_MET}. Cuando llegue al máximo, el plan paga la atención cubierta dentro "
      "de la red por completo hasta el {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "none",
      "do my perscription copays count to the out of pocket limit or only dr visits",
      "Hi {MEMBER_FIRST_NAME}, on {PLAN_NAME} what you pay for covered in-network care and "
      "covered prescriptions counts toward the out-of-pocket maximum of {OOP_MAX}; premiums "
      "do not. So far {OOP_MET} has counted this plan year." + SIGN),
    D("en", "long", "out_of_pocket_max", "oop_met",
      "Background: I'm a type 1 diabetic and I basically max out every year by March because of "
      "pump supplies. This year was no different. Yesterday I got an EOB for my endo appointment "
      "at Brightwater Endocrine on Nov 4 and it says patient responsibility zero, which is "
      "right, but the front desk still asked for a copay at check in and I paid it out of "
      "habit. Do I just ask them for it back?",
      "Hi {MEMBER_FIRST_NAME}, yes. You have met your out-of-pocket maximum, and for the visit "
      "at {PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. You can ask the office to refund the copay you paid at check-in, and "
      "show them the EOB if they need it." + SIGN,
      claim=C14("285.00", scenario="oop_met", provider="Brightwater Endocrine",
                date_of_service="2026-11-04"),
      mentions=["provider", "date"]),

    # ---- EOB questions ----
    D("en", "single", "eob_question", "paid",
      "Reading my EOB line by line:\nAmount billed: $640.00\nPlan discount: $256.00\nPlan "
      "paid: $307.20\nYou owe: $76.80\nWhat is the 'plan discount' line? Did I get a discount "
      "or is that something I pay later?",
      "Hi {MEMBER_FIRST_NAME}, that line is the network discount: the gap between the "
      "{BILLED} charge and the contracted {ALLOWED}. Nobody collects it from you. Out of "
      "{ALLOWED}, {PLAN_PAID} came from the plan and {MEMBER_OWES} is yours." + SIGN,
      claim=C14("640.00", "76.80"),
      mentions=["amount"]),
    D("en", "single", "eob_question", "paid",
      "this says 'THIS IS NOT A BILL' at the top. so do i pay it or not",
      "Hi {MEMBER_FIRST_NAME}, the Explanation of Benefits is not a bill: it shows how the "
      "plan processed the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE}. The plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. The provider sends the bill for your share; "
      "check that it matches the EOB before you pay." + SIGN),
    D("en", "typo", "eob_question", "deductible",
      "EOB for clm 2611-40832 from Tamsin Valey Orthopedics says remark code PR-1?? what does "
      "PR mean, did you pay anything at all",
      "Hi {MEMBER_FIRST_NAME}, PR means patient responsibility and the 1 means the amount went "
      "to your deductible. For claim {CLAIM_NUMBER} on {DATE_OF_SERVICE}, {DEDUCTIBLE_APPLIED} "
      "went toward the deductible, so the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C14("415.00", scenario="deductible", provider="Tamsin Valley Orthopedics",
                claim_number="2611-40832"),
      mentions=["claim_number", "provider"]),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó un papel que dice Explanation of Benefits de Bellweather Imaging. Dice "
      "'allowed amount' y 'your responsibility'. No entiendo el inglés de seguros, ¿me lo "
      "explica?",
      "Hola {MEMBER_FIRST_NAME}, ese papel no es una factura: explica cómo se procesó el "
      "reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE}. 'Allowed amount' es lo que el plan "
      "acepta por el servicio ({ALLOWED}); de eso el plan pagó {PLAN_PAID}, y 'your "
      "responsibility' es su parte, {MEMBER_OWES}." + SIGN,
      claim=C14("520.00", "62.40", provider="Bellweather Imaging"),
      mentions=["provider"]),
    D("en", "long", "eob_question", "paid",
      "I keep every piece of paper you send me and I have a folder for my wife's pregnancy. The "
      "newest EOB is for an ultrasound, service date 2026-08-19, and it has three lines: one "
      "says 'allowed 228.00', one says 'deductible 0', one says 'coinsurance 45.60', and at the "
      "bottom 'what you owe 45.60'. The hospital statement says 60.00. Which number do I "
      "trust?",
      "Hi {MEMBER_FIRST_NAME}, for the ultrasound on {DATE_OF_SERVICE} the plan allowed "
      "{ALLOWED}, paid {PLAN_PAID}, and your share is {MEMBER_OWES} ({COINSURANCE} "
      "coinsurance). The EOB is the figure the network contract allows the provider to collect; "
      "you can ask the hospital billing office to correct the statement to match it." + SIGN,
      claim=C14("380.00", "45.60", service="Ultrasound", date_of_service="2026-08-19"),
      mentions=["date", "amount"]),

    # ---- denied claims ----
    D("en", "single", "denied_claim", "denied:50",
      "Why was my claim for the sleep study REJECTED? Dr ordered it, it's not like I asked for "
      "it for fun",
      "Hi {MEMBER_FIRST_NAME}, the sleep study on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. Your doctor can send records that show why it was needed, and you can "
      "appeal by {APPEAL_DEADLINE}; we can explain each step." + SIGN,
      claim=C14("2150.00", scenario="denied:50", service="Sleep study")),
    D("en", "single", "denied_claim", "denied:27",
      "any update on claim 55-019384? I asked about it two weeks ago and it said not eligible",
      "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} from {DATE_OF_SERVICE} is still unpaid "
      "because {DENIAL_REASON}. If your coverage was active that day, let us know and we can "
      "look at the eligibility record with you; you can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("310.00", scenario="denied:27", claim_number="55-019384"),
      mentions=["claim_number"]),
    D("en", "typo", "denied_claim", "denied:16",
      "got a denail letter from Corrinne Lake Dermatolgy visit, it says missing info?? what info "
      "do they need from ME",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} came back "
      "unpaid because {DENIAL_REASON}. That is usually information the office has to add, so "
      "the easiest fix is for them to correct and resend the claim. If you disagree you can "
      "also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("265.00", scenario="denied:16", provider="Corrinne Lake Dermatology"),
      mentions=["provider"]),
    D("es", "spanish", "denied_claim", "denied:204",
      "¿Por qué me negaron el reclamo de la terapia de lenguaje de mi hijo? Son 1.350,00 "
      "dólares y no los tenemos",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de la terapia del {DATE_OF_SERVICE} no se pagó "
      "porque {DENIAL_REASON}. Usted puede apelar hasta el {APPEAL_DEADLINE}; si el terapeuta "
      "envía una carta de necesidad médica, la apelación tiene más fuerza. Con gusto le "
      "explicamos los pasos." + SIGN,
      claim=C14("1350.00", scenario="denied:204", service="Speech therapy"),
      mentions=["amount"]),
    D("en", "long", "denied_claim", "denied:96",
      "i need to vent a little but there is a question at the end. my son broke his wrist at "
      "soccer we went to the urgent care then they sent us to ortho then ortho did a cast and "
      "the cast was paid and the visit was paid but now the splint they gave him afterwards for "
      "the brace thing says denied and it's 188 and i just want to know is that something we "
      "can fight or is it one of those not covered items",
      "Hi {MEMBER_FIRST_NAME}, the splint on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. You can appeal that decision by {APPEAL_DEADLINE}; a note from the "
      "orthopedist explaining why he needed it helps. We can go through the appeal with you." +
      SIGN,
      claim=C14("188.00", scenario="denied:96", service="Wrist splint"),
      mentions=["amount"]),
    D("en", "single", "denied_claim", "denied:29",
      "my claim from 2025 got bounced back as too late?? the hospital sent it way after, "
      "that's not on me",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. When a network provider files late, the contract usually does not let "
      "them bill you for it; ask the hospital to check. You can also appeal by "
      "{APPEAL_DEADLINE}." + SIGN,
      claim=C14("740.00", scenario="denied:29", date_of_service="2025-06-11")),
]
