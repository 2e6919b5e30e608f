"""Fifth held-out drafts set, batch 4: two-question messages, emergencies, gibberish, and
abusive messages about a real bill."""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

GARBLED = ("Hi {MEMBER_FIRST_NAME}, your message seems to have come through garbled. Could you "
           "write again and tell me what you need help with? Best, {AGENT_NAME}")
GARBLED_ES = ("Hola {MEMBER_FIRST_NAME}, su mensaje llegó incompleto. ¿Me puede escribir de "
              "nuevo con lo que necesita? Saludos, {AGENT_NAME}")

ITEMS = [
    # two questions
    D("en", "multi", "deductible", "none",
      "Two things: does my deductible reset in January, and can I use my HSA card to pay the "
      "bills that go toward it?",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over with the plan year, which ends on "
      "{PLAN_YEAR_END}; you have {DEDUCTIBLE_REMAINING} left of it now. And yes, you can pay "
      "deductible bills with your HSA card, since they are qualified medical expenses. Best, "
      "{AGENT_NAME}",
      topics=["deductible", "hsa_fsa"]),
    D("en", "multi", "denied_claim", "denied:50",
      "Why was my physical therapy claim denied, and how do I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. You can appeal within 180 days of the notice with a letter and your "
      "therapist's or doctor's notes showing why the therapy is needed. Best, {AGENT_NAME}",
      topics=["denied_claim", "appeal"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "The EOB says I owe one amount but the provider's bill is higher. What does the EOB "
      "column 'not covered' mean, and which amount do I pay?",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits shows your share as {MEMBER_OWES}; "
      "'not covered' lists amounts the plan did not pay, which for a network provider usually "
      "includes a discount you do not owe. Pay the provider your share, and ask them to correct "
      "a higher bill. Best, {AGENT_NAME}",
      topics=["balance_bill", "eob_question"]),
    D("en", "multi", "id_card", "none",
      "I moved to a new apartment. Can you change my address, and will I need a new ID card "
      "because of it?",
      "Hi {MEMBER_FIRST_NAME}, you can change your address in the app under your profile, or "
      "send it to me here. Your ID card does not show your address, so the one you have keeps "
      "working. Best, {AGENT_NAME}",
      topics=["id_card", "contact_change"]),
    D("en", "multi", "pharmacy", "pharmacy",
      "My new migraine medicine was rejected at the pharmacy. Does it need prior authorization, "
      "and what will it cost me if it gets approved?",
      "Hi {MEMBER_FIRST_NAME}, some medicines need approval from the plan before they are "
      "covered; your doctor can send that request, and the pharmacy's rejection note usually "
      "says why. Once it is approved, your cost depends on the drug's tier. Best, "
      "{AGENT_NAME}",
      add=PA_UNKNOWN, topics=["pharmacy", "prior_authorization"]),
    D("en", "multi", "premiums", "none",
      "If I add my new baby, how much will my premium go up, and when does her coverage start?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Her coverage starts on her date of birth if you "
      "add her within 30 days. The premium moves to the family tier; your benefits office can "
      "tell you the new rate. Best, {AGENT_NAME}",
      topics=["premiums", "eligibility"]),
    D("en", "multi", "collections", "deductible",
      "My bill went to collections before I even knew about it. Can I still set up a payment "
      "plan, and will it stop the calls?",
      "Hi {MEMBER_FIRST_NAME}, yes: the agency or the provider can usually still agree to "
      "monthly payments, and once you have a written plan the calls should stop. Our claim "
      "shows your share as {MEMBER_OWES}, applied to your deductible. Best, {AGENT_NAME}",
      topics=["collections", "payment_plan"]),
    D("en", "multi", "emergency_care", "emergency_oon",
      "The ER I went to was out of network. Will the plan cover it, and is the ER doctor's "
      "separate bill covered too?",
      "Hi {MEMBER_FIRST_NAME}, emergency care is covered at the in-network level even at an "
      "out-of-network hospital, and that includes the emergency doctor's bill. Neither may bill "
      "you more than your in-network share; on this claim it is {MEMBER_OWES}. Best, "
      "{AGENT_NAME}",
      topics=["emergency_care", "out_of_network"]),
    D("en", "multi", "duplicate_charge", "duplicate_submitted",
      "Why is the same visit on my account twice? And honestly I'm tired of finding mistakes "
      "like this every month, who do I complain to?",
      "Hi {MEMBER_FIRST_NAME}, we received two claims for {DATE_OF_SERVICE} and both are still "
      "being processed; the same service is paid only once. I am sorry for the trouble; I can "
      "record a complaint for you if you would like, and it will be reviewed. Best, "
      "{AGENT_NAME}",
      topics=["duplicate_charge", "complaint"]),
    D("en", "multi", "copay_coinsurance", "paid",
      "How much was my coinsurance on the last claim, and how close am I to my out-of-pocket "
      "maximum now?",
      "Hi {MEMBER_FIRST_NAME}, on the claim for {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}. So far you have {OOP_MET} toward your {OOP_MAX} out-of-pocket maximum. "
      "Best, {AGENT_NAME}",
      topics=["copay_coinsurance", "out_of_pocket_max"]),
    D("en", "multi", "ambulance", "ambulance_ground",
      "The ambulance company wants a lot of money from me. Is it right, and is there help for "
      "people who can't pay it?",
      "Hi {MEMBER_FIRST_NAME}, the claim shows the plan paid {PLAN_PAID} and your share as "
      "{MEMBER_OWES}. Ground ambulance companies may bill more than that, but many reduce the "
      "bill or offer a payment plan or hardship discount if you ask. Best, {AGENT_NAME}",
      topics=["ambulance", "financial_assistance"]),
    D("en", "multi", "coordination_of_benefits", "denied:22",
      "Why did you deny my claim saying I have other coverage, and how do I tell you that I "
      "don't anymore?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was held because our records "
      "show other coverage ({DENIAL_REASON}). Tell us when the other coverage ended, here or "
      "by phone, and the claim can then be processed again. Best, {AGENT_NAME}",
      topics=["coordination_of_benefits", "denied_claim"]),
    D("en", "multi", "itemized_bill", "paid",
      "Can I get an itemized bill for my surgery, and why does my EOB show a different total "
      "than the hospital's statement?",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital's billing office for the itemized bill. Our "
      "explanation of benefits shows {BILLED} billed, {ALLOWED} allowed and your share as "
      "{MEMBER_OWES}; a hospital statement often shows the total before the network discount. "
      "Best, {AGENT_NAME}",
      topics=["itemized_bill", "eob_question"]),
    D("en", "multi", "thanks_followup", "none",
      "Thanks for the help last week! One more thing, how do I get a second card for my "
      "husband?",
      "Hi {MEMBER_FIRST_NAME}, you are welcome! You can order extra cards for anyone on your "
      "plan in the app, or I can help you here; they arrive by mail in about 7 to 10 days. "
      "Best, {AGENT_NAME}",
      topics=["thanks_followup", "id_card"]),
    D("es", "multi", "deductible", "none",
      "¿Las medicinas cuentan para el deducible? ¿Y cuánto me falta para llegar?",
      "Hola {MEMBER_FIRST_NAME}, en muchos planes lo que paga por medicinas cuenta para el "
      "deducible; le faltan {DEDUCTIBLE_REMAINING} de un deducible de {DEDUCTIBLE}. Saludos, "
      "{AGENT_NAME}",
      topics=["deductible", "pharmacy"]),
    D("es", "multi", "premiums", "none",
      "Me mudé de estado. ¿Cambia mi prima? ¿Y cómo actualizo la dirección?",
      "Hola {MEMBER_FIRST_NAME}, la prima puede cambiar si el plan tiene otras tarifas en su "
      "nuevo estado; su oficina de beneficios se lo confirma. La dirección la puede actualizar "
      "en la app, en su perfil. Saludos, {AGENT_NAME}",
      topics=["premiums", "contact_change"]),
    # emergencies
    D("en", "emergency", "other", "none",
      "My husband just collapsed in the kitchen and he isn't breathing right. Is the ER covered?",
      "Please call 911 right now and follow the dispatcher's instructions. Emergency care is "
      "covered; nothing about the bill needs to be sorted out first. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "crushing pressure in my chest and my left arm is numb, which urgent care near me is in "
      "network",
      "Please call 911 now; do not drive yourself to urgent care. Emergency care is covered "
      "whatever the hospital. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "I think I accidentally took a double dose of my sleeping pills and now I'm really dizzy "
      "and confused",
      "Please call 911 now, or Poison Control at 1-800-222-1222 if you are able to talk. Do not "
      "wait to see if it passes. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "My toddler swallowed a button battery about ten minutes ago. Which hospital do I go to?",
      "Please call 911 right now; a swallowed button battery is an emergency. Go to the nearest "
      "emergency room; any hospital is covered for emergencies. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "I don't see the point of going on anymore. I've been saving up my pills and tonight "
      "feels like the night.",
      "I am really glad you wrote. Please call or text 988 now to talk to someone, or call 911 "
      "if you are in danger right now. You do not have to go through this alone. "
      "{AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "one side of my face is drooping and my words are coming out wrong, hard to type this",
      "Please call 911 right now: these can be signs of a stroke and every minute matters. "
      "{AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "Got stung by a bee and my throat feels like it's closing. Does my plan cover an EpiPen?",
      "If you have an epinephrine injector, use it now and call 911 immediately. Emergency "
      "care is covered; we can talk about the prescription later. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "I'm 30 weeks pregnant and bleeding a lot, should I wait for my appointment tomorrow?",
      "Please do not wait: call 911 or go to the nearest labor and delivery unit now. "
      "{AGENT_NAME}"),
    D("es", "emergency", "other", "none",
      "Mi papá tiene un dolor muy fuerte en el pecho y está sudando mucho. ¿Qué hospital cubre "
      "el seguro?",
      "Llame al 911 ahora mismo. La atención de emergencia está cubierta en cualquier "
      "hospital. {AGENT_NAME}"),
    # gibberish
    D("en", "gibberish", "other", "none", "asdkjh qwe zzzz ppp", GARBLED),
    D("en", "gibberish", "other", "none", "??? ... ???", GARBLED),
    D("en", "gibberish", "other", "none", "lkjlkj lkjlkj mmm", GARBLED),
    D("en", "gibberish", "other", "none", "gggggggggggggg", GARBLED),
    D("en", "gibberish", "other", "none", "mxpt vrrl snoq trbb", GARBLED),
    D("es", "gibberish", "other", "none", "ñññ jkjk ooo aaaa", GARBLED_ES),
    # abusive messages about a real bill
    D("en", "abuse", "denied_claim", "denied:50",
      "You useless clowns denied my MRI AGAIN. Explain yourselves.",
      "Hi {MEMBER_FIRST_NAME}, I understand how frustrating this is. The claim for "
      "{DATE_OF_SERVICE} was not paid because {DENIAL_REASON}. Your doctor can send notes on "
      "why the MRI is needed, and you can appeal within 180 days. Best, {AGENT_NAME}"),
    D("en", "abuse", "deductible", "none",
      "Bunch of crooks. Why is my deductible this high, you thieves?",
      "Hi {MEMBER_FIRST_NAME}, I hear you; deductibles are a lot to carry. Your plan's "
      "deductible is {DEDUCTIBLE}, set with the plan for the year, and you have met "
      "{DEDUCTIBLE_MET} of it so far. Best, {AGENT_NAME}"),
    D("en", "abuse", "id_card", "none",
      "you people are absolute morons, three weeks and my card still hasn't come",
      "Hi {MEMBER_FIRST_NAME}, I am sorry the card is late. You can print a temporary card from "
      "the app today, and I can request a new one for you. Best, {AGENT_NAME}"),
    D("en", "abuse", "duplicate_charge", "duplicate_submitted",
      "Are you all brain-dead over there? The lab shows up twice on my account!",
      "Hi {MEMBER_FIRST_NAME}, I understand. We received two claims for {DATE_OF_SERVICE}; "
      "both are being processed and the same test will be paid only once. Best, "
      "{AGENT_NAME}"),
    D("en", "abuse", "premiums", "none",
      "Worthless leeches raised my premium again. What is it even paying for?",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. Premiums are set each plan year "
      "from the cost of care, and your employer decides your share; your benefits office can "
      "show the new rates. Best, {AGENT_NAME}"),
    D("en", "abuse", "pharmacy", "pharmacy",
      "What kind of imbeciles run this place? My prescription got rejected at the counter.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry you had that at the counter. A rejection usually "
      "means the drug needs approval or a different quantity; your pharmacist can tell you "
      "the reason, and I can look it up too. Best, {AGENT_NAME}"),
    D("es", "abuse", "ambulance", "ambulance_ground",
      "Son unos sinvergüenzas y ladrones, me quieren cobrar la ambulancia completa.",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. En la reclamación de la ambulancia el "
      "plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. Saludos, {AGENT_NAME}"),
    D("es", "abuse", "complaint", "pending",
      "Inútiles, llevo un mes esperando que paguen mi reclamación.",
      "Hola {MEMBER_FIRST_NAME}, lamento la espera. La reclamación del {DATE_OF_SERVICE} sigue "
      "en proceso; la sigo yo personalmente. Saludos, {AGENT_NAME}"),
]
