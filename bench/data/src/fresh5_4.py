"""Sixth held-out drafts set, batch 4: two-question messages, abusive messages about a real bill
(written in many shapes, most not those suggestions/tone.py knows), emergencies and gibberish.
Written by helper drafts6."""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

SAFETY_911 = (
    "{MEMBER_FIRST_NAME}, please call 911 now or go to the nearest emergency room. Emergency "
    "care is covered without prior approval, in or out of network, so don't let cost hold "
    "you back; we can sort out any bill later. {AGENT_NAME}"
)

ITEMS = [
    # two questions
    D("en", "multi", "deductible", "none",
      "Two things: how much is left on my deductible, and can I pay what I owe for it with my "
      "HSA money?",
      "Hi {MEMBER_FIRST_NAME}, you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, "
      "so {DEDUCTIBLE_REMAINING} is left this plan year. And yes, deductible costs for covered "
      "care are qualified expenses, so you can pay them from your HSA. Best, {AGENT_NAME}",
      topics=["deductible", "hsa_fsa"]),
    D("en", "multi", "id_card", "none",
      "I need a new card because I lost mine, and while I'm at it my mailing address changed "
      "too.",
      "Hi {MEMBER_FIRST_NAME}, you can use the digital card in the app right away. Reply with "
      "your new mailing address and I'll put it on your record, and then we can order the "
      "new card to that address. Best, {AGENT_NAME}",
      topics=["id_card", "contact_change"]),
    D("en", "multi", "denied_claim", "denied:50",
      "Why did you deny my allergy testing, and how do I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, the testing on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. To appeal, send a letter with your doctor's note on why the testing "
      "was needed and your records, by {APPEAL_DEADLINE}. Best, {AGENT_NAME}",
      topics=["denied_claim", "appeal"]),
    D("en", "multi", "prior_authorization", "none",
      "Does my sleep study need pre approval, and is the sleep center my doctor picked in "
      "network?",
      "Hi {MEMBER_FIRST_NAME}, some sleep studies need approval first, depending on whether "
      "they are done at home or in a lab; your doctor's office would request it. Send me the "
      "sleep center's name and I'll check whether it is in your network. Best, {AGENT_NAME}",
      add=PA_UNKNOWN + NET_UNKNOWN, topics=["prior_authorization", "out_of_network"]),
    D("en", "multi", "emergency_care", "emergency_in_network",
      "The ER bill came and so did a separate ambulance bill. Are both covered and what do I "
      "owe on the ER part?",
      "Hi {MEMBER_FIRST_NAME}, emergency care and the emergency ambulance ride are both "
      "covered. For the ER visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}. Send me the ambulance bill and I'll check its claim too. "
      "Best, {AGENT_NAME}",
      topics=["emergency_care", "ambulance"]),
    D("en", "multi", "collections", "none",
      "A hospital bill went to collections and I can't pay it all. Can I still get on a "
      "payment plan at this point?",
      "Hi {MEMBER_FIRST_NAME}, often yes: collection agencies and hospitals usually accept "
      "monthly payments, and some hospitals take the account back if you apply for financial "
      "assistance. Ask for the debt details in writing first and send them to me so we can "
      "check the amount. Best, {AGENT_NAME}",
      topics=["collections", "payment_plan"]),
    D("en", "multi", "eligibility", "none",
      "Can I add my newborn to the plan, and will my premium go up?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Yes, you can add your baby within 30 days of "
      "the birth, covered from the date of birth. Adding a dependant can change your premium "
      "depending on your coverage tier; the enrollment notice will show the new amount. "
      "Best, {AGENT_NAME}",
      topics=["eligibility", "premiums"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "Why is the specialist billing me more than the EOB says, and can I get an itemized "
      "bill from them to check it?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} your share under the plan is "
      "{MEMBER_OWES}; the rest of their bill is the difference between {BILLED} billed and the "
      "{ALLOWED} allowed. Yes, ask their billing office for an itemized bill, and send it to "
      "me before paying more than your share. Best, {AGENT_NAME}",
      topics=["balance_bill", "itemized_bill"]),
    D("en", "multi", "pharmacy", "none",
      "is my insulin covered and can i buy it with my fsa card",
      "Hi {MEMBER_FIRST_NAME}, I can check the formulary for your {PLAN_NAME}; tell me which "
      "insulin you use, since coverage and tier differ by brand. Insulin is a qualified "
      "medical expense, so you can pay for it with your FSA card. Best, {AGENT_NAME}",
      add=("covered", "not_covered"), topics=["pharmacy", "hsa_fsa"]),
    D("en", "multi", "out_of_pocket_max", "none",
      "How close am I to my out of pocket max, and do my premiums count towards it?",
      "Hi {MEMBER_FIRST_NAME}, you have {OOP_MET} toward your {OOP_MAX} out-of-pocket maximum "
      "this plan year. Premiums don't count toward it; deductible, copays and coinsurance for "
      "covered care do. Best, {AGENT_NAME}",
      topics=["out_of_pocket_max", "premiums"]),
    D("en", "multi", "coordination_of_benefits", "none",
      "My wife's plan should be primary for her. Do you have that on file, and do you need "
      "her new phone number too?",
      "Hi {MEMBER_FIRST_NAME}, I'll check how her other coverage is recorded: if her own "
      "employer's plan is listed, it pays first for her. Reply with her new phone number and "
      "the other plan's details, and I'll update both. Best, {AGENT_NAME}",
      topics=["coordination_of_benefits", "contact_change"]),
    D("en", "multi", "duplicate_charge", "duplicate_submitted",
      "i see my mri twice on the claims page, is that a mistake? also thanks for the help last "
      "week with my card",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! I see two submissions for the MRI on "
      "{DATE_OF_SERVICE}, both still being processed; it is paid once, and a copy is caught "
      "when processed. Please don't pay until the EOB arrives. Best, {AGENT_NAME}",
      topics=["duplicate_charge", "thanks_followup"]),
    D("en", "multi", "financial_assistance", "none",
      "Is there financial help for my hospital bill, and who do I complain to about the "
      "hospital refusing to tell me?",
      "Hi {MEMBER_FIRST_NAME}, nonprofit hospitals must have a financial assistance policy and "
      "give you the application on request. If they refuse, you can file a complaint with us "
      "by replying with what happened, and with your state's attorney general. "
      "Best, {AGENT_NAME}",
      topics=["financial_assistance", "complaint"]),
    D("en", "multi", "eob_question", "paid",
      "What does 'allowed amount' mean on my EOB, and why is my coinsurance 20 percent of that "
      "and not of the bill?",
      "Hi {MEMBER_FIRST_NAME}, the allowed amount ({ALLOWED}) is the price our network agreed "
      "for the service, lower than the billed {BILLED}. Coinsurance is a share of the allowed "
      "amount because that is the whole price of the service under your plan; here the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. Best, {AGENT_NAME}",
      topics=["eob_question", "copay_coinsurance"]),
    D("es", "multi", "appeal", "none",
      "¿Cuánto tiempo tengo para apelar y puedo pedir que alguien de afuera lo revise?",
      "Hola {MEMBER_FIRST_NAME}, tiene 180 días desde el aviso de negación para presentar una "
      "apelación interna. Si se mantiene la negación, puede pedir una revisión externa "
      "independiente dentro de los 4 meses siguientes. Saludos, {AGENT_NAME}",
      topics=["appeal", "complaint"]),
    D("es", "multi", "premiums", "none",
      "¿Cómo pago la prima por internet y cómo cambio mi dirección?",
      "Hola {MEMBER_FIRST_NAME}, puede pagar la prima en el portal de miembros, en "
      "Facturación, con tarjeta o cuenta bancaria. La dirección se cambia en Perfil, o "
      "escríbame aquí la nueva y la actualizo. Saludos, {AGENT_NAME}",
      topics=["premiums", "contact_change"]),
    D("en", "multi", "itemized_bill", "none",
      "How do I ask for an itemized bill, and if I find an error do I dispute it with you or "
      "the hospital?",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital's billing office for an itemized statement. "
      "If a line is wrong, dispute it with the hospital first and ask for a corrected claim to "
      "be sent to us; send me a copy too and I'll follow the corrected claim. "
      "Best, {AGENT_NAME}",
      topics=["itemized_bill", "duplicate_charge"]),
    # abusive, about a real question
    D("en", "abuse", "id_card", "none",
      "Third time asking. Is anyone in your office capable of mailing a plastic card, or is "
      "that too advanced for a room full of mouth-breathers?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to ask three times. Your digital card is "
      "in the app now, and if you confirm your mailing address I'll make sure a new card is "
      "ordered. Best, {AGENT_NAME}"),
    D("en", "abuse", "deductible", "none",
      "Explain to me like I'm five, since apparently that's the reading level of your staff: "
      "why do I still have a deductible to pay in November, you greedy leeches?",
      "Hi {MEMBER_FIRST_NAME}, your deductible runs by plan year, not by calendar year: you "
      "have met {DEDUCTIBLE_MET} of {DEDUCTIBLE}, with {DEDUCTIBLE_REMAINING} left until "
      "{PLAN_YEAR_END}. I'm glad to go through the claims that counted. Best, {AGENT_NAME}"),
    D("en", "abuse", "denied_claim", "denied:96",
      "Your claims department must have been hired at a clown college. My biopsy got "
      "rejected as not covered. Fix it, you worthless hacks.",
      "Hi {MEMBER_FIRST_NAME}, I understand how upsetting this is. The biopsy claim for "
      "{DATE_OF_SERVICE} was not paid because {DENIAL_REASON}. You can appeal it by "
      "{APPEAL_DEADLINE}, and a note from your doctor explaining the biopsy helps. "
      "Best, {AGENT_NAME}"),
    D("en", "abuse", "ambulance", "ambulance_ground",
      "Whoever decided to pay that little on my ambulance ride should be ashamed of "
      "themselves, you heartless vultures. What am I supposed to do with this bill?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this bill landed on you. For the ride on "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. The company "
      "is {NETWORK_STATUS}; send me the bill and I'll check whether your state limits what "
      "it can charge. Best, {AGENT_NAME}"),
    D("en", "abuse", "premiums", "none",
      "My premium went up AGAIN. I swear your executives are the lowest form of life on this "
      "planet. Why did it go up?",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. Premiums are set each year for "
      "the whole plan based on expected medical costs; your renewal notice shows the change, "
      "and you can compare plans at open enrollment. Best, {AGENT_NAME}"),
    D("en", "abuse", "pharmacy", "pharmacy",
      "Congratulations on being the most useless pack of paper pushers I've ever dealt with. "
      "My heart medication costs double now. Explain.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the jump. For the fill on {DATE_OF_SERVICE} your "
      "share was {MEMBER_OWES}; a rise like this usually comes from a tier change or the "
      "deductible. Ask your doctor whether a lower-tier option would work. Best, {AGENT_NAME}"),
    D("en", "abuse", "duplicate_charge", "paid",
      "Are you all brain damaged over there or just pretending? I was charged twice for one "
      "visit and nobody can see it.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this has been so hard. We show one claim for the "
      "visit on {DATE_OF_SERVICE}, with {MEMBER_OWES} as your share. If the provider charged "
      "you twice, they owe you a refund of the second charge; send me the statement and I'll "
      "help you get it. Best, {AGENT_NAME}"),
    D("en", "abuse", "appeal", "none",
      "i bet the monkeys reading this cant even spell appeal. how do i file one. do ur job "
      "for once losers",
      "Hi {MEMBER_FIRST_NAME}, you can file an appeal within 180 days of the denial notice by "
      "sending a letter explaining why the decision should change, with any records that "
      "support it. Tell me which claim it is and I'll guide you. Best, {AGENT_NAME}"),
    D("es", "abuse", "collections", "none",
      "Son una panda de aprovechados sin vergüenza. Me mandaron a cobranza por una cuenta que "
      "ustedes debían pagar. ¿Qué hago ahora?",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. Pida a la agencia los detalles de la "
      "deuda por escrito y envíemelos: reviso el reclamo relacionado y lo que, si algo, le "
      "corresponde pagar. Saludos, {AGENT_NAME}"),
    D("es", "abuse", "eob_question", "paid",
      "Qué asco de compañía, no sirven ni para explicar una carta. ¿Qué significa lo que dice "
      "mi explicación de beneficios?",
      "Hola {MEMBER_FIRST_NAME}, con gusto se lo explico. Del servicio del {DATE_OF_SERVICE} "
      "el monto permitido fue {ALLOWED}; el plan pagó {PLAN_PAID} y su parte es "
      "{MEMBER_OWES}. La carta no es una factura. Saludos, {AGENT_NAME}"),
    D("en", "abuse", "out_of_network", "none",
      "Is Dr. Okafor in network or do I need to draw you a picture, dimwits? Simple question.",
      "Hi {MEMBER_FIRST_NAME}, I can check that for you; the provider search in the portal "
      "also shows it. Please tell me the doctor's full name and location so I look up the "
      "right one. Best, {AGENT_NAME}",
      add=NET_UNKNOWN),
    # emergencies
    D("en", "emergency", "other", "none",
      "my husbands face is drooping on one side and he cant lift his arm. is the ER covered "
      "or should we wait for the doctor tomorrow",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "I think I took my evening pills twice by accident and now I'm dizzy and throwing up. "
      "Will urgent care cover this?",
      "{MEMBER_FIRST_NAME}, please call 911 now, or Poison Control at 1-800-222-1222 if you "
      "can still talk and breathe normally. Don't worry about coverage: emergency care is "
      "covered. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "Chest has been tight for an hour and the pain goes into my jaw. Is urgent care "
      "cheaper than the ER?",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "My 2 year old just swallowed a little round battery from a remote. Which hospital is "
      "in network?",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "Honestly I don't see the point of going on anymore. The bills, everything. I have my "
      "pills lined up.",
      "{MEMBER_FIRST_NAME}, I'm really glad you wrote. Please call or text 988 now, the "
      "Suicide and Crisis Lifeline, or call 911 if you are in danger. You don't have to deal "
      "with this alone, and the bills can wait. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "Throat swelling after eating shrimp, used my epipen, still hard to breathe. Do I need "
      "pre approval to go in?",
      SAFETY_911),
    D("es", "emergency", "other", "none",
      "Mi mamá no puede respirar bien y tiene los labios morados. ¿A qué hospital la llevo que "
      "acepte el seguro?",
      "{MEMBER_FIRST_NAME}, llame al 911 ahora o llévela a la sala de emergencias más cercana. "
      "La atención de emergencia está cubierta en cualquier hospital, dentro o fuera de la "
      "red. {AGENT_NAME}"),
    D("en", "emergency", "other", "none",
      "I'm bleeding a lot from my incision after surgery yesterday, soaked through two "
      "bandages. Is a home nurse visit covered?",
      SAFETY_911),
    D("en", "emergency", "other", "none",
      "My son is having a seizure and it won't stop, it's been 6 minutes. What's covered?",
      SAFETY_911),
    # gibberish
    D("en", "gibberish", "other", "none", "sdfkj weoiru zxmcn qpqpqp",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message didn't come through as intended. "
      "Could you tell us what you need help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none", "hhhhhhhhhhhhhhhhhhhh",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message didn't come through as intended. "
      "Could you tell us what you need help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none", "?? .. ;; ,,, ??",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message didn't come through as intended. "
      "Could you tell us what you need help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none", "vbnm,./ 7788 ytrewq lkj",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message didn't come through as intended. "
      "Could you tell us what you need help with? {AGENT_NAME}"),
    D("es", "gibberish", "other", "none", "ñlkjñlkj asdasd jajsjsjsjs",
      "Hola {MEMBER_FIRST_NAME}, parece que su mensaje no llegó completo. ¿En qué le podemos "
      "ayudar? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none", "🙃🙃🙃 🐸 🙃",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message didn't come through as intended. "
      "Could you tell us what you need help with? {AGENT_NAME}"),
]
