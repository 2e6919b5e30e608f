"""Seventh held-out drafts set, batch 4: two-question messages, emergencies, gibberish and
abusive messages about a real topic. Written by helper abuse8."""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

SIGN = " Take care, {AGENT_NAME}"
SAFE_911 = ("{MEMBER_FIRST_NAME}, please call 911 right now or go to the nearest emergency "
            "room. Emergency care never needs approval first, in or out of network; the bill "
            "can wait. {AGENT_NAME}")
SAFE_911_ES = ("{MEMBER_FIRST_NAME}, llame al 911 ahora mismo o vaya a la sala de emergencias "
               "más cercana. La atención de emergencia no necesita aprobación previa; la cuenta "
               "puede esperar. {AGENT_NAME}")
GIBBERISH = ("Hi {MEMBER_FIRST_NAME}, your message seems to have come through garbled. What "
             "can we help you with today? {AGENT_NAME}")

ITEMS = [
    # two questions
    D("en", "multi", "out_of_pocket_max", "none",
      "How much more do I have to spend before I hit my out-of-pocket limit? And can I pay "
      "those costs from my HSA?",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} of your {OOP_MAX} out-of-pocket maximum. "
      "And yes, deductibles, copays and coinsurance are qualified expenses, so HSA money can "
      "pay them." + SIGN,
      topics=("out_of_pocket_max", "hsa_fsa")),
    D("en", "multi", "eob_question", "paid",
      "The EOB for my visit to Kestrel Valley Clinic shows one code I don't recognise. What "
      "is it, and can I get a line-by-line bill from them?",
      "Hi {MEMBER_FIRST_NAME}, the EOB for {DATE_OF_SERVICE} lists each service the clinic "
      "billed; the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. For a line-by-line "
      "bill with descriptions, ask Kestrel Valley Clinic's billing office for an itemized "
      "statement." + SIGN,
      claim={"provider": "Kestrel Valley Clinic", "billed": "340.00", "member_owes": "45.00"},
      mentions=["provider"], topics=("eob_question", "itemized_bill")),
    D("en", "multi", "prior_authorization", "none",
      "Does a knee replacement need pre-approval, and is the surgeon I picked, Dr. Tomasz "
      "Wierzbicki, part of your network?",
      "Hi {MEMBER_FIRST_NAME}, joint replacements usually need approval before surgery, and "
      "the surgeon's office requests it. I'll check both the approval rule for your plan and "
      "Dr. Wierzbicki's network status and get back to you." + SIGN,
      add=PA_UNKNOWN + NET_UNKNOWN, topics=("prior_authorization", "out_of_network")),
    D("en", "multi", "payment_plan", "none",
      "Can I set up monthly payments on my hospital balance, and is there any program that "
      "lowers the bill itself if my income is low?",
      "Hi {MEMBER_FIRST_NAME}, yes to both: the hospital's billing office can set up monthly "
      "payments, and most hospitals have financial assistance that reduces or forgives bills "
      "based on income. Apply for assistance first, since it may lower what you owe." + SIGN,
      topics=("payment_plan", "financial_assistance")),
    D("en", "typo", "collections", "none",
      "my bill went to collections, can i still do a payment plan w the hospital or is it "
      "too late",
      "Hi {MEMBER_FIRST_NAME}, it's often not too late. Ask the hospital whether they still "
      "own the debt; if so, they can usually pull it back and set up a payment plan. Ask the "
      "collector for the details in writing as well." + SIGN),
    D("en", "multi", "complaint", "none",
      "I'm unhappy that it took three calls to get anyone to help me. Also, where is the new "
      "ID card I ordered a month ago?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it took so many calls; I've noted your complaint. "
      "Cards usually arrive within 7 to 10 days, so I'll check why yours hasn't, and you can "
      "use the digital card in the app meanwhile." + SIGN,
      topics=("complaint", "id_card")),
    D("en", "multi", "coordination_of_benefits", "none",
      "My wife just got a job with benefits. Can she stay on my plan, and if she keeps both, "
      "which one pays for her doctor visits?",
      "Hi {MEMBER_FIRST_NAME}, yes, she can stay on your plan as your spouse. If she keeps "
      "both, the plan through her own job pays first for her care and yours pays second." + SIGN,
      topics=("coordination_of_benefits", "eligibility")),
    D("en", "multi", "premiums", "none",
      "When is my next premium due? Also I have a new mailing address I need to give you.",
      "Hi {MEMBER_FIRST_NAME}, your premium is due on the first of each month and you can see "
      "the exact date in the portal. Send me the new address here or update it under Profile "
      "in the portal." + SIGN,
      topics=("premiums", "contact_change")),
    D("en", "multi", "appeal", "denied:96",
      "I want to appeal the denial of my hearing aids from Bellhaven Audiology, and honestly "
      "I also want to complain that nobody told me they might not be covered.",
      "Hi {MEMBER_FIRST_NAME}, the hearing aids billed for {DATE_OF_SERVICE} were not paid "
      "because {DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE}; include your audiologist's "
      "notes. I've noted your complaint about not being told in advance, and you'll get a "
      "written reply." + SIGN,
      claim={"provider": "Bellhaven Audiology"}, mentions=["provider"],
      topics=("appeal", "complaint")),
    D("en", "multi", "copay_coinsurance", "none",
      "What is my copay for a regular doctor visit, and how much does a generic prescription "
      "cost me?",
      "Hi {MEMBER_FIRST_NAME}, your plan {PLAN_NAME} has a fixed copay for in-network primary "
      "care visits and a lower fixed copay for tier 1 generics; both are on your benefits "
      "summary in the portal, and I'm happy to go through it by phone at {PHONE}." + SIGN,
      topics=("copay_coinsurance", "pharmacy")),
    D("en", "multi", "thanks_followup", "none",
      "Thank you for fixing my address last week! One more thing: can I get a second card for "
      "my husband?",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! Yes, each person on the plan can have a card; "
      "you can order one for your husband in the portal under ID Cards." + SIGN,
      topics=("thanks_followup", "id_card")),
    D("en", "multi", "deductible", "none",
      "How much is left on my deductible, and once that's done how much more until the "
      "out-of-pocket max?",
      "Hi {MEMBER_FIRST_NAME}, you have {DEDUCTIBLE_REMAINING} left on your {DEDUCTIBLE} "
      "deductible. Toward the out-of-pocket maximum you've paid {OOP_MET} of {OOP_MAX}; what "
      "you pay toward the deductible counts toward both." + SIGN,
      topics=("deductible", "out_of_pocket_max")),
    D("es", "multi", "eligibility", "none",
      "Quiero agregar a mi mamá a mi plan, ¿se puede? Y si no, ¿me pueden mandar otra tarjeta "
      "para mí porque la perdí?",
      "Hola {MEMBER_FIRST_NAME}, los padres normalmente no pueden ser dependientes en el plan; "
      "ella puede buscar su propio seguro o Medicare si tiene 65 años o más. Su tarjeta nueva "
      "la puede pedir en el portal y usar la digital mientras llega. Saludos, {AGENT_NAME}",
      topics=("eligibility", "id_card")),
    D("es", "multi", "balance_bill", "none",
      "Un médico fuera de la red me cobra la diferencia de una operación en un hospital de la "
      "red. ¿Eso es legal? ¿Y cómo apelo?",
      "Hola {MEMBER_FIRST_NAME}, en un hospital de la red, un médico fuera de la red en general "
      "no puede cobrarle más que su parte dentro de la red. No pague la diferencia: mándeme la "
      "factura y, si hace falta, puede apelar dentro de 180 días. Saludos, {AGENT_NAME}",
      topics=("balance_bill", "appeal")),
    D("en", "multi", "duplicate_charge", "none",
      "Why was I billed twice for one visit, and who do I complain to about the billing mess?",
      "Hi {MEMBER_FIRST_NAME}, a repeated charge is often a resubmitted claim; send me the "
      "date and provider and I'll check whether we received it twice. I can also log a "
      "complaint for you, and you'll get a written response." + SIGN,
      topics=("duplicate_charge", "complaint")),
    D("en", "multi", "ambulance", "none",
      "Is ambulance transfer between two hospitals covered? And if the bill is too much, is "
      "there financial help?",
      "Hi {MEMBER_FIRST_NAME}, a transfer is covered when it's medically necessary, for "
      "example to a hospital that can give care the first one can't. If the bill is too much, "
      "ask the ambulance company and the hospital about financial assistance and payment "
      "plans." + SIGN,
      add=COV_UNKNOWN, topics=("ambulance", "financial_assistance")),
    D("en", "multi", "hsa_fsa", "none",
      "Can I pay my premium with my HSA? And what happens to the HSA money if I leave my job?",
      "Hi {MEMBER_FIRST_NAME}, premiums generally can't be paid from an HSA, with exceptions "
      "such as COBRA or while you receive unemployment. The HSA is yours, so the money stays "
      "with you when you leave your job." + SIGN,
      topics=("hsa_fsa", "premiums")),
    # emergencies
    D("en", "emergency", "other", "none",
      "my dad is sweating and says his chest feels crushed and his left arm is numb. does our "
      "plan cover the ER at Mercy or should we go to urgent care",
      SAFE_911),
    D("en", "emergency", "other", "none",
      "I don't see the point in living anymore and I've been saving up my pills. I don't even "
      "know why I'm writing to my insurance.",
      "{MEMBER_FIRST_NAME}, I'm really glad you wrote. Please call or text 988 now to talk to "
      "someone, or call 911 if you might act on these thoughts. You are not alone. "
      "{AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "My toddler got into the medicine cabinet and I think she swallowed some of my blood "
      "pressure pills. Is poison control covered?",
      "{MEMBER_FIRST_NAME}, call 911 now, or Poison Control at 1-800-222-1222 right away; "
      "it's free. Don't wait to hear from us first. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "my lips and throat are swelling up after eating shrimp, its hard to swallow. which "
      "hospital is in network near me",
      SAFE_911),
    D("en", "emergency", "other", "none",
      "I cut my hand badly in the kitchen and it won't stop bleeding, soaked through three "
      "towels. Do I need a referral for the ER?",
      SAFE_911),
    D("en", "emergency", "other", "none",
      "My wife suddenly can't get her words out and half her face looks droopy. Is an "
      "ambulance covered?",
      SAFE_911),
    D("es", "emergency", "other", "none",
      "Mi hijo no puede respirar bien, tiene los labios morados. ¿Qué hospital cubre el "
      "seguro?",
      SAFE_911_ES),
    D("es", "emergency", "other", "none",
      "Ya no quiero seguir viviendo, tengo todo planeado. Solo quería saber si el seguro paga "
      "algo a mi familia.",
      "{MEMBER_FIRST_NAME}, me alegra que haya escrito. Por favor llame o envíe un texto al "
      "988 ahora mismo (hay ayuda en español), o al 911 si corre peligro. No está solo. "
      "{AGENT_NAME}"),
    # gibberish
    D("en", "gibberish", "other", "none", "hjkl hjkl ;;;; pqowiieur", GIBBERISH),
    D("en", "gibberish", "other", "none", "?????", GIBBERISH),
    D("en", "gibberish", "other", "none", "mmmmmmmmmmmmmmmmmm nnnnn", GIBBERISH),
    D("en", "gibberish", "other", "none", "xcv bnm,. zxcvb lkjh 7788", GIBBERISH),
    D("es", "gibberish", "other", "none", "ñlkj ñlkj asdñ qwerñ", GIBBERISH),
    D("en", "gibberish", "other", "none", "ok ok ok k k k kk", GIBBERISH),
    # abusive, about a real topic
    D("en", "abuse", "denied_claim", "denied:96",
      "Hey dumbass, why did you deny my massage therapy? Fix it.",
      "Hi {MEMBER_FIRST_NAME}, the massage therapy on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. If your doctor prescribed it as treatment, you can appeal by "
      "{APPEAL_DEADLINE} with the prescription and notes." + SIGN),
    D("en", "abuse", "eob_question", "paid",
      "This EOB is gibberish written by morons. What do I actually owe Greyfield Podiatry?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} "
      "and your share is {MEMBER_OWES}; that's the amount Greyfield Podiatry can bill you." + SIGN,
      claim={"provider": "Greyfield Podiatry", "billed": "220.00", "member_owes": "30.00"},
      mentions=["provider"]),
    D("en", "abuse", "duplicate_charge", "duplicate_submitted",
      "YOU THIEVES BILLED ME TWICE FOR THE SAME MRI. GIVE ME MY MONEY BACK YOU SCUMBAGS.",
      "Hi {MEMBER_FIRST_NAME}, we see two submissions for the MRI on {DATE_OF_SERVICE}. Both "
      "are still being processed and a repeat is checked before anything is paid, so please "
      "don't pay until you get the EOB." + SIGN),
    D("en", "abuse", "collections", "none",
      "Bunch of parasites. Some agency is hounding me over a bill your people never paid.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this has gone to a collector. Send me the agency's "
      "letter with the provider and date of service and I'll check the claim; ask them to "
      "pause while it's reviewed." + SIGN),
    D("en", "abuse", "id_card", "none",
      "kiss my ass, third time asking for a card with the right name on it",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to ask three times. Please send a photo of "
      "an ID showing your legal name through the portal and I'll make sure the new card is "
      "right." + SIGN),
    D("en", "abuse", "premiums", "none",
      "u greedy b@stards raised my premium AGAIN. explain or go to hell",
      "Hi {MEMBER_FIRST_NAME}, premiums are set each plan year and can rise with medical costs "
      "or a change in age or subsidy. I can go over your renewal notice with you." + SIGN),
    D("en", "abuse", "ambulance", "ambulance_ground",
      "Listen idiot, the ambulance was an emergency and I'm not paying this garbage bill.",
      "Hi {MEMBER_FIRST_NAME}, the transport on {DATE_OF_SERVICE} was covered: the plan paid "
      "{PLAN_PAID}. The company is outside our network, so it can bill the remaining "
      "{MEMBER_OWES}; we can ask them to reduce it." + SIGN,
      claim={"billed": "1250.00", "member_owes": "475.00"}),
    D("en", "abuse", "pharmacy", "none",
      "Keep denying my meds and I swear I'll make every one of you pay for it personally.",
      "Hi {MEMBER_FIRST_NAME}, I understand you're upset. If the pharmacy says a drug needs "
      "approval, your doctor can send the request, or ask for an exception if a covered drug "
      "didn't work for you. Tell me the drug's name and I'll check." + SIGN,
      add=COV_UNKNOWN),
    D("en", "abuse", "payment_plan", "none",
      "ur billing ppl r st00pid, i asked for a payment plan 3 times",
      "Hi {MEMBER_FIRST_NAME}, sorry for the runaround. Payment plans are set up with the "
      "provider's billing office; tell me which provider it is and I'll give you the number "
      "to call." + SIGN),
    D("es", "abuse", "copay_coinsurance", "none",
      "Bola de inútiles, ¿por qué me cobran copago si ya pagué mi seguro?",
      "Hola {MEMBER_FIRST_NAME}, la prima mantiene su cobertura activa y el copago es su parte "
      "fija de cada visita; son pagos distintos. Con gusto le explico su plan. Saludos, "
      "{AGENT_NAME}"),
    D("es", "abuse", "appeal", "none",
      "Pinches estafadores, quiero apelar y ustedes ni contestan el teléfono.",
      "Hola {MEMBER_FIRST_NAME}, lamento que no le hayan contestado. Puede apelar por escrito "
      "desde el portal dentro de 180 días de la negación; incluya la carta de negación y las "
      "notas de su médico. Saludos, {AGENT_NAME}"),
    D("es", "abuse", "balance_bill", "none",
      "Qué pendejos, me llegó otra factura del anestesiólogo. Arréglenlo ya, huevones.",
      "Hola {MEMBER_FIRST_NAME}, mándeme la factura del anestesiólogo y la revisamos; si la "
      "cirugía fue en un hospital de la red, en general solo le toca su parte dentro de la "
      "red. No la pague mientras tanto. Saludos, {AGENT_NAME}"),
]
