"""Eighth held-out drafts set, batch 1: deductible, copays and coinsurance, out-of-pocket
maximum, EOBs, denials, prior authorization, networks. Written by helper facts8 from general
knowledge of member-services questions, aimed at statements a reply would be tempted to make
without the records to back them (pending claims, claims not on file, amounts that match
nothing, yes/no questions the records cannot answer), without reading the earlier sets' messages
or the demo history."""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

SIGN = " Best, {AGENT_NAME}"
FIRMA = " Un saludo, {AGENT_NAME}"

ITEMS = [
    # deductible
    D("en", "single", "deductible", "pending",
      "Did the lab work from Fernwood Diagnostics go toward my deductible yet?",
      "Hi {MEMBER_FIRST_NAME}, the Fernwood Diagnostics claim for {DATE_OF_SERVICE} is still "
      "being processed, so nothing from it has been counted yet. Once it is finished the "
      "explanation of benefits will show how much went to your deductible." + SIGN,
      claim={"provider": "Fernwood Diagnostics", "billed": "212.00"},
      mentions=["provider"]),
    D("en", "single", "deductible", "partial_deductible",
      "I paid $60 at the front desk of Quillan Family Practice. Was that my deductible or a "
      "copay?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} the plan applied "
      "{DEDUCTIBLE_APPLIED} to your deductible and paid {PLAN_PAID}; your share on the claim "
      "is {MEMBER_OWES}. If you paid a different amount at the desk, the office should refund "
      "or credit the difference." + SIGN,
      claim={"provider": "Quillan Family Practice", "billed": "310.00", "member_owes": "88.40"},
      mentions=["provider"]),
    D("en", "typo", "deductible", "none",
      "is my deductable per person or for the hole family? and whens it reset",
      "Hi {MEMBER_FIRST_NAME}, your plan has an individual amount inside a family deductible: "
      "each person's covered costs count toward both. You have met {DEDUCTIBLE_MET} of "
      "{DEDUCTIBLE} so far, and it starts over after {PLAN_YEAR_END}." + SIGN),
    D("es", "spanish", "deductible", "none",
      "¿Cuánto me falta del deducible? Tengo una cirugía programada y no sé cuánto voy a pagar.",
      "Hola {MEMBER_FIRST_NAME}, hasta ahora ha cubierto {DEDUCTIBLE_MET} de su deducible de "
      "{DEDUCTIBLE}, así que le faltan {DEDUCTIBLE_REMAINING}. Para saber el costo de la "
      "cirugía, pida al cirujano el código del procedimiento y con gusto lo revisamos." + FIRMA),
    D("en", "long", "deductible", "deductible",
      "I'm really confused. My daughter had an allergy test at Tamsin Allergy Associates and "
      "I thought allergy testing was covered in full because my neighbor's plan covers it. Now "
      "there is a bill for $174.25 and the statement says something about the deductible. Can "
      "you explain what happened and whether it's right?",
      "Hi {MEMBER_FIRST_NAME}, the allergy testing on {DATE_OF_SERVICE} was covered, but the "
      "allowed amount counted toward your deductible: the plan paid {PLAN_PAID} and you owe "
      "{MEMBER_OWES}. Plans differ, so another plan may pay for the same test. You have "
      "{DEDUCTIBLE_REMAINING} left on your deductible." + SIGN,
      claim={"provider": "Tamsin Allergy Associates", "billed": "290.00",
             "member_owes": "174.25"},
      mentions=["provider", "amount"]),
    # copay / coinsurance
    D("en", "single", "copay_coinsurance", "none",
      "What's my copay to see a dermatologist? Do I need a referral first?",
      "Hi {MEMBER_FIRST_NAME}, a visit to an in-network specialist such as a dermatologist "
      "has a specialist copay on your {PLAN_NAME} plan, shown on your benefits summary. A PPO "
      "does not usually need a referral, but we can confirm it for you at {PHONE}." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "copay_coinsurance", "paid",
      "Why do I owe $95 for the Ridgeline Ortho visit on 10/7 when my copay is supposed to be "
      "$40?",
      "Hi {MEMBER_FIRST_NAME}, for the Ridgeline Ortho visit on {DATE_OF_SERVICE} the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}, and your share is {MEMBER_OWES}. Imaging or a "
      "procedure done at the visit can carry coinsurance on top of the office copay." + SIGN,
      claim={"provider": "Ridgeline Ortho", "date_of_service": "2026-10-07",
             "billed": "410.00", "member_owes": "95.00"},
      mentions=["provider", "date", "amount"]),
    D("en", "typo", "copay_coinsurance", "none",
      "wats the diffrence between coinsurence and copay, my bill says coinsurance 20%",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed amount for a visit; coinsurance is a share "
      "of the allowed amount, here 20 %, that you pay after the deductible is met. Your bill "
      "lists coinsurance because the service counts as a share, not a flat fee." + SIGN),
    D("es", "spanish", "copay_coinsurance", "pending",
      "Fui a Centro Médico Los Álamos y no sé si me van a cobrar copago o coaseguro. ¿Ya saben "
      "cuánto me toca?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación de Centro Médico Los Álamos del "
      "{DATE_OF_SERVICE} todavía se está procesando, así que aún no sabemos su parte. Cuando "
      "termine, la explicación de beneficios le dirá si es copago o coaseguro." + FIRMA,
      claim={"provider": "Centro Médico Los Álamos", "billed": "265.00"},
      mentions=["provider"]),
    D("en", "long", "copay_coinsurance", "none",
      "My physical therapist says I'll need twelve sessions over the next two months. I'm "
      "trying to figure out the damage before I commit. Is it a copay each time, or a "
      "percentage, and does it change after I hit some limit? I don't want surprises halfway "
      "through.",
      "Hi {MEMBER_FIRST_NAME}, therapy visits on your {PLAN_NAME} plan are shared by "
      "coinsurance once the deductible is met, and you stop paying for covered care when you "
      "reach the out-of-pocket maximum. Your plan may also limit the number of visits a year; "
      "call us at {PHONE} and we can look up your therapy benefit." + SIGN),
    # out-of-pocket maximum
    D("en", "single", "out_of_pocket_max", "none",
      "Have I hit my out of pocket max yet this year?",
      "Hi {MEMBER_FIRST_NAME}, so far {OOP_MET} has counted toward your out-of-pocket "
      "maximum of {OOP_MAX}. Once you reach it, covered in-network care is paid in full until "
      "{PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I thought I'd hit my max in August. Why is there a statement from Bellweather Surgical "
      "at all?",
      "Hi {MEMBER_FIRST_NAME}, you have met your out-of-pocket maximum, so the Bellweather "
      "Surgical claim for {DATE_OF_SERVICE} leaves you owing {MEMBER_OWES}; the plan paid "
      "{PLAN_PAID}. The statement is for your records; if the office bills you, let us "
      "know." + SIGN,
      claim={"provider": "Bellweather Surgical", "billed": "1840.00", "member_owes": "0.00"},
      mentions=["provider"]),
    D("en", "typo", "out_of_pocket_max", "none",
      "do my prescripton copays count to the out of pocket maxmum or just doctor stuff",
      "Hi {MEMBER_FIRST_NAME}, on your {PLAN_NAME} plan covered prescription copays count "
      "toward the out-of-pocket maximum along with medical costs. You have {OOP_MET} toward "
      "your {OOP_MAX} maximum so far." + SIGN),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Oiga, lo que pago cada mes por el seguro, ¿eso se suma al tope anual de gastos?",
      "Hola {MEMBER_FIRST_NAME}, no: las primas mensuales no cuentan para el máximo de gastos "
      "de bolsillo. Cuentan el deducible, los copagos y el coaseguro de servicios cubiertos. "
      "Lleva {OOP_MET} de {OOP_MAX}." + FIRMA),
    D("en", "long", "out_of_pocket_max", "pending",
      "My husband's hospital stay at Marlowe Regional was last month and I'm pretty sure it "
      "will push us over our out-of-pocket maximum. Can you confirm we're done paying for the "
      "year so I can stop worrying about the follow-up appointments?",
      "Hi {MEMBER_FIRST_NAME}, the Marlowe Regional claim for {DATE_OF_SERVICE} is still "
      "being processed, so it has not counted yet. Right now {OOP_MET} of your {OOP_MAX} "
      "maximum is met; once the hospital claim is finished we can tell you what is "
      "left." + SIGN,
      claim={"provider": "Marlowe Regional", "billed": "14200.00"},
      mentions=["provider"], drop=["amount_stated"]),
    # EOB
    D("en", "single", "eob_question", "paid",
      "My EOB for claim CLM-5520914 says 'this is not a bill'. So do I owe anything or not?",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits for claim {CLAIM_NUMBER} shows the "
      "plan allowed {ALLOWED} and paid {PLAN_PAID}; your share is {MEMBER_OWES}. The provider "
      "sends the bill for that share, so wait for it and compare the two." + SIGN,
      claim={"claim_number": "CLM-5520914", "billed": "365.00", "member_owes": "41.20"},
      mentions=["claim_number"]),
    D("en", "single", "eob_question", "none",
      "What does 'provider discount' mean on the EOB I got yesterday?",
      "Hi {MEMBER_FIRST_NAME}, the provider discount is the part of the bill an in-network "
      "provider agreed to write off under its contract with the plan. You do not owe it; your "
      "share is worked out from the allowed amount." + SIGN),
    D("en", "typo", "eob_question", "paid",
      "got an eob from Winslow Pediatrics, the numbers dont add up? billed vs alowed vs paid",
      "Hi {MEMBER_FIRST_NAME}, for the Winslow Pediatrics visit on {DATE_OF_SERVICE} the "
      "practice charged {BILLED}; under its contract the plan allows {ALLOWED}, of which it "
      "covered {PLAN_PAID}, leaving {MEMBER_OWES} for you. Winslow writes off the gap between "
      "the charge and the allowed figure." + SIGN,
      claim={"provider": "Winslow Pediatrics", "billed": "240.00", "member_owes": "30.00"},
      mentions=["provider"]),
    D("es", "spanish", "eob_question", "none",
      "Me llegó una explicación de beneficios con un código PR-2. ¿Qué significa eso?",
      "Hola {MEMBER_FIRST_NAME}, PR quiere decir responsabilidad del paciente, y el código 2 "
      "es coaseguro: es la parte del monto permitido que le toca a usted. Si nos dice de qué "
      "visita es, revisamos los números con usted." + FIRMA),
    D("en", "long", "eob_question", "pending",
      "I got a paper from you about my visit at Halberd Urgent Care but it doesn't look like "
      "an EOB, it just lists the date and says something about review. Does this mean the "
      "claim was rejected? I paid $35 at the door, is that all I'll owe?",
      "Hi {MEMBER_FIRST_NAME}, the Halberd Urgent Care claim for {DATE_OF_SERVICE} is still "
      "being processed; the notice only says it was received. Your share is not known until "
      "it is finished, and the explanation of benefits will show whether the amount you paid "
      "covers it." + SIGN,
      claim={"provider": "Halberd Urgent Care", "billed": "185.00"},
      mentions=["provider"]),
    # denied claims
    D("en", "single", "denied_claim", "denied:16",
      "Why was the Ashgrove Neurology claim turned down? Nobody told me anything was missing.",
      "Hi {MEMBER_FIRST_NAME}, the Ashgrove Neurology claim for {DATE_OF_SERVICE} was returned "
      "because information was missing: {DENIAL_REASON}. The office can send a corrected "
      "claim with the missing details, and the plan will process it again." + SIGN,
      claim={"provider": "Ashgrove Neurology", "billed": "520.00"},
      mentions=["provider"]),
    D("en", "single", "denied_claim", "paid",
      "Was my claim from Oct 21 denied? I haven't seen anything and I'm worried.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} with {PROVIDER_NAME} was "
      "processed: the plan allowed {ALLOWED} and paid {PLAN_PAID}, and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim={"date_of_service": "2026-10-21", "billed": "330.00", "member_owes": "45.00"},
      mentions=["date"]),
    D("en", "typo", "denied_claim", "denied:96",
      "my claim got denyed for non coverd service?? its a hearing test, how is that not "
      "coverd",
      "Hi {MEMBER_FIRST_NAME}, the hearing test on {DATE_OF_SERVICE} falls under a service "
      "your plan excludes: {DENIAL_REASON}. You can ask for a written explanation and appeal "
      "within 180 days of the notice if you think the exclusion does not apply." + SIGN,
      claim={"service": "hearing test", "billed": "275.00"}),
    D("es", "spanish", "denied_claim", "none",
      "Me dijeron en el consultorio que el seguro rechazó mi consulta del mes pasado. ¿Es "
      "verdad?",
      "Hola {MEMBER_FIRST_NAME}, no vemos todavía en su cuenta una reclamación de esa "
      "consulta. Pida al consultorio la fecha en que la enviaron y el número de reclamación, "
      "y la buscamos con usted." + FIRMA),
    D("en", "long", "denied_claim", "denied:50",
      "Sleep study at Corbel Sleep Center denied as not medically necessary. My doctor sent "
      "me because I stop breathing at night, my wife has watched it happen. What do I do now, "
      "and how long do I have to do it?",
      "Hi {MEMBER_FIRST_NAME}, the sleep study on {DATE_OF_SERVICE} was turned down as not "
      "medically necessary: {DENIAL_REASON}. You can appeal within 180 days of the notice; "
      "ask your doctor for a letter and the notes describing the breathing pauses, and send "
      "them with your appeal." + SIGN,
      claim={"provider": "Corbel Sleep Center", "billed": "1650.00"},
      mentions=["provider"]),
    # prior authorization
    D("en", "single", "prior_authorization", "none",
      "My orthopedist ordered a shoulder MRI at a standalone imaging place. Do I have to get that cleared with you first?",
      "Hi {MEMBER_FIRST_NAME}, some imaging needs approval before it is done. Your doctor's "
      "office usually asks for it; we can check the MRI and the imaging center with you at "
      "{PHONE} before you book." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "Thornbury Imaging says my CT was never authorized. I thought that was their job?",
      "Hi {MEMBER_FIRST_NAME}, the CT on {DATE_OF_SERVICE} at Thornbury Imaging was turned "
      "down because approval was not on file before it was done: {DENIAL_REASON}. An "
      "in-network provider is responsible for asking for it, so ask Thornbury to request a "
      "retroactive review." + SIGN,
      claim={"provider": "Thornbury Imaging", "billed": "980.00"},
      mentions=["provider"]),
    D("en", "typo", "prior_authorization", "none",
      "did my docter send the prior auth for my knee surgery yet?? surgery is next week",
      "Hi {MEMBER_FIRST_NAME}, we do not see a prior authorization request for the surgery on "
      "your account yet. Please ask the surgeon's office to send it as soon as possible, and "
      "call us at {PHONE} if it is urgent." + SIGN,
      add=PA_UNKNOWN),
    D("es", "spanish", "prior_authorization", "none",
      "¿Necesito autorización previa para una colonoscopia?",
      "Hola {MEMBER_FIRST_NAME}, depende del motivo y del lugar. La colonoscopia de detección "
      "suele cubrirse como preventiva; pida al consultorio que verifique con nosotros antes "
      "de la cita, o llámenos al {PHONE}." + FIRMA,
      add=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "My endocrinologist wants me to start an insulin pump. The supply company said they need "
      "'paperwork from the insurance' before they ship it. I don't know what paperwork that "
      "is, or whether you've already approved it. Can you tell me where this stands?",
      "Hi {MEMBER_FIRST_NAME}, the supply company is asking for a prior authorization for the "
      "pump. We do not see a request on your account yet; your endocrinologist's office sends "
      "it, and once it arrives a decision is made within the plan's review time." + SIGN,
      add=PA_UNKNOWN),
    # out of network
    D("en", "single", "out_of_network", "none",
      "Is Dr. Priya Ramaswamy at Elmstead Women's Health in network?",
      "Hi {MEMBER_FIRST_NAME}, you can check a doctor in the provider directory on our "
      "website, or call us at {PHONE} and we will look her up for your {PLAN_NAME} plan. Ask "
      "the office to confirm the network too when you book." + SIGN,
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "Why did Kestrel Counseling get paid so little? They told me they take my insurance.",
      "Hi {MEMBER_FIRST_NAME}, Kestrel Counseling is {NETWORK_STATUS} for your plan, so the "
      "session on {DATE_OF_SERVICE} was paid at out-of-network rates: the plan allowed "
      "{ALLOWED} and paid {PLAN_PAID}. Taking your insurance is not the same as being in the "
      "network." + SIGN,
      claim={"provider": "Kestrel Counseling", "billed": "200.00", "member_owes": "120.00"},
      mentions=["provider"]),
    D("en", "typo", "out_of_network", "none",
      "is the urgent care on maple st in netwrok?? need to go tonite",
      "Hi {MEMBER_FIRST_NAME}, please check the urgent care in our provider directory or "
      "call us at {PHONE} before you go. If it is an emergency, go to the nearest emergency "
      "room: emergency care is covered in or out of network." + SIGN,
      add=NET_UNKNOWN),
    D("es", "spanish", "out_of_network", "none",
      "¿El laboratorio que me mandó el doctor está dentro de la red? Se llama Laboratorio "
      "Vista Clara.",
      "Hola {MEMBER_FIRST_NAME}, puede buscar el laboratorio en el directorio de proveedores "
      "de nuestro sitio o llamarnos al {PHONE} y lo verificamos con usted antes de ir." + FIRMA,
      add=NET_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "Last month I had a procedure at Pemberton Surgery Center. I checked that my surgeon was "
      "in network, but now I have a bill from the center itself for $2,310 and the EOB says "
      "out-of-network. Nobody told me the building was different from the doctor. What can I "
      "do?",
      "Hi {MEMBER_FIRST_NAME}, Pemberton Surgery Center is {NETWORK_STATUS} for your plan, so "
      "the facility part of the procedure on {DATE_OF_SERVICE} was paid at out-of-network "
      "rates and you owe {MEMBER_OWES}. You can appeal within 180 days if you were not told "
      "in advance, and ask the center for a discount or payment plan." + SIGN,
      claim={"provider": "Pemberton Surgery Center", "billed": "4100.00",
             "member_owes": "2310.00"},
      mentions=["provider", "amount"]),
]
