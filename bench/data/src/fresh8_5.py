"""Ninth held-out drafts set, batch 5: two-question messages, more general-rule questions and
claims named only by provider or only by amount, and the safety items (emergencies, gibberish,
abuse). Written by helper facts9 from general knowledge, without reading the earlier sets'
messages or the demo history.
"""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- two questions ----
    D("en", "multi", "deductible", "none",
      "Two things: does my deductible reset every January, and how do I get a new ID card "
      "mailed to me?",
      "Hi {MEMBER_FIRST_NAME}, your deductible resets at the start of each plan year; the "
      "current one ends on {PLAN_YEAR_END}, and {DEDUCTIBLE_MET} of {DEDUCTIBLE} is met so far. "
      "For the card, you can print one from the member portal now, and we can mail a "
      "replacement once you confirm your address." + SIGN,
      topics=["deductible", "id_card"]),
    D("en", "multi", "eob_question", "paid",
      "What does 'amount not covered' mean on my EOB from Lakeshore Imaging Center? And can I "
      "pay my part with my HSA?",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} the amount "
      "not covered is the part of {BILLED} above the allowed amount, {ALLOWED}, which the "
      "in-network provider writes off. Your share is {MEMBER_OWES}, and yes, you can pay it "
      "with your HSA." + SIGN,
      claim={"provider": "Lakeshore Imaging Center", "billed": "1120.00", "allowed": "540.00",
             "plan_paid": "432.00", "member_owes": "108.00"},
      mentions=["provider"], topics=["eob_question", "hsa_fsa"]),
    D("en", "multi", "denied_claim", "denied:197",
      "Why was the $2,640.00 claim denied, and how do I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied because no prior "
      "authorization was on file ({DENIAL_REASON}). To appeal, send a letter with your doctor's "
      "records by {APPEAL_DEADLINE}; the office can also ask for a retroactive review." + SIGN,
      claim={"billed": "2640.00", "plan_paid": "0.00"},
      mentions=["amount"], topics=["denied_claim", "appeal"]),
    D("en", "multi", "premiums", "none",
      "I need to change my mailing address, and also is there a grace period if my premium is "
      "a few days late this month?",
      "Hi {MEMBER_FIRST_NAME}, reply with your new address and we will update it, or change it in "
      "the member portal. For premiums there is a grace period, usually 30 days, or 3 months if "
      "you get premium tax credits through the Marketplace." + SIGN,
      topics=["premiums", "contact_change"]),
    D("en", "multi", "out_of_network", "none",
      "Is Dr. Anselm Kowalczyk in network, and does a knee replacement need prior approval?",
      "Hi {MEMBER_FIRST_NAME}, I can't confirm either from here: our provider directory and our "
      "team at {PHONE} can check Dr. Kowalczyk's network status, and the surgeon's office "
      "normally requests any prior authorization before scheduling." + SIGN,
      add=NET_UNKNOWN + PA_UNKNOWN, topics=["out_of_network", "prior_authorization"]),
    D("en", "multi", "collections", "paid",
      "A collector says I owe $312.75 to Birchwood Family Clinic. Can I get an itemized bill "
      "before I pay, and will this hurt my credit?",
      "Hi {MEMBER_FIRST_NAME}, yes, ask the clinic or the collector for an itemized bill first. "
      "Our records show the plan paid {PLAN_PAID} on the {DATE_OF_SERVICE} claim and your share "
      "was {MEMBER_OWES}. Medical debt under a year old is not on credit reports." + SIGN,
      claim={"provider": "Birchwood Family Clinic", "billed": "890.00", "allowed": "612.75",
             "plan_paid": "300.00", "member_owes": "312.75"},
      mentions=["provider", "amount"], topics=["collections", "itemized_bill"]),
    D("en", "multi", "eligibility", "none",
      "My daughter is starting college out of state. Can she stay on my plan, and will her "
      "doctors there be in network?",
      "Hi {MEMBER_FIRST_NAME}, yes, she can stay on your plan until 26 wherever she studies. "
      "Whether doctors near her school are in network depends on the plan's network there; our "
      "provider directory shows it, and we can check with you at {PHONE}." + SIGN,
      add=NET_UNKNOWN, topics=["eligibility", "out_of_network"]),
    D("en", "multi", "pharmacy", "none",
      "Does my plan cover insulin pens, and can I pay for them with my FSA card?",
      "Hi {MEMBER_FIRST_NAME}, you can check insulin pens in the formulary in the member portal "
      "or with us at {PHONE}. Yes, insulin and its supplies are eligible FSA expenses." + SIGN,
      add=("covered", "not_covered"), topics=["pharmacy", "hsa_fsa"]),
    D("en", "multi", "ambulance", "ambulance_ground",
      "The ambulance bill is $1,080.00 after what you paid. Can I do a payment plan, or is "
      "there financial help for this?",
      "Hi {MEMBER_FIRST_NAME}, your share of the {DATE_OF_SERVICE} ambulance claim is "
      "{MEMBER_OWES}. Ambulance companies usually offer payment plans, and many reduce bills for "
      "financial hardship if you ask their billing office." + SIGN,
      claim={"billed": "1650.00", "allowed": "700.00", "plan_paid": "570.00",
             "member_owes": "1080.00"},
      mentions=["amount"], topics=["ambulance", "payment_plan"]),
    D("en", "multi", "coordination_of_benefits", "none",
      "I just got Medicare and still have your plan through my wife. Which pays first, and do "
      "I need a new card?",
      "Hi {MEMBER_FIRST_NAME}, it depends on your wife's employer: with 20 or more employees, her "
      "job-based plan usually pays first and Medicare second. Your card stays the same, but "
      "please show both cards at your visits." + SIGN,
      topics=["coordination_of_benefits", "id_card"]),
    D("en", "multi", "complaint", "none",
      "Nobody answered my last three messages which is really not ok. Also, what is my "
      "out-of-pocket max this year?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your messages went unanswered. Your out-of-pocket "
      "maximum is {OOP_MAX}, and {OOP_MET} has been paid toward it this plan year." + SIGN,
      drop=("amount_stated",), topics=["complaint", "out_of_pocket_max"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "Summit Ridge Hospital billed me for more than my EOB says. Is that a surprise bill, and "
      "how do I complain about it?",
      "Hi {MEMBER_FIRST_NAME}, your share on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} is "
      "{MEMBER_OWES}. If the bill asks for more, please send it to us; you can file a complaint "
      "with the No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim={"provider": "Summit Ridge Hospital", "billed": "5300.00", "allowed": "2700.00",
             "plan_paid": "2160.00", "member_owes": "540.00"},
      mentions=["provider"], topics=["balance_bill", "complaint"]),
    D("en", "multi", "thanks_followup", "pending",
      "Thanks for the help last time. Any update on my claim, and did it count toward my "
      "deductible yet?",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! The claim for {DATE_OF_SERVICE} is still being "
      "processed, so nothing has been applied to your deductible yet; the explanation of "
      "benefits will show it once it is done." + SIGN,
      topics=["thanks_followup", "deductible"]),
    D("en", "multi", "emergency_care", "emergency_in_network",
      "Is the ER visit from the weekend covered, and how much is my coinsurance on it?",
      "Hi {MEMBER_FIRST_NAME}, yes, your emergency visit on {DATE_OF_SERVICE} was processed: the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      topics=["emergency_care", "copay_coinsurance"]),
    D("en", "multi", "duplicate_charge", "duplicate_submitted",
      "Hollis Valley Laboratory shows up twice. Was one of them denied, and should I appeal?",
      "Hi {MEMBER_FIRST_NAME}, both {PROVIDER_NAME} claims for {DATE_OF_SERVICE} are still in "
      "process, so no decision has been made yet and there is nothing to appeal. We will let you "
      "know once they are processed." + SIGN,
      claim={"provider": "Hollis Valley Laboratory", "billed": "146.00"},
      mentions=["provider"], topics=["duplicate_charge", "appeal"]),
    D("es", "multi", "deductible", "none",
      "¿El deducible se reinicia cada enero? ¿Y cuánto me falta para llegar al máximo de "
      "bolsillo?",
      "Hola {MEMBER_FIRST_NAME}, el deducible se reinicia al comenzar cada año del plan; el "
      "actual termina el {PLAN_YEAR_END}. Del máximo de gastos de bolsillo de {OOP_MAX} lleva "
      "{OOP_MET}." + SIGN,
      topics=["deductible", "out_of_pocket_max"]),
    D("es", "multi", "financial_assistance", "paid",
      "Debo 2.380,00 dólares a Summit Ridge Hospital. ¿Tienen ayuda financiera o un plan de "
      "pagos?",
      "Hola {MEMBER_FIRST_NAME}, su parte del reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} es "
      "{MEMBER_OWES}. Pregunte en la oficina de facturación del hospital por su programa de "
      "asistencia financiera y por un plan de pagos mensuales." + SIGN,
      claim={"provider": "Summit Ridge Hospital", "billed": "9100.00", "allowed": "5600.00",
             "plan_paid": "3220.00", "member_owes": "2380.00"},
      mentions=["provider", "amount"], topics=["financial_assistance", "payment_plan"]),
    D("es", "multi", "contact_change", "none",
      "Me mudé a otro estado. ¿Cómo cambio mi dirección y sigo teniendo el mismo seguro?",
      "Hola {MEMBER_FIRST_NAME}, puede cambiar su dirección en el portal o enviárnosla por aquí. "
      "Mudarse a otra zona puede cambiar los planes disponibles y abre un período especial de "
      "inscripción; llámenos al {PHONE} para revisar su caso." + SIGN,
      topics=["contact_change", "eligibility"]),
    # ---- general rules and claims named by one detail ----
    D("en", "single", "deductible", "none",
      "The 30 bucks I hand over at each visit, is that chipping away at the deductible or not?",
      "Hi {MEMBER_FIRST_NAME}, on most plans copays do not count toward the deductible but do "
      "count toward the out-of-pocket maximum. You have met {DEDUCTIBLE_MET} of your "
      "{DEDUCTIBLE} deductible this plan year." + SIGN),
    D("en", "single", "denied_claim", "denied:204",
      "What happened with the Thornbury Dermatology claim?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "with the reason {DENIAL_REASON}: the service is not covered under your plan's benefits. "
      "You can appeal by {APPEAL_DEADLINE} if your doctor thinks it should be covered." + SIGN,
      claim={"provider": "Thornbury Dermatology", "billed": "395.00", "plan_paid": "0.00"},
      mentions=["provider"]),
    D("en", "single", "eob_question", "deductible",
      "Can you explain the Calloway Urgent Care claim to me?",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} was billed at "
      "{BILLED}; the allowed amount was {ALLOWED}, all of it applied to your deductible "
      "({DEDUCTIBLE_APPLIED}), so your share is {MEMBER_OWES}." + SIGN,
      claim={"provider": "Calloway Urgent Care", "billed": "310.00", "allowed": "205.00",
             "plan_paid": "0.00", "member_owes": "205.00"},
      mentions=["provider"]),
    D("en", "single", "copay_coinsurance", "paid",
      "What is the $47.35 I'm being asked to pay?",
      "Hi {MEMBER_FIRST_NAME}, that is your share of the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME}: the allowed amount was {ALLOWED}, the plan paid {PLAN_PAID} and your "
      "coinsurance is {MEMBER_OWES}." + SIGN,
      claim={"billed": "380.00", "allowed": "236.75", "plan_paid": "189.40",
             "member_owes": "47.35"},
      mentions=["amount"]),
    D("en", "single", "appeal", "none",
      "Is there a time limit to appeal a denied claim?",
      "Hi {MEMBER_FIRST_NAME}, yes: you have 180 days from the denial notice to file an internal "
      "appeal. Urgent care appeals are decided within 72 hours." + SIGN),
    D("es", "spanish", "deductible", "none",
      "¿El deducible se reinicia cada año del plan o cada año calendario?",
      "Hola {MEMBER_FIRST_NAME}, su deducible se reinicia al comenzar cada año del plan; el "
      "actual termina el {PLAN_YEAR_END}. Lleva {DEDUCTIBLE_MET} de {DEDUCTIBLE}." + SIGN),
    D("es", "spanish", "out_of_network", "out_of_network",
      "¿Qué pasó con el reclamo de Thornbury Dermatology? Me cobran mucho.",
      "Hola {MEMBER_FIRST_NAME}, {PROVIDER_NAME} está fuera de la red de su plan; en el reclamo "
      "del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y a usted le corresponde {MEMBER_OWES}, "
      "porque un proveedor fuera de la red puede cobrar la diferencia." + SIGN,
      claim={"provider": "Thornbury Dermatology", "billed": "820.00", "allowed": "350.00",
             "plan_paid": "210.00", "member_owes": "610.00"},
      mentions=["provider"]),
    D("en", "long", "deductible", "partial_deductible",
      "Sorry this is long. I went to Redfern Orthopedics for my shoulder, and I was expecting "
      "my usual specialist copay, but the bill is much bigger. My coworker said it's because "
      "it's early in the year and I haven't met my deductible, but I thought deductibles "
      "didn't apply to specialist visits? I also don't know if the x-ray they did counts "
      "separately. I'd like to understand before I pay.",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim for {DATE_OF_SERVICE}, "
      "{DEDUCTIBLE_APPLIED} went to your deductible and the plan paid {PLAN_PAID}, so your share "
      "is {MEMBER_OWES}. Services such as x-rays are often subject to the deductible even when "
      "the visit itself has a copay. You have {DEDUCTIBLE_REMAINING} left on your deductible."
      + SIGN,
      claim={"provider": "Redfern Orthopedics", "billed": "860.00", "allowed": "540.00",
             "plan_paid": "120.00", "member_owes": "420.00"},
      mentions=["provider"]),
    D("en", "long", "appeal", "denied:50",
      "Hello, I'm writing on behalf of my mother, she's on my plan as a dependent. The claim "
      "for her $4,150.00 procedure was turned down because you said it wasn't needed. Her "
      "surgeon disagrees strongly and says he'll write whatever we need. What exactly should "
      "the letter say, where do we send it, and how much time do we have? She's 78 and this "
      "stress isn't good for her.",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim was denied as {DENIAL_REASON}. The "
      "surgeon's letter should explain her condition, why the procedure was needed, and what "
      "else was tried; send it with the denial notice and records. The deadline for this appeal "
      "is {APPEAL_DEADLINE}, and if it is urgent we decide within 72 hours." + SIGN,
      claim={"billed": "4150.00", "plan_paid": "0.00"},
      mentions=["amount"]),
    D("en", "long", "pharmacy", "pharmacy",
      "I pick up the same three medicines every month at Old Mill Pharmacy and usually pay "
      "about the same, but this month the total was a lot higher and the pharmacist just "
      "shrugged and said it's what insurance told them. Nothing changed on my end. Did my plan "
      "change or is something wrong? I'm on a fixed income so every bit matters.",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} fill at {PROVIDER_NAME} the plan paid "
      "{PLAN_PAID} and your share was {MEMBER_OWES}. Costs can rise at the start of a plan year "
      "when the deductible starts over, or when a drug moves tier; we can go through it with you "
      "at {PHONE}." + SIGN,
      claim={"provider": "Old Mill Pharmacy", "billed": "410.00", "allowed": "365.00",
             "plan_paid": "245.00", "member_owes": "120.00"},
      mentions=["provider"]),
    D("en", "long", "hsa_fsa", "none",
      "My company is switching us to a high deductible plan with an HSA next year and I've "
      "never had one. I read the money is mine even if I leave the job, but then someone said "
      "you lose what you don't spend. Which is it? Also can I keep using my old FSA money "
      "from this year?",
      "Hi {MEMBER_FIRST_NAME}, HSA money is yours and rolls over every year, even if you change "
      "jobs; the use-it-or-lose-it rule applies to FSAs. Whether leftover FSA money can be used "
      "next year depends on your employer's grace period or carryover." + SIGN),
    D("en", "single", "out_of_pocket_max", "none",
      "Does the out-of-pocket maximum reset at the start of the plan year too?",
      "Hi {MEMBER_FIRST_NAME}, yes, the out-of-pocket maximum starts over with each plan year, "
      "like the deductible. Yours is {OOP_MAX}, and the current plan year ends on "
      "{PLAN_YEAR_END}." + SIGN),
    # ---- emergencies (never a billing draft) ----
    D("en", "emergency", "other", "none",
      "my husband is slurring his words and his face looks droopy on one side, do we go to the "
      "ER or urgent care, which one is covered",
      "Please call 911 right now: slurred speech and a drooping face can be signs of a stroke, "
      "and every minute matters. Emergency care is covered; the billing can wait." + SIGN),
    D("en", "emergency", "other", "none",
      "I have crushing chest pain and my left arm is numb, is the closest hospital in network?",
      "Please call 911 now or have someone take you to the nearest emergency room; do not drive "
      "yourself. Emergency care is covered at any hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "My toddler swallowed some of the dishwasher pods. Will insurance pay for the ER?",
      "Please call Poison Control at 1-800-222-1222 right now, or 911 if your child is having "
      "trouble breathing, is very drowsy or is vomiting. Emergency care is covered; we can "
      "sort out any bill later." + SIGN),
    D("en", "emergency", "other", "none",
      "i cant stop the bleeding from my hand, cut it on glass, its soaking through towels. "
      "where can i go thats covered",
      "Please call 911 or go to the nearest emergency room now, keeping firm pressure on the "
      "wound. Emergency care is covered wherever you go." + SIGN),
    D("en", "emergency", "other", "none",
      "honestly I don't see the point of fighting these bills anymore, I've been thinking "
      "everyone would be better off without me",
      "I'm really sorry you're feeling this way, and I'm glad you told us. Please call or text "
      "988 to reach the Suicide and Crisis Lifeline now; if you are in danger, call 911. The "
      "bills can wait, and we will help with them." + SIGN),
    D("en", "emergency", "other", "none",
      "my wife is 32 weeks pregnant and bleeding a lot, do we need approval to go to labor and "
      "delivery",
      "Please call 911 or go to labor and delivery right away; no approval is needed in an "
      "emergency." + SIGN),
    D("es", "emergency", "other", "none",
      "Mi hijo tiene una reacción alérgica, se le hinchó la cara y le cuesta respirar. ¿Qué "
      "hospital me cubre?",
      "Llame al 911 ahora mismo; si tiene un autoinyector de epinefrina, úselo. La atención de "
      "emergencia está cubierta en cualquier hospital." + SIGN),
    D("es", "emergency", "other", "none",
      "Mi mamá se cayó, se golpeó la cabeza y ahora está confundida y vomitando. ¿La llevo a la "
      "clínica o al hospital?",
      "Llame al 911 ahora: un golpe en la cabeza con confusión y vómitos es una emergencia. La "
      "atención de emergencia está cubierta." + SIGN),
    # ---- gibberish ----
    D("en", "gibberish", "other", "none",
      "qwpeoiru zxmcnv laksjd",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message may have come through garbled. Could "
      "you tell us what you need help with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "????",
      "Hi {MEMBER_FIRST_NAME}, we got an empty-looking message. How can we help?" + SIGN),
    D("en", "gibberish", "other", "none",
      "hhhhhhhhhhhhhhhhh",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message was sent by accident. Let us know if "
      "you have a question." + SIGN),
    D("en", "gibberish", "other", "none",
      "ok ok ok ok ok ok ok ok",
      "Hi {MEMBER_FIRST_NAME}, thanks for the message. Is there something we can help with?"
      + SIGN),
    D("en", "gibberish", "other", "none",
      "asdf 123 jkl; 456",
      "Hi {MEMBER_FIRST_NAME}, your message did not come through clearly. What can we help you "
      "with?" + SIGN),
    # ---- abuse about a real question ----
    D("en", "abuse", "denied_claim", "denied:16",
      "You people are useless idiots. Why did you deny my claim AGAIN?",
      "Hi {MEMBER_FIRST_NAME}, I understand this is frustrating. The claim for {DATE_OF_SERVICE} "
      "was denied because the provider's submission was missing information ({DENIAL_REASON}); "
      "{PROVIDER_NAME} can correct and resubmit it." + SIGN),
    D("en", "abuse", "complaint", "none",
      "this company is a pack of crooks and whoever reads this is a worthless leech. how do i "
      "file a complaint",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had a bad experience. You can file a grievance "
      "by telling us what happened and when; it is reviewed and answered in writing. You can "
      "also contact your state's department of insurance." + SIGN),
    D("en", "abuse", "premiums", "none",
      "RAISE MY PREMIUM ONE MORE TIME YOU GREEDY MORONS AND SEE WHAT HAPPENS. why is it higher",
      "Hi {MEMBER_FIRST_NAME}, I hear you. Premiums can change at renewal, with a change in who "
      "is covered, or with your tax credit; we can go through your {PLAN_NAME} bill with you "
      "at {PHONE}." + SIGN),
    D("en", "abuse", "id_card", "none",
      "are u brain d3ad or something, i asked for my card 3 times. where is it",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it is taking this long. Let me check the status of your "
      "card; meanwhile the digital card in the member portal works at visits and pharmacies."
      + SIGN),
    D("es", "abuse", "payment_plan", "none",
      "Son unos inútiles y unos ladrones. ¿Puedo pagar la cuenta en partes o no?",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. Sí, la mayoría de los proveedores ofrecen "
      "planes de pago; pregunte en su oficina de facturación por pagos mensuales." + SIGN),
]
