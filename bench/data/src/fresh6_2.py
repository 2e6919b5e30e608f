"""Seventh held-out drafts set, batch 2: ambulance, emergency care, duplicate and itemized bills,
payment plans, collections, financial assistance, appeals. Written by helper abuse8."""

from drafts_common import D

SIGN = " Take care, {AGENT_NAME}"

ITEMS = [
    # ambulance
    D("en", "single", "ambulance", "ambulance_ground",
      "I got a $1,150 bill from Riverbend EMS for the ambulance that took my dad to the "
      "hospital. Why didn't insurance cover it all?",
      "Hi {MEMBER_FIRST_NAME}, the ride on {DATE_OF_SERVICE} was covered as emergency "
      "transport: Riverbend EMS billed {BILLED}, the plan allowed {ALLOWED} and paid "
      "{PLAN_PAID}. Ground ambulance companies outside our network can still bill the rest, "
      "so the remaining {MEMBER_OWES} is the amount on your bill; we can ask them to reduce "
      "it." + SIGN,
      claim={"provider": "Riverbend EMS", "billed": "1800.00", "member_owes": "1150.00"},
      mentions=["amount", "provider"]),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence company keeps sending bills, isnt emergency transport supposed to be covered",
      "Hi {MEMBER_FIRST_NAME}, the transport on {DATE_OF_SERVICE} was covered: the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}. The company is outside our network, so it can "
      "bill you the remaining {MEMBER_OWES}; ask them about a discount or a payment plan." + SIGN,
      claim={"billed": "1400.00", "member_owes": "560.00"}),
    D("en", "long", "ambulance", "ambulance_air",
      "My son was flown by helicopter from the ski resort to the trauma center in February "
      "after a bad fall. We just received a bill from Summit Air Medical for $18,400 and I am "
      "panicking. Our plan paid some of it but this number is more than we make in three "
      "months. What are our options?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad your son got care quickly. For emergency air "
      "ambulance trips the No Surprises Act limits you to your in-network share even when the "
      "company is outside our network, so please don't pay this bill yet. For the flight on "
      "{DATE_OF_SERVICE} your share is {MEMBER_OWES}; we will contact Summit Air Medical about "
      "the rest." + SIGN,
      claim={"provider": "Summit Air Medical", "billed": "42000.00", "member_owes": "18400.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "ambulance", "none",
      "¿El seguro cubre la ambulancia si yo mismo la llamé y al final no era grave?",
      "Hola {MEMBER_FIRST_NAME}, el traslado de emergencia se cubre cuando una persona "
      "razonable pensaría que su salud estaba en peligro, aunque después resulte que no era "
      "grave. Si le llega una cuenta, mándemela y la revisamos. Saludos, {AGENT_NAME}"),
    # emergency care (near-miss billing questions)
    D("en", "single", "emergency_care", "emergency_in_network",
      "I went to the ER at Northgate General for chest pain that turned out to be heartburn. "
      "They billed $2,340. Does insurance still pay if it wasn't a real emergency?",
      "Hi {MEMBER_FIRST_NAME}, yes. Emergency care is judged by your symptoms, not the final "
      "diagnosis, and chest pain is a reason to go. For the visit on {DATE_OF_SERVICE} the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim={"provider": "Northgate General", "billed": "2340.00", "member_owes": "250.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "We were on vacation and my daughter needed the emergency room at a hospital that's not "
      "in our network. Will we get stuck with a huge bill?",
      "Hi {MEMBER_FIRST_NAME}, emergency care is covered at in-network cost wherever you are, "
      "and the hospital can't bill you more than that. For the visit on {DATE_OF_SERVICE} "
      "your share is {MEMBER_OWES}." + SIGN),
    D("en", "single", "emergency_care", "none",
      "Is there a copay for the ER, and does it go away if I get admitted?",
      "Hi {MEMBER_FIRST_NAME}, your plan has an emergency room copay, and on most plans it is "
      "waived when you are admitted to the hospital from the ER; the hospital stay then "
      "follows your inpatient benefits. I can confirm the details for {PLAN_NAME} by phone at "
      "{PHONE}." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "The ER at Lakemont Medical Center charged me twice what urgent care would have. Why is "
      "the emergency visit so much more?",
      "Hi {MEMBER_FIRST_NAME}, emergency rooms are staffed and equipped for any emergency at "
      "any hour, so their visits are priced higher than urgent care. For your visit on "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and {MEMBER_OWES} is yours. For minor "
      "problems urgent care usually costs less." + SIGN,
      claim={"provider": "Lakemont Medical Center", "billed": "1650.00", "member_owes": "300.00"},
      mentions=["provider"]),
    D("en", "single", "emergency_care", "none",
      "Do I need to call you guys before going to the emergency room or will the visit not be "
      "covered?",
      "Hi {MEMBER_FIRST_NAME}, no call is needed first: emergency care never needs approval in "
      "advance, in or out of network. In an emergency go straight to the ER or call 911." + SIGN,
      add=("needs_prior_auth",)),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a emergencias del Hospital Valle Claro por un corte en la mano. ¿Cuánto me toca "
      "pagar?",
      "Hola {MEMBER_FIRST_NAME}, de su visita a emergencias del {DATE_OF_SERVICE} el plan "
      "pagó {PLAN_PAID} y a usted le corresponden {MEMBER_OWES}. Espero que la mano esté "
      "mejor. Saludos, {AGENT_NAME}",
      claim={"provider": "Hospital Valle Claro", "billed": "980.00", "member_owes": "150.00"},
      mentions=["provider"]),
    # duplicate charges
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see two claims for the same allergy test from Oakhurst Allergy. Am I being charged "
      "twice?",
      "Hi {MEMBER_FIRST_NAME}, there are two submissions for the test on {DATE_OF_SERVICE}. "
      "They are still being processed, and a repeated claim is checked before anything is "
      "paid, so please hold off paying until you get the EOB." + SIGN,
      claim={"provider": "Oakhurst Allergy"}, mentions=["provider"]),
    D("en", "typo", "duplicate_charge", "denied:18",
      "got charged 2x for the same bloodwork, wtf?",
      "Hi {MEMBER_FIRST_NAME}, the second claim for {DATE_OF_SERVICE} was turned down because "
      "{DENIAL_REASON}, so it won't be paid or counted twice. If the lab billed you twice, "
      "ask them to remove the repeat charge." + SIGN),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Me aparecen dos cobros iguales del laboratorio del mismo día. ¿Es un error?",
      "Hola {MEMBER_FIRST_NAME}, vemos dos envíos del mismo servicio del {DATE_OF_SERVICE}. "
      "Todavía están en proceso y se revisan antes de pagar; por favor espere la explicación "
      "de beneficios antes de pagar nada. Saludos, {AGENT_NAME}"),
    D("en", "long", "duplicate_charge", "denied:18",
      "Back in August I had a colonoscopy at Brookside Endoscopy Center and I've now gotten "
      "two statements that look identical, same date, same codes. I called the center and "
      "they told me to call insurance. I don't want to pay for the same procedure twice. Can "
      "you tell me what's going on from your side?",
      "Hi {MEMBER_FIRST_NAME}, we received the claim for {DATE_OF_SERVICE} twice; the repeat "
      "was not paid because {DENIAL_REASON}. Only one counts, so the second statement is a "
      "copy; ask the center to close it." + SIGN,
      claim={"provider": "Brookside Endoscopy Center"}, mentions=["provider"]),
    # itemized bill
    D("en", "single", "itemized_bill", "none",
      "The hospital statement only says 'services' next to a total. Who do I ask for the "
      "line-by-line version?",
      "Hi {MEMBER_FIRST_NAME}, call the hospital's billing office and ask for an itemized "
      "statement with billing codes; they must give you one. Compare it with your EOB and send "
      "me anything that doesn't match." + SIGN),
    D("en", "typo", "itemized_bill", "paid",
      "can u get me a itemized list of what Sunfield Urgent Care charged, the bill just says "
      "one big number",
      "Hi {MEMBER_FIRST_NAME}, the itemized list comes from Sunfield Urgent Care's billing "
      "office. From our side, the visit on {DATE_OF_SERVICE} was billed at {BILLED}, the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim={"provider": "Sunfield Urgent Care", "billed": "275.00", "member_owes": "60.00"},
      mentions=["provider"]),
    D("es", "spanish", "itemized_bill", "none",
      "¿Tengo derecho a pedir la cuenta detallada del hospital?",
      "Hola {MEMBER_FIRST_NAME}, sí, el hospital debe darle una cuenta detallada si la pide. "
      "Llame a su oficina de facturación y compárela con su explicación de beneficios. "
      "Saludos, {AGENT_NAME}"),
    D("en", "long", "itemized_bill", "none",
      "My mother was in the hospital for five days and the bill is one line: room and "
      "services. She is on my plan as a dependant. I'd like to see what every charge was for "
      "because I think some of it was for tests she refused. Where do I start?",
      "Hi {MEMBER_FIRST_NAME}, start by asking the hospital's billing office for an itemized "
      "statement with billing codes. Check it against the EOB, and if you find tests she "
      "refused, dispute them with the hospital in writing and send me a copy so we can review "
      "the claim." + SIGN),
    # payment plan
    D("en", "single", "payment_plan", "none",
      "Would the surgery center let me spread my balance over a few months, or is it all due "
      "at once?",
      "Hi {MEMBER_FIRST_NAME}, most hospitals offer interest-free payment plans; call the "
      "billing office on your statement and ask. Setting one up before the due date keeps the "
      "account out of collections." + SIGN),
    D("en", "typo", "payment_plan", "paid",
      "i owe Glenmoor Surgical $1,480 and i cant pay it all at once. payment plan??",
      "Hi {MEMBER_FIRST_NAME}, your share for {DATE_OF_SERVICE} is {MEMBER_OWES}. Payment "
      "plans are arranged with the provider, so call Glenmoor Surgical's billing office; most "
      "offer monthly payments without interest." + SIGN,
      claim={"provider": "Glenmoor Surgical", "billed": "5200.00", "member_owes": "1480.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "payment_plan", "none",
      "Could I break what I owe the hospital into smaller chunks? I can't cover it this month.",
      "Hi {MEMBER_FIRST_NAME}, yes, almost every provider accepts monthly payments. Call the "
      "billing number on the statement and ask for a payment plan before the due date." + SIGN),
    # collections
    D("en", "single", "collections", "none",
      "A collection agency called me about a medical bill I never saw. What should I do?",
      "Hi {MEMBER_FIRST_NAME}, ask the agency to send the debt details in writing, including "
      "the provider and date of service, and don't pay until you've checked it. Send me what "
      "they send and I'll compare it with your claims." + SIGN),
    D("en", "long", "collections", "paid",
      "I just got a letter from a debt collector about a bill from Oriole Park Clinic for "
      "$320. I thought my insurance paid that visit in full. I've never missed a bill in my "
      "life and I'm worried this will hit my credit. Can you tell me what the plan actually "
      "paid and what I should say to the collector?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} "
      "and your share was {MEMBER_OWES}. Tell the collector in writing that you dispute the "
      "amount and ask for an itemized statement; medical debts under a certain size and paid "
      "medical debts are no longer shown on credit reports." + SIGN,
      claim={"provider": "Oriole Park Clinic", "billed": "320.00", "member_owes": "20.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "collections", "none",
      "Me mandaron a cobranza una cuenta del dentista que pensé que el seguro pagaba. ¿Qué "
      "hago?",
      "Hola {MEMBER_FIRST_NAME}, pida a la agencia los detalles por escrito y no pague hasta "
      "revisarlos. Mándeme la carta y la comparo con sus reclamos. Saludos, {AGENT_NAME}"),
    D("en", "typo", "collections", "none",
      "omg a collector keeps texting me over 90 bucks from the urgent care, is my credit "
      "ruined now",
      "Hi {MEMBER_FIRST_NAME}, medical collections under a certain size are no longer shown "
      "on credit reports, and paid ones are removed. Still, check the bill against your EOB "
      "before paying; I can help." + SIGN),
    # financial assistance
    D("en", "single", "financial_assistance", "none",
      "My neighbor said St. somebody wiped out her bill because of her income. Do hospitals "
      "really do that?",
      "Hi {MEMBER_FIRST_NAME}, nonprofit hospitals must have a financial assistance policy "
      "that can reduce or forgive bills based on income. Ask the billing office for the "
      "application; you can apply even after the bill is issued." + SIGN),
    D("en", "long", "financial_assistance", "none",
      "I lost my job in September and we're living on my wife's part-time pay. My son's "
      "surgery bill is more than we can possibly handle even after insurance. I heard "
      "hospitals sometimes forgive bills for people in our situation. Is that true, and how "
      "would I even go about asking?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your job. Yes, many hospitals reduce or forgive "
      "bills for families whose income has dropped. Ask the hospital's billing office for its "
      "financial assistance application and send proof of your current income." + SIGN),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay ayuda para pagar cuentas del hospital si gano poco?",
      "Hola {MEMBER_FIRST_NAME}, sí, muchos hospitales tienen programas de ayuda financiera "
      "según sus ingresos. Pida la solicitud en la oficina de facturación del hospital. "
      "Saludos, {AGENT_NAME}"),
    D("en", "typo", "financial_assistance", "none",
      "is there charity care at the hospital? im a single mom and cant pay this",
      "Hi {MEMBER_FIRST_NAME}, yes, most hospitals have charity care or financial assistance "
      "based on household income. Ask their billing office for the application and mention "
      "you're supporting your family alone." + SIGN),
    # appeals
    D("en", "single", "appeal", "none",
      "What should I include with an appeal letter?",
      "Hi {MEMBER_FIRST_NAME}, include the denial letter or EOB, a short letter explaining why "
      "you disagree, and any records or a letter from your doctor that supports the care. "
      "Internal appeals must be filed within 180 days of the denial." + SIGN),
    D("en", "single", "appeal", "denied:50",
      "I want to appeal the denial of my nerve test at Ashcombe Neurology. How?",
      "Hi {MEMBER_FIRST_NAME}, the test on {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. Send us a written appeal by {APPEAL_DEADLINE} with your doctor's notes "
      "on why it was needed; we decide within 30 days for care you've already had." + SIGN,
      claim={"provider": "Ashcombe Neurology"}, mentions=["provider"]),
    D("es", "spanish", "appeal", "none",
      "Si pierdo la apelación con ustedes, ¿hay alguien más que lo pueda revisar?",
      "Hola {MEMBER_FIRST_NAME}, sí: después de la apelación interna puede pedir una revisión "
      "externa independiente dentro de los 4 meses siguientes a la decisión final. Saludos, "
      "{AGENT_NAME}"),
    D("en", "typo", "appeal", "none",
      "how long do i have to file a apeal after a denial",
      "Hi {MEMBER_FIRST_NAME}, you have 180 days from the denial notice to file an internal "
      "appeal. If the claim is urgent, we decide within 72 hours." + SIGN),
]
