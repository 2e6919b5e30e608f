"""Sixteenth held-out drafts set (stop 33), batch 2: prior authorization, out-of-network care,
balance bills, ambulances, emergency care and duplicate charges. Written by helper sets15 from
general knowledge (see build_drafts_fresh15.py for the shapes).
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh15_common import SIGN, C15

ITEMS = [
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "Before my knee replacement at Cedar Bluff Orthopedics in February, does it need "
      "pre-approval, and who has to get it, me or them?",
      "Hi {MEMBER_FIRST_NAME}, when a surgery needs prior authorization, the surgeon's office "
      "asks for it, not you. Let me check whether this procedure needs it on {PLAN_NAME} and "
      "whether the practice is in your network; you can also call {PHONE}." + SIGN,
      add=PA_UNKNOWN + NET_UNKNOWN),
    D("es", "spanish", "prior_authorization", "none",
      "¿La resonancia magnética necesita autorización previa? Mi doctor dice que sí pero la "
      "recepcionista dice que no.",
      "Hola {MEMBER_FIRST_NAME}. Depende del estudio y del motivo. Lo podemos revisar en su plan "
      "si nos llama al {PHONE}; si hace falta, la pide el consultorio del médico antes de la "
      "cita." + SIGN, add=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "none",
      "is my prior auth aproved yet for the mri? the office said they submited it monday and i "
      "dont want to reschedule again",
      "Hi {MEMBER_FIRST_NAME}, I can look up the request's status with you at {PHONE}, and the "
      "ordering office can see it too. If the MRI is urgent for your health, the office can ask "
      "for an urgent review, which is decided within 72 hours." + SIGN),
    D("en", "single", "prior_authorization", "denied:197",
      "Portal says 'Denied - CARC 197' for my CT at Westmere Radiology on 9/30. Translate please?",
      "Hi {MEMBER_FIRST_NAME}, code 197 means {DENIAL_REASON}: the CT at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} was done without the approval the plan needed first. The ordering "
      "doctor can ask for a retro review, and you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C15("1320.00", scenario="denied:197", provider="Westmere Radiology",
                date_of_service="2026-09-30"),
      mentions=["provider", "date"]),
    D("en", "single", "prior_authorization", "none",
      "Prior auth questions for my daughter's tonsil surgery:\n- who sends it in\n- how long does "
      "a decision take\n- what if it turns urgent",
      "Hi {MEMBER_FIRST_NAME}:\n- The surgeon's office sends the request.\n- Standard requests "
      "are usually decided within a couple of weeks; call {PHONE} for the status.\n- If waiting "
      "could harm her health, the office can mark it urgent, and it is decided within 72 "
      "hours." + SIGN, add=PA_UNKNOWN),

    # ---- out of network ----
    D("en", "single", "out_of_network", "out_of_network",
      "Saw a chiropractor while visiting family in another state and the claim says out of "
      "network, I owe $212. Is there any out-of-area coverage?",
      "Hi {MEMBER_FIRST_NAME}, the chiropractic visit on {DATE_OF_SERVICE} was processed out of "
      "network, so your share is {MEMBER_OWES} and the plan paid {PLAN_PAID}. Outside emergencies "
      "and urgent care, {PLAN_NAME} pays less away from the network; call {PHONE} before care on "
      "future trips and we can find in-network options." + SIGN,
      claim=C15("300.00", "212.00", "out_of_network", service="Chiropractic visit"),
      mentions=["amount"]),
    D("es", "spanish", "out_of_network", "none",
      "Mi hija estudia en Texas y nuestro plan es de aquí. ¿Cuáles doctores de allá están en la "
      "red?",
      "Hola {MEMBER_FIRST_NAME}. En el portal, en 'Buscar un médico', puede poner la ciudad de "
      "la universidad para ver quién está en la red. Si no aparece nadie cerca, llámenos al "
      "{PHONE} y vemos las opciones para ella." + SIGN, add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "none",
      "is dr halvorsen at the northgate clinic in netwrok? want to switch to him",
      "Hi {MEMBER_FIRST_NAME}, you can check in the portal's provider search, or call {PHONE} "
      "and I'll confirm whether he is in your network before you switch." + SIGN,
      add=NET_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "I went to Sundial Dermatology on 8/19 because every in-network dermatologist I called had "
      "a four month wait and this mole was changing shape. They billed $410. Now the EOB says "
      "out of network and I'm on the hook for most of it. I did try, I have a list of the "
      "offices I phoned. Is there anything that can be done?",
      "Hi {MEMBER_FIRST_NAME}, the visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} was processed "
      "out of network: the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Because no "
      "in-network dermatologist could see you in a reasonable time, you can ask for a network "
      "exception; send us your list of offices with an appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C15("410.00", "164.00", "out_of_network", provider="Sundial Dermatology",
                date_of_service="2026-08-19"),
      mentions=["provider", "date", "amount"]),
    D("en", "single", "out_of_network", "out_of_network",
      "The Find a Doctor screen said Lakeshore Urology was in network when I booked. Now my EOB "
      "says out of network. I have a screenshot.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} was processed out of network, "
      "with a share of {MEMBER_OWES}. If our directory listed them as in network when you "
      "booked, you should pay no more than the in-network share: please send the screenshot "
      "and we'll review the claim." + SIGN,
      claim=C15("350.00", "210.00", "out_of_network", provider="Lakeshore Urology"),
      mentions=["provider"]),

    # ---- balance bills ----
    D("en", "long", "balance_bill", "balance_bill",
      "Quoting the letter from Granite Falls Hospital: \"Your insurance has paid its portion. "
      "The remaining balance of $1,860.00 is now your responsibility.\" My EOB says I owe "
      "$120.00 for that stay. They are in my network according to your website. Which number "
      "am I supposed to pay?",
      "Hi {MEMBER_FIRST_NAME}, for the stay at {PROVIDER_NAME} on {DATE_OF_SERVICE} your share "
      "is {MEMBER_OWES}; the plan paid {PLAN_PAID} of the {ALLOWED} allowed. An in-network "
      "hospital agrees not to bill you above your share, so pay only that. Send us their letter "
      "and we'll contact them." + SIGN,
      claim=C15("3100.00", "120.00", "balance_bill", provider="Granite Falls Hospital"),
      mentions=["provider", "amount"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El lab me mandó un bill por más dinero después de que ustedes pagaron, is that legal? "
      "Pensé que ya estaba todo pagado.",
      "Hola {MEMBER_FIRST_NAME}. Del análisis del {DATE_OF_SERVICE} nosotros cubrimos "
      "{PLAN_PAID}; a usted le tocan {MEMBER_OWES} y nada más si el laboratorio pertenece a "
      "la red. Envíenos una foto de esa cuenta para hablar con ellos." + SIGN,
      claim=C15("400.00", "40.00", "balance_bill", service="Laboratorio")),
    D("en", "typo", "balance_bill", "balance_bill",
      "got a bill from the surgeons asisstant for 900 after insurance, she was out of network "
      "but the hospital was in network and nobody asked me",
      "Hi {MEMBER_FIRST_NAME}, when an out-of-network clinician works at an in-network "
      "hospital and you didn't agree in advance, the No Surprises Act limits you to your "
      "in-network share, which is {MEMBER_OWES} for this claim. Don't pay the extra; send us the "
      "bill, or call the No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim=C15("1400.00", "0.00", "balance_bill", service="Surgical assistant")),
    D("en", "single", "balance_bill", "balance_bill",
      "Wonderful. The emergency doctors' group now wants $1,275 on top of what you paid. Lovely "
      "little holiday surprise. What do I do with this?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the unwelcome letter. For emergency care, doctors "
      "can't bill you beyond your in-network share, which here is {MEMBER_OWES}; the plan paid "
      "{PLAN_PAID}. Please don't pay the extra; send us the bill and we'll take it up with "
      "them." + SIGN,
      claim=C15("1900.00", "150.00", "balance_bill", service="Emergency physician")),
    D("en", "single", "balance_bill", "balance_bill",
      "Ridgeway Family Practice sent me a bill for two hundred and five dollars after your "
      "payment. They're in network. Do I pay it?",
      "Hi {MEMBER_FIRST_NAME}, for the visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} your share "
      "is {MEMBER_OWES}; the plan paid {PLAN_PAID}. As an in-network practice they can't bill "
      "you more than that, so pay only your share and send us their bill if they don't "
      "correct it." + SIGN,
      claim=C15("330.00", "25.00", "balance_bill", provider="Ridgeway Family Practice"),
      mentions=["provider"]),

    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "The ambulance from my house to Saint Brendan's was $1,640 and now they say it's out of "
      "network. I didn't exactly get to choose!",
      "Hi {MEMBER_FIRST_NAME}, I understand. For the ambulance on {DATE_OF_SERVICE} the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. Federal surprise-billing rules don't "
      "cover ground ambulances, though some states do; call {PHONE} and we can check, and you "
      "can ask the ambulance company to reduce the bill." + SIGN,
      claim=C15("1640.00", "410.00", "ambulance_ground"),
      mentions=["amount"]),
    D("es", "spanish", "ambulance", "ambulance_air",
      "Trasladaron a mi papá en helicóptero al hospital de la capital el 3 de julio. Ahora llegó "
      "una cuenta enorme de AeroVida. ¿Tenemos que pagar todo eso?",
      "Hola {MEMBER_FIRST_NAME}. No: para una ambulancia aérea, {PROVIDER_NAME} solo puede "
      "cobrarle la parte que le tocaría dentro de la red, que es {MEMBER_OWES}; el plan pagó "
      "{PLAN_PAID}. Si le cobran más, mándenos la cuenta." + SIGN,
      claim=C15("48000.00", "750.00", "ambulance_air", provider="AeroVida",
                date_of_service="2026-07-03"),
      mentions=["provider", "date"]),
    D("en", "typo", "ambulance", "none",
      "does my plan cover an ambulence if its not a emergency, like moving my mom from the "
      "hospital to rehab",
      "Hi {MEMBER_FIRST_NAME}, a non-emergency ambulance transfer can be covered when it is "
      "medically necessary, and it often needs approval first. Let me check her plan's rules; "
      "the hospital's discharge team can also arrange the request. Call {PHONE} if you'd like "
      "to go through it." + SIGN, add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "single", "ambulance", "ambulance_ground",
      "Sorry, my earlier message had the wrong date, the ambulance ride was 10/21 not 10/12. "
      "Claim number AMB-7730215. Why do I owe $380?",
      "Hi {MEMBER_FIRST_NAME}, thanks. For the ambulance on {DATE_OF_SERVICE} (claim "
      "{CLAIM_NUMBER}) the plan allowed {ALLOWED} and paid {PLAN_PAID}; your share is "
      "{MEMBER_OWES}, made up of your deductible and coinsurance for ambulance services." + SIGN,
      claim=C15("1250.00", "380.00", "ambulance_ground", date_of_service="2026-10-21",
                claim_number="AMB-7730215"),
      mentions=["date", "claim_number", "amount"]),
    D("en", "single", "ambulance", "pending",
      "WHY IS THE BILL FROM COUNTY EMS STILL PENDING. IT HAS BEEN TWO MONTHS AND THEY KEEP "
      "CALLING ME.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still "
      "being processed; ambulance claims sometimes wait on trip records. Tell them it is "
      "pending with us, and call {PHONE} if you'd like us to check what is missing." + SIGN,
      claim=C15("980.00", scenario="pending", provider="County EMS"),
      mentions=["provider"]),

    # ---- emergency care ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER visit at Bayfront General on 6/2. Why do I owe a $350 copay plus coinsurance on top?",
      "Hi {MEMBER_FIRST_NAME}, for the emergency visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} "
      "your share is {MEMBER_OWES}: the emergency room copay plus coinsurance for the tests and "
      "treatment. The plan paid {PLAN_PAID} of the {ALLOWED} allowed." + SIGN,
      claim=C15("2800.00", "520.00", "emergency_in_network", provider="Bayfront General",
                date_of_service="2026-06-02"),
      mentions=["provider", "date"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "I ended up in an out-of-town ER after a car accident. That hospital isn't in your "
      "network. Will it still be covered like in network?",
      "Hi {MEMBER_FIRST_NAME}, yes. Emergency care is covered at your in-network cost share "
      "wherever you go: for this visit your share is {MEMBER_OWES} and the plan paid "
      "{PLAN_PAID}. The hospital can't bill you beyond that; if they do, send us the bill." +
      SIGN,
      claim=C15("5200.00", "300.00", "emergency_oon")),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a emergencias el 5 de mayo por dolor de pecho y resultó ser ansiedad. ¿Igual me lo "
      "cubren aunque no era nada grave?",
      "Hola {MEMBER_FIRST_NAME}. Sí: se cubre por los síntomas que tenía, no por el diagnóstico "
      "final. En la visita del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y su parte es "
      "{MEMBER_OWES}." + SIGN,
      claim=C15("1900.00", "250.00", "emergency_in_network", date_of_service="2026-05-05"),
      mentions=["date"]),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "took my son to the ER for a broke arm and the bill says facility fee 1,100?? whats a "
      "facility fee",
      "Hi {MEMBER_FIRST_NAME}, a facility fee is what the hospital charges for use of the ER "
      "room, staff and equipment; the doctors bill apart from it. Counting that fee, we "
      "covered {PLAN_PAID} for your son's visit and {MEMBER_OWES} falls to you." + SIGN,
      claim=C15("1100.00", "200.00", "emergency_in_network", service="Emergency room visit"),
      mentions=["amount"]),
    D("en", "long", "emergency_care", "emergency_in_network",
      "Forwarded from my wife's phone, she wrote: 'hey the ER bill from Lakeview came, can you "
      "ask insurance why it's so high'. So I'm asking. She went in with a migraine that wouldn't "
      "stop back in the summer, they did a scan and gave her fluids, she was there maybe five "
      "hours. We both thought emergency visits had a flat copay.",
      "Hi {MEMBER_FIRST_NAME}, for her emergency visit on {DATE_OF_SERVICE} the plan paid "
      "{PLAN_PAID} and her share is {MEMBER_OWES}. The ER copay covers the visit, and the scan "
      "and other treatment add coinsurance, which is why it is more than the copay." + SIGN,
      claim=C15("3400.00", "640.00", "emergency_in_network", provider="Lakeview Hospital")),
    D("en", "single", "emergency_care", "none",
      "Do I need to call you before I go to the emergency room? My last insurance made me.",
      "Hi {MEMBER_FIRST_NAME}, no. Emergency care never needs approval from us first: go "
      "to the nearest emergency room, or call 911 if it is serious. You can let us know "
      "afterwards." + SIGN),
    D("en", "single", "emergency_care", "none",
      "IS URGENT CARE CHEAPER THAN THE ER FOR A SPRAINED ANKLE? ASKING BEFORE I GO.",
      "Hi {MEMBER_FIRST_NAME}, for a sprain that isn't severe, an in-network urgent care "
      "usually costs you much less than the emergency room. If the ankle looks deformed or you "
      "can't put any weight on it, go to the ER. Your costs for each are in the {PLAN_NAME} "
      "benefits summary." + SIGN),

    D("en", "single", "emergency_care", "emergency_oon",
      "The EOB for my ER trip to Riverside Mercy on Aug 30 says it was paid at in-network "
      "rates, but they're not in my network. Is that a mistake I'll get a bill for later?",
      "Hi {MEMBER_FIRST_NAME}, it isn't a mistake. Emergency care is paid at your in-network "
      "cost share even at an out-of-network hospital, so for the visit at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} your share is {MEMBER_OWES}. They can't bill you more than that for "
      "the emergency care; send us any bill above it." + SIGN,
      claim=C15("4100.00", "350.00", "emergency_oon", provider="Riverside Mercy",
                date_of_service="2026-08-30"),
      mentions=["provider", "date"]),

    # ---- duplicate charges ----
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see the same dermatologist visit from 9/3 twice in the portal, both 'in process'. Am I "
      "going to be charged twice?",
      "Hi {MEMBER_FIRST_NAME}, the visit on {DATE_OF_SERVICE} was sent to us twice and both are "
      "still being processed. Only one can be paid for the same visit, so you won't pay twice; "
      "the EOB will show the result." + SIGN,
      claim=C15("190.00", scenario="duplicate_submitted", date_of_service="2026-09-03",
                service="Dermatology visit"),
      mentions=["date"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "Me llegó un EOB que dice 'reclamo duplicado' para la consulta en Clínica Horizonte. ¿Eso "
      "quiere decir que no me la cubren?",
      "Hola {MEMBER_FIRST_NAME}. No: significa que la clínica mandó la misma consulta dos "
      "veces y la segunda copia se rechazó ({DENIAL_REASON}). La primera se procesa por "
      "separado; usted no paga dos veces." + SIGN,
      claim=C15("150.00", scenario="denied:18", provider="Clínica Horizonte"),
      mentions=["provider"]),
    D("en", "typo", "duplicate_charge", "pharmacy",
      "pharmacy ran my card twice for the same insulin, two charges of 35 on my bank statment",
      "Hi {MEMBER_FIRST_NAME}, our record shows one fill on {DATE_OF_SERVICE} with a share of "
      "{MEMBER_OWES}. If your card was charged twice, ask the pharmacy to refund the second "
      "charge; they can see it at the register." + SIGN,
      claim=C15("180.00", "35.00", "pharmacy", service="Insulin"),
      mentions=["amount"]),
    D("en", "single", "duplicate_charge", "paid",
      "Two charges from Oakridge Pediatrics:\n- $64.00 on 10/7\n- $64.00 on 10/7\nSame kid, same "
      "day, one visit.",
      "Hi {MEMBER_FIRST_NAME}, we have one claim from {PROVIDER_NAME} for {DATE_OF_SERVICE}, with "
      "a share of {MEMBER_OWES}. Pay that once, and ask the office to remove the second "
      "charge; if they don't, call {PHONE}." + SIGN,
      claim=C15("160.00", "64.00", provider="Oakridge Pediatrics", date_of_service="2026-10-07"),
      mentions=["provider", "date", "amount"]),
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "Apparently I had the same MRI twice on the same day. Impressive, since I only remember "
      "lying in that tube once. Could someone look?",
      "Hi {MEMBER_FIRST_NAME}, fair point. The MRI claim for {DATE_OF_SERVICE} reached us twice "
      "and both copies are still being processed; only one will be paid, and you won't owe "
      "for two." + SIGN,
      claim=C15("1600.00", scenario="duplicate_submitted", service="MRI")),
]
