"""Fifth held-out drafts set, batch 1: deductible, copays, out-of-pocket maximum, EOBs, denials,
prior authorization, networks, balance bills, ambulance. Written by helper drafts5 from general
knowledge of member-services questions, without reading the earlier sets or the demo history."""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

ITEMS = [
    # deductible
    D("en", "single", "deductible", "none",
      "Quick one: does my deductible start over every January, or on the date I signed up for "
      "the plan? Trying to figure out if I should schedule my surgery before the switch.",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over at the beginning of each plan year, "
      "and your current plan year ends on {PLAN_YEAR_END}. Until then you have met "
      "{DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so care before that date counts toward "
      "what is left ({DEDUCTIBLE_REMAINING}). Best, {AGENT_NAME}"),
    D("en", "single", "deductible", "deductible",
      "Brightwater Imaging Center sent me a bill for $612.40 for my MRI and the statement "
      "says it all went toward my deductible. I assumed scans were covered, so why am I paying "
      "the whole thing?",
      "Hi {MEMBER_FIRST_NAME}, the MRI is covered, but covered imaging counts toward your "
      "deductible until it is met, so the plan's share starts after that. The {MEMBER_OWES} "
      "for your scan at {PROVIDER_NAME} on {DATE_OF_SERVICE} went to your deductible; you have "
      "{DEDUCTIBLE_REMAINING} left of it for this plan year. Best, {AGENT_NAME}",
      claim={"provider": "Brightwater Imaging Center", "billed": "1020.00",
             "member_owes": "612.40"},
      mentions=["amount", "provider"]),
    D("en", "typo", "deductible", "none",
      "how much of my deductable is left?? the doctors ofice says one number the app says "
      "anothr one",
      "Hi {MEMBER_FIRST_NAME}, our records show {DEDUCTIBLE_MET} met of your {DEDUCTIBLE} "
      "deductible, which leaves {DEDUCTIBLE_REMAINING} for this plan year. A doctor's office "
      "may not yet see claims we are still processing, so the numbers can differ for a few "
      "weeks. Best, {AGENT_NAME}"),
    D("en", "long", "deductible", "partial_deductible",
      "Hello, I hope someone can walk me through this. I started physical therapy after my "
      "knee surgery and the first visit was fine, I paid nothing. Then the bill for the visit "
      "on October 2 came and I owe $95.00 out of $210.00. Nobody at the clinic could tell me "
      "why. My husband thinks it is because a new year started on our plan but I am not sure "
      "that is right because our plan runs with the calendar. Could you check what happened "
      "and whether I will keep paying like this for every visit? I have eleven more sessions.",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the allowed amount was "
      "{ALLOWED}; {DEDUCTIBLE_APPLIED} of it went to your deductible and the plan paid "
      "{PLAN_PAID}, so your share is {MEMBER_OWES}. You have {DEDUCTIBLE_REMAINING} of your "
      "deductible left, and once it is met your therapy visits move to your copay or "
      "coinsurance. Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-10-02", "billed": "210.00", "member_owes": "95.00"},
      mentions=["amount", "date"]),
    D("es", "spanish", "deductible", "none",
      "¿El deducible se vuelve a poner en cero cada año? Quiero saber cuánto me falta todavía.",
      "Hola {MEMBER_FIRST_NAME}, el deducible empieza de nuevo con cada año del plan; el año "
      "actual termina el {PLAN_YEAR_END}. Hasta ahora lleva {DEDUCTIBLE_MET} de un deducible de "
      "{DEDUCTIBLE}, así que le faltan {DEDUCTIBLE_REMAINING}. Saludos, {AGENT_NAME}"),
    # copay / coinsurance
    D("en", "single", "copay_coinsurance", "paid",
      "Why am I paying a percentage for physical therapy when my regular doctor visits are "
      "just a flat copay?",
      "Hi {MEMBER_FIRST_NAME}, primary care visits have a flat copay on your plan, while "
      "therapy such as physical therapy uses coinsurance, a share of the allowed amount. For "
      "your visit on {DATE_OF_SERVICE}, of an allowed {ALLOWED} we covered "
      "{PLAN_PAID}, leaving {MEMBER_OWES} for you. Best, {AGENT_NAME}"),
    D("en", "single", "copay_coinsurance", "none",
      "Can you explain the difference between a copay and coinsurance? My new plan lists both "
      "and I honestly can't tell which one applies when.",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed fee for a type of visit, such as an office "
      "visit or a prescription. Coinsurance is a percentage of the allowed amount you pay for "
      "other services, usually after the deductible. Your plan documents list which one applies "
      "to each service, and I am glad to look up a specific one. Best, {AGENT_NAME}"),
    D("en", "typo", "copay_coinsurance", "paid",
      "got charged a copay AND a coinsurance for the same vist at juniper row urgent care, "
      "is that even alowed",
      "Hi {MEMBER_FIRST_NAME}, some services carry both: the visit has a copay, and extra "
      "services done during it, such as labs or X-rays, can carry coinsurance. For the claim "
      "from {PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Best, {AGENT_NAME}",
      claim={"provider": "Juniper Row Urgent Care"}, mentions=["provider"]),
    D("en", "long", "copay_coinsurance", "paid",
      "Hi there. My daughter has been seeing an allergist every month for shots and we always "
      "paid the same small copay at the front desk. This month the statement from the plan says "
      "we owe $64.80 more for the visit on September 9, and the allergist's office says it is "
      "our coinsurance for the injection itself, separate from the visit. I didn't know shots "
      "were counted separately. Is that how it works now, and is the amount right? We have "
      "another eight months of these.",
      "Hi {MEMBER_FIRST_NAME}, the visit and the injection are billed as separate services: "
      "the visit has a copay, and the allergy injection falls under coinsurance. For "
      "{DATE_OF_SERVICE} we allowed {ALLOWED} and covered {PLAN_PAID}; the {MEMBER_OWES} left "
      "for you matches the statement. Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-09-09", "billed": "180.00", "member_owes": "64.80"},
      mentions=["amount", "date"]),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Me cobraron el copago de especialista pero fui con mi médico de siempre. ¿Por qué?",
      "Hola {MEMBER_FIRST_NAME}, el copago depende de cómo el consultorio facturó la visita. "
      "En la reclamación del {DATE_OF_SERVICE} con {PROVIDER_NAME} el plan pagó {PLAN_PAID} y "
      "su parte es {MEMBER_OWES}. Si su médico es de atención primaria, puede pedirle al "
      "consultorio que revise el código de la visita. Saludos, {AGENT_NAME}"),
    # out-of-pocket maximum
    D("en", "single", "out_of_pocket_max", "none",
      "Once I reach the out of pocket max, do I stop paying for everything, prescriptions "
      "included?",
      "Hi {MEMBER_FIRST_NAME}, once you reach your {OOP_MAX} out-of-pocket maximum, the plan "
      "pays 100% of covered in-network care, prescriptions included, for the rest of the plan "
      "year. Premiums and services the plan does not cover do not count. So far you have "
      "{OOP_MET} toward it. Best, {AGENT_NAME}"),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I hit my out-of-pocket limit back in the summer, so why did Saltmarsh Regional Hospital "
      "just mail me another bill?",
      "Hi {MEMBER_FIRST_NAME}, our records show you have met your out-of-pocket maximum, and "
      "your share of the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} is {MEMBER_OWES}. The "
      "hospital may have billed you before the claim was processed; please share our "
      "explanation of benefits with them and let me know if they keep billing. Best, "
      "{AGENT_NAME}",
      claim={"provider": "Saltmarsh Regional Hospital", "billed": "2300.00",
             "member_owes": "0.00"},
      mentions=["provider"]),
    D("en", "typo", "out_of_pocket_max", "none",
      "hw close am i to my max out of pockt for the year",
      "Hi {MEMBER_FIRST_NAME}, you have {OOP_MET} toward your {OOP_MAX} out-of-pocket maximum "
      "for the plan year ending {PLAN_YEAR_END}. Best, {AGENT_NAME}"),
    D("en", "single", "out_of_pocket_max", "none",
      "Does what I pay toward my deductible also count toward the out-of-pocket maximum, or "
      "are those two separate buckets?",
      "Hi {MEMBER_FIRST_NAME}, what you pay toward your deductible also counts toward your "
      "out-of-pocket maximum, along with copays and coinsurance for covered care. You have "
      "{OOP_MET} toward your {OOP_MAX} limit so far. Best, {AGENT_NAME}"),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Quisiera saber qué tan cerca estoy del tope anual de lo que pago de mi bolsillo.",
      "Hola {MEMBER_FIRST_NAME}, lleva {OOP_MET} de su máximo de gastos de bolsillo de "
      "{OOP_MAX}. Cuando lo alcance, el plan paga el total de la atención cubierta dentro de la "
      "red hasta el {PLAN_YEAR_END}. Saludos, {AGENT_NAME}"),
    # EOB
    D("en", "single", "eob_question", "paid",
      "My EOB has a line called provider discount. What is that, and do I have to pay it?",
      "Hi {MEMBER_FIRST_NAME}, the provider discount is the difference between what the "
      "provider billed ({BILLED}) and the allowed amount ({ALLOWED}) our network contract sets. "
      "You do not owe it; your share of this claim is {MEMBER_OWES}. Best, {AGENT_NAME}"),
    D("en", "single", "eob_question", "paid",
      "Is this explanation of benefits a bill? It says amount you may owe $38.20 and I don't "
      "know if I should send a check to you.",
      "Hi {MEMBER_FIRST_NAME}, an explanation of benefits is not a bill: it shows how we "
      "processed the claim. The {MEMBER_OWES} is what the provider may bill you for; please "
      "pay them, not us, once their bill arrives, and check that it matches. Best, "
      "{AGENT_NAME}",
      claim={"billed": "190.00", "member_owes": "38.20"}, mentions=["amount"]),
    D("en", "typo", "eob_question", "deductible",
      "what does 'patient responsiblity' mean on the eob i got, and why is it the hole amount",
      "Hi {MEMBER_FIRST_NAME}, patient responsibility is your share of the claim. For "
      "{DATE_OF_SERVICE} the allowed amount of {ALLOWED} went to your deductible, so your share "
      "is {MEMBER_OWES}; once the deductible is met the plan starts paying part of the cost. "
      "Best, {AGENT_NAME}"),
    D("en", "long", "eob_question", "paid",
      "I'm trying to make sense of the paperwork from my colonoscopy. I got three different "
      "explanation of benefits letters for what I think was one day at Tidewater Endoscopy "
      "Center: one for the doctor, one for the facility and one for the lab. One of them shows "
      "billed $1,480.00 and then a much lower number and then a zero in the column for what I "
      "owe. Is that one telling me I'm all set? And why do I get separate letters for one "
      "procedure? I want to know if more bills are coming.",
      "Hi {MEMBER_FIRST_NAME}, each provider that took part (the doctor, the facility, the "
      "lab) sends its own claim, so you get one explanation of benefits for each. The facility "
      "letter: {BILLED} charged, {ALLOWED} allowed after the discount, {PLAN_PAID} covered by "
      "us, {MEMBER_OWES} for you. The other letters show the shares for "
      "the doctor and the lab. Best, {AGENT_NAME}",
      claim={"provider": "Tidewater Endoscopy Center", "billed": "1480.00",
             "member_owes": "0.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "eob_question", "paid",
      "Recibí una explicación de beneficios y no entiendo las columnas. ¿Qué significa "
      "'cantidad permitida'?",
      "Hola {MEMBER_FIRST_NAME}, la cantidad permitida es lo máximo que el plan reconoce por el "
      "servicio según el contrato con el proveedor: en este caso {ALLOWED} de los {BILLED} "
      "facturados. El plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. Saludos, "
      "{AGENT_NAME}"),
    # denied claims
    D("en", "single", "denied_claim", "denied:50",
      "According to Northgate Sleep Lab, you decided my sleep study wasn't medically needed. "
      "My doctor ordered it! On what basis?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was not "
      "paid for this reason: {DENIAL_REASON}. Your doctor can send the notes that show why the "
      "study was needed, and you can appeal within 180 days of the notice. Best, "
      "{AGENT_NAME}",
      claim={"provider": "Northgate Sleep Lab"}, mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:29",
      "The claim for my bloodwork got turned down because it was filed too late, but the lab "
      "is the one who sent it late. Why is that my problem?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} reached us after the filing "
      "limit ({DENIAL_REASON}). When a network provider files late, the contract usually keeps "
      "them from billing you for it; please ask the lab to write off the balance, and tell me "
      "if they do not. Best, {AGENT_NAME}"),
    D("en", "typo", "denied_claim", "denied:16",
      "my claim says rejected missing informaton?? what info, nobody asked me for anythng",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} from {PROVIDER_NAME} came back "
      "because of missing billing details ({DENIAL_REASON}). The provider's office needs to "
      "correct and resubmit it; you do not need to send anything yourself. Best, "
      "{AGENT_NAME}"),
    D("en", "long", "denied_claim", "denied:204",
      "Good afternoon. I had a hearing test and hearing aid fitting at Lakemont Audiology on "
      "July 21 and today I received a notice that the claim was not paid. The letter has a code "
      "and a sentence about benefits that I do not understand. I have had this plan for four "
      "years and my neighbour who has the same employer told me her hearing test was paid. "
      "Can you tell me in plain words what the reason is and if there is anything I can do? "
      "The bill is $2,950.00 and I cannot pay that.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} was not "
      "paid because {DENIAL_REASON}: your plan does not include that service. Plans differ, "
      "even at one employer. You can appeal within 180 days if you believe it should be "
      "covered, and the provider may offer a payment plan for {BILLED}. Best, {AGENT_NAME}",
      claim={"provider": "Lakemont Audiology", "date_of_service": "2026-07-21",
             "billed": "2950.00"},
      mentions=["amount", "date", "provider"]),
    D("es", "spanish", "denied_claim", "denied:96",
      "Me llegó una carta que dice que no pagaron mi consulta con Clínica San Isidro. ¿Por qué "
      "la rechazaron?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE} no se "
      "pagó por este motivo: {DENIAL_REASON}. Si cree que debería estar cubierta, puede apelar "
      "dentro de 180 días. Saludos, {AGENT_NAME}",
      claim={"provider": "Clínica San Isidro"}, mentions=["provider"]),
    # prior authorization
    D("en", "single", "prior_authorization", "none",
      "Does a shoulder MRI need approval from you before I book it?",
      "Hi {MEMBER_FIRST_NAME}, some imaging needs prior authorization on some plans. Your "
      "doctor's office usually asks for it; I can check whether your plan requires it for this "
      "scan if you send me the procedure and the imaging center. Best, {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "My knee surgery claim was denied for no authorization, but the surgeon's office swore "
      "they took care of that beforehand.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} from {PROVIDER_NAME} was not "
      "paid because {DENIAL_REASON}. Please ask the surgeon's office for the authorization "
      "number they received; if there is one, they can send it with a corrected claim, and you "
      "can also appeal within 180 days. Best, {AGENT_NAME}"),
    D("en", "typo", "prior_authorization", "none",
      "how long dose a prior auth usualy take to get aproved? my dr sent it monday",
      "Hi {MEMBER_FIRST_NAME}, a standard prior authorization request is usually decided "
      "within 15 days, and an urgent one within 72 hours. Your doctor's office is told the "
      "decision, and I can check its status if you send me the service. Best, "
      "{AGENT_NAME}"),
    D("en", "long", "prior_authorization", "denied:197",
      "I need help understanding this. My son had an outpatient procedure at Foxglove Surgery "
      "Center on August 14 and the claim shows $4,200.00 not covered because it needed "
      "authorization. Nobody told us. The surgeon scheduled everything and we just showed up. "
      "Isn't it the doctor's job to get the approval? Do we really owe all this money? What "
      "can we do now, is it too late?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} was not "
      "paid because {DENIAL_REASON}. Getting the authorization is normally the network "
      "provider's job, and a network provider who skipped it usually cannot bill you. Ask the "
      "surgery center to request a retro review, and you may appeal within 180 days. Best, "
      "{AGENT_NAME}",
      claim={"provider": "Foxglove Surgery Center", "date_of_service": "2026-08-14",
             "billed": "4200.00"},
      mentions=["amount", "date", "provider"]),
    D("es", "spanish", "prior_authorization", "none",
      "Mi doctor quiere una resonancia de la rodilla; ¿hay que pedir permiso al seguro antes?",
      "Hola {MEMBER_FIRST_NAME}, algunos estudios de imagen necesitan autorización previa según "
      "el plan. Normalmente la pide el consultorio del médico; si me envía el estudio y el "
      "centro, reviso si su plan la exige. Saludos, {AGENT_NAME}",
      add=PA_UNKNOWN),
    # out of network
    D("en", "single", "out_of_network", "none",
      "Is Dr. Amara Nwachukwu at Bramblewood Cardiology in network for me?",
      "Hi {MEMBER_FIRST_NAME}, I can check that for you: networks differ by plan and by "
      "location, so please confirm the office address you plan to visit. You can also search "
      "the provider directory in the app. Best, {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "Cedar Hollow Orthopedics was paid way less than they billed and now they want the rest "
      "from me. Is that because they're out of network?",
      "Hi {MEMBER_FIRST_NAME}, yes: {PROVIDER_NAME} is {NETWORK_STATUS} for your plan, so "
      "the plan paid {PLAN_PAID} of the {ALLOWED} it allows, and an out-of-network provider "
      "may bill you the difference up to {BILLED}. Your share per the claim is {MEMBER_OWES}. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Cedar Hollow Orthopedics"}, mentions=["provider"]),
    D("en", "typo", "out_of_network", "none",
      "if i see a out of netwrok dentist does my plan pay anyting at all",
      "Hi {MEMBER_FIRST_NAME}, that depends on your plan: some pay part of out-of-network "
      "care after a separate deductible, others pay only for emergencies. I can look up "
      "what yours pays if you tell me the service. Best, {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "Hi, last month I took my daughter to a pediatric dermatologist because there was nobody "
      "in network taking new patients for four months. I paid $350.00 at the visit and now the "
      "plan sent a letter saying the provider is out of network and the claim was processed at "
      "the out of network level. I had no choice, there were no in-network doctors available. "
      "Is there any way to get this treated as in network since I tried? I still have the "
      "emails from the other offices saying they were full.",
      "Hi {MEMBER_FIRST_NAME}, the claim was processed as {NETWORK_STATUS}: the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. When no network provider could see you in "
      "a reasonable time, you can ask for a network exception; send us those e-mails with the "
      "request, and we review the claim again. Best, {AGENT_NAME}",
      claim={"billed": "350.00", "member_owes": "140.00"}, mentions=["amount"]),
    D("es", "spanish", "out_of_network", "none",
      "¿Cómo sé si un doctor está en la red de mi plan antes de hacer la cita?",
      "Hola {MEMBER_FIRST_NAME}, puede buscarlo en el directorio de proveedores de la app o "
      "enviarme su nombre y dirección, y lo reviso. También conviene preguntar al consultorio "
      "si acepta su plan. Saludos, {AGENT_NAME}"),
    # balance bills
    D("en", "single", "balance_bill", "balance_bill",
      "Harrowgate Anesthesia Associates is billing me $1,150.00 for the difference between "
      "their charge and what insurance paid. I never chose them, they came with the surgery.",
      "Hi {MEMBER_FIRST_NAME}, an anesthesiologist you did not choose, at an in-network "
      "facility, generally may not bill you more than your in-network share under the No "
      "Surprises Act. Your share on the claim from {PROVIDER_NAME} is {MEMBER_OWES}. Please "
      "hold off paying the extra and tell me whether the facility was in network. Best, "
      "{AGENT_NAME}",
      claim={"provider": "Harrowgate Anesthesia Associates", "billed": "1800.00",
             "member_owes": "1150.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "balance_bill", "balance_bill",
      "The clinic is asking me to pay more than my explanation of benefits says I owe. Which "
      "number is right?",
      "Hi {MEMBER_FIRST_NAME}, the claim shows your share as {MEMBER_OWES}. A network provider "
      "agrees to accept the allowed amount ({ALLOWED}) and cannot bill you above your share; "
      "send them the explanation of benefits and ask them to correct the bill. Best, "
      "{AGENT_NAME}"),
    D("en", "typo", "balance_bill", "balance_bill",
      "the hosptial radiologist sent me a bill for what my insurence didnt pay, i thought "
      "that was ilegal now",
      "Hi {MEMBER_FIRST_NAME}, for services at an in-network hospital from a clinician you "
      "did not choose, the No Surprises Act generally limits you to your in-network share, "
      "here {MEMBER_OWES}. Please do not pay the extra yet; send me the bill and I will look "
      "into it with you. Best, {AGENT_NAME}"),
    D("en", "long", "balance_bill", "balance_bill",
      "I'm writing because I am very confused. My wife had a baby at a hospital in our network "
      "in September, everything was planned ahead. Now a neonatologist group we have never "
      "heard of sent a bill for $2,640.00 saying insurance only paid part and we must pay the "
      "balance. The hospital said the doctors there are independent. We checked the network "
      "before the birth. What are our rights here? Do we have to pay it, and who do we call?",
      "Hi {MEMBER_FIRST_NAME}, for care at an in-network hospital from clinicians you did not "
      "choose, the No Surprises Act generally limits what you owe to your in-network share; "
      "on this claim that is {MEMBER_OWES}. Do not pay the balance yet; send me the bill, and "
      "you can also call the No Surprises Help Desk at 1-800-985-3059. Best, {AGENT_NAME}",
      claim={"billed": "3100.00", "member_owes": "2640.00"}, mentions=["amount"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El laboratorio me cobra la diferencia entre lo que facturaron y lo que pagó el seguro. "
      "¿Tengo que pagar eso?",
      "Hola {MEMBER_FIRST_NAME}, según la reclamación su parte es {MEMBER_OWES}. Si el "
      "laboratorio está en la red, no puede cobrarle más que esa cantidad; muéstreles la "
      "explicación de beneficios y pídales que corrijan la factura. Saludos, {AGENT_NAME}"),
    # ambulance
    D("en", "single", "ambulance", "ambulance_ground",
      "Palisade Ambulance Service sent me a bill for $1,340.00 after my fall in the parking "
      "lot. Doesn't my plan cover ambulance rides?",
      "Hi {MEMBER_FIRST_NAME}, emergency ambulance rides are covered. The claim from "
      "{PROVIDER_NAME} was processed as {NETWORK_STATUS}: the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}. Ground ambulances are not under the federal surprise-billing "
      "rules, so if they bill you more than that, send it to me. Best, {AGENT_NAME}",
      claim={"provider": "Palisade Ambulance Service", "billed": "1340.00",
             "member_owes": "310.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "ambulance", "ambulance_air",
      "My dad was flown by helicopter to the trauma center and the bill is enormous. Is air "
      "transport covered?",
      "Hi {MEMBER_FIRST_NAME}, emergency air ambulance transport is covered, and under the No "
      "Surprises Act an out-of-network air ambulance may bill only your in-network share, here "
      "{MEMBER_OWES}. Please send me the bill if it asks for more. Best, {AGENT_NAME}"),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence bill came, i didnt even ask for it, the neighbor called 911. do i have to pay",
      "Hi {MEMBER_FIRST_NAME}, an emergency ambulance ride is covered even when someone else "
      "called for it. On the claim from {PROVIDER_NAME} the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}. Best, {AGENT_NAME}"),
    D("en", "long", "ambulance", "ambulance_ground",
      "Hello. On November 3 my mother had a stroke at home and was taken to the hospital by "
      "ambulance. She is recovering, thank you. But now we got a bill from the ambulance "
      "company and it is much more than I expected, and the insurance letter says it was an "
      "out-of-network provider. We did not get to pick the ambulance, obviously. I read "
      "online that surprise bills are banned now. Does that apply to this? What should we do "
      "next?",
      "Hi {MEMBER_FIRST_NAME}, I am glad your mother is recovering. The ride on "
      "{DATE_OF_SERVICE} is covered as an emergency: the plan paid {PLAN_PAID} and the claim "
      "shows her share as {MEMBER_OWES}. The federal surprise-billing rules do not cover ground "
      "ambulances, so the company may bill more; ask them for a reduction, and some states "
      "limit these bills. Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-11-03"}, mentions=["date"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Me llegó una factura de la ambulancia que me llevó al hospital. ¿El seguro no la paga?",
      "Hola {MEMBER_FIRST_NAME}, el traslado de emergencia en ambulancia está cubierto. En la "
      "reclamación de {PROVIDER_NAME} el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. "
      "Saludos, {AGENT_NAME}"),
]
