"""Sixth held-out drafts set, batch 2: balance bills, ambulance, emergency care, duplicate and
itemized bills, payment plans, collections, financial assistance. Written by helper drafts6."""

from drafts_common import D

ITEMS = [
    # balance bill
    D("en", "single", "balance_bill", "balance_bill",
      "The surgeon's office is billing me $1,150.00 on top of what my plan paid, but my EOB "
      "says I only owe $220.00. Which one do I pay?",
      "Hi {MEMBER_FIRST_NAME}, for the surgery on {DATE_OF_SERVICE} your share under the plan "
      "is {MEMBER_OWES}. The rest of the bill is the difference between what the office "
      "charged ({BILLED}) and the allowed amount ({ALLOWED}). Please don't pay more than your "
      "share until we have checked whether the office may bill that difference; send me a "
      "copy of their bill. Best, {AGENT_NAME}",
      claim={"billed": "1900.00", "member_owes": "220.00"}, mentions=["amount"]),
    D("en", "single", "balance_bill", "none",
      "What exactly does the No Surprises Act cover? I keep hearing about it on the news.",
      "Hi {MEMBER_FIRST_NAME}, the No Surprises Act protects you from surprise bills for "
      "emergency care, for care from out-of-network clinicians at an in-network hospital or "
      "surgery center when you didn't choose them, and for air ambulance. In those cases you "
      "pay only your in-network share. Ground ambulance is not included. If you get such a "
      "bill, the No Surprises Help Desk is 1-800-985-3059. Best, {AGENT_NAME}"),
    D("en", "typo", "balance_bill", "balance_bill",
      "anesthesia guy sent me a bill for the difrence between his price and what u paid. i "
      "never even met him before surgery. is that alowed",
      "Hi {MEMBER_FIRST_NAME}, for the anesthesia on {DATE_OF_SERVICE} your share under the "
      "plan is {MEMBER_OWES}. When an out-of-network anesthesiologist works at an in-network "
      "hospital and you didn't choose them, federal rules generally limit you to your "
      "in-network share. Please send me the bill and don't pay the difference meanwhile. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El laboratorio me manda una factura por la diferencia entre lo que cobraron y lo que "
      "pagó el seguro. ¿Tengo que pagar eso?",
      "Hola {MEMBER_FIRST_NAME}, según el plan su parte del servicio del {DATE_OF_SERVICE} es "
      "{MEMBER_OWES}. La diferencia es entre lo cobrado ({BILLED}) y el monto permitido "
      "({ALLOWED}). Antes de pagarla, envíeme la factura para revisar si el laboratorio puede "
      "cobrarle esa diferencia. Saludos, {AGENT_NAME}"),
    D("en", "long", "balance_bill", "balance_bill",
      "I had a planned hip replacement at an in-network hospital in September. Everything "
      "seemed fine until a bill came from an assistant surgeon I'd never heard of for $2,340.00. "
      "I checked the hospital and my surgeon before the operation, both in network, and "
      "nobody mentioned a second surgeon or asked me to sign anything about out-of-network "
      "charges. I don't want this going to collections. What do I do?",
      "Hi {MEMBER_FIRST_NAME}, for the assistant surgeon's claim on {DATE_OF_SERVICE} your "
      "share under the plan is {MEMBER_OWES}. If you were not asked to sign a notice agreeing "
      "to out-of-network charges, a clinician you didn't choose at an in-network hospital "
      "generally may bill you only your in-network share. Please send me the bill and don't "
      "pay the rest meanwhile; the No Surprises Help Desk (1-800-985-3059) can also help. "
      "Best, {AGENT_NAME}",
      claim={"billed": "2340.00", "member_owes": "310.00"}, mentions=["amount"]),
    # ambulance
    D("en", "single", "ambulance", "ambulance_ground",
      "Pinecrest Ambulance Service billed me $1,480.00 for a ride to the hospital. Why didn't "
      "the plan cover it all? I couldn't exactly pick the ambulance.",
      "Hi {MEMBER_FIRST_NAME}, the plan covered the ride on {DATE_OF_SERVICE}, paying "
      "{PLAN_PAID} of the allowed {ALLOWED}. {PROVIDER_NAME} is {NETWORK_STATUS}, and federal "
      "surprise-billing rules do not cover ground ambulances, so they may bill above your "
      "share of {MEMBER_OWES}. Some states limit these bills; send me the bill and I will check "
      "what applies. Best, {AGENT_NAME}",
      claim={"provider": "Pinecrest Ambulance Service", "billed": "1480.00",
             "member_owes": "380.00"},
      mentions=["amount", "provider"]),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence bill came, is it covered if i didnt end up getting admited?",
      "Hi {MEMBER_FIRST_NAME}, yes, an emergency ambulance ride is covered whether or not you "
      "were admitted. For the ride on {DATE_OF_SERVICE} the plan paid {PLAN_PAID}, and your "
      "share is {MEMBER_OWES}. The ambulance company is {NETWORK_STATUS}, so check its bill "
      "against those numbers and send it to me if it asks for more. Best, {AGENT_NAME}"),
    D("en", "single", "ambulance", "ambulance_air",
      "My dad was flown by helicopter from the lake to the trauma center. The air ambulance "
      "wants thousands. Does he have any protection?",
      "Hi {MEMBER_FIRST_NAME}, yes: air ambulance is covered by the federal No Surprises Act, "
      "so he owes only his in-network share, {MEMBER_OWES} for the flight on "
      "{DATE_OF_SERVICE}, even though the company is {NETWORK_STATUS}. If the company bills "
      "him more, please send me the bill. Best, {AGENT_NAME}"),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Me llegó la cuenta de la ambulancia que me llevó al hospital. ¿Por qué tengo que pagar "
      "tanto si fue una emergencia?",
      "Hola {MEMBER_FIRST_NAME}, el plan cubrió el traslado del {DATE_OF_SERVICE} y pagó "
      "{PLAN_PAID}. La compañía de ambulancia está {NETWORK_STATUS} y las ambulancias "
      "terrestres no están incluidas en la protección federal contra facturas sorpresa, por "
      "eso le pueden cobrar más que su parte de {MEMBER_OWES}. Envíeme la factura y reviso si "
      "su estado tiene alguna protección. Saludos, {AGENT_NAME}"),
    D("en", "long", "ambulance", "ambulance_ground",
      "On September 3 my wife fainted at the grocery store and someone called an ambulance. "
      "It was a 10 minute ride. Now we have a bill for $2,065.00 from the ambulance company and "
      "an EOB that shows the plan paid part of it. We did not choose that company, it was "
      "whoever the store called. Is there a way to appeal or negotiate this? It seems "
      "crazy for a ten minute ride.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the scare. For the ride on {DATE_OF_SERVICE} "
      "the plan paid {PLAN_PAID} of the allowed {ALLOWED}, and your share is {MEMBER_OWES}. "
      "The company is {NETWORK_STATUS}, and ground ambulances fall outside the federal "
      "surprise-billing law, but several states limit these bills, and ambulance companies "
      "often agree to reduce them or set up payments. Send me the bill and I will check what "
      "applies where you live. Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-09-03", "billed": "2065.00", "member_owes": "520.00"},
      mentions=["amount", "date"]),
    # emergency care (near-miss ER billing questions)
    D("en", "single", "emergency_care", "emergency_in_network",
      "After my ER trip I've now had one envelope from the hospital and another from some "
      "physicians group I don't know. Is that how it normally works?",
      "Hi {MEMBER_FIRST_NAME}, yes: in an emergency room the hospital bills for the facility "
      "and the doctors who treat you often bill separately. For your visit on "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; the two "
      "bills together should not ask for more than your share. Best, {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_oon",
      "The only emergency room close by was out of network. Will I be stuck paying out of "
      "network prices?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is covered at your in-network cost share "
      "even at an out-of-network hospital. For your visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}, and the hospital may not bill you more than that for the emergency "
      "care. Send me any bill that asks for more. Best, {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Why is the ER bill for my daughter's broken wrist so much higher than urgent care would "
      "have been?",
      "Hi {MEMBER_FIRST_NAME}, emergency rooms are staffed and equipped for any emergency at "
      "any hour, so the plan's allowed amounts and your cost share are higher there. Your "
      "daughter's visit ({DATE_OF_SERVICE}) was priced at {ALLOWED}; we covered {PLAN_PAID} "
      "and {MEMBER_OWES} falls to you. Best, {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_oon",
      "$3,200.00 from Tamarind Valley Hospital for one night in their emergency room, and "
      "they're not in my network. Am I on the hook for every penny of it?",
      "Hi {MEMBER_FIRST_NAME}, no. Emergency care at an out-of-network hospital is covered at "
      "your in-network share, and federal law stops the hospital from billing you more for "
      "it. For the visit on {DATE_OF_SERVICE} your share is {MEMBER_OWES}. Please send me the "
      "bill so we can follow up with {PROVIDER_NAME}. Best, {AGENT_NAME}",
      claim={"provider": "Tamarind Valley Hospital", "billed": "3200.00",
             "member_owes": "450.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Does my plan cover an emergency visit if I'm travelling in another state?",
      "Hi {MEMBER_FIRST_NAME}, yes: emergency care is covered anywhere in the country at your "
      "in-network cost share, without prior approval. For your visit on {DATE_OF_SERVICE} the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Follow-up care after the "
      "emergency may need an in-network provider. Best, {AGENT_NAME}"),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a la sala de emergencias por un dolor fuerte de estómago y ahora me llegó la "
      "cuenta. ¿Cuánto me toca pagar a mí?",
      "Hola {MEMBER_FIRST_NAME}, por la visita del {DATE_OF_SERVICE} se reconocieron "
      "{ALLOWED}: nosotros cubrimos {PLAN_PAID} y a usted le corresponden {MEMBER_OWES}. Si la factura del "
      "hospital le pide más, envíemela y lo revisamos. Saludos, {AGENT_NAME}"),
    # duplicate charges
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see the same visit listed twice in my claims, same day same doctor. Am I going to be "
      "charged two times?",
      "Hi {MEMBER_FIRST_NAME}, I see two submissions for the visit on {DATE_OF_SERVICE}, and "
      "both are still being processed. You pay for one visit only; if the second is a copy, "
      "it will be caught when processed. Please don't pay until the EOB arrives. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "duplicate_charge", "paid",
      "pharmacy or clinic charged my card twice for the same copay i think. how do i get one "
      "back",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}. If you were charged that twice, the provider owes you a refund of the "
      "second charge; ask their billing office for it, with your card statement. Let me know "
      "if they refuse. Best, {AGENT_NAME}"),
    D("en", "single", "duplicate_charge", "paid",
      "Saltmarsh Pediatrics billed me for the same checkup on two statements, $64.00 each "
      "time. I already paid the first one.",
      "Hi {MEMBER_FIRST_NAME}, our records show one claim for the visit on {DATE_OF_SERVICE}, "
      "with {MEMBER_OWES} as your share. If you paid that already, the second statement is "
      "probably a billing error; ask {PROVIDER_NAME} to correct it and keep your receipt. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Saltmarsh Pediatrics", "billed": "160.00", "member_owes": "64.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Veo dos reclamos iguales de la misma cita en mi cuenta. ¿Es un error? No quiero pagar "
      "doble.",
      "Hola {MEMBER_FIRST_NAME}, veo dos envíos de la cita del {DATE_OF_SERVICE} y los dos "
      "siguen en proceso. Solo se paga una vez: si el segundo es una copia, se detecta al "
      "procesarlo. Le sugiero no pagar nada hasta recibir la explicación de beneficios. "
      "Saludos, {AGENT_NAME}"),
    D("en", "long", "duplicate_charge", "duplicate_submitted",
      "Hi, I'm a bit worried. My claims list online shows my colonoscopy from October twice, "
      "with two different claim numbers. The gastro office says they only sent it once. I "
      "have a high deductible so if this gets counted twice it's a lot of money. Can you tell "
      "me what's going on and whether I need to call anyone?",
      "Hi {MEMBER_FIRST_NAME}, I see two submissions for the procedure on {DATE_OF_SERVICE}; "
      "both are still in process, so nothing has been charged to you yet. The same procedure "
      "is paid once, and a copy is caught when it is processed. You don't need to call anyone "
      "now; wait for the EOB and write to me if both appear on it. Best, {AGENT_NAME}"),
    # itemized bill
    D("en", "single", "itemized_bill", "none",
      "The hospital statement is a single lump sum with zero detail. Who do I ask to break it "
      "down line by line?",
      "Hi {MEMBER_FIRST_NAME}, call or write to the hospital's billing office and ask for an "
      "itemized statement: it lists each service, supply and medicine with its code and "
      "price. Hospitals must give you one on request. Compare it with your EOB and send me "
      "anything that doesn't match. Best, {AGENT_NAME}"),
    D("en", "typo", "itemized_bill", "none",
      "got the itemized bill, theres a charge for somthing called 'room and board' but i was "
      "only there for like 6 hrs?",
      "Hi {MEMBER_FIRST_NAME}, a room charge after a short stay can be right if you were kept "
      "for observation, but it can also be a billing error. Ask the hospital whether you were "
      "an inpatient, under observation or an outpatient, and what the charge covers. If it "
      "looks wrong, send me the itemized bill and I will help you dispute it. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "itemized_bill", "none",
      "¿Cómo pido una factura detallada? La del hospital solo dice el total y no sé qué "
      "me cobraron.",
      "Hola {MEMBER_FIRST_NAME}, pida a la oficina de facturación del hospital un estado de "
      "cuenta detallado; debe mostrar cada servicio, medicamento y material con su código y "
      "precio. Compárelo con su explicación de beneficios y envíeme lo que no coincida. "
      "Saludos, {AGENT_NAME}"),
    D("en", "single", "itemized_bill", "paid",
      "The itemized bill from my outpatient surgery lists a charge for a sling I never got. "
      "Who do I tell?",
      "Hi {MEMBER_FIRST_NAME}, tell the provider's billing office first and ask them to remove "
      "the item and send a corrected bill and a corrected claim to us. For the surgery on "
      "{DATE_OF_SERVICE} your share is currently {MEMBER_OWES}; it may drop once the "
      "corrected claim is processed. Best, {AGENT_NAME}"),
    D("en", "long", "itemized_bill", "none",
      "My mother was in the hospital for four days and the bill is enormous. I asked for an "
      "itemized version and it's twelve pages of codes I can't read. Things like 'pharm misc' "
      "and 'supply sterile'. I want to check it properly before anyone pays. Is there a guide "
      "for reading these, and can your team look at it with me?",
      "Hi {MEMBER_FIRST_NAME}, yes, I'm glad to go through it with you. Each line has a "
      "revenue or procedure code, a description and a price; look for duplicate lines, items "
      "on days she wasn't there, and services she didn't get. You can ask the hospital to "
      "explain any line in plain words. Send me the pages together with her EOB, and we will "
      "compare them line by line. Best, {AGENT_NAME}"),
    # payment plan
    D("en", "single", "payment_plan", "none",
      "If I want to pay a doctor bill off monthly, do I arrange that with your company or "
      "with the office that billed me?",
      "Hi {MEMBER_FIRST_NAME}, payment plans for medical bills are set up with whoever sent "
      "the bill, usually the hospital or doctor's billing office; most offer monthly payments "
      "without interest if you ask. Before you agree, check the bill against your EOB so you "
      "only spread out what you owe. Best, {AGENT_NAME}"),
    D("en", "typo", "payment_plan", "deductible",
      "i cant pay the $980 from my deductable all at once. can u split it up for me",
      "Hi {MEMBER_FIRST_NAME}, the {MEMBER_OWES} for your visit on {DATE_OF_SERVICE} went "
      "toward your deductible, so it is owed to the provider, not to us. {PROVIDER_NAME}'s "
      "billing office can set up monthly payments; most agree when asked. Best, {AGENT_NAME}",
      claim={"billed": "1400.00", "member_owes": "980.00"}, mentions=["amount"]),
    D("es", "spanish", "payment_plan", "none",
      "¿Puedo pagar la factura del hospital en partes? No tengo todo el dinero ahora.",
      "Hola {MEMBER_FIRST_NAME}, sí, la mayoría de los hospitales ofrecen planes de pago "
      "mensuales; pida uno a la oficina de facturación del hospital. Antes de acordarlo, "
      "compare la factura con su explicación de beneficios. También puede preguntar si "
      "tienen asistencia financiera. Saludos, {AGENT_NAME}"),
    D("en", "long", "payment_plan", "none",
      "Hi. I set up a payment plan with the hospital for my son's surgery last spring and I've "
      "been paying every month. Now I got an EOB that seems to show the plan paid more than I "
      "thought. Could I be overpaying on the plan, and if so how do I get that fixed or get "
      "the extra back? I don't want to keep sending money I don't owe.",
      "Hi {MEMBER_FIRST_NAME}, it's worth checking. Ask the hospital for a current statement "
      "showing what it received from the plan and from you, and compare it with your share "
      "on the EOB. If you have paid more than your share, the hospital must lower the plan or "
      "refund the difference. Send me both and I'll go through them with you. "
      "Best, {AGENT_NAME}"),
    # collections
    D("en", "single", "collections", "none",
      "A collection agency called me about a doctor bill I've never seen. What should I do?",
      "Hi {MEMBER_FIRST_NAME}, ask the agency to send you the debt details in writing: who "
      "the original provider was, the date of service and the amount. Don't pay until you "
      "have checked it; send me the letter and I will look for a matching claim and what, if "
      "anything, you owe. Best, {AGENT_NAME}"),
    D("en", "typo", "collections", "paid",
      "my bill went to collectons but insurance already paid it?? i dont get it",
      "Hi {MEMBER_FIRST_NAME}, our records show the claim for {DATE_OF_SERVICE} processed, "
      "with {PLAN_PAID} paid by the plan and {MEMBER_OWES} as your share. If the collection "
      "agency asks for more than your share, send me their letter; the provider may need to "
      "apply our payment and recall the account. Best, {AGENT_NAME}"),
    D("es", "spanish", "collections", "none",
      "Me llamó una agencia de cobranza por una cuenta médica. ¿Eso afecta mi crédito?",
      "Hola {MEMBER_FIRST_NAME}, las deudas médicas en cobranza pueden afectar su crédito, "
      "pero las agencias de crédito ya no incluyen deudas médicas pagadas ni, en general, las "
      "pequeñas. Pida los detalles de la deuda por escrito y envíemelos: reviso si hay un "
      "reclamo relacionado. Saludos, {AGENT_NAME}"),
    D("en", "long", "collections", "denied:16",
      "A collections company sent a letter for a lab bill from last summer. I never even got "
      "a bill from the lab. When I looked online the claim shows as denied for missing "
      "information. So the lab never fixed their own paperwork and now I'm being hounded? How "
      "do I stop this?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}; the lab can correct and resubmit it. Ask the collection agency in "
      "writing to pause while the claim is corrected, and ask the lab to resubmit and recall "
      "the account. Send me the letter and I can follow it up with you. Best, {AGENT_NAME}"),
    D("en", "single", "collections", "none",
      "Can a hospital send me to collections while my appeal is still open?",
      "Hi {MEMBER_FIRST_NAME}, it can, though many hospitals agree to hold a bill during an "
      "appeal if you ask. Tell their billing office in writing that an appeal is open, and "
      "ask them to pause collection. I can give you a letter confirming the appeal is under "
      "review. Best, {AGENT_NAME}"),
    # financial assistance
    D("en", "single", "financial_assistance", "none",
      "Do hospitals knock down the bill for folks on a low income? Somebody at church said "
      "they might.",
      "Hi {MEMBER_FIRST_NAME}, yes: nonprofit hospitals must have a financial assistance "
      "(charity care) policy, and many others do too. Ask the hospital's billing office for "
      "the application; it usually asks for proof of income and household size. You can apply "
      "even after you receive a bill. Best, {AGENT_NAME}"),
    D("en", "typo", "financial_assistance", "none",
      "lost my job, is there any help with medical bills? im drowning",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're going through this. Ask each hospital or "
      "clinic billing you for its financial assistance application: many reduce or forgive "
      "bills based on income. Providers also set up payment plans. I can go through what you "
      "owe with you so you know what to ask for. Best, {AGENT_NAME}"),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay ayuda para pagar las cuentas del hospital si gano poco?",
      "Hola {MEMBER_FIRST_NAME}, sí: muchos hospitales tienen programas de asistencia "
      "financiera que reducen o perdonan la cuenta según sus ingresos. Pida la solicitud en "
      "la oficina de facturación del hospital; suelen pedir comprobantes de ingresos. "
      "Saludos, {AGENT_NAME}"),
    D("en", "single", "financial_assistance", "none",
      "I applied for charity care at the hospital. Should I hold off paying my bill until "
      "they decide?",
      "Hi {MEMBER_FIRST_NAME}, yes, it is reasonable to ask the hospital to hold the bill "
      "while your application is reviewed, and many will. Ask them in writing and keep a copy. "
      "If the assistance is approved, the bill should be reduced before you pay. "
      "Best, {AGENT_NAME}"),
    D("en", "long", "financial_assistance", "none",
      "Hello, I'm a single mom with two kids and I had an emergency surgery this fall. Even "
      "after insurance I owe thousands to the hospital and the surgeon. I make too much for "
      "Medicaid apparently but not enough to pay this. Are there programs that could help, "
      "and does applying hurt my coverage with you in any way?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're facing this. Applying for help does not affect "
      "your coverage with us at all. Ask the hospital and the surgeon's office for their "
      "financial assistance applications; eligibility is often well above the Medicaid "
      "limit. Providers also set up interest-free payment plans. I can go through your bills "
      "with you first. Best, {AGENT_NAME}"),
]
