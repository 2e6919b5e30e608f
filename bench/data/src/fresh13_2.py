"""Fourteenth held-out drafts set (stop 31), batch 2: out-of-network care, balance bills,
ambulances, emergency care (with near-miss ER billing questions that are not emergencies),
duplicate charges and itemized bills. Shapes as in batch 1 (SMS threads, Spanglish, caregivers,
interpreters, dictated punctuation, EOB rows and codes, lists, quoted agent replies, autocorrect
slips, emoji, rambling, hypotheticals, misused terms, first-week members, life events).
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh13_common import SIGN, C13

ITEMS = [
    # ---- out of network ----
    D("en", "single", "out_of_network", "out_of_network",
      "We just moved from Ohio to Colorado and I saw a new allergist, Aspenglow Allergy & "
      "Asthma. The bill is way more than back home. Is it because they're not in your "
      "network out here?",
      "Hi {MEMBER_FIRST_NAME}, welcome to Colorado. Yes: {PROVIDER_NAME} is out of network, "
      "so the {DATE_OF_SERVICE} visit was paid at the out-of-network level. The plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. I can send you in-network allergists near "
      "your new address." + SIGN,
      claim=C13("450.00", "210.00", "out_of_network",
                provider="Aspenglow Allergy & Asthma"),
      mentions=["provider"]),
    D("en", "typo", "out_of_network", "none",
      "Is doctor Okonjo in net work? My sister said he's grate and I'm new to the plan this "
      "week, don't want a surprise",
      "Hi {MEMBER_FIRST_NAME}, welcome aboard. I'll check whether Dr. Okonjo is in network "
      "for {PLAN_NAME} and reply here; the provider search in the portal shows it too. "
      "Seeing an in-network doctor keeps your costs lowest." + SIGN,
      drop=NET_UNKNOWN),
    D("es", "spanish", "out_of_network", "out_of_network",
      "Mi hijo tiene autismo y tiene 23 años. La terapeuta que le funciona, Clínica Senderos "
      "del Río, no está en la red. ¿Hay alguna forma de que paguen más?",
      "Hola {MEMBER_FIRST_NAME}, entiendo lo importante que es para él. {PROVIDER_NAME} está "
      "fuera de la red: en la sesión del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y a "
      "usted le tocó {MEMBER_OWES}. Si no hay terapeutas con esa especialidad en la red "
      "cerca de ustedes, puede pedir una excepción para que se pague como dentro de la red; "
      "le explico cómo." + SIGN,
      claim=C13("200.00", "110.00", "out_of_network", provider="Clínica Senderos del Río"),
      mentions=["provider"]),
    D("en", "long", "out_of_network", "none",
      "Long story, sorry. My partner and I split up in the summer and I moved back to my "
      "home state, and I kept my coverage through my own job, which is with you. I have a "
      "therapist I've been seeing on video since before the move. She is licensed in the old "
      "state and I think she's in your network there. Now that I live somewhere else, is she "
      "still in network for me or not?",
      "Hi {MEMBER_FIRST_NAME}, thanks for explaining. Network status depends on the "
      "provider's contract and where she's licensed to see you, not only where you live. "
      "Tell me her name and I'll check whether she's in network for {PLAN_NAME} for video "
      "visits in your new state." + SIGN,
      drop=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "you said to me on the 3rd: \"Stonebridge Anesthesia is out of network for your "
      "plan.\" ok but I had no choice who put me to sleep?? what now",
      "Hi {MEMBER_FIRST_NAME}, you're right that you couldn't choose. {PROVIDER_NAME} is out "
      "of network; for the {DATE_OF_SERVICE} claim the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}. If the surgery was at an in-network facility, you should only owe "
      "what you would in network; I'll ask for the claim to be reviewed that way." + SIGN,
      claim=C13("1800.00", "700.00", "out_of_network", provider="Stonebridge Anesthesia"),
      mentions=["provider"]),
    # ---- balance bill ----
    D("en", "single", "balance_bill", "balance_bill",
      "Got a 'balance due' from Redfern Spine Surgeons after you already paid them. The "
      "letter says I owe the difference between what they charge and what insurance paid. "
      "Is that legal?",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} claim from {PROVIDER_NAME}, the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}; your share on the EOB is {MEMBER_OWES}. "
      "Whether they can bill you the rest depends on their network status and where the "
      "care happened; please hold off paying while I check." + SIGN,
      claim=C13("3200.00", "400.00", "balance_bill", provider="Redfern Spine Surgeons"),
      mentions=["provider"]),
    D("en", "typo", "balance_bill", "balance_bill",
      "the assistant surgeon from Calloway Surgical Assists sent me a bill for $1,250 even "
      "tho the hospital was in network. i thought surprise bills were band now?",
      "Hi {MEMBER_FIRST_NAME}, you may well be protected. For an in-network hospital, an "
      "out-of-network assistant surgeon usually can't bill you more than your in-network "
      "share. For the {DATE_OF_SERVICE} claim from {PROVIDER_NAME}, your share on the EOB is "
      "{MEMBER_OWES}. Please don't pay the {BILLED} bill yet; I'll look into it." + SIGN,
      claim=C13("1250.00", "90.00", "balance_bill", provider="Calloway Surgical Assists"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El laboratorio Analíticos Del Norte me manda una cuenta por la diferencia que el "
      "seguro no pagó. Yo fui a un hospital de la red. ¿Tengo que pagarla?",
      "Hola {MEMBER_FIRST_NAME}, por ahora no la pague. En la reclamación del "
      "{DATE_OF_SERVICE} de {PROVIDER_NAME}, su parte según la explicación de beneficios es "
      "{MEMBER_OWES}. Si el laboratorio trabajó dentro de un hospital de la red, "
      "normalmente no puede cobrarle la diferencia; lo voy a revisar." + SIGN,
      claim=C13("610.00", "45.00", "balance_bill", provider="Analíticos Del Norte"),
      mentions=["provider"]),
    D("en", "long", "balance_bill", "balance_bill",
      "I'll try to keep this short but it isn't. My dad is 91 and lives with us. He had a "
      "fall in the spring, went to the hospital, all in network, we checked. Months later a "
      "letter from Glenmoor Hospitalist Group shows up saying he owes the 'remaining "
      "balance'. He doesn't understand, he's upset, he keeps asking if he's going to lose the "
      "house. Can they do that to him or not?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this is frightening him. For the {DATE_OF_SERVICE} "
      "claim from {PROVIDER_NAME}, the plan paid {PLAN_PAID} and his share on the EOB is "
      "{MEMBER_OWES}. A hospitalist at an in-network hospital generally can't bill him more "
      "than that, so please don't pay the remaining balance; I'll look into it and reply "
      "here." + SIGN,
      claim=C13("940.00", "60.00", "balance_bill", provider="Glenmoor Hospitalist Group"),
      mentions=["provider"]),
    D("en", "single", "balance_bill", "none",
      "Hypothetical: say I end up at a non-network urgent care while traveling. Are they "
      "allowed to charge me the leftover amount the plan won't cover?",
      "Hi {MEMBER_FIRST_NAME}, an out-of-network urgent care can usually bill you the "
      "difference between its charge and what the plan allows, unless it's an emergency. To "
      "avoid that, pick an in-network urgent care; the portal search works anywhere in the "
      "country, and I can help you find one near where you'll be." + SIGN),
    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "Ambulance bill from Tri-County EMS for taking my mom with dementia to the hospital "
      "after she wandered off. I called 911, I didn't get to choose. Why am I getting billed?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that must have been frightening. For the "
      "{DATE_OF_SERVICE} ride with {PROVIDER_NAME}, the plan paid {PLAN_PAID} and her share "
      "is {MEMBER_OWES}. Ground ambulances can bill more than the plan allows, so if their "
      "bill is higher than that, please tell me before paying." + SIGN,
      claim=C13("1450.00", "290.00", "ambulance_ground", provider="Tri-County EMS"),
      mentions=["provider"]),
    D("en", "typo", "ambulance", "ambulance_air",
      "The heli copter from Summit Air Medical flew my husband after his crash. Bill is "
      "$48,600. We are going to loose the house. Please tell me this is a mistake",
      "Hi {MEMBER_FIRST_NAME}, I'm so sorry about your husband's crash. For the "
      "{DATE_OF_SERVICE} air ambulance flight with {PROVIDER_NAME}, the plan paid "
      "{PLAN_PAID}, and under federal protections for air ambulances his share is "
      "{MEMBER_OWES}. Please don't pay the {BILLED} bill; I'll contact them." + SIGN,
      claim=C13("48600.00", "750.00", "ambulance_air", provider="Summit Air Medical"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "La ambulancia de Bomberos Voluntarios San Isidro llevó a mi abuela al hospital y "
      "ahora llega una factura. ¿El seguro paga la ambulancia?",
      "Hola {MEMBER_FIRST_NAME}, sí, la ambulancia está cubierta. En el traslado del "
      "{DATE_OF_SERVICE} con {PROVIDER_NAME}, el plan pagó {PLAN_PAID} y a su abuela le "
      "toca {MEMBER_OWES}. Si la factura pide más que eso, dígame antes de pagar." + SIGN,
      claim=C13("900.00", "150.00", "ambulance_ground",
                provider="Bomberos Voluntarios San Isidro"),
      mentions=["provider"]),
    D("en", "multi", "ambulance", "ambulance_ground",
      "1) is the ambulance from Lindenwood Rescue covered\n2) can I pay it in parts, money "
      "is tight since I got laid off",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the layoff. Yes, the ambulance is covered: "
      "for the {DATE_OF_SERVICE} ride with {PROVIDER_NAME}, the plan paid {PLAN_PAID} and "
      "your share is {MEMBER_OWES}. Most ambulance services offer payment plans; call the "
      "number on their bill and ask, and tell me if they won't." + SIGN,
      claim=C13("1300.00", "260.00", "ambulance_ground", provider="Lindenwood Rescue"),
      mentions=["provider"], topics=["ambulance", "payment_plan"]),
    D("en", "long", "ambulance", "ambulance_air",
      "Hi, social worker here on behalf of a client. She's 58, on your plan, and was flown "
      "by air ambulance from a rural clinic to the trauma center after a farm accident. She "
      "received a statement from Highplains LifeFlight and she is terrified of it. She has "
      "asked me to help her understand what she is responsible for.",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping her. For the {DATE_OF_SERVICE} flight "
      "with {PROVIDER_NAME}, the plan paid {PLAN_PAID}, and federal protections for air "
      "ambulances limit her share to {MEMBER_OWES}. She should not pay more than that; if "
      "the statement asks for more, send it to us." + SIGN,
      claim=C13("39000.00", "500.00", "ambulance_air", provider="Highplains LifeFlight"),
      mentions=["provider"]),
    D("en", "single", "ambulance", "none",
      "If I need an ambulance for a non-emergency transfer from the hospital to a rehab place "
      "next week, is that covered or do I pay?",
      "Hi {MEMBER_FIRST_NAME}, a non-emergency ambulance transfer can be covered when it's "
      "medically needed, and it usually needs approval first. The hospital's discharge team "
      "normally arranges it and asks us; you can ask them to confirm it's approved." + SIGN),
    # ---- emergency care ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "Took my son to the ER at Bellhaven General for stitches. Got the EOB. Is the ER "
      "copay all I owe?",
      "Hi {MEMBER_FIRST_NAME}, I hope he's healing well. For the {DATE_OF_SERVICE} emergency "
      "visit at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C13("1900.00", "200.00", "emergency_in_network", provider="Bellhaven General"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "We were on vacation and my wife needed the emergency room at Coral Strand Medical "
      "Center. It's out of network. Are we stuck with a huge bill?",
      "Hi {MEMBER_FIRST_NAME}, I hope your wife is better. Emergency care is covered at the "
      "in-network level even at an out-of-network hospital. For the {DATE_OF_SERVICE} visit "
      "at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; they "
      "can't bill you more than that." + SIGN,
      claim=C13("4200.00", "250.00", "emergency_oon", provider="Coral Strand Medical Center"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "none",
      "Just curious, what's my ER copay? Not an emergency right now, just planning ahead "
      "with two toddlers 😅",
      "Hi {MEMBER_FIRST_NAME}, good idea to know ahead. Your {PLAN_NAME} summary lists the "
      "emergency room copay; I can confirm it for you. It's the same at any hospital for a "
      "real emergency, and the nurse line at {PHONE} can help you decide when it's not "
      "clear." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER bill from Pembrook Regional from when I turned 65 and was still figuring out "
      "Medicare. Did your plan or Medicare pay this?",
      "Hi {MEMBER_FIRST_NAME}, our plan processed the {DATE_OF_SERVICE} emergency visit at "
      "{PROVIDER_NAME}: it paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C13("2600.00", "120.00", "emergency_in_network", provider="Pembrook Regional"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "the emergency dept at St. Aldric Hospital charged a 'facility fee' on top of my "
      "copay. you told me last time \"ER visits are a flat copay\". which is it",
      "Hi {MEMBER_FIRST_NAME}, sorry for the confusion. For the {DATE_OF_SERVICE} emergency "
      "visit at {PROVIDER_NAME}, the facility fee is part of the claim: the plan paid "
      "{PLAN_PAID}, and your share for the whole visit is {MEMBER_OWES}." + SIGN,
      claim=C13("3100.00", "300.00", "emergency_in_network", provider="St. Aldric Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "emergency_care", "emergency_oon",
      "Fui a emergencias en otro estado, Hospital Santa Lucía, porque me dio una infección "
      "fuerte. No es de la red. ¿Cuánto me toca?",
      "Hola {MEMBER_FIRST_NAME}, espero que ya esté mejor. Las emergencias se cubren como "
      "dentro de la red aunque el hospital no lo sea. En la visita del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME}, el plan pagó {PLAN_PAID} y a usted le toca {MEMBER_OWES}." + SIGN,
      claim=C13("2800.00", "250.00", "emergency_oon", provider="Hospital Santa Lucía"),
      mentions=["provider"]),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "Went to the emergency room at Ashgrove Memorial for chest pains, turned out to be "
      "anxiety tanks god. Did they bill the right amount? I'm never sure reading these",
      "Hi {MEMBER_FIRST_NAME}, I'm glad it wasn't your heart. For the {DATE_OF_SERVICE} "
      "emergency visit at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}; a bill from them should match that." + SIGN,
      claim=C13("3400.00", "250.00", "emergency_in_network", provider="Ashgrove Memorial"),
      mentions=["provider"]),
    # ---- duplicate charge ----
    D("en", "single", "duplicate_charge", "denied:18",
      "I see two lines for the same x-ray from Kestrel Point Radiology, same day, one says "
      "denied. Am I being charged twice?",
      "Hi {MEMBER_FIRST_NAME}, no. The second line for the {DATE_OF_SERVICE} x-ray at "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}: it was a repeat of a claim "
      "already processed. You don't owe anything for that line." + SIGN,
      claim=C13("210.00", scenario="denied:18", provider="Kestrel Point Radiology"),
      mentions=["provider"]),
    D("en", "typo", "duplicate_charge", "duplicate_submitted",
      "Maplestone Pediatrics built me twice for the same well child visit. Can you make "
      "sure you only pay once? I don't want to get charged double",
      "Hi {MEMBER_FIRST_NAME}, thanks for flagging it. The {DATE_OF_SERVICE} visit at "
      "{PROVIDER_NAME} was sent twice and is being processed now; only one will be paid, and "
      "the repeat won't be charged to you. I'll watch it until it's done." + SIGN,
      claim=C13("240.00", scenario="duplicate_submitted", provider="Maplestone Pediatrics"),
      mentions=["provider"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "Me aparece dos veces la misma consulta de Consultorio Dra. Beltrán en el portal, una "
      "dice 'rechazada'. ¿Me van a cobrar las dos?",
      "Hola {MEMBER_FIRST_NAME}, no. La segunda línea de la consulta del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME} no se pagó porque {DENIAL_REASON}: era una copia de una reclamación ya "
      "procesada. Por esa línea no debe nada." + SIGN,
      claim=C13("150.00", scenario="denied:18", provider="Consultorio Dra. Beltrán"),
      mentions=["provider"]),
    D("en", "long", "duplicate_charge", "paid",
      "ok so bear with me. text 1: got a bill from Wrenfield Urgent Care. text 2: paid it "
      "online 🙂 text 3: got ANOTHER bill same amount a week later. text 4: they say "
      "insurance hasn't paid. text 5: but my portal says you paid? who do I believe "
      "lol",
      "Hi {MEMBER_FIRST_NAME}, your portal is right: for the {DATE_OF_SERVICE} visit at "
      "{PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share was {MEMBER_OWES}. If you "
      "already paid that, the second bill is likely a timing mix-up; ask them to apply our "
      "payment, and tell me if they still say it's missing." + SIGN,
      claim=C13("220.00", "75.00", provider="Wrenfield Urgent Care"),
      mentions=["provider"]),
    D("en", "single", "duplicate_charge", "paid",
      "My card got charged $54.00 twice by Oakhurst Dermatology for one copay. Is that on "
      "your end or theirs?",
      "Hi {MEMBER_FIRST_NAME}, that's on their side: we don't charge your card for copays. "
      "For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME}, your share is {MEMBER_OWES}, so "
      "one payment covers it; ask their billing office to refund the second charge." + SIGN,
      claim=C13("260.00", "54.00", provider="Oakhurst Dermatology"),
      mentions=["amount", "provider"]),
    # ---- itemized bill ----
    D("en", "single", "itemized_bill", "none",
      "How do I get an itemized bill? My bill just says 'hospital services' and a number.",
      "Hi {MEMBER_FIRST_NAME}, the hospital's billing office gives you an itemized bill: call "
      "the number on your statement and ask for one with each service and code listed. "
      "They have to give it to you, and I can help you compare it with your EOB." + SIGN),
    D("en", "typo", "itemized_bill", "paid",
      "Bramblewood Surgery Center wont give me an itemized bill, they keep saying the "
      "summery is enough. Can you make them?",
      "Hi {MEMBER_FIRST_NAME}, you have a right to an itemized bill. For the "
      "{DATE_OF_SERVICE} claim at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}. Ask in writing for the itemized bill; if they still refuse, tell "
      "me and I'll contact them." + SIGN,
      claim=C13("5200.00", "600.00", provider="Bramblewood Surgery Center"),
      mentions=["provider"]),
    D("es", "spanish", "itemized_bill", "none",
      "Necesito la factura detallada del hospital para mi mamá porque hay cosas que ella "
      "dice que no le hicieron. ¿Dónde la pido? Ella no habla inglés.",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la pide al departamento de facturación "
      "del hospital, al número que aparece en el estado de cuenta; pueden atenderle con "
      "intérprete. Cuando la tenga, se la comparamos con la explicación de beneficios." + SIGN),
    D("en", "multi", "itemized_bill", "paid",
      "- need itemized from Harborline Hospital\n- also they charged for 'HCPCS J1885' x3 "
      "but I only had one shot?? is that a duplicate",
      "Hi {MEMBER_FIRST_NAME}, you can ask {PROVIDER_NAME}'s billing office for an itemized "
      "bill. J1885 is a medicine billed in small units, so one shot can show as several "
      "units; the itemized bill will show it. For the {DATE_OF_SERVICE} claim your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C13("2300.00", "250.00", provider="Harborline Hospital"),
      mentions=["provider"], topics=["itemized_bill", "duplicate_charge"]),
    D("en", "long", "itemized_bill", "paid",
      "Dictated. Hi there comma I had surgery at Ferncliff Surgical Hospital in August "
      "period The bill has one line that just says miscellaneous supplies period I want to "
      "see what those were before I pay anything period new line Can you get me the "
      "itemized bill or do I ask them question mark",
      "Hi {MEMBER_FIRST_NAME}, the itemized bill comes from {PROVIDER_NAME}'s billing office, "
      "so please ask them; it will list each supply. For the {DATE_OF_SERVICE} claim the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. If something looks wrong once "
      "you have it, send it to us." + SIGN,
      claim=C13("7400.00", "900.00", provider="Ferncliff Surgical Hospital"),
      mentions=["provider"]),
]
