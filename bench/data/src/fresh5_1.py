"""Sixth held-out drafts set, batch 1: deductible, copays and coinsurance, out-of-pocket maximum,
EOBs, denials, prior authorization, networks. Written by helper drafts6 from general knowledge of
member-services questions, without reading the earlier sets' messages or the demo history."""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

ITEMS = [
    # deductible
    D("en", "single", "deductible", "none",
      "Do lab tests like bloodwork count toward my deductible, or is that a separate bucket? "
      "My doctor wants a full panel next week.",
      "Hi {MEMBER_FIRST_NAME}, covered lab work usually counts toward your deductible unless it "
      "is part of a preventive visit, which the plan covers without it. So far you have met "
      "{DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, leaving {DEDUCTIBLE_REMAINING} until "
      "{PLAN_YEAR_END}. Your doctor's office can tell you whether the panel is billed as "
      "preventive or diagnostic. Best, {AGENT_NAME}"),
    D("en", "single", "deductible", "deductible",
      "I got a statement from Quillfield Radiology for $388.20 after my ultrasound and it says "
      "the whole amount is my responsibility. Isn't insurance supposed to pay something?",
      "Hi {MEMBER_FIRST_NAME}, the ultrasound on {DATE_OF_SERVICE} was covered, but the "
      "allowed amount went toward your deductible, which is why the plan's share was "
      "{PLAN_PAID} and {MEMBER_OWES} is yours. Once your deductible is met (you have "
      "{DEDUCTIBLE_REMAINING} left), the plan starts sharing the cost. Best, {AGENT_NAME}",
      claim={"provider": "Quillfield Radiology", "billed": "640.00", "member_owes": "388.20"},
      mentions=["amount", "provider"]),
    D("en", "typo", "deductible", "none",
      "is there a seperate deductable for my kids or is it one big one for the hole family",
      "Hi {MEMBER_FIRST_NAME}, family plans have a family deductible, and many also have a "
      "smaller amount per person; once one person reaches theirs, the plan starts sharing "
      "that person's costs. Your plan's deductible is {DEDUCTIBLE} and {DEDUCTIBLE_MET} has been "
      "met so far. Let me know if you'd like me to go through each person's total. "
      "Best, {AGENT_NAME}"),
    D("en", "long", "deductible", "partial_deductible",
      "Good afternoon. My son had stitches put in at Larkspur Family Clinic on September 19 "
      "after he fell off his bike, and I just got a bill for $142.75. I thought we had already "
      "paid a lot this year between my physical therapy and his asthma visits, so I was "
      "surprised anything went to the deductible at all. Can you explain how much of this "
      "visit went where, and how much we still have left before the plan pays more?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the allowed amount was "
      "{ALLOWED}. Of that, {DEDUCTIBLE_APPLIED} went toward your deductible, the plan paid "
      "{PLAN_PAID}, and {MEMBER_OWES} is your share. You have {DEDUCTIBLE_REMAINING} of the "
      "deductible left this plan year; after that the plan pays more of each visit. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Larkspur Family Clinic", "date_of_service": "2026-09-19",
             "billed": "300.00", "member_owes": "142.75"},
      mentions=["amount", "date", "provider"]),
    D("es", "spanish", "deductible", "none",
      "Buenas, si cambio de trabajo a mitad de año, ¿lo que ya pagué de deducible se pierde?",
      "Hola {MEMBER_FIRST_NAME}, lo que pagó cuenta para el deducible de este plan mientras "
      "siga inscrito; si pasa a otro plan, normalmente el nuevo plan empieza su propio "
      "deducible. En su plan actual lleva {DEDUCTIBLE_MET} de {DEDUCTIBLE}, y el año del plan "
      "termina el {PLAN_YEAR_END}. Saludos, {AGENT_NAME}"),
    # copay / coinsurance
    D("en", "single", "copay_coinsurance", "paid",
      "Ironwood Physical Therapy charged me $46.00 for Tuesday's session. What part of that is "
      "coinsurance and why isn't it a fixed amount like my doctor visits?",
      "Hi {MEMBER_FIRST_NAME}, therapy visits on your plan use coinsurance, a percentage of the "
      "allowed amount, rather than a flat copay. Tuesday's session ({DATE_OF_SERVICE}) came to "
      "{ALLOWED} after the network discount; we covered {PLAN_PAID} of it, which leaves "
      "{MEMBER_OWES} as your coinsurance. Best, {AGENT_NAME}",
      claim={"provider": "Ironwood Physical Therapy", "billed": "180.00", "member_owes": "46.00"},
      mentions=["amount", "provider"]),
    D("en", "typo", "copay_coinsurance", "none",
      "whats my copay for seeing a specilist vs just my regular dr? dont want suprises",
      "Hi {MEMBER_FIRST_NAME}, specialist visits usually have a higher copay than visits to your "
      "primary care doctor, and the exact amounts for your {PLAN_NAME} are in your Summary of "
      "Benefits and Coverage in the member portal. If you tell me which specialist you plan to "
      "see, I can check the cost share for that visit. Best, {AGENT_NAME}"),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Hola, me cobraron 38,50 dólares de coseguro por la consulta del dermatólogo. ¿Por qué "
      "si ya pagué mi copago en la recepción?",
      "Hola {MEMBER_FIRST_NAME}, revisé la consulta del {DATE_OF_SERVICE}: sobre {ALLOWED} "
      "reconocidos, nosotros cubrimos {PLAN_PAID} y a usted le tocan {MEMBER_OWES}. Si en la recepción "
      "pagó más de eso, el consultorio debe acreditarle la diferencia; con gusto le ayudo a "
      "revisarlo. Saludos, {AGENT_NAME}",
      claim={"billed": "150.00", "member_owes": "38.50"},
      mentions=["amount"]),
    D("en", "long", "copay_coinsurance", "paid",
      "Hi, I'm trying to budget for my pregnancy and I keep getting confused. At my first "
      "ultrasound at Wexford Imaging on October 8 I paid nothing at the desk, but now a bill "
      "says I owe $97.60. My friend on another plan says ultrasounds are free. Is this a "
      "copay, coinsurance, or something else, and should I expect this for each scan from now "
      "on? I'd really like to know the rule instead of guessing every time.",
      "Hi {MEMBER_FIRST_NAME}, for the ultrasound on {DATE_OF_SERVICE} at {PROVIDER_NAME} the "
      "allowed amount was {ALLOWED}; the plan paid {PLAN_PAID} and {MEMBER_OWES} is your "
      "coinsurance, a share of the allowed amount. Later scans are handled the same way unless "
      "they are billed as part of routine prenatal care. Plans differ, so a friend's plan may "
      "cost less for the same scan. Best, {AGENT_NAME}",
      claim={"provider": "Wexford Imaging", "date_of_service": "2026-10-08", "billed": "390.00",
             "member_owes": "97.60"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "If I go to urgent care on a weekend is that a copay or does it count as an ER visit cost "
      "wise?",
      "Hi {MEMBER_FIRST_NAME}, urgent care is billed as urgent care, not as an emergency room "
      "visit, whatever day you go, and it usually costs you less than the ER. The cost share "
      "for each is listed in your Summary of Benefits and Coverage for {PLAN_NAME}. For a life "
      "threatening emergency, always go to the ER or call 911. Best, {AGENT_NAME}"),
    # out-of-pocket maximum
    D("en", "single", "out_of_pocket_max", "none",
      "What's the most I could end up paying this year if something big happens?",
      "Hi {MEMBER_FIRST_NAME}, your out-of-pocket maximum is {OOP_MAX}: once your deductible, "
      "copays and coinsurance for covered in-network care add up to that, the plan pays the "
      "rest of covered care until {PLAN_YEAR_END}. So far you have {OOP_MET} toward it. "
      "Premiums don't count toward it. Best, {AGENT_NAME}"),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "Fernhollow Medical Center billed for my follow-up scan but my statement shows $0 owed. "
      "Is that because I hit my max?",
      "Hi {MEMBER_FIRST_NAME}, yes: you have reached your out-of-pocket maximum of {OOP_MAX} for "
      "this plan year, so the plan paid {PLAN_PAID} for the scan on {DATE_OF_SERVICE} and you "
      "owe {MEMBER_OWES}. Covered in-network care stays at no cost to you until "
      "{PLAN_YEAR_END}. Best, {AGENT_NAME}",
      claim={"provider": "Fernhollow Medical Center", "billed": "910.00", "member_owes": "0.00"},
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "¿Los medicamentos de la farmacia cuentan para el máximo que tengo que pagar en el año?",
      "Hola {MEMBER_FIRST_NAME}, sí, en la mayoría de los planes los copagos de medicamentos "
      "cubiertos cuentan para el máximo de gastos de bolsillo. Su máximo es {OOP_MAX} y lleva "
      "{OOP_MET} este año del plan, que termina el {PLAN_YEAR_END}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "out_of_pocket_max", "none",
      "how close r we to the out of pocket limt? wife has surgery in jan and im trying to plan",
      "Hi {MEMBER_FIRST_NAME}, you have {OOP_MET} toward your {OOP_MAX} out-of-pocket maximum "
      "this plan year. Keep in mind it starts over after {PLAN_YEAR_END}, so costs for a "
      "surgery in the new plan year count toward the new year's maximum. Best, {AGENT_NAME}"),
    D("en", "long", "out_of_pocket_max", "none",
      "I had a rough year, two hospital stays and a bunch of specialist visits, and I keep "
      "getting bills. I thought there was a cap on what I have to pay in a year. Does the cap "
      "include what I pay at the pharmacy and my monthly premium, and how much more could I be "
      "on the hook for before everything is covered? Trying not to panic here.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it has been such a hard year. Your plan caps your "
      "share of covered in-network care at {OOP_MAX} per plan year; your deductible, copays and "
      "coinsurance (pharmacy copays included) count toward it, but premiums do not. You are at "
      "{OOP_MET} so far. Once you reach the cap, covered in-network care costs you nothing "
      "more until {PLAN_YEAR_END}. Best, {AGENT_NAME}"),
    # EOB
    D("en", "single", "eob_question", "paid",
      "My EOB has a line called provider discount that's bigger than what the plan paid. "
      "Who gets that money?",
      "Hi {MEMBER_FIRST_NAME}, nobody is paid that amount: the provider discount is the part of "
      "the billed {BILLED} that your in-network provider agreed to write off. What remains, "
      "{ALLOWED}, is split between us ({PLAN_PAID}) and you ({MEMBER_OWES}). The "
      "provider cannot bill you for the discount. Best, {AGENT_NAME}"),
    D("en", "typo", "eob_question", "paid",
      "got an explanaton of benefits in the mail that says THIS IS NOT A BILL. so do i pay it "
      "or not??",
      "Hi {MEMBER_FIRST_NAME}, the EOB is a summary of how we processed the claim, not a bill. "
      "For the visit on {DATE_OF_SERVICE} your share is {MEMBER_OWES}; wait for the provider's "
      "own bill and check that it matches that amount before you pay. Best, {AGENT_NAME}"),
    D("es", "spanish", "eob_question", "paid",
      "No entiendo la carta de explicación de beneficios. Dice monto permitido, pagado por el "
      "plan y responsabilidad del paciente. ¿Qué es cada cosa?",
      "Hola {MEMBER_FIRST_NAME}, el monto permitido ({ALLOWED}) es lo máximo que el plan "
      "reconoce por el servicio; de eso el plan pagó {PLAN_PAID}, y la responsabilidad del "
      "paciente ({MEMBER_OWES}) es lo que le puede cobrar el proveedor. La carta no es una "
      "factura. Saludos, {AGENT_NAME}"),
    D("en", "long", "eob_question", "deductible",
      "Hello, I'm reading the EOB for my visit to Bexley Orthopedics on August 27 and I'm lost. "
      "The billed column says $512.00, then there's an adjustment, and then the deductible "
      "column has a number and plan paid says zero. I don't see a copay anywhere. Could you go "
      "line by line and tell me what I actually owe the orthopedist and why the plan paid "
      "nothing?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the office billed {BILLED}; "
      "the in-network discount brought it to the allowed amount of {ALLOWED}. That amount went "
      "toward your deductible ({DEDUCTIBLE_APPLIED}), so the plan paid {PLAN_PAID} and you owe "
      "{MEMBER_OWES}. You still have {DEDUCTIBLE_REMAINING} of the deductible left this plan "
      "year. Best, {AGENT_NAME}",
      claim={"provider": "Bexley Orthopedics", "date_of_service": "2026-08-27",
             "billed": "512.00", "member_owes": "307.20"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "eob_question", "paid",
      "There's a remark code N130 on my statement next to the amount I owe. What does that "
      "code mean in plain words?",
      "Hi {MEMBER_FIRST_NAME}, remark codes are short notes the claim system adds; N130 says "
      "the plan applied a benefit limit or rule from your coverage when it processed the "
      "line. For your visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. I can go through the line with you if it still looks wrong. "
      "Best, {AGENT_NAME}"),
    # denied claims
    D("en", "single", "denied_claim", "denied:16",
      "Why was my claim from Corvid Lane Labs rejected? The letter says something about "
      "missing information but doesn't say what.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was returned because "
      "{DENIAL_REASON}. That is information the lab has to send, so please ask them to "
      "correct and resubmit the claim; nothing is needed from you, and you should not pay the "
      "full bill meanwhile. Best, {AGENT_NAME}",
      claim={"provider": "Corvid Lane Labs"}, mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:50",
      "they denyed my sleep study saying its not medicaly necesary. my doctor ordered it!! "
      "what now",
      "Hi {MEMBER_FIRST_NAME}, the sleep study on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. You can appeal: a letter from your doctor explaining why the study is "
      "needed, with your records, is the strongest support. The appeal must reach us by "
      "{APPEAL_DEADLINE}. Best, {AGENT_NAME}"),
    D("es", "spanish", "denied_claim", "denied:96",
      "Me negaron el reclamo de la consulta del 2 de octubre. ¿Qué quiere decir que el cargo "
      "no está cubierto?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Si cree que el servicio debería estar cubierto, puede apelar antes del "
      "{APPEAL_DEADLINE}; le explico con gusto qué enviar. Saludos, {AGENT_NAME}",
      claim={"date_of_service": "2026-10-02"}, mentions=["date"]),
    D("en", "single", "denied_claim", "denied:27",
      "A claim for my visit on 7/30 came back denied because I wasn't covered?? I've had this "
      "plan for years.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was turned down because "
      "{DENIAL_REASON}. If you had coverage that day, this is usually an enrolment record "
      "problem we can correct; please send me your ID card or any premium receipt for that "
      "month and I will look into it. You have until {APPEAL_DEADLINE} to appeal. "
      "Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-07-30"}, mentions=["date"]),
    D("en", "long", "denied_claim", "denied:204",
      "Hi there. My dermatologist removed a mole on October 14 and I got a letter saying the "
      "claim was denied, service not covered under my benefit plan. She said it looked "
      "suspicious, it wasn't cosmetic at all. The bill from Halvorsen Dermatology is $265.00 "
      "and they want it in 30 days. What does the denial mean and can I fight it before I "
      "have to pay?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. If the removal was medically needed rather than cosmetic, you can "
      "appeal by {APPEAL_DEADLINE}: ask your dermatologist for a note and the pathology "
      "result. You can ask {PROVIDER_NAME} to hold the bill while the appeal is reviewed. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Halvorsen Dermatology", "date_of_service": "2026-10-14",
             "billed": "265.00"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "denied_claim", "denied:29",
      "Got a denial saying the time limit for filing expired. The clinic took forever to send "
      "it, why is that my problem?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. Sending claims on time is the provider's job, and an in-network "
      "provider cannot bill you for a claim it filed late. If they send you a bill, let me "
      "know. Best, {AGENT_NAME}"),
    # prior authorization
    D("en", "single", "prior_authorization", "none",
      "Does a knee MRI need to be approved ahead of time on my plan?",
      "Hi {MEMBER_FIRST_NAME}, some imaging needs approval before it is done, depending on the "
      "test and where it is done. The ordering doctor's office requests it, and I can check "
      "the list for your {PLAN_NAME} if you send me the procedure code. Best, {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "none",
      "how long dose a prior auth take to get aproved? surgery is in 2 weeks",
      "Hi {MEMBER_FIRST_NAME}, a standard prior authorization decision is made within 15 "
      "days of the request, and an urgent one within 72 hours. Your surgeon's office submits "
      "the request; ask them when they sent it, and I can look up its status. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "prior_authorization", "none",
      "¿Quién tiene que pedir la autorización previa, yo o el médico?",
      "Hola {MEMBER_FIRST_NAME}, la autorización previa la pide el consultorio del médico que "
      "ordena el servicio. Usted no tiene que enviar nada, pero puede preguntarles si ya la "
      "solicitaron y yo le puedo decir en qué estado está. Saludos, {AGENT_NAME}"),
    D("en", "long", "prior_authorization", "denied:197",
      "My physical therapy claims from October got denied because there was no authorization. "
      "Nobody ever told me PT needed one, the first six visits were fine, and the front desk "
      "never said anything. I've done eight sessions since and I'm scared to go back. What do "
      "I need to do to fix this and keep going?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}: after a number of visits, therapy needs approval to continue. Your "
      "therapist's office can request authorization for further visits, and an in-network "
      "provider that skipped the step generally cannot bill you for it. You can also appeal "
      "by {APPEAL_DEADLINE}. Best, {AGENT_NAME}"),
    D("en", "single", "prior_authorization", "none",
      "My doctor says my CT scan request was approved. How long is an approval good for?",
      "Hi {MEMBER_FIRST_NAME}, an approval is valid for a set period shown on the approval "
      "letter, usually a few months, and only for the service and provider it names. If your "
      "scan moves past that window or to another facility, the office needs to ask again. "
      "Best, {AGENT_NAME}",
      add=PA_UNKNOWN),
    # out of network
    D("en", "single", "out_of_network", "none",
      "Is Dr. Rosalind Achebe at Saltmarsh Pediatrics in network with you? We're moving and "
      "need a new pediatrician.",
      "Hi {MEMBER_FIRST_NAME}, I can check that for you; the provider search in the member "
      "portal also shows whether a doctor is in your {PLAN_NAME} network at each location. "
      "Networks change, so confirm with the office when you book. Best, {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "why did insurence pay so little on my therapists bill, she is out of network i know but "
      "still",
      "Hi {MEMBER_FIRST_NAME}, because the therapist is {NETWORK_STATUS}, the plan pays based "
      "on its allowed amount ({ALLOWED}), not on what she billed ({BILLED}). The plan paid "
      "{PLAN_PAID}, and she may bill you the rest. An in-network therapist would cost you less. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "out_of_network", "none",
      "¿Si voy a un médico fuera de la red me cubren algo o nada?",
      "Hola {MEMBER_FIRST_NAME}, depende de su plan: algunos planes pagan parte de la atención "
      "fuera de la red y otros solo en emergencias. Puede ver qué aplica a {PLAN_NAME} en su "
      "resumen de beneficios, y con gusto se lo reviso. Saludos, {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "Hello, last month I saw an allergist, Mesa Verde Allergy Associates, because the only "
      "in-network one near me had a four month wait. They charged $430.00 and the plan paid "
      "only a small part. I didn't have a choice really. Is there any way to get the plan to "
      "treat this as in-network, given there was nobody else available?",
      "Hi {MEMBER_FIRST_NAME}, the visit on {DATE_OF_SERVICE} was paid at the out-of-network "
      "level because {PROVIDER_NAME} is {NETWORK_STATUS}: of the {BILLED} billed, the plan "
      "paid {PLAN_PAID}. When no in-network specialist is available within a reasonable time "
      "or distance, you can ask for a network exception; send me the name of the in-network "
      "allergist and the wait you were given, and I will explain the next steps. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Mesa Verde Allergy Associates", "billed": "430.00",
             "member_owes": "258.00"},
      mentions=["amount", "provider"]),
]
