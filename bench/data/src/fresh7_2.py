"""Eighth held-out drafts set, batch 2: balance bills, ambulance, emergency care, duplicate and
itemized bills, payment plans, collections, financial assistance. Written by helper facts8."""

from drafts_common import NET_UNKNOWN, D

SIGN = " Best, {AGENT_NAME}"
FIRMA = " Un saludo, {AGENT_NAME}"

ITEMS = [
    # balance bill
    D("en", "single", "balance_bill", "balance_bill",
      "Ostrander Anesthesia billed me the difference between their charge and what you paid. "
      "Is that allowed?",
      "Hi {MEMBER_FIRST_NAME}, for the care on {DATE_OF_SERVICE} the plan allowed {ALLOWED} "
      "and paid {PLAN_PAID}; your share under the plan is {MEMBER_OWES}. If the anesthesia was "
      "at an in-network hospital, the No Surprises Act limits what they can bill you, and you "
      "can call the No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim={"provider": "Ostrander Anesthesia", "billed": "1900.00", "member_owes": "150.00"},
      mentions=["provider"]),
    D("en", "single", "balance_bill", "none",
      "Does the No Surprises Act cover me if I choose an out-of-network therapist on purpose?",
      "Hi {MEMBER_FIRST_NAME}, no: the No Surprises Act covers emergency care, air ambulance "
      "and out-of-network clinicians you did not choose at an in-network facility. A "
      "therapist you pick outside the network can bill you the difference." + SIGN),
    D("en", "typo", "balance_bill", "balance_bill",
      "why am i getting a bill for $640 from Sorrel Radiology when the eob says i owe way "
      "less",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits for {DATE_OF_SERVICE} shows your "
      "share as {MEMBER_OWES}. A bill above that may be a balance bill; send us a copy and we "
      "will check whether the provider can charge it." + SIGN,
      claim={"provider": "Sorrel Radiology", "billed": "1200.00", "member_owes": "85.00"},
      mentions=["provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El anestesiólogo de mi parto me mandó una cuenta aparte por 1.150,00 dólares. Yo "
      "escogí un hospital de la red. ¿Tengo que pagarla?",
      "Hola {MEMBER_FIRST_NAME}, según la reclamación del {DATE_OF_SERVICE}, su parte es "
      "{MEMBER_OWES}. Si el anestesiólogo trabajó en un hospital de la red sin que usted lo "
      "eligiera, la Ley Sin Sorpresas limita lo que le pueden cobrar; no pague la diferencia "
      "hasta que lo revisemos." + FIRMA,
      claim={"billed": "2600.00", "member_owes": "1150.00"},
      mentions=["amount"]),
    D("en", "long", "balance_bill", "none",
      "My son got stitches at a hospital that I know is in network, and now some doctor "
      "group I never heard of is sending bills. The claim isn't on my account online yet. "
      "Should I just pay it to avoid trouble or wait? I don't want it going to collections.",
      "Hi {MEMBER_FIRST_NAME}, please wait before paying. We do not see that claim yet; once "
      "the doctor group sends it, the explanation of benefits will show what you owe. Ask "
      "the group to hold the bill while it is processed." + SIGN,
      add=NET_UNKNOWN),
    # ambulance
    D("en", "single", "ambulance", "ambulance_ground",
      "The Greyfield Ambulance bill says I owe $730. Isn't an ambulance covered?",
      "Hi {MEMBER_FIRST_NAME}, the ground ambulance on {DATE_OF_SERVICE} was covered: the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}. Greyfield Ambulance is {NETWORK_STATUS}, so it "
      "can bill you {MEMBER_OWES}; ground ambulance is not part of the No Surprises Act, but "
      "you can ask them for a reduction." + SIGN,
      claim={"provider": "Greyfield Ambulance", "billed": "1400.00", "member_owes": "730.00"},
      mentions=["provider", "amount"]),
    D("en", "single", "ambulance", "none",
      "Will my plan pay for an ambulance if I call one for my mom? She has trouble getting "
      "to dialysis.",
      "Hi {MEMBER_FIRST_NAME}, routine rides to dialysis are usually not covered as an "
      "ambulance unless a doctor certifies it is medically needed. Call us at {PHONE} and we "
      "can look at transport benefits; in an emergency, call 911." + SIGN,
      add=("covered", "not_covered")),
    D("en", "typo", "ambulance", "pending",
      "ambulence took me to the ER after my car acident, did you pay them yet",
      "Hi {MEMBER_FIRST_NAME}, the ambulance claim for {DATE_OF_SERVICE} is still being "
      "processed. Once it is finished you will get an explanation of benefits showing what "
      "the plan paid and your share." + SIGN,
      claim={"service": "ground ambulance", "billed": "1125.00"}),
    D("es", "spanish", "ambulance", "ambulance_air",
      "Me trasladaron en helicóptero desde el pueblo. Me llegó una factura enorme de Aero "
      "Rescate del Valle. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, el traslado aéreo del {DATE_OF_SERVICE} está protegido por la "
      "Ley Sin Sorpresas: solo debe pagar su parte de la red, {MEMBER_OWES}. No pague la "
      "factura completa; si le insisten, llame al 1-800-985-3059." + FIRMA,
      claim={"provider": "Aero Rescate del Valle", "billed": "38000.00",
             "member_owes": "500.00"},
      mentions=["provider"]),
    D("en", "long", "ambulance", "none",
      "Two weeks ago my neighbor called an ambulance when I fainted in my yard. I refused to "
      "go to the hospital once I came to, they just checked me on the spot. Now I'm told "
      "there may still be a charge. Does insurance cover it when you don't get taken "
      "anywhere?",
      "Hi {MEMBER_FIRST_NAME}, some plans pay for treatment without transport and some do "
      "not. We do not see an ambulance claim yet; when it arrives we will check how it was "
      "billed and tell you what you owe." + SIGN,
      add=("covered", "not_covered")),
    # emergency care
    D("en", "single", "emergency_care", "emergency_in_network",
      "I went to the ER at Calloway General for chest pain that turned out to be nothing. "
      "Will you still pay?",
      "Hi {MEMBER_FIRST_NAME}, yes: the emergency visit on {DATE_OF_SERVICE} was covered based "
      "on your symptoms, not the diagnosis. The plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim={"provider": "Calloway General", "billed": "2800.00", "member_owes": "250.00"},
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "I was traveling and went to an emergency room at Saltmarsh Memorial. Do I pay more "
      "because it's out of state?",
      "Hi {MEMBER_FIRST_NAME}, emergency care is covered at in-network rates even at "
      "{NETWORK_STATUS} hospitals such as Saltmarsh Memorial. For {DATE_OF_SERVICE} your share "
      "is {MEMBER_OWES}, and the hospital cannot bill you more than that for the emergency "
      "care." + SIGN,
      claim={"provider": "Saltmarsh Memorial", "billed": "3600.00", "member_owes": "350.00"},
      mentions=["provider"]),
    D("en", "single", "emergency_care", "none",
      "Do I need to call you before going to the ER, or get approval after?",
      "Hi {MEMBER_FIRST_NAME}, no: you never need approval before emergency care. Go to the "
      "nearest emergency room or call 911; if you are admitted, the hospital lets us know."
      + SIGN),
    D("en", "single", "emergency_care", "pending",
      "What will I owe for my ER visit last Saturday? The hospital said it would be billed to "
      "you.",
      "Hi {MEMBER_FIRST_NAME}, the emergency room claim for {DATE_OF_SERVICE} is still being "
      "processed, so your share is not known yet. You will get an explanation of benefits "
      "once it is finished." + SIGN,
      claim={"billed": "1950.00"}),
    D("en", "single", "emergency_care", "none",
      "Is it cheaper to go to urgent care or the emergency room for a sprained ankle?",
      "Hi {MEMBER_FIRST_NAME}, for a sprain an in-network urgent care usually costs less and "
      "is faster; the emergency room is for severe injuries such as a bone out of place or "
      "heavy bleeding. In an emergency call 911." + SIGN),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a emergencias del Hospital San Lucas con mi niño por fiebre alta. ¿Cuánto me toca "
      "pagar?",
      "Hola {MEMBER_FIRST_NAME}, la visita de emergencia del {DATE_OF_SERVICE} está cubierta: "
      "el plan pagó {PLAN_PAID} y a usted le toca {MEMBER_OWES}." + FIRMA,
      claim={"provider": "Hospital San Lucas", "billed": "1800.00", "member_owes": "150.00"},
      mentions=["provider"]),
    D("en", "typo", "emergency_care", "none",
      "they said at the er my visit might be downgraded to urgent care pricing?? what does "
      "that mean",
      "Hi {MEMBER_FIRST_NAME}, emergency visits are judged by your symptoms when you arrived, "
      "not by the final diagnosis. If a claim is ever paid at a lower level, you can ask for "
      "a review; we do not see an emergency claim on your account yet." + SIGN),
    D("en", "long", "emergency_care", "emergency_in_network",
      "My wife went to Dunmore Hospital ER with a bad migraine. They kept her overnight for "
      "observation. I got one bill for $1,020 and I'm not sure if the overnight part is "
      "billed as an admission or as an emergency, and whether that changes what we pay.",
      "Hi {MEMBER_FIRST_NAME}, the Dunmore Hospital claim for {DATE_OF_SERVICE} was processed "
      "as emergency care with observation: the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Observation is billed as outpatient care, not as an admission." + SIGN,
      claim={"provider": "Dunmore Hospital", "billed": "5400.00", "member_owes": "1020.00"},
      mentions=["provider", "amount"]),
    # duplicate charges
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see the same Larchmont Pediatrics visit twice on my account. Did you deny one as a "
      "duplicate?",
      "Hi {MEMBER_FIRST_NAME}, we see two submissions for the Larchmont Pediatrics visit on "
      "{DATE_OF_SERVICE}; both are still being processed. A second submission of the same "
      "visit is not paid twice, and you will only owe your share once." + SIGN,
      claim={"provider": "Larchmont Pediatrics", "billed": "175.00"},
      mentions=["provider"]),
    D("en", "single", "duplicate_charge", "denied:18",
      "Why does my EOB say claim CLM-8841207 was a duplicate? Do I owe on it?",
      "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} repeated a visit already submitted, so it "
      "was closed as a duplicate: {DENIAL_REASON}. You owe nothing on it; the first claim for "
      "{DATE_OF_SERVICE} is the one that counts." + SIGN,
      claim={"claim_number": "CLM-8841207", "billed": "260.00"},
      mentions=["claim_number"]),
    D("en", "typo", "duplicate_charge", "paid",
      "i was charged twice by Ivybridge Dental Lab, $58 both times, can you fix",
      "Hi {MEMBER_FIRST_NAME}, we have one claim from Ivybridge Dental Lab for "
      "{DATE_OF_SERVICE}, with your share at {MEMBER_OWES}. If you paid it twice, ask the lab "
      "for a refund of the second payment; we can call them with you." + SIGN,
      claim={"provider": "Ivybridge Dental Lab", "billed": "140.00", "member_owes": "58.00"},
      mentions=["provider", "amount"]),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Me aparecen dos cobros iguales de Clínica Del Río. ¿Ya anularon uno?",
      "Hola {MEMBER_FIRST_NAME}, vemos dos envíos de la misma visita de Clínica Del Río del "
      "{DATE_OF_SERVICE} y los dos siguen en proceso. Una misma visita no se paga dos veces; "
      "usted solo deberá su parte una vez." + FIRMA,
      claim={"provider": "Clínica Del Río", "billed": "220.00"},
      mentions=["provider"]),
    D("en", "long", "duplicate_charge", "none",
      "I think I'm being billed twice for the same blood draw. One bill came from the clinic "
      "and another from a lab I didn't visit. Neither is on my online account. Is one of "
      "them a duplicate, or can both be real?",
      "Hi {MEMBER_FIRST_NAME}, both can be real: the clinic may bill for drawing the blood and "
      "the lab for testing it. We do not see either claim yet; when they arrive, compare the "
      "dates and codes on the explanations of benefits, and we can check them with you."
      + SIGN),
    # itemized bill
    D("en", "single", "itemized_bill", "paid",
      "Can I get an itemized bill for my stay at Norcliffe Medical Center? The total looks "
      "padded.",
      "Hi {MEMBER_FIRST_NAME}, you have the right to an itemized bill; ask Norcliffe Medical "
      "Center's billing office for one covering {DATE_OF_SERVICE}. Compare it with the "
      "explanation of benefits, which shows your share as {MEMBER_OWES}." + SIGN,
      claim={"provider": "Norcliffe Medical Center", "billed": "8700.00",
             "member_owes": "900.00"},
      mentions=["provider"]),
    D("en", "single", "itemized_bill", "none",
      "Got the line-by-line hospital statement finally. What kinds of mistakes should I hunt for?",
      "Hi {MEMBER_FIRST_NAME}, look for services you did not get, the same item charged "
      "twice, days counted wrong, and supplies that should be part of the room charge. Mark "
      "anything unclear and ask the billing office; we can help compare it with your "
      "explanation of benefits." + SIGN),
    D("en", "typo", "itemized_bill", "none",
      "hospital wont send me itemized bill, says i need to pay first. is that legal",
      "Hi {MEMBER_FIRST_NAME}, you can ask for an itemized bill before paying, and most "
      "hospitals must give one on request. Ask in writing; if they still refuse, tell us and "
      "we will help." + SIGN),
    D("es", "spanish", "itemized_bill", "none",
      "¿Cómo pido una factura detallada al hospital? Solo me mandaron el total.",
      "Hola {MEMBER_FIRST_NAME}, llame a la oficina de facturación del hospital y pida una "
      "factura detallada con los códigos de cada servicio. Es su derecho; después podemos "
      "compararla juntos con la explicación de beneficios." + FIRMA),
    D("en", "long", "itemized_bill", "pending",
      "My bill from Harwick Outpatient Center just says 'procedure' and a total, and I "
      "haven't seen any EOB for it. I'd like to know every line before I pay. Also, has the "
      "plan paid anything toward it yet?",
      "Hi {MEMBER_FIRST_NAME}, the Harwick Outpatient Center claim for {DATE_OF_SERVICE} is "
      "still being processed, so the plan has not paid anything yet. Ask Harwick for an "
      "itemized bill and wait for the explanation of benefits before you pay." + SIGN,
      claim={"provider": "Harwick Outpatient Center", "billed": "3150.00"},
      mentions=["provider"]),
    # payment plan
    D("en", "single", "payment_plan", "paid",
      "Can I pay the Winterbourne Clinic balance in installments?",
      "Hi {MEMBER_FIRST_NAME}, your share for the Winterbourne Clinic visit on "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}. Payment plans are set by the provider, so call "
      "their billing office and ask; most offer monthly payments without interest." + SIGN,
      claim={"provider": "Winterbourne Clinic", "billed": "950.00", "member_owes": "380.00"},
      mentions=["provider"]),
    D("en", "single", "payment_plan", "none",
      "Could I pay off the deductible portion of my bills to you little by little?",
      "Hi {MEMBER_FIRST_NAME}, the plan does not collect the deductible; you pay it to each "
      "provider, and their billing offices set up payment plans. Ask them for monthly "
      "payments; many agree without interest." + SIGN),
    D("en", "typo", "payment_plan", "none",
      "forgot my installment to the hosptial this month, r they gonna drop my arrangement",
      "Hi {MEMBER_FIRST_NAME}, call the hospital's billing office soon: most will keep the "
      "plan if you catch up or change the monthly amount. The plan itself does not manage "
      "provider payment plans, but we can help you find the right contact." + SIGN),
    D("es", "spanish", "payment_plan", "paid",
      "Debo 612,50 dólares a Centro de Imagen Horizonte y no puedo pagarlo de una vez. ¿Me "
      "pueden ayudar?",
      "Hola {MEMBER_FIRST_NAME}, su parte del estudio del {DATE_OF_SERVICE} es {MEMBER_OWES}. "
      "Llame a la oficina de cobros del centro y pida un plan de pagos mensuales; suelen "
      "aceptarlo sin intereses." + FIRMA,
      claim={"provider": "Centro de Imagen Horizonte", "billed": "1400.00",
             "member_owes": "612.50"},
      mentions=["provider", "amount"]),
    D("en", "long", "payment_plan", "pending",
      "The front office at Haverly Orthopedics is pressing me to commit to monthly "
      "installments for my knee operation, quoting $1,800 as what I'll owe. Honestly I want "
      "the true figure before agreeing to anything. Has your side finished with it?",
      "Hi {MEMBER_FIRST_NAME}, the Haverly Orthopedics claim for {DATE_OF_SERVICE} is still "
      "being processed, so your share is not known yet. You can ask Haverly to wait for the "
      "explanation of benefits before setting up a payment plan." + SIGN,
      claim={"provider": "Haverly Orthopedics", "billed": "9600.00"},
      mentions=["provider"]),
    # collections
    D("en", "single", "collections", "pending",
      "A collector called about a Brookhaven Lab bill. But I thought you were still "
      "processing it?",
      "Hi {MEMBER_FIRST_NAME}, yes, the Brookhaven Lab claim for {DATE_OF_SERVICE} is still "
      "being processed. Ask the collector to verify the debt in writing and tell Brookhaven "
      "the claim is not finished; medical debt under a year old should not be reported to "
      "credit bureaus." + SIGN,
      claim={"provider": "Brookhaven Lab", "billed": "310.00"},
      mentions=["provider"]),
    D("en", "single", "collections", "none",
      "A clinic handed my account to a debt agency. Will that drag my credit rating down?",
      "Hi {MEMBER_FIRST_NAME}, paid medical debt and medical debt under a year old should not "
      "appear on your credit report. Ask the collector to verify the debt in writing, and "
      "send us the bill so we can check the claim behind it." + SIGN),
    D("en", "typo", "collections", "paid",
      "Ellery Cardiology sent my bill to collections but insurence paid them!! what now",
      "Hi {MEMBER_FIRST_NAME}, for {DATE_OF_SERVICE} the plan paid Ellery Cardiology "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. Send the collector and Ellery the "
      "explanation of benefits, and ask them to correct the balance." + SIGN,
      claim={"provider": "Ellery Cardiology", "billed": "780.00", "member_owes": "60.00"},
      mentions=["provider"]),
    D("es", "spanish", "collections", "none",
      "Una agencia de cobros me reclama una cuenta de hace dos años que no reconozco. ¿Qué "
      "hago?",
      "Hola {MEMBER_FIRST_NAME}, pida a la agencia por escrito que valide la deuda: nombre del "
      "proveedor, fecha y monto. Luego mándenos la información y revisamos si hay una "
      "reclamación detrás." + FIRMA),
    D("en", "long", "collections", "denied:29",
      "A debt agency letter arrived today over a Fallowmere Clinic visit. Fallowmere's "
      "office claims your side refused since their paperwork reached you past some cutoff. "
      "Why is their slowness my problem? I handed over my card at check-in.",
      "Hi {MEMBER_FIRST_NAME}, the Fallowmere Clinic claim for {DATE_OF_SERVICE} was turned "
      "down because it arrived after the filing limit: {DENIAL_REASON}. When an in-network "
      "provider files late, it usually cannot bill you for it; ask Fallowmere to take it back "
      "from collections." + SIGN,
      claim={"provider": "Fallowmere Clinic", "billed": "425.00"},
      mentions=["provider"]),
    # financial assistance
    D("en", "single", "financial_assistance", "paid",
      "Does Rosedale Hospital have charity care? I owe $2,400 and lost my job.",
      "Hi {MEMBER_FIRST_NAME}, non-profit hospitals such as Rosedale must have a financial "
      "assistance policy. Ask their billing office for the application; your share for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}, and they can reduce it based on income." + SIGN,
      claim={"provider": "Rosedale Hospital", "billed": "9800.00", "member_owes": "2400.00"},
      mentions=["provider", "amount"]),
    D("en", "single", "financial_assistance", "none",
      "Is there any help paying medical bills if my income is low?",
      "Hi {MEMBER_FIRST_NAME}, yes: most hospitals offer financial assistance based on "
      "income, and many clinics have sliding fees. Ask the billing office for the "
      "application; we can help you find it." + SIGN),
    D("en", "typo", "financial_assistance", "none",
      "aplied for finacial assistance at the hospital, did they tell you if i got aproved",
      "Hi {MEMBER_FIRST_NAME}, the hospital decides financial assistance and sends you the "
      "answer directly; we are not told. Please call its billing office to check on your "
      "application." + SIGN),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay ayuda para pagar cuentas del hospital si no tengo mucho dinero?",
      "Hola {MEMBER_FIRST_NAME}, sí: casi todos los hospitales tienen ayuda financiera según "
      "los ingresos. Pida la solicitud en la oficina de facturación del hospital; con gusto "
      "le ayudamos a llenarla." + FIRMA),
    D("en", "long", "financial_assistance", "deductible",
      "I had an outpatient procedure at Kingsmere Hospital and my share is all deductible. "
      "I'm a single mom and money is very tight this month. Someone told me hospitals have "
      "programs that can forgive part of a bill. How do I find out if I qualify?",
      "Hi {MEMBER_FIRST_NAME}, the procedure on {DATE_OF_SERVICE} went to your deductible, so "
      "your share is {MEMBER_OWES}. Ask Kingsmere Hospital's billing office for its "
      "financial assistance application; they decide based on household income and size."
      + SIGN,
      claim={"provider": "Kingsmere Hospital", "billed": "2200.00", "member_owes": "1300.00"},
      mentions=["provider"]),
]
