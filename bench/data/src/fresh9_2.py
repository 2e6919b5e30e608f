"""Tenth held-out drafts set (stop 27), batch 2: prior authorization, out-of-network care,
balance bills, ambulances, emergency-room billing (near misses, never an emergency), duplicate
charges, itemized bills. Helper sets9, general knowledge; see fresh9_1 for the shapes and `C9`.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D
from fresh9_1 import C9

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "need prior auth for a sleep study?",
      "Hi {MEMBER_FIRST_NAME}, some tests need the plan's approval before they are done, and the "
      "ordering provider is the one who requests it. Ask the office for the procedure code and "
      "we can check what {PLAN_NAME} requires at {PHONE}." + SIGN,
      add=PA_UNKNOWN),
    D("es", "spanish", "prior_authorization", "none",
      "Mi doctor dice que necesita una \"autorización previa\" para la resonancia. ¿Cuánto "
      "tarda eso?",
      "Hola {MEMBER_FIRST_NAME}, el consultorio de su doctor envía la solicitud y nosotros la "
      "revisamos. Si su doctor indica que es urgente, la decisión se toma en un máximo de 72 "
      "horas; las solicitudes normales tardan más. Puede preguntarnos por el estado al {PHONE}."
      + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "Why didn't anyone tell me the surgery at Northgate Surgical Center needed approval? Now "
      "it's denied and I'm on the hook?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "as {DENIAL_REASON} because no approval was on file. Getting that approval is normally the "
      "in-network provider's job, so ask them to request it now; you can also appeal by "
      "{APPEAL_DEADLINE}." + SIGN,
      claim=C9("8750.00", scenario="denied:197", provider="Northgate Surgical Center"),
      mentions=["provider"]),
    D("en", "typo", "prior_authorization", "none",
      "my doc's ofice says the auth for my physical therepy ran out, do i need a new one or can "
      "they just keep goin",
      "Hi {MEMBER_FIRST_NAME}, an approval covers a set number of visits or a set period. When "
      "it ends, the therapist's office asks for an extension before more visits; we can tell "
      "you what is on file at {PHONE}." + SIGN,
      add=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "I am writing on behalf of my wife, who is the primary member on our policy. Her oncologist "
      "submitted a prior authorization request last Tuesday for a medication that is part of her "
      "treatment plan, and the office tells us it is \"in review\". Her treatment schedule does "
      "not allow for a wait of several weeks. Is there a way for this request to be handled more "
      "quickly?",
      "Hi {MEMBER_FIRST_NAME}, yes: when waiting could seriously harm her health, her oncologist "
      "can ask for an expedited review, and an urgent request is decided within 72 hours. Please "
      "ask the office to mark the request as urgent; we can check its status with you at "
      "{PHONE}." + SIGN,
      add=COV_UNKNOWN),
    # ---- out of network ----
    D("en", "single", "out_of_network", "none",
      "is Sweetbay Women's Health in network",
      "Hi {MEMBER_FIRST_NAME}, let me check that in the {PLAN_NAME} provider directory; networks "
      "can differ by location, so please tell us which office you plan to visit. You can also "
      "call us at {PHONE}." + SIGN,
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "EOB: \"Network status: Out-of-network. Amount billed $980.00. Plan paid $138.00. You owe "
      "$450.00.\" This is Ashgrove Behavioral Health. I thought counseling was covered?",
      "Hi {MEMBER_FIRST_NAME}, counseling is a benefit, but {PROVIDER_NAME} is outside your "
      "plan's network, so it pays less: of the {ALLOWED} allowed for {DATE_OF_SERVICE}, the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. An in-network counselor would cost you "
      "less; we can help you find one." + SIGN,
      claim=C9("980.00", "450.00", "out_of_network", provider="Ashgrove Behavioral Health"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "out_of_network", "none",
      "Si voy a un médico que no está en la red, ¿el seguro me paga algo o nada?",
      "Hola {MEMBER_FIRST_NAME}, depende del tipo de plan: algunos pagan una parte de la atención "
      "fuera de la red, con un costo más alto para usted, y otros solo cubren emergencias fuera "
      "de la red. Con gusto le confirmamos cómo funciona {PLAN_NAME} al {PHONE}." + SIGN),
    D("en", "typo", "out_of_network", "out_of_network",
      "my husbnd saw a specialist that turnd out to be out of netowrk, Tamsworth Radiology "
      "Partners, is there anyway to get it paid at the in network rate",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} was processed "
      "as out-of-network: the plan paid {PLAN_PAID} and the share is {MEMBER_OWES}. If no "
      "in-network provider could have done this service nearby, you can appeal and ask for it "
      "to be paid at the in-network level." + SIGN,
      claim=C9("1240.00", "610.00", "out_of_network", provider="Tamsworth Radiology Partners"),
      mentions=["provider"]),
    D("en", "single", "out_of_network", "none",
      "ok and if I switch to an in-network one for the rest of the visits, do the first ones "
      "still cost me the higher rate?",
      "Hi {MEMBER_FIRST_NAME}, yes, visits you already had are processed by the network status "
      "the provider had on those dates. Visits with an in-network provider from now on get your "
      "in-network cost share." + SIGN),
    # ---- balance bills ----
    D("en", "single", "balance_bill", "balance_bill",
      "Why am I getting a bill from Windmere Surgical Associates for $1,240.00 when my EOB says "
      "I only owe $310.00?",
      "Hi {MEMBER_FIRST_NAME}, your EOB is right: on the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. An in-network "
      "provider agrees to accept the allowed amount, so please ask their billing office to "
      "correct the bill; we can help if they do not." + SIGN,
      claim=C9("2100.00", "310.00", "balance_bill", provider="Windmere Surgical Associates"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El anestesiólogo me mandó una factura aparte. La cuenta total era de 1.650,00 dólares y "
      "me cobra la diferencia, pero la operación fue en un hospital de la red. ¿Tengo que pagar "
      "eso?",
      "Hola {MEMBER_FIRST_NAME}, si el anestesiólogo está fuera de la red pero la operación fue "
      "en un hospital de la red, la Ley Federal Sin Sorpresas le protege: solo debe su parte de "
      "la red, que en este reclamo es {MEMBER_OWES}. No pague la diferencia; si insisten, llame "
      "a la línea de ayuda Sin Sorpresas al 1-800-985-3059." + SIGN,
      claim=C9("1650.00", "220.00", "balance_bill"),
      mentions=["amount"]),
    D("en", "typo", "balance_bill", "balance_bill",
      "got a bill for the differnce between what they charged and what u paid. is that even "
      "leagal??",
      "Hi {MEMBER_FIRST_NAME}, it depends on the provider. An in-network provider cannot bill "
      "you more than your share, which on the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} is "
      "{MEMBER_OWES}. Out-of-network providers may bill the difference, except for emergency "
      "care and some care at in-network facilities. Send us the bill and we will look." + SIGN),
    D("en", "long", "balance_bill", "balance_bill",
      "My dad had his hip replaced last month at a hospital that's in your network, we checked "
      "beforehand, we checked the surgeon, we did everything right. He's 74 and still walking "
      "with a cane. Now a bill came from Eastlake Surgical Associates for an assistant surgeon "
      "nobody told us about, and they want $3,400.00, and apparently they're not in network. He "
      "never picked them. Is he really supposed to pay that?",
      "Hi {MEMBER_FIRST_NAME}, no. For non-emergency care from an out-of-network clinician at an "
      "in-network hospital, the No Surprises Act limits him to his in-network cost share, which "
      "on this claim is {MEMBER_OWES}; {PROVIDER_NAME} may not bill him the rest. If they keep "
      "billing him, the No Surprises Help Desk is at 1-800-985-3059." + SIGN,
      claim=C9("3400.00", "680.00", "balance_bill", provider="Eastlake Surgical Associates"),
      mentions=["amount", "provider"]),
    D("en", "single", "balance_bill", "balance_bill",
      "Please advise whether I am responsible for the remaining balance of $265.00 billed by "
      "Orchard Hill Dermatology after your payment.",
      "Hi {MEMBER_FIRST_NAME}, thank you for asking before paying. {PROVIDER_NAME} is in network "
      "and has agreed to take {ALLOWED} as the full price for the {DATE_OF_SERVICE} visit; we "
      "covered {PLAN_PAID}, which leaves {MEMBER_OWES} for you and nothing beyond it." + SIGN,
      claim=C9("665.00", "45.00", "balance_bill", provider="Orchard Hill Dermatology"),
      mentions=["provider"]),
    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "ambulance bill $1,380.00 wth",
      "Hi {MEMBER_FIRST_NAME}, on the ambulance claim for {DATE_OF_SERVICE} the plan paid "
      "{PLAN_PAID} of the {ALLOWED} allowed and your share is {MEMBER_OWES}. Ground ambulance "
      "companies are often out of network and may bill more; you can ask them for an itemized "
      "bill and a payment arrangement, and appeal if you think it was billed wrong." + SIGN,
      claim=C9("1380.00", "552.00", "ambulance_ground"),
      mentions=["amount"]),
    D("es", "spanish", "ambulance", "ambulance_air",
      "A mi papá lo llevaron en helicóptero al hospital y ahora le cobran 48.500,00 dólares. "
      "¿Eso es legal?",
      "Hola {MEMBER_FIRST_NAME}, la ambulancia aérea está protegida por la Ley Federal Sin "
      "Sorpresas: aunque la compañía esté fuera de la red, su papá solo debe su parte de la red, "
      "que en este reclamo es {MEMBER_OWES}. No puede cobrarle el resto; si insisten, llame al "
      "1-800-985-3059." + SIGN,
      claim=C9("48500.00", "1200.00", "ambulance_air"),
      mentions=["amount"]),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence took me from one hospital to another, do i need to pay for that? they said "
      "its a transfer",
      "Hi {MEMBER_FIRST_NAME}, a transfer between hospitals by ambulance is covered when it is "
      "medically needed. On the {DATE_OF_SERVICE} claim the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}." + SIGN),
    D("en", "long", "ambulance", "ambulance_ground",
      "I fell off a ladder in October, my neighbor called 911 and Ridgeback EMS took me in. I'm "
      "fine now, some bruises and a wrist brace. But the bill from them just came and it's "
      "$2,140.00 for a ride of maybe ten minutes, and I have been reading that there's a law "
      "against surprise bills now. Why didn't my plan pay more of it?",
      "Hi {MEMBER_FIRST_NAME}, glad you are doing better. {PROVIDER_NAME} is out of network, and "
      "the plan paid {PLAN_PAID} of the {ALLOWED} allowed; your share is {MEMBER_OWES}. The "
      "federal surprise billing law covers air ambulances but not ground ambulances, so they can "
      "bill more; some states limit that, and you can ask them for a payment plan or appeal."
      + SIGN,
      claim=C9("2140.00", "856.00", "ambulance_ground", provider="Ridgeback EMS"),
      mentions=["amount", "provider"]),
    D("en", "single", "ambulance", "ambulance_air",
      "and the helicopter one from the same day, does that work the same way?",
      "Hi {MEMBER_FIRST_NAME}, no, an air ambulance is treated differently: even out of network, "
      "you owe only your in-network cost share, which on that claim is {MEMBER_OWES}, and the "
      "company may not bill you the rest." + SIGN),
    # ---- emergency care (billing near misses) ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER copay $350?? I sat in the waiting room for two hours",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the wait. On the emergency room claim for "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; the ER cost "
      "share does not depend on how long the visit took." + SIGN,
      claim=C9("2600.00", "350.00", "emergency_in_network"),
      mentions=["amount"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "Why didn't the plan pay the whole emergency room bill from Cedar Hollow Regional "
      "Hospital? I was told emergencies are always covered.",
      "Hi {MEMBER_FIRST_NAME}, it was covered as an emergency: even though {PROVIDER_NAME} is out "
      "of network, the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}, the same as "
      "in-network emergency care. The hospital may not bill you more than that." + SIGN,
      claim=C9("3200.00", "250.00", "emergency_oon", provider="Cedar Hollow Regional Hospital"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "The ER at St. Brigid's coded my visit as \"level 5\". What does that mean for my bill?",
      "Hi {MEMBER_FIRST_NAME}, ER visits are coded from level 1 to 5 by how complex the care "
      "was, and level 5 is the highest. On your {DATE_OF_SERVICE} claim the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}; if the level looks wrong, you can ask the "
      "hospital for an itemized bill." + SIGN),
    D("en", "single", "emergency_care", "emergency_oon",
      "Went to the ER while visiting my sister in another state, and that hospital isn't in your "
      "network. Am I about to get hit with a huge bill?",
      "Hi {MEMBER_FIRST_NAME}, emergency care is covered at any hospital at your in-network cost "
      "share. On the {DATE_OF_SERVICE} claim your share is {MEMBER_OWES}, and the hospital may "
      "not bill you beyond that for the emergency care." + SIGN),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a la sala de emergencias el 3 de octubre y me cobraron 275,00 dólares. ¿Está bien eso?",
      "Hola {MEMBER_FIRST_NAME}, sí: en el reclamo de emergencia del {DATE_OF_SERVICE} el plan "
      "pagó {PLAN_PAID} y su parte es {MEMBER_OWES}, que corresponde a su costo compartido de "
      "emergencias." + SIGN,
      claim=C9("1900.00", "275.00", "emergency_in_network", date_of_service="2026-10-03"),
      mentions=["date", "amount"]),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "er vist for my sons broken arm, bill came and its way more then urgent care wouldve been. "
      "why",
      "Hi {MEMBER_FIRST_NAME}, emergency rooms cost more than urgent care for the same injury, "
      "because they are staffed for emergencies around the clock. On the {DATE_OF_SERVICE} claim "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN),
    D("en", "single", "emergency_care", "none",
      "do i need approval before going to the ER",
      "Hi {MEMBER_FIRST_NAME}, no, emergency care never needs approval in advance, in or out of "
      "network. If it is a life-threatening emergency, call 911." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Emergency room charged a facility fee of $1,020.00 on top of the doctor's bill. Is that "
      "normal?",
      "Hi {MEMBER_FIRST_NAME}, yes, hospitals bill the facility fee apart from the doctor's fee. "
      "On the facility claim for {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C9("1020.00", "300.00", "emergency_in_network"),
      mentions=["amount"]),
    # ---- duplicate charges ----
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "Two lines on my EOB look identical: \"06/18/2026 Office visit 99213 $185.00\" and again "
      "\"06/18/2026 Office visit 99213 $185.00\". Am I being charged twice?",
      "Hi {MEMBER_FIRST_NAME}, the visit on {DATE_OF_SERVICE} was sent to us twice by "
      "{PROVIDER_NAME}, and the second claim is still being reviewed. A repeated claim for the "
      "same service is not paid twice, so you should not owe twice for one visit." + SIGN,
      claim=C9("185.00", scenario="duplicate_submitted", date_of_service="2026-06-18"),
      mentions=["date", "amount"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "Me salió un reclamo negado que dice \"duplicado\". ¿Quiere decir que no me van a pagar "
      "nada?",
      "Hola {MEMBER_FIRST_NAME}, no: ese reclamo fue negado porque repetía un servicio que ya se "
      "había enviado ({DENIAL_REASON}). El reclamo original se procesa por separado, así que no "
      "le cobran dos veces por la misma consulta." + SIGN),
    D("en", "typo", "duplicate_charge", "pharmacy",
      "pharmacy charged my card twice for the same refil, $42.17 both times",
      "Hi {MEMBER_FIRST_NAME}, the fill on {DATE_OF_SERVICE} at {PROVIDER_NAME} was processed "
      "once, with your share of {MEMBER_OWES}. A second charge on your card is a store charge, "
      "so please ask the pharmacy to refund it." + SIGN,
      claim=C9("120.00", "42.17", "pharmacy"),
      mentions=["amount"]),
    D("en", "single", "duplicate_charge", "paid",
      "ok, but the hospital already charged me for that once and now a second statement came "
      "with a new account number. which one do I pay?",
      "Hi {MEMBER_FIRST_NAME}, on our records the claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} was paid once, and your share is {MEMBER_OWES}. If you already paid "
      "that, ask the hospital's billing office to link the two statements; you should not pay "
      "it twice." + SIGN),
    D("en", "long", "duplicate_charge", "duplicate_submitted",
      "My mother is 83 and I sort her paperwork on Sundays. This week there were two envelopes "
      "from Pinegrove Clinical Lab, and as far as I can tell it's the same blood draw from her "
      "checkup, one with her doctor's name on it and one without. She only had one blood draw, "
      "I drove her there. Is she paying twice for the same test?",
      "Hi {MEMBER_FIRST_NAME}, the lab sent the {DATE_OF_SERVICE} test to us twice, and the "
      "second claim is still under review. A repeated claim is not paid twice, so she should "
      "not owe twice; please wait for the EOB before paying either bill." + SIGN,
      claim=C9("96.00", scenario="duplicate_submitted", provider="Pinegrove Clinical Lab"),
      mentions=["provider"]),
    # ---- itemized bills ----
    D("en", "single", "itemized_bill", "none",
      "how do i get an itemized bill",
      "Hi {MEMBER_FIRST_NAME}, ask the provider's billing office for an itemized statement; it "
      "lists each service with its code and charge, and they have to give it to you. It is a "
      "good idea to compare it with your EOB before paying." + SIGN),
    D("es", "spanish", "itemized_bill", "paid",
      "Quiero una factura detallada del Marlow Point Hospital, ¿ustedes me la pueden mandar?",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la emite el hospital: pídala a la oficina "
      "de facturación de {PROVIDER_NAME}. Nosotros le podemos enviar la explicación de "
      "beneficios del {DATE_OF_SERVICE}, donde el plan pagó {PLAN_PAID} y su parte es "
      "{MEMBER_OWES}." + SIGN,
      claim=C9("5400.00", "900.00", provider="Marlow Point Hospital"),
      mentions=["provider"]),
    D("en", "long", "itemized_bill", "paid",
      "Dear Member Services, following my inpatient stay in July I received a summary statement "
      "listing only a total of $18,450.00. Before I remit any payment I would like to obtain an "
      "itemized statement showing each charge and its billing code. Could you please advise how "
      "to request this, and whether I should hold off on paying until I have it?",
      "Hi {MEMBER_FIRST_NAME}, the hospital's billing office provides the itemized statement on "
      "request. Our records show the plan paid {PLAN_PAID} of the {ALLOWED} allowed, and your "
      "share is {MEMBER_OWES}; it is reasonable to ask the hospital to hold the account while you "
      "review the itemized bill." + SIGN,
      claim=C9("18450.00", "1500.00"),
      mentions=["amount"]),
    D("en", "typo", "itemized_bill", "paid",
      "bill just says misc supplies $312 wat is that, can i get it broke down",
      "Hi {MEMBER_FIRST_NAME}, yes, you can ask the provider for an itemized bill that lists the "
      "supplies one by one. On the {DATE_OF_SERVICE} claim the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}." + SIGN,
      claim=C9("312.00", "62.40"),
      mentions=["amount"]),
    D("en", "single", "itemized_bill", "none",
      "Why won't the hospital give me a line-by-line bill? They keep mailing the same summary.",
      "Hi {MEMBER_FIRST_NAME}, you have a right to an itemized bill. Ask the billing office for "
      "it in writing, and if they still do not send it, let us know at {PHONE} and we can help "
      "you follow up." + SIGN),
]
