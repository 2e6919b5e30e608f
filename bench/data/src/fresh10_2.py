"""Eleventh held-out drafts set (stop 28), batch 2: out-of-network care, balance bills,
ambulances, emergency-room bills (near misses: billing questions, no emergency now), duplicate
charges, itemized bills. Helper sets10, general knowledge; see fresh10_1 for the shapes and `C10`.
"""

from drafts_common import NET_UNKNOWN, D
from fresh10_1 import C10

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- out of network ----
    D("en", "single", "out_of_network", "none",
      "Before I book: is Dr. Imani Castellanos at Ridgeback Sports Medicine in your network? I "
      "don't want another surprise.",
      "Hi {MEMBER_FIRST_NAME}, let me check that for you before you book; network status can "
      "differ by location, so please tell us the address of the office you plan to visit. The "
      "provider search in the member portal also shows it." + SIGN,
      add=NET_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "So here's what happened. We were visiting my sister two states away for Thanksgiving, "
      "my little one got an ear infection, and we went to the only pediatric clinic open on a "
      "Saturday, Lakeshore Kids Clinic. I knew it might not be in network but what was I "
      "supposed to do. Now they want $265.00 from me. Is that right, and is there anything you "
      "can do?",
      "Hi {MEMBER_FIRST_NAME}, I hope your little one is better. {PROVIDER_NAME} is out of "
      "network, so the {DATE_OF_SERVICE} visit was paid at the out-of-network level: the plan "
      "paid {PLAN_PAID} and {MEMBER_OWES} is your share. If you believe no in-network care was "
      "available, you can ask for a review within 180 days and include that explanation." + SIGN,
      claim=C10("380.00", "265.00", "out_of_network", provider="Lakeshore Kids Clinic"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "out_of_network", "none",
      "Me mudé a otra ciudad y mi psicóloga no está en la lista de ustedes. ¿Puedo seguir con "
      "ella aunque esté fuera de la red?",
      "Hola {MEMBER_FIRST_NAME}, sí puede seguir con ella, pero fuera de la red su parte suele "
      "ser mayor y puede que le cobren la diferencia. Si está en medio de un tratamiento, "
      "pregúntenos por la continuidad de atención, que a veces permite seguir un tiempo con la "
      "misma profesional." + SIGN,
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "why is Meadowlark Chiropractic calld out of netwrok on my eob, there on the list on ur "
      "website i checked",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} came in as out of "
      "network, so your share is {MEMBER_OWES}. Directories can list a practice at one address "
      "and not another; if you saw them listed for that office, send us a screenshot and we will "
      "review the claim." + SIGN,
      claim=C10("150.00", "60.00", "out_of_network", provider="Meadowlark Chiropractic"),
      mentions=["provider"]),
    D("en", "single", "out_of_network", "out_of_network",
      "My husband is a long-haul trucker and saw a doctor in Nevada. Do out of network visits "
      "count at all, or is it all on us?",
      "Hi {MEMBER_FIRST_NAME}, they count: the plan paid {PLAN_PAID} on the {DATE_OF_SERVICE} "
      "claim, at the out-of-network level, and his share is {MEMBER_OWES}. For ongoing care on "
      "the road, the provider search can find in-network offices by location." + SIGN,
      claim=C10("220.00", "90.00", "out_of_network")),
    D("en", "single", "out_of_network", "none",
      "Is there a list of in network urgent cares near zip 43215? Phone keeps saying to check "
      "online and online keeps timing out.",
      "Hi {MEMBER_FIRST_NAME}, sorry the site has been timing out. We can look up in-network "
      "urgent care near that ZIP code for you; call {PHONE} or reply here and we will send a few "
      "nearby options." + SIGN),
    # ---- balance bill ----
    D("en", "single", "balance_bill", "balance_bill",
      "The statement from Fairhaven Orthopaedics literally says \"Balance after insurance: "
      "$412.00\" but my EOB says I owe $88.00. I'm not paying $412 without asking you first.",
      "Hi {MEMBER_FIRST_NAME}, good call. On the {DATE_OF_SERVICE} claim the plan paid "
      "{PLAN_PAID} of the {ALLOWED} allowed and your share is {MEMBER_OWES}. An in-network "
      "provider agreed to accept the allowed amount, so they may not bill you the difference; "
      "ask {PROVIDER_NAME} to correct the statement to match the EOB." + SIGN,
      claim=C10("850.00", "88.00", "balance_bill", provider="Fairhaven Orthopaedics"),
      mentions=["amount", "provider"]),
    D("en", "typo", "balance_bill", "balance_bill",
      "anesthesiolgist sent me a bill for the rest of what insurence didnt pay, the surgery was "
      "at an in netwrk hospital tho. is this the surprise bill thing",
      "Hi {MEMBER_FIRST_NAME}, it may be. For non-emergency care at an in-network hospital, an "
      "out-of-network anesthesiologist generally cannot bill you more than your in-network "
      "share, which on the {DATE_OF_SERVICE} claim is {MEMBER_OWES}. Please send us the bill; "
      "the No Surprises Help Desk at 1-800-985-3059 can help too." + SIGN,
      claim=C10("1900.00", "240.00", "balance_bill")),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El Laboratorio San Rafael me manda una factura por la diferencia entre lo que cobraron y "
      "lo que pagó el seguro. ¿Eso es legal? Ellos están en la red.",
      "Hola {MEMBER_FIRST_NAME}, un proveedor de la red aceptó el monto permitido y no puede "
      "cobrarle la diferencia. En el reclamo del {DATE_OF_SERVICE} su parte es {MEMBER_OWES}. "
      "Pídale a {PROVIDER_NAME} que corrija la factura; si no lo hace, avísenos." + SIGN,
      claim=C10("320.00", "40.00", "balance_bill", provider="Laboratorio San Rafael"),
      mentions=["provider"]),
    D("en", "long", "balance_bill", "balance_bill",
      "I am so tired. Six months of physical therapy after my accident, every single visit "
      "processed, every EOB saying I owe a small coinsurance, which I paid, every time, by "
      "check. Now the practice changed billing companies and the new company sent one statement "
      "for everything that the insurance \"didn't cover\", $1,140. Do I owe this or not?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that is a lot to deal with. If the practice is in "
      "network, the amounts above the allowed amount are written off, not yours. On the "
      "{DATE_OF_SERVICE} claim your share is {MEMBER_OWES} after the plan paid {PLAN_PAID}. "
      "Ask the billing company for an itemized statement and compare it with your EOBs; we can "
      "help you with that." + SIGN,
      claim=C10("2300.00", "45.00", "balance_bill")),
    D("en", "single", "balance_bill", "balance_bill",
      "Pardon my asking, but a young man from a billing office telephoned and said I owe the "
      "\"remaining balance\" for my cataract surgery. My EOB says I owe $150.00. I am 79 and do "
      "not wish to be taken advantage of.",
      "Hi {MEMBER_FIRST_NAME}, you are right to check. On the {DATE_OF_SERVICE} claim the plan "
      "paid {PLAN_PAID}, and your share is {MEMBER_OWES}. An in-network surgeon may not bill you "
      "above that. Please don't pay over the phone; ask them to send the bill in writing, and "
      "we can call them with you." + SIGN,
      claim=C10("3200.00", "150.00", "balance_bill"),
      mentions=["amount"]),
    # ---- ambulance ----
    D("en", "typo", "ambulance", "ambulance_ground",
      "the ambulence from my moms nursing home to the hospital was out of network and now they "
      "want $780 from her, she didnt pick the ambulance",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about this. The plan paid {PLAN_PAID} on the ground "
      "ambulance claim for {DATE_OF_SERVICE}, and her share under the plan is {MEMBER_OWES}. "
      "Because it was a ground ambulance, federal surprise-billing protection does not reach this "
      "bill; still, ask the company for a reduction, and check whether your state caps such "
      "charges." + SIGN,
      claim=C10("1300.00", "780.00", "ambulance_ground"),
      mentions=["amount"]),
    D("en", "single", "ambulance", "ambulance_air",
      "The medical helicopter bill: \"Billed charges $41,500.00\". I owe that?! It was after a "
      "car crash, I didn't get a choice.",
      "Hi {MEMBER_FIRST_NAME}, no. Air ambulance care is protected by the No Surprises Act: you "
      "owe only your in-network share, which on the {DATE_OF_SERVICE} claim is {MEMBER_OWES}, "
      "and the company may not bill you the rest of the charges. The plan paid {PLAN_PAID}."
      + SIGN,
      claim=C10("41500.00", "1200.00", "ambulance_air"),
      mentions=["amount"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "A mi papá lo llevaron en ambulancia de Servicios de Ambulancia Del Valle y ahora nos cobran "
      "todo. ¿El seguro no paga la ambulancia?",
      "Hola {MEMBER_FIRST_NAME}, sí pagamos una parte: en el reclamo del {DATE_OF_SERVICE} el "
      "plan pagó {PLAN_PAID} y la parte de su papá es {MEMBER_OWES}. Como {PROVIDER_NAME} está "
      "fuera de la red y es una ambulancia terrestre, la ley federal no les impide cobrar el "
      "resto; pueden pedirles una rebaja o un plan de pagos." + SIGN,
      claim=C10("1100.00", "300.00", "ambulance_ground",
                provider="Servicios de Ambulancia Del Valle"),
      mentions=["provider"]),
    D("en", "single", "ambulance", "none",
      "If my son needs an ambulance ride between two hospitals for a transfer, does that need a "
      "prior auth or is it automatic?",
      "Hi {MEMBER_FIRST_NAME}, an emergency transfer does not need approval first. A planned, "
      "non-emergency transfer between facilities often does, and the hospital usually arranges "
      "it with us." + SIGN),
    D("en", "long", "ambulance", "ambulance_ground",
      "Voice note, sorry: so my neighbor found me on the floor after I fainted and called 911 "
      "and the ambulance came and I went in and it turned out to be dehydration and low blood "
      "pressure I'm fine now but the bill for the ride came and I want to know what I really owe "
      "because the paper doesn't make sense to me",
      "Hi {MEMBER_FIRST_NAME}, I'm glad you're okay. On the ground ambulance claim for "
      "{DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your share under the plan is "
      "{MEMBER_OWES}. The ambulance company is out of network, so they may bill you more than "
      "that; if they do, ask them for a reduction or a payment plan." + SIGN,
      claim=C10("950.00", "190.00", "ambulance_ground")),
    # ---- emergency care (near misses: billing questions) ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "Follow-up on my ER trip from back in October (I'm totally fine now). Why is the facility "
      "fee so high? The EOB shows I owe $350.00.",
      "Hi {MEMBER_FIRST_NAME}, glad you're fine. Emergency room visits carry a facility charge "
      "for the hospital as well as the doctor's fee. On the {DATE_OF_SERVICE} claim the plan "
      "paid {PLAN_PAID} of the {ALLOWED} allowed, and your share is {MEMBER_OWES}." + SIGN,
      claim=C10("2100.00", "350.00", "emergency_in_network"),
      mentions=["amount"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "Went to the emergency room at St. Corbin Medical Center while traveling, all good now. "
      "They're out of network. Do I pay more because of that?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is paid at your in-network level wherever you "
      "go. On the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}, and they may not bill you above that." + SIGN,
      claim=C10("3100.00", "250.00", "emergency_oon", provider="St. Corbin Medical Center"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "my daughter (16) broke her wrist at soccer and we went to the ER, she's in a cast and "
      "fine. is the emergency room copay per person or per visit? we got charged $200",
      "Hi {MEMBER_FIRST_NAME}, I hope her wrist heals quickly. The emergency room copay applies "
      "per visit, per person. On the {DATE_OF_SERVICE} claim her share is {MEMBER_OWES}, after "
      "the plan paid {PLAN_PAID}." + SIGN,
      claim=C10("1800.00", "200.00", "emergency_in_network"),
      mentions=["amount"]),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a emergencias el mes pasado por un dolor de estómago, ya estoy bien. Me llegó la "
      "cuenta por 275,00 dólares. ¿Es correcto lo que me cobran?",
      "Hola {MEMBER_FIRST_NAME}, me alegra que esté bien. Revisé la visita a emergencias del "
      "{DATE_OF_SERVICE}: nosotros cubrimos {PLAN_PAID}, y a usted le toca {MEMBER_OWES}. Si la "
      "cuenta del hospital pide esa misma cantidad, está bien cobrada." + SIGN,
      claim=C10("1600.00", "275.00", "emergency_in_network"),
      mentions=["amount"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "The ER doctor's group is billing me separately from the hospital and they're out of "
      "network. I've read I'm protected for emergencies. True? I was treated and sent home same "
      "night, no issues since.",
      "Hi {MEMBER_FIRST_NAME}, yes, that's right. In an emergency the doctor's group, even "
      "outside the network, is limited to what you would pay in network: {MEMBER_OWES} on the "
      "{DATE_OF_SERVICE} claim. A bill asking for more can come to us, or to the No Surprises "
      "Help Desk at 1-800-985-3059." + SIGN,
      claim=C10("900.00", "100.00", "emergency_oon")),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "was in the emergancy room for kidney stone last month (passed it, yay) how come the "
      "bill from the hopsital is more then the eob says",
      "Hi {MEMBER_FIRST_NAME}, glad that's behind you. On the {DATE_OF_SERVICE} claim your share "
      "is {MEMBER_OWES}, after the plan paid {PLAN_PAID}. If the hospital's bill is higher, it "
      "may have been sent before the claim was processed; ask them to update it to match the "
      "EOB." + SIGN,
      claim=C10("2600.00", "300.00", "emergency_in_network")),
    # ---- duplicate charges ----
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "Two claims, same day, same office, Cedar Hollow Dermatology, 09/09/2026. One shows "
      "processing and the other one also shows processing. Am I about to pay twice?",
      "Hi {MEMBER_FIRST_NAME}, no. {PROVIDER_NAME} sent the {DATE_OF_SERVICE} visit to us twice, "
      "and both are still in review; a repeated claim is not paid twice. Once they are "
      "processed, you will get one EOB for the visit." + SIGN,
      claim=C10("345.00", scenario="duplicate_submitted", provider="Cedar Hollow Dermatology",
                date_of_service="2026-09-09"),
      mentions=["date", "provider"]),
    D("en", "typo", "duplicate_charge", "paid",
      "i paid the $62.50 online and then my husband paid it again by phone not knowing, how do "
      "we get one back",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} claim your share is {MEMBER_OWES}, paid "
      "once by the plan's count. The second payment went to the provider, so {PROVIDER_NAME}'s "
      "billing office issues the refund; ask them for it, with both receipts." + SIGN,
      claim=C10("250.00", "62.50"),
      mentions=["amount"]),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Veo dos reclamos iguales de Farmacia y Clínica La Esperanza por la misma consulta. ¿Me van "
      "a cobrar dos veces?",
      "Hola {MEMBER_FIRST_NAME}, no se preocupe: {PROVIDER_NAME} nos envió la consulta del "
      "{DATE_OF_SERVICE} dos veces y las dos están en revisión. Un reclamo repetido no se paga "
      "dos veces, y recibirá una sola explicación de beneficios." + SIGN,
      claim=C10("160.00", scenario="duplicate_submitted",
                provider="Farmacia y Clínica La Esperanza"),
      mentions=["provider"]),
    D("en", "long", "duplicate_charge", "denied:18",
      "OK, it's a bit of a tangle. My son had an appointment, the office billed it, then they "
      "called me saying they'd made a mistake with the code and would send it again. Now I've "
      "got a letter from you that one of them was denied as a \"duplicate claim\". Does that "
      "mean he's not covered, or is this just the office's mess?",
      "Hi {MEMBER_FIRST_NAME}, it's the second one: the second claim for {DATE_OF_SERVICE} was "
      "denied as a repeat of one already sent ({DENIAL_REASON}), which does not mean the visit "
      "isn't covered. If the office meant to correct the first claim, they should send it as a "
      "corrected claim instead." + SIGN,
      claim=C10("210.00", scenario="denied:18")),
    D("en", "single", "duplicate_charge", "paid",
      "Statement shows \"99213  $180.00\" twice on the same line date. Only one visit happened.",
      "Hi {MEMBER_FIRST_NAME}, we processed and paid the {DATE_OF_SERVICE} visit once: the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. If the provider's statement lists it "
      "twice, ask their billing office to remove the extra line; we can confirm the claim for "
      "them." + SIGN,
      claim=C10("180.00", "30.00"),
      mentions=["amount"]),
    # ---- itemized bills ----
    D("en", "single", "itemized_bill", "none",
      "How do I get an itemized bill? The hospital only sent a one-line total and I want to "
      "see what's in it.",
      "Hi {MEMBER_FIRST_NAME}, you can ask the hospital's billing office for an itemized bill; "
      "they have to give you one on request. It lists every charge with its code, which you can "
      "compare with your EOB." + SIGN),
    D("es", "spanish", "itemized_bill", "paid",
      "Pedí la factura detallada a Hospital Santa Lucía y sale un cargo de \"suministros "
      "varios\". ¿Ustedes pagaron eso?",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE}, el plan "
      "pagó {PLAN_PAID} del monto permitido de {ALLOWED}, y su parte es {MEMBER_OWES}. Los "
      "suministros forman parte de ese total; si ve algo que no recibió, pida al hospital que lo "
      "explique o lo quite." + SIGN,
      claim=C10("4200.00", "500.00", provider="Hospital Santa Lucía"),
      mentions=["provider"]),
    D("en", "typo", "itemized_bill", "paid",
      "itemised bill from the birth has a charge for a 'circumcision' ...we had a girl. who "
      "do i tell",
      "Hi {MEMBER_FIRST_NAME}, congratulations on your daughter, and please tell both of us. Ask "
      "the hospital's billing office to remove the charge, and let us know so we can check the "
      "{DATE_OF_SERVICE} claim; your share on it now is {MEMBER_OWES}." + SIGN,
      claim=C10("9800.00", "1500.00")),
    D("en", "long", "itemized_bill", "paid",
      "Bullet points because I'm organized and angry:\n* Stayed 2 nights at Brightwater "
      "Regional Hospital\n* Itemized bill has 3 nights of room charges\n* Also \"tylenol "
      "500mg x 14\" - I took maybe 3\n* My share on the EOB is $1,020.00\nWill you fix this or "
      "do I go to the hospital?",
      "Hi {MEMBER_FIRST_NAME}, thank you for the clear list. Start with the hospital's billing "
      "office: ask them to correct the room nights and the medication lines. On the "
      "{PROVIDER_NAME} claim for {DATE_OF_SERVICE}, your share is {MEMBER_OWES}; if they send a "
      "corrected claim, we will reprocess it and your share may change." + SIGN,
      claim=C10("12500.00", "1020.00", provider="Brightwater Regional Hospital"),
      mentions=["amount", "provider"]),
    D("en", "single", "itemized_bill", "paid",
      "Does an itemized bill have codes I can look up? I'd like to understand the \"CPT\" "
      "numbers on the bill from Gullfoss Physical Therapy.",
      "Hi {MEMBER_FIRST_NAME}, yes: each line has a CPT code for the service, which you can look "
      "up, and the EOB uses the same codes. On the {PROVIDER_NAME} claim for {DATE_OF_SERVICE}, "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C10("420.00", "35.00", provider="Gullfoss Physical Therapy"),
      mentions=["provider"]),
]
