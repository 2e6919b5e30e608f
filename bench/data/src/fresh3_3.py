"""Fresh3 batch 3: ambulance, emergency care, duplicate charges, itemized bills."""
from drafts_common import COV_UNKNOWN, D

ITEMS = [
    # ambulance
    D("en", "single", "ambulance", "ambulance_ground",
      "Tidewater Ambulance Service sent me a bill for $968.00 for the ride to the hospital on "
      "10/22. I didn't pick them, they just showed up!",
      "Hi {MEMBER_FIRST_NAME}, I understand; nobody chooses the ambulance that comes. "
      "{PROVIDER_NAME} is not in the plan's network. For the transport on {DATE_OF_SERVICE} "
      "the plan allowed {ALLOWED} and paid {PLAN_PAID}, leaving {MEMBER_OWES} as your share. "
      "Ground ambulances are not part of the federal surprise billing rules, but some states "
      "limit these bills; send us the bill and we can check whether yours does. {AGENT_NAME}",
      claim={"provider": "Tidewater Ambulance Service", "date_of_service": "2026-10-22",
             "billed": "968.00", "member_owes": "240.00"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "ambulance", "ambulance_air",
      "AirLift Medevac West billed me for a helicopter transfer after my accident. Am I "
      "responsible for the whole thing?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad you're recovering. Air ambulance transport is covered "
      "by the federal surprise billing rules, so you only owe your in-network cost sharing, "
      "{MEMBER_OWES}, even though {PROVIDER_NAME} is out of network. They cannot bill you the "
      "rest. If they do, send us the bill. {AGENT_NAME}",
      claim={"provider": "AirLift Medevac West"}, mentions=["provider"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Me llegó una cuenta de la ambulancia que me llevó al hospital y es muchísimo dinero. "
      "¿El seguro no paga eso?",
      "Hola {MEMBER_FIRST_NAME}: el plan sí cubre la ambulancia en una emergencia. Para el "
      "traslado del {DATE_OF_SERVICE} con {PROVIDER_NAME}, el plan aprobó {ALLOWED} y pagó "
      "{PLAN_PAID}; su parte es {MEMBER_OWES}. Como la ambulancia está fuera de la red, puede "
      "cobrar más; envíenos la factura y revisamos si su estado lo limita. Saludos, "
      "{AGENT_NAME}"),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence bill came today from when i fell, why is the insurance only paying part of "
      "it",
      "Hi {MEMBER_FIRST_NAME}, sorry about your fall. For the ambulance on {DATE_OF_SERVICE}, "
      "the plan allowed {ALLOWED} and paid {PLAN_PAID}. Your share is {MEMBER_OWES}. Because "
      "{PROVIDER_NAME} is not in network, they may bill above the allowed amount; please send "
      "us any bill for more than your share. {AGENT_NAME}"),
    D("en", "single", "ambulance", "none",
      "If my dad needs to be moved by ambulance from one hospital to another, will the plan "
      "cover it?",
      "Hi {MEMBER_FIRST_NAME}, a transfer between hospitals can be covered when it is "
      "medically necessary, for example for care the first hospital cannot give. The "
      "hospital usually arranges it and may need approval for a non-emergency transfer. If "
      "your dad is a member, I can check his plan's rules when you have details. {AGENT_NAME}",
      add=COV_UNKNOWN),
    # emergency care (near-miss singles: billing questions about the ER)
    D("en", "single", "emergency_care", "emergency_in_network",
      "Why is my ER bill so high? The visit on Nov 9 at Kestrel Valley Medical Center came to "
      "$350.00 for me.",
      "Hi {MEMBER_FIRST_NAME}, for your emergency visit to {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE}, the hospital billed {BILLED}, the plan allowed {ALLOWED} and paid "
      "{PLAN_PAID}. Your {MEMBER_OWES} is the emergency room cost sharing on your plan, which "
      "is higher than an office or urgent care visit. It counts toward your out-of-pocket "
      "maximum. {AGENT_NAME}",
      claim={"provider": "Kestrel Valley Medical Center", "date_of_service": "2026-11-09",
             "billed": "1900.00", "member_owes": "350.00"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "I went to the closest emergency room while on vacation and it turned out to be out of "
      "network. Am I going to pay more because of that?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is covered at in-network cost sharing even "
      "at an out-of-network hospital. For your visit to {PROVIDER_NAME} on {DATE_OF_SERVICE}, "
      "your share is {MEMBER_OWES}, and the hospital cannot bill you more than that for the "
      "emergency care. {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_in_network",
      "My emergency department visit produced two bills, a facility fee and a doctor fee. Are "
      "those really separate?",
      "Hi {MEMBER_FIRST_NAME}, yes, that's normal: the hospital bills for the facility and the "
      "emergency physicians often bill separately. Each gets its own claim and explanation of "
      "benefits. For the hospital's claim from {DATE_OF_SERVICE}, your share is "
      "{MEMBER_OWES}. {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_oon",
      "Got an ER bill from a hospital in Oregon for $2,480.00, we were visiting my in-laws "
      "when my son broke his wrist.",
      "Hi {MEMBER_FIRST_NAME}, I hope your son is healing well. Emergency care away from home "
      "is covered at your in-network cost sharing. For the visit on {DATE_OF_SERVICE} the "
      "plan allowed {ALLOWED} and paid {PLAN_PAID}, and your share is {MEMBER_OWES}, not the "
      "billed {BILLED}. If the hospital bills you for the difference, send it to us. "
      "{AGENT_NAME}",
      claim={"billed": "2480.00", "member_owes": "300.00"}, mentions=["amount"]),
    D("en", "single", "emergency_care", "none",
      "Do I have to call you before I go to the emergency room for it to be covered?",
      "Hi {MEMBER_FIRST_NAME}, no. In an emergency, go to the nearest emergency room or call "
      "911; you never need approval beforehand, and emergency care is covered in or out of "
      "network. If you are admitted, the hospital lets us know. {AGENT_NAME}"),
    D("es", "spanish", "emergency_care", "emergency_oon",
      "Fui a la sala de emergencias de un hospital que no es de la red porque era el más "
      "cercano. ¿Me van a cobrar más?",
      "Hola {MEMBER_FIRST_NAME}: la atención de emergencia se cubre con el costo compartido "
      "de la red aunque el hospital esté fuera de ella. Para la visita a {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}, su parte es {MEMBER_OWES} y el hospital no puede cobrarle más por la "
      "emergencia. Saludos, {AGENT_NAME}"),
    # duplicate charges
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see two claims for the same visit on Oct 6 at Millbrook Pediatrics. Am I going to be "
      "charged twice?",
      "Hi {MEMBER_FIRST_NAME}, no. The office sent the claim for the visit to {PROVIDER_NAME} "
      "on {DATE_OF_SERVICE} twice; the second copy is still being processed and will be "
      "matched against the first, so you will only be responsible for one visit. You don't "
      "need to do anything. {AGENT_NAME}",
      claim={"provider": "Millbrook Pediatrics", "date_of_service": "2026-10-06"},
      mentions=["date", "provider"]),
    D("en", "single", "duplicate_charge", "denied:18",
      "My EOB shows a claim marked as a duplicate and not paid. Do I owe anything on that one?",
      "Hi {MEMBER_FIRST_NAME}, no. That claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "a repeat of one already processed ({DENIAL_REASON}), so nothing is owed on the copy. "
      "Your share is shown on the original claim's EOB. {AGENT_NAME}"),
    D("en", "typo", "duplicate_charge", "duplicate_submitted",
      "theres 2 of the same claim on my acount from copperline orthopedics, same day same "
      "everything. pls fix",
      "Hi {MEMBER_FIRST_NAME}, thanks for flagging it. {PROVIDER_NAME} sent the same claim for "
      "{DATE_OF_SERVICE} twice. The second one is still being processed and will be checked "
      "against the first, so you will not be charged twice. {AGENT_NAME}",
      claim={"provider": "Copperline Orthopedics"}, mentions=["provider"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "En mi estado de cuenta aparece una reclamación rechazada por duplicada. ¿Tengo que "
      "pagar algo de esa?",
      "Hola {MEMBER_FIRST_NAME}: no. Esa reclamación de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE} era una copia de otra ya procesada ({DENIAL_REASON}); por la copia no "
      "debe nada. Lo que le corresponde aparece en la reclamación original. Saludos, "
      "{AGENT_NAME}"),
    D("en", "single", "duplicate_charge", "paid",
      "I got billed by the hospital and then again by a lab company for the same blood draw. "
      "Is that a duplicate?",
      "Hi {MEMBER_FIRST_NAME}, not necessarily: the hospital may bill for drawing the blood "
      "and the lab for testing it. Compare the service lines on each bill with your EOBs. For "
      "the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE}, your share is {MEMBER_OWES}. If "
      "both bills list the same test, send them to us and we'll check. {AGENT_NAME}"),
    # itemized bills
    D("en", "single", "itemized_bill", "none",
      "The hospital statement I got just shows one total with no breakdown. Who do I ask "
      "for the line-by-line version?",
      "Hi {MEMBER_FIRST_NAME}, call or write to the hospital's billing office and ask for an "
      "itemized bill; they must give you one listing each service and charge. Compare it with "
      "your explanation of benefits, and let us know if something looks wrong. {AGENT_NAME}"),
    D("en", "single", "itemized_bill", "paid",
      "Can you send me an itemized statement for my visit at Lindale Imaging? I need it for my "
      "records.",
      "Hi {MEMBER_FIRST_NAME}, the itemized bill comes from {PROVIDER_NAME}, so please ask "
      "their billing office for it. What we can give you is the explanation of benefits for "
      "claim {CLAIM_NUMBER} from {DATE_OF_SERVICE}: billed {BILLED}, allowed {ALLOWED}, plan "
      "paid {PLAN_PAID}, your share {MEMBER_OWES}. It's in the portal under Claims. "
      "{AGENT_NAME}",
      claim={"provider": "Lindale Imaging"}, mentions=["provider"]),
    D("es", "spanish", "itemized_bill", "none",
      "¿Cómo pido una factura detallada al hospital? Solo me mandaron el total a pagar.",
      "Hola {MEMBER_FIRST_NAME}: pida al departamento de facturación del hospital una "
      "factura detallada con cada servicio y su costo; tienen que dársela. Luego compárela "
      "con su explicación de beneficios y, si algo no cuadra, escríbanos. Saludos, "
      "{AGENT_NAME}"),
    D("en", "long", "itemized_bill", "paid",
      "I had an outpatient procedure at Saguaro Ridge Hospital this autumn and the bill just "
      "shows one line, 'outpatient services', with a total. I've read that hospital bills "
      "often contain mistakes, like charges for things that were never done, and I'd like to "
      "check mine before I pay. What do I ask for, who do I ask, and if I find a mistake, do "
      "I go to you or to the hospital?",
      "Hi {MEMBER_FIRST_NAME}, checking is a good idea. Ask {PROVIDER_NAME}'s billing office "
      "for an itemized bill with each service, code and charge. Compare it with your "
      "explanation of benefits for {DATE_OF_SERVICE}, where your share is {MEMBER_OWES}. If "
      "you find a charge for something that wasn't done, raise it with the hospital first and "
      "tell us too, so we can correct the claim. {AGENT_NAME}",
      claim={"provider": "Saguaro Ridge Hospital"}, mentions=["provider"]),
    D("en", "typo", "itemized_bill", "none",
      "how can i get a itemised bill, the hopsital just says 'balance due' and nothing else",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital's billing office for an itemized bill; they "
      "have to provide one that lists every service and charge. Then compare it with your "
      "explanation of benefits in the portal. We're happy to help if anything doesn't "
      "match. {AGENT_NAME}"),
]
