"""Ninth held-out drafts set, batch 1: deductible, copays and coinsurance, out-of-pocket maximum,
EOBs, denials. Written by helper facts9 from general knowledge of member-services questions,
without reading the earlier sets' messages or the demo history; leaning toward what is hard:
general-rule questions that are not about a claim, claims named only by provider or only by
amount, long rambling messages, Spanish.
"""

from drafts_common import D

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "Does my deductible start over every January or on some other date?",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over at the beginning of each plan year. "
      "Your current plan year ends on {PLAN_YEAR_END}, so amounts you pay toward the {DEDUCTIBLE} "
      "deductible count until then. So far {DEDUCTIBLE_MET} has been met." + SIGN),
    D("en", "single", "deductible", "none",
      "how much is left on my deductible right now",
      "Hi {MEMBER_FIRST_NAME}, you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so "
      "{DEDUCTIBLE_REMAINING} is left before your plan starts sharing costs. That total resets "
      "after {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "deductible",
      "Got a bill from Quarry Hill Radiology and the EOB says it all went to my deductible. "
      "Why didn't insurance pay any of it?",
      "Hi {MEMBER_FIRST_NAME}, the {SERVICE} at {PROVIDER_NAME} on {DATE_OF_SERVICE} was applied "
      "to your deductible: the allowed amount was {ALLOWED} and {DEDUCTIBLE_APPLIED} went toward "
      "the deductible, so the plan paid {PLAN_PAID} this time. Once the deductible is met, the "
      "plan starts paying its share." + SIGN,
      claim={"provider": "Quarry Hill Radiology", "billed": "915.00", "allowed": "612.40",
             "plan_paid": "0.00", "member_owes": "612.40"},
      mentions=["provider"]),
    D("en", "typo", "deductible", "none",
      "do preventive visits count agianst the deductable or are they free",
      "Hi {MEMBER_FIRST_NAME}, in-network preventive care such as a yearly checkup and routine "
      "screenings is covered without applying the deductible. If the visit also treats a new "
      "problem, that part may go toward your {DEDUCTIBLE} deductible." + SIGN),
    D("es", "spanish", "deductible", "partial_deductible",
      "Hola, me llegó una cuenta de 1.184,00 dólares y no entiendo cuánto fue al deducible y "
      "cuánto pagó el seguro.",
      "Hola {MEMBER_FIRST_NAME}, en ese reclamo {DEDUCTIBLE_APPLIED} se aplicó a su deducible y "
      "el plan pagó {PLAN_PAID}. A usted le corresponde {MEMBER_OWES}. Le quedan "
      "{DEDUCTIBLE_REMAINING} para completar el deducible de este año." + SIGN,
      claim={"billed": "1184.00", "allowed": "820.00", "plan_paid": "310.00",
             "member_owes": "510.00"},
      mentions=["amount"]),
    D("en", "long", "deductible", "none",
      "Hi, so my wife and I switched to the family plan this year after the baby came and I'm "
      "trying to figure out how the deductible works now. Before we each had our own, and now "
      "there's something about an individual amount and a family amount and I honestly don't "
      "get whether one of us has to hit the whole family number before anything is covered. "
      "We've had a lot of pediatrician visits already. Can you explain it simply?",
      "Hi {MEMBER_FIRST_NAME}, on a family plan each person has an individual deductible and the "
      "family has an overall one. Once one person meets their individual amount, the plan starts "
      "sharing that person's costs; once the family total is met, it does for everyone, even if "
      "someone has not met their own. Well-baby visits in network are preventive care and do not "
      "go toward the deductible. Your plan's deductible is {DEDUCTIBLE} and {DEDUCTIBLE_MET} has "
      "been met so far." + SIGN),
    # ---- copay / coinsurance ----
    D("en", "single", "copay_coinsurance", "none",
      "My benefits booklet uses both words, copay and coinsurance, sometimes in the same row. Are they not the same?",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed amount you pay for a service, such as a set "
      "fee for an office visit. Coinsurance is a percentage of the allowed amount you pay after "
      "your deductible is met. Your plan documents for {PLAN_NAME} list which services use "
      "which." + SIGN),
    D("en", "single", "copay_coinsurance", "paid",
      "PT session, and now a $96.18 balance. I assumed physical therapy was a flat fee thing?",
      "Hi {MEMBER_FIRST_NAME}, therapy sessions on your plan use coinsurance, not a flat "
      "fee: for the {SERVICE} on {DATE_OF_SERVICE}, {PLAN_PAID} was covered by the plan out of "
      "{ALLOWED} allowed, leaving {MEMBER_OWES} for you." + SIGN,
      claim={"service": "physical therapy", "billed": "310.00", "allowed": "240.90",
             "plan_paid": "144.72", "member_owes": "96.18"},
      mentions=["amount"]),
    D("en", "typo", "copay_coinsurance", "paid",
      "pinecrest physical therapy charged me again?? i thougt the copay covered evrything",
      "Hi {MEMBER_FIRST_NAME}, on the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. A copay covers the visit fee; separate "
      "services billed the same day can have their own cost share." + SIGN,
      claim={"provider": "Pinecrest Physical Therapy", "billed": "275.00", "allowed": "190.00",
             "plan_paid": "150.00", "member_owes": "40.00"},
      mentions=["provider"]),
    D("es", "spanish", "copay_coinsurance", "none",
      "¿El copago de especialista es igual que el del médico de cabecera o cuesta más?",
      "Hola {MEMBER_FIRST_NAME}, en muchos planes el copago de especialista es más alto que el "
      "del médico de atención primaria. Los montos de su plan {PLAN_NAME} están en su resumen de "
      "beneficios, y con gusto se los confirmamos por teléfono al {PHONE}." + SIGN),
    D("en", "single", "copay_coinsurance", "none",
      "Does my coinsurance still apply after I hit the out-of-pocket max?",
      "Hi {MEMBER_FIRST_NAME}, no: once you reach your out-of-pocket maximum, the plan pays "
      "100% of covered in-network services for the rest of the plan year, so no copays or "
      "coinsurance apply." + SIGN),
    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "Rough guess, am I anywhere near the yearly spending cap yet? Lots of appointments lately.",
      "Hi {MEMBER_FIRST_NAME}, you have paid {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum this plan year, which ends on {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I hit my max already, so why did Ferncliff Cardiology send me a statement?",
      "Hi {MEMBER_FIRST_NAME}, our records show you owe nothing on the {PROVIDER_NAME} claim "
      "from {DATE_OF_SERVICE}: your out-of-pocket maximum was met, so your share is "
      "{MEMBER_OWES}. The statement may have been sent before the claim was processed; please "
      "ask them to check it against your EOB." + SIGN,
      claim={"provider": "Ferncliff Cardiology", "billed": "1420.00", "allowed": "960.00",
             "plan_paid": "960.00", "member_owes": "0.00"},
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Lo que pago cada mes por el seguro, ¿eso suma para el tope anual de gastos?",
      "Hola {MEMBER_FIRST_NAME}, no. Las primas no cuentan para el máximo de gastos de bolsillo; "
      "sí cuentan el deducible, los copagos y el coseguro de servicios cubiertos dentro de la "
      "red. Lleva {OOP_MET} de {OOP_MAX} este año." + SIGN),
    D("en", "long", "out_of_pocket_max", "none",
      "My son had surgery in the spring and then physical therapy all summer and I have been "
      "paying bits here and there and I have lost track. I read that there is a cap on what a "
      "family pays in a year. Do out-of-network bills count toward it, and does the prescription "
      "stuff count too or is that separate? I just want to know if there's a light at the end "
      "of this.",
      "Hi {MEMBER_FIRST_NAME}, there is a yearly cap: your out-of-pocket maximum is {OOP_MAX} and "
      "{OOP_MET} has been paid toward it this plan year. Deductibles, copays and coinsurance for "
      "covered in-network care count toward it; whether prescriptions share the same cap depends "
      "on the plan, and out-of-network costs usually do not count. Once the cap is met, covered "
      "in-network care is paid in full until {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "none",
      "wat happens after i reach the out of pockit max, is everthing free after",
      "Hi {MEMBER_FIRST_NAME}, after you reach your {OOP_MAX} out-of-pocket maximum, the plan "
      "pays the full allowed amount for covered in-network care for the rest of the plan year. "
      "Premiums and non-covered services still apply." + SIGN),
    # ---- EOB ----
    D("en", "single", "eob_question", "paid",
      "My EOB has a line called provider discount. Is that something I have to pay?",
      "Hi {MEMBER_FIRST_NAME}, no: the provider discount is the part of the billed charge the "
      "provider agreed to write off as an in-network provider. On your {DATE_OF_SERVICE} claim "
      "the billed amount was {BILLED}, the allowed amount {ALLOWED}, the plan paid {PLAN_PAID} "
      "and your share is {MEMBER_OWES}." + SIGN),
    D("en", "single", "eob_question", "none",
      "Is an explanation of benefits the same thing as a bill?",
      "Hi {MEMBER_FIRST_NAME}, no. An explanation of benefits shows how a claim was processed: "
      "what was billed, what the plan allowed and paid, and what you may owe. The bill comes "
      "from the provider; it is a good idea to compare the two before paying." + SIGN),
    D("es", "spanish", "eob_question", "paid",
      "Recibí una explicación de beneficios de Lakeshore Imaging Center y no sé qué significa "
      "cada columna.",
      "Hola {MEMBER_FIRST_NAME}, en la explicación de beneficios de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}: el cargo facturado fue {BILLED}, el monto permitido {ALLOWED}, el plan "
      "pagó {PLAN_PAID} y a usted le corresponde {MEMBER_OWES}. No es una factura." + SIGN,
      claim={"provider": "Lakeshore Imaging Center", "billed": "1650.00", "allowed": "780.00",
             "plan_paid": "624.00", "member_owes": "156.00"},
      mentions=["provider"]),
    D("en", "typo", "eob_question", "paid",
      "alowed amount on the paper = $388.00, doctors statement is like double, which number is real??",
      "Hi {MEMBER_FIRST_NAME}, the number that counts for you is your share of the allowed "
      "amount. Here {ALLOWED} was allowed, {PLAN_PAID} came from the plan and {MEMBER_OWES} is yours. "
      "The difference between {BILLED} and {ALLOWED} is written off by the in-network provider."
      + SIGN,
      claim={"billed": "920.00", "allowed": "388.00", "plan_paid": "310.40",
             "member_owes": "77.60"},
      mentions=["amount"]),
    D("en", "long", "eob_question", "paid",
      "Ok so I got this letter that says THIS IS NOT A BILL at the top, and then a week later "
      "the actual bill from Birchwood Family Clinic came, and the numbers on the two don't look "
      "the same at all. The letter has like five columns. I paid the clinic something at the "
      "front desk that day too so now I'm not sure if I'm paying twice. Can someone walk me "
      "through it?",
      "Hi {MEMBER_FIRST_NAME}, the letter is the explanation of benefits for your visit to "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}: billed {BILLED}, allowed {ALLOWED}, plan paid "
      "{PLAN_PAID}, your share {MEMBER_OWES}. Anything you paid at the front desk should be "
      "subtracted from that share; if the clinic's bill asks for more, ask them for an itemized "
      "statement showing your payment." + SIGN,
      claim={"provider": "Birchwood Family Clinic", "billed": "265.00", "allowed": "171.00",
             "plan_paid": "136.80", "member_owes": "34.20"},
      mentions=["provider"]),
    # ---- denied claims ----
    D("en", "single", "denied_claim", "denied:50",
      "Why was my claim for the sleep study denied as not medically necessary?",
      "Hi {MEMBER_FIRST_NAME}, the {SERVICE} on {DATE_OF_SERVICE} was denied with the reason: "
      "{DENIAL_REASON}. Your doctor can send records supporting the need for it, and you can "
      "appeal; the deadline for this claim is {APPEAL_DEADLINE}." + SIGN,
      claim={"service": "sleep study", "billed": "2300.00", "plan_paid": "0.00"}),
    D("en", "single", "denied_claim", "denied:29",
      "Bayview Sleep Center says you denied their bill for being late? that's not my fault",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "because it reached us after the filing limit ({DENIAL_REASON}). When a provider files "
      "late, an in-network provider generally cannot bill you for it; please let them know." + SIGN,
      claim={"provider": "Bayview Sleep Center", "billed": "1875.00", "plan_paid": "0.00"},
      mentions=["provider"]),
    D("es", "spanish", "denied_claim", "denied:27",
      "Me negaron un reclamo de 642,00 dólares y dice que la cobertura había terminado. Pero yo "
      "pagué todo.",
      "Hola {MEMBER_FIRST_NAME}, ese reclamo del {DATE_OF_SERVICE} se rechazó con el motivo: "
      "{DENIAL_REASON}. Vamos a revisar las fechas de su cobertura y sus pagos; si hubo un error, "
      "el reclamo se puede volver a procesar. También puede apelar antes de {APPEAL_DEADLINE}."
      + SIGN,
      claim={"billed": "642.00", "plan_paid": "0.00"},
      mentions=["amount"]),
    D("en", "typo", "denied_claim", "denied:16",
      "claim got denyed for missing info?? what info, nobody asked me anything",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied because information was "
      "missing from the provider's submission ({DENIAL_REASON}). This is usually fixed by the "
      "provider correcting and resubmitting the claim, so please ask {PROVIDER_NAME} to do "
      "that." + SIGN),
    D("en", "single", "denied_claim", "none",
      "In general, if a claim gets denied, do I have to pay it while I appeal?",
      "Hi {MEMBER_FIRST_NAME}, you can ask the provider to hold the bill while an appeal is "
      "reviewed; many will. You have 180 days from a denial notice to file an internal appeal, "
      "and if the denial is overturned the plan pays its share." + SIGN),
]
