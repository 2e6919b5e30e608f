"""Eighth held-out drafts set, batch 4: two-question messages (each pairing a question the
records answer with one they do not, or two statements a reply could get wrong), emergencies,
gibberish and abusive messages about a real question. Written by helper facts8."""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

SIGN = " Best, {AGENT_NAME}"
FIRMA = " Un saludo, {AGENT_NAME}"
SAFE_911 = ("If you or someone with you is in danger right now, please call 911 or go to the "
            "nearest emergency room. We can help with the bill later.")

ITEMS = [
    # two questions
    D("en", "multi", "denied_claim", "pending",
      "Two things: was the Amberly Imaging scan denied, and is Amberly in network?",
      "Hi {MEMBER_FIRST_NAME}, the Amberly Imaging claim for {DATE_OF_SERVICE} is still "
      "being processed, so there is no decision yet. You can check whether Amberly is in "
      "network in the provider directory, or call us at {PHONE}." + SIGN,
      claim={"provider": "Amberly Imaging", "billed": "760.00"},
      mentions=["provider"], topics=["denied_claim", "out_of_network"], add=NET_UNKNOWN),
    D("en", "multi", "deductible", "none",
      "On what day does the deductible go back to zero? Also my card cracked in half, need a replacement.",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over after {PLAN_YEAR_END}; so far you "
      "have met {DEDUCTIBLE_MET} of {DEDUCTIBLE}. For a new card, reply to confirm your "
      "mailing address and we will order it." + SIGN,
      topics=["deductible", "id_card"]),
    D("en", "multi", "prior_authorization", "none",
      "Does my sleep study need prior auth, and what's my copay for it?",
      "Hi {MEMBER_FIRST_NAME}, some sleep studies need approval first, depending on where "
      "they are done; ask the sleep center to check with us. Your share depends on where it "
      "is done; call us at {PHONE} and we can look up both." + SIGN,
      topics=["prior_authorization", "copay_coinsurance"], add=PA_UNKNOWN),
    D("en", "multi", "duplicate_charge", "duplicate_submitted",
      "Pellham Urgent Care shows up twice on my claims. Is one a duplicate that you denied? "
      "And can I pay my share with my HSA?",
      "Hi {MEMBER_FIRST_NAME}, we see two submissions for the Pellham Urgent Care visit on "
      "{DATE_OF_SERVICE}, both still being processed; the visit will not be paid twice. Once "
      "your share is known, yes, you can pay it with your HSA." + SIGN,
      claim={"provider": "Pellham Urgent Care", "billed": "210.00"},
      mentions=["provider"], topics=["duplicate_charge", "hsa_fsa"]),
    D("en", "multi", "appeal", "denied:197",
      "The Birchfield Surgery claim was denied for no authorization. Can I appeal, and do you "
      "have payment plans in the meantime?",
      "Hi {MEMBER_FIRST_NAME}, the Birchfield Surgery claim for {DATE_OF_SERVICE} was turned "
      "down because approval was not on file: {DENIAL_REASON}. You can appeal by "
      "{APPEAL_DEADLINE}; ask Birchfield for a retroactive review too. Payment plans are set "
      "by the provider, so ask their billing office." + SIGN,
      claim={"provider": "Birchfield Surgery", "billed": "3900.00"},
      mentions=["provider"], topics=["appeal", "payment_plan"]),
    D("en", "multi", "out_of_pocket_max", "none",
      "How close am I to my out-of-pocket max? Also did you change my address like I asked?",
      "Hi {MEMBER_FIRST_NAME}, you have {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum. We do not see an address change on your account; reply with the new address "
      "and we will update it." + SIGN,
      topics=["out_of_pocket_max", "contact_change"]),
    D("en", "multi", "emergency_care", "emergency_oon",
      "I went to the Pinecrest Medical ER out of town. Is that hospital out of network, and "
      "do I have to file anything myself?",
      "Hi {MEMBER_FIRST_NAME}, Pinecrest Medical is {NETWORK_STATUS}, but emergency care is "
      "covered at in-network rates: your share for {DATE_OF_SERVICE} is {MEMBER_OWES}. The "
      "hospital filed the claim, so you do not need to file anything." + SIGN,
      claim={"provider": "Pinecrest Medical", "billed": "4200.00", "member_owes": "350.00"},
      mentions=["provider"], topics=["emergency_care", "eob_question"]),
    D("en", "multi", "pharmacy", "none",
      "Is my insulin covered, and is the pharmacy on Grant Ave in network?",
      "Hi {MEMBER_FIRST_NAME}, you can look up your insulin in the formulary and the pharmacy "
      "in the pharmacy directory on our website, or call us at {PHONE} and we will check both "
      "with you." + SIGN,
      topics=["pharmacy", "out_of_network"], add=NET_UNKNOWN + ("covered", "not_covered")),
    D("en", "multi", "collections", "paid",
      "Why is Thistledown Labs sending me to collections for $212 when you paid them? And who "
      "do I complain to?",
      "Hi {MEMBER_FIRST_NAME}, for {DATE_OF_SERVICE} the plan paid Thistledown Labs "
      "{PLAN_PAID}, and your share is {MEMBER_OWES}. Ask the lab and the collector to correct "
      "the balance with the explanation of benefits; you can also file a grievance with us at "
      "{PHONE}." + SIGN,
      claim={"provider": "Thistledown Labs", "billed": "320.00", "member_owes": "18.00"},
      mentions=["provider"], topics=["collections", "complaint"]),
    D("en", "multi", "eligibility", "none",
      "Is my 24-year-old still eligible, and does she need her own card?",
      "Hi {MEMBER_FIRST_NAME}, yes, children can stay on your plan until age 26. She can use "
      "the same member ID with her own suffix; reply if you want a card mailed to her." + SIGN,
      topics=["eligibility", "id_card"]),
    D("en", "multi", "balance_bill", "out_of_network",
      "Marchetti Physical Therapy says I owe the rest of their bill. Is that legal, and can I "
      "get an itemized copy?",
      "Hi {MEMBER_FIRST_NAME}, Marchetti Physical Therapy is {NETWORK_STATUS} for your plan, "
      "so it can bill you above the allowed amount; your share from the claim for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES} plus their difference. You can ask them for an "
      "itemized bill." + SIGN,
      claim={"provider": "Marchetti Physical Therapy", "billed": "560.00",
             "member_owes": "230.00"},
      mentions=["provider"], topics=["balance_bill", "itemized_bill"]),
    D("en", "multi", "premiums", "none",
      "I missed last month's premium. Am I still covered, and will my claims get paid?",
      "Hi {MEMBER_FIRST_NAME}, you may be in a grace period; call us at {PHONE} so we can "
      "check your account. Claims during the grace period may be held until the premium is "
      "paid." + SIGN,
      topics=["premiums", "eligibility"]),
    D("en", "multi", "financial_assistance", "deductible",
      "The Oakhurst Hospital bill is $1,575, all deductible. Can they lower it, and can I "
      "spread it out?",
      "Hi {MEMBER_FIRST_NAME}, the care on {DATE_OF_SERVICE} went to your deductible, so your "
      "share is {MEMBER_OWES}. Ask Oakhurst Hospital's billing office for its financial "
      "assistance application and for a monthly payment plan." + SIGN,
      claim={"provider": "Oakhurst Hospital", "billed": "2700.00", "member_owes": "1575.00"},
      mentions=["provider", "amount"], topics=["financial_assistance", "payment_plan"]),
    D("en", "multi", "thanks_followup", "none",
      "Thanks for your help last time! Quick one: did my appeal go through?",
      "Hi {MEMBER_FIRST_NAME}, you are welcome! We do not see a decision on an appeal on your "
      "account yet; call us at {PHONE} and we can check where it stands." + SIGN,
      topics=["thanks_followup", "appeal"]),
    D("es", "multi", "ambulance", "pending",
      "¿Ya pagaron la ambulancia de Rescate Norte? ¿Y necesitaba autorización?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación de Rescate Norte del {DATE_OF_SERVICE} "
      "todavía se está procesando. Una ambulancia de emergencia no necesita autorización "
      "previa." + FIRMA,
      claim={"provider": "Rescate Norte", "billed": "1300.00"},
      mentions=["provider"], topics=["ambulance", "prior_authorization"]),
    D("es", "multi", "coordination_of_benefits", "none",
      "Tengo seguro de mi trabajo y de mi esposo. ¿Cuál paga primero y dónde mando la "
      "información?",
      "Hola {MEMBER_FIRST_NAME}, el plan de su propio trabajo paga primero y el de su esposo "
      "después. Llámenos al {PHONE} o responda con los datos del otro seguro para "
      "anotarlo." + FIRMA,
      topics=["coordination_of_benefits", "contact_change"]),
    # emergencies
    D("en", "emergency", "other", "none",
      "my husband is slurring his words and one side of his face is drooping. do we need "
      "prior auth for the hospital",
      "Hi {MEMBER_FIRST_NAME}, those can be signs of a stroke: call 911 now. Emergency care "
      "never needs approval first." + SIGN),
    D("en", "emergency", "other", "none",
      "I took a whole bottle of my sleeping pills an hour ago, is the ER covered",
      "Hi {MEMBER_FIRST_NAME}, please call 911 right now or Poison Control at 1-800-222-1222. "
      "If you are thinking of hurting yourself, you can call or text 988 any time. Emergency "
      "care is covered." + SIGN),
    D("en", "emergency", "other", "none",
      "i don't want to be alive anymore. the bills are never going to end",
      "Hi {MEMBER_FIRST_NAME}, I am so sorry you are going through this. Please call or text "
      "988 now to talk to someone, or call 911 if you are in danger. We will help with the "
      "bills afterwards." + SIGN),
    D("en", "emergency", "other", "none",
      "My toddler swallowed a button battery. Which urgent care is in network near me?",
      "Hi {MEMBER_FIRST_NAME}, a swallowed button battery is an emergency: call 911 or go to "
      "the nearest emergency room now. " + SAFE_911 + SIGN),
    D("en", "emergency", "other", "none",
      "crushing chest pain and my left arm is numb, should I wait for the claim to process "
      "before going in",
      "Hi {MEMBER_FIRST_NAME}, please do not wait: call 911 now. Emergency care is covered "
      "without approval." + SIGN),
    D("en", "emergency", "other", "none",
      "My wife's lips are turning blue from an allergic reaction and the epipen didn't "
      "help. Is the ambulance covered?",
      "Hi {MEMBER_FIRST_NAME}, call 911 right now. " + SAFE_911 + SIGN),
    D("es", "emergency", "other", "none",
      "Mi papá se cayó, se golpeó la cabeza y no despierta. ¿El seguro cubre la "
      "ambulancia?",
      "Hola {MEMBER_FIRST_NAME}, llame al 911 ahora mismo. Una emergencia está cubierta; lo "
      "del pago lo vemos después." + FIRMA),
    D("es", "emergency", "other", "none",
      "Ya no aguanto más, pienso en quitarme la vida. No sé para qué escribo.",
      "Hola {MEMBER_FIRST_NAME}, gracias por escribir. Llame o mande un texto al 988 ahora "
      "para hablar con alguien (hay ayuda en español), o al 911 si está en peligro." + FIRMA),
    # gibberish
    D("en", "gibberish", "other", "none",
      "asdfgh jjjkl qwe",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message came through garbled. Could you "
      "tell us what you need help with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "..........",
      "Hi {MEMBER_FIRST_NAME}, we received an empty message. How can we help?" + SIGN),
    D("en", "gibberish", "other", "none",
      "zxcv bnm poiuy trewq lkjh",
      "Hi {MEMBER_FIRST_NAME}, this message looks garbled. What can we help you with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "🙃🙃🙃 ???",
      "Hi {MEMBER_FIRST_NAME}, how can we help you today?" + SIGN),
    D("en", "gibberish", "other", "none",
      "ffffffffffffffffffff",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message was sent by accident. How can we "
      "help?" + SIGN),
    # abusive, about a real question
    D("en", "abuse", "denied_claim", "pending",
      "You useless idiots. Did you deny my Lindenhall Clinic claim or not?",
      "Hi {MEMBER_FIRST_NAME}, the Lindenhall Clinic claim for {DATE_OF_SERVICE} is still "
      "being processed; there is no decision yet. We will make sure you get the explanation "
      "of benefits as soon as it is finished." + SIGN,
      claim={"provider": "Lindenhall Clinic", "billed": "300.00"},
      mentions=["provider"]),
    D("en", "abuse", "out_of_network", "none",
      "is dr Halvorsen in network or are you morons too stupid to know",
      "Hi {MEMBER_FIRST_NAME}, you can check a doctor in the provider directory on our "
      "website, or call us at {PHONE} and we will look them up for your plan." + SIGN,
      add=NET_UNKNOWN),
    D("en", "abuse", "id_card", "none",
      "WHERE IS MY DAMN CARD. YOU PEOPLE ARE PATHETIC.",
      "Hi {MEMBER_FIRST_NAME}, sorry for the trouble. We do not see a card order on your "
      "account; confirm your address and we will order one, and you can use the digital card "
      "in the member app now." + SIGN),
    D("en", "abuse", "balance_bill", "balance_bill",
      "Your worthless plan let Quarrystone Anesthesia bill me $1,900. Fix it, clowns.",
      "Hi {MEMBER_FIRST_NAME}, for {DATE_OF_SERVICE} your share under the plan is "
      "{MEMBER_OWES}. If the anesthesia was at an in-network facility, the No Surprises Act "
      "limits what they can bill; send us the bill and we will check it." + SIGN,
      claim={"provider": "Quarrystone Anesthesia", "billed": "2500.00",
             "member_owes": "200.00"},
      mentions=["provider"]),
    D("es", "abuse", "pharmacy", "none",
      "Son unos inútiles. ¿Cubren o no cubren mi medicina para la presión?",
      "Hola {MEMBER_FIRST_NAME}, puede buscar su medicina en el formulario de nuestro sitio o "
      "llamarnos al {PHONE} y la revisamos con usted." + FIRMA,
      add=("covered", "not_covered")),
]
