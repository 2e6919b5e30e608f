"""Ninth held-out drafts set, batch 2: prior authorization, networks, balance bills, ambulance,
emergency care. Written by helper facts9 from general knowledge, without reading the earlier
sets' messages or the demo history.
"""

from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "Ortho ordered imaging of my left knee (the magnet kind). Does that one have to be pre-cleared with you guys?",
      "Hi {MEMBER_FIRST_NAME}, many plans ask for prior authorization for advanced imaging such "
      "as an MRI. Your doctor's office normally requests it; we can check whether one is on file "
      "or needed for this order if you call us at {PHONE}." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "none",
      "How long does a prior auth usually take to come back?",
      "Hi {MEMBER_FIRST_NAME}, standard prior authorization requests are usually decided within "
      "a couple of weeks, and urgent ones within 72 hours. Your doctor's office will hear the "
      "decision and so will you." + SIGN),
    D("en", "typo", "prior_authorization", "denied:197",
      "redfern orthopedics said my injection wasnt pre aproved and now its denied, what now",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "because no authorization was on file ({DENIAL_REASON}). Ask the office to request a "
      "retroactive review, and you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim={"provider": "Redfern Orthopedics", "billed": "1340.00", "plan_paid": "0.00"},
      mentions=["provider"]),
    D("es", "spanish", "prior_authorization", "none",
      "Para el permiso antes de la cirugía, ¿lo tramito yo o lo hace el consultorio?",
      "Hola {MEMBER_FIRST_NAME}, normalmente la solicita el consultorio del médico que ordena el "
      "servicio. Usted puede llamarnos al {PHONE} para saber si ya llegó la solicitud y en qué "
      "estado está." + SIGN),
    D("en", "long", "prior_authorization", "none",
      "My doctor wants me to do a sleep study at home and then maybe a CPAP machine, and the "
      "office lady said something about needing approval from you first but she wasn't sure "
      "if it's for the study or the machine or both. I don't want to get stuck with a bill "
      "like last time. Does the CPAP need an approval, and how do I find out if the study got "
      "approved?",
      "Hi {MEMBER_FIRST_NAME}, equipment such as a CPAP machine and some sleep studies often "
      "need prior authorization, and the ordering office requests it. We can tell you whether a "
      "request has been received and its status if you call us at {PHONE}; please do not "
      "schedule until the office confirms the decision." + SIGN,
      add=PA_UNKNOWN),
    # ---- out of network ----
    D("en", "single", "out_of_network", "none",
      "Is Dr. Helena Vasquez-Ortiz in network with my plan?",
      "Hi {MEMBER_FIRST_NAME}, I can't confirm that from here, but our provider directory shows "
      "current network status, and we can check it with you by phone at {PHONE}. Please also "
      "confirm with the office that they are in network with {PLAN_NAME}." + SIGN,
      add=NET_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "Why did Thornbury Dermatology get paid so little? They're charging me the rest.",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan, so the claim for "
      "{DATE_OF_SERVICE} was paid at out-of-network rates: allowed {ALLOWED}, plan paid "
      "{PLAN_PAID}. Out-of-network providers can bill you the difference, which is why your "
      "share is {MEMBER_OWES}." + SIGN,
      claim={"provider": "Thornbury Dermatology", "billed": "690.00", "allowed": "300.00",
             "plan_paid": "180.00", "member_owes": "510.00"},
      mentions=["provider"]),
    D("es", "spanish", "out_of_network", "none",
      "¿Cómo sé si una clínica está dentro de la red antes de ir?",
      "Hola {MEMBER_FIRST_NAME}, puede buscarla en el directorio de proveedores de {PLAN_NAME} o "
      "llamarnos al {PHONE}. Conviene preguntar también a la clínica si aceptan su plan." + SIGN,
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "why did u pay only $120.00 on my $700.00 visit, the dr is out of netwrok i guess??",
      "Hi {MEMBER_FIRST_NAME}, yes, that visit was with an out-of-network provider, so the plan "
      "paid {PLAN_PAID} on an allowed amount of {ALLOWED}. Because they are out of network, the "
      "provider can bill the rest of the {BILLED} charge, and your share is {MEMBER_OWES}." + SIGN,
      claim={"billed": "700.00", "allowed": "200.00", "plan_paid": "120.00",
             "member_owes": "580.00"},
      mentions=["amount"]),
    D("en", "single", "out_of_network", "none",
      "Do I have any out-of-network coverage at all or only in network?",
      "Hi {MEMBER_FIRST_NAME}, that depends on your plan type: HMO and EPO plans cover only "
      "emergencies out of network, while PPO plans pay a lower share out of network. Your "
      "{PLAN_NAME} benefits summary says which applies, and we can confirm by phone at {PHONE}."
      + SIGN),
    # ---- balance bills ----
    D("en", "single", "balance_bill", "balance_bill",
      "The anesthesiologist at my in-network hospital billed me $1,460.00 on top of what you "
      "paid. Is that legal?",
      "Hi {MEMBER_FIRST_NAME}, for non-emergency care by an out-of-network clinician at an "
      "in-network facility, federal rules limit what you can be billed to your in-network cost "
      "share. Your share on this claim is {MEMBER_OWES}. If you get a bill for more, you can "
      "call the No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim={"billed": "2900.00", "allowed": "1440.00", "plan_paid": "1152.00",
             "member_owes": "1460.00"},
      mentions=["amount"]),
    D("es", "spanish", "balance_bill", "none",
      "¿Qué es una factura sorpresa y cómo me protege la ley?",
      "Hola {MEMBER_FIRST_NAME}, la Ley Sin Sorpresas limita lo que le pueden cobrar en "
      "emergencias, por médicos fuera de la red en un hospital de la red y por ambulancia aérea: "
      "solo su parte de costo dentro de la red. La línea de ayuda es 1-800-985-3059." + SIGN),
    D("en", "typo", "balance_bill", "balance_bill",
      "summit ridge hospital sent a bill for the diffrence between what they charged and what "
      "u allowed, do i have to pay that",
      "Hi {MEMBER_FIRST_NAME}, your share on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} is "
      "{MEMBER_OWES}. If their bill is for more than that, please send us a copy and ask them to "
      "hold it while we review; the No Surprises Help Desk is 1-800-985-3059." + SIGN,
      claim={"provider": "Summit Ridge Hospital", "billed": "4100.00", "allowed": "2250.00",
             "plan_paid": "1800.00", "member_owes": "450.00"},
      mentions=["provider"]),
    D("en", "long", "balance_bill", "none",
      "I had a scheduled surgery at a hospital I checked was in network. I even called ahead. "
      "Then a month later a bill comes from some surgical assistant group I never heard of, "
      "saying they don't take my insurance. I never met these people. I was asleep! I feel "
      "like I did everything right. Is there anything that protects me here or am I just out "
      "of luck?",
      "Hi {MEMBER_FIRST_NAME}, you may be protected: for non-emergency care at an in-network "
      "facility, out-of-network clinicians such as surgical assistants generally cannot bill you "
      "more than your in-network cost share unless you signed a notice agreeing to it. Please "
      "send us the bill so we can look at the claim, and you can call the No Surprises Help Desk "
      "at 1-800-985-3059." + SIGN),
    D("en", "single", "balance_bill", "none",
      "My neighbor keeps saying 'balance billing' like I should know it. Plain English please?",
      "Hi {MEMBER_FIRST_NAME}, in plain words, it is a provider charging you the gap between "
      "its full price and what the plan allows. In-network providers cannot do it; "
      "out-of-network providers sometimes can, except where the No Surprises Act applies." + SIGN),
    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "Northgate Ambulance Service wants $1,275.00 from me. I didn't choose them, they just came.",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan, so after the "
      "plan paid {PLAN_PAID} your share on the {DATE_OF_SERVICE} transport is {MEMBER_OWES}. "
      "Ground ambulance is not covered by the federal No Surprises Act, but some states limit "
      "these bills; you can ask them for a payment plan or a reduction." + SIGN,
      claim={"provider": "Northgate Ambulance Service", "billed": "1900.00", "allowed": "800.00",
             "plan_paid": "625.00", "member_owes": "1275.00"},
      mentions=["provider", "amount"]),
    D("es", "spanish", "ambulance", "ambulance_air",
      "El helicóptero que llevó a mi papá cobró muchísimo, ¿eso lo cubre el seguro?",
      "Hola {MEMBER_FIRST_NAME}, el traslado aéreo de emergencia del {DATE_OF_SERVICE} está "
      "protegido por la Ley Sin Sorpresas: solo le corresponde su parte dentro de la red, "
      "{MEMBER_OWES}. Si le cobran más, no pague la diferencia y avísenos." + SIGN),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence bill came, is a ride to the er covered or not",
      "Hi {MEMBER_FIRST_NAME}, emergency ground ambulance is a covered service. On the claim for "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; because the "
      "ambulance company is out of network they may bill more, which you can ask them to "
      "reduce." + SIGN),
    D("en", "single", "ambulance", "none",
      "Does my plan cover a non-emergency ambulance to move my mother between hospitals?",
      "Hi {MEMBER_FIRST_NAME}, non-emergency transport between facilities is covered when it is "
      "medically necessary and is often arranged by the hospital with prior authorization. Please "
      "have the hospital's case manager contact us before the transfer." + SIGN,
      add=PA_UNKNOWN),
    D("en", "long", "ambulance", "ambulance_air",
      "My husband was flown from the lake to the trauma center after the boating accident in "
      "the summer, and now SkyBridge Air Medical sent us a bill that is more than our car is "
      "worth. He's fine now, thank God. I read something online about air ambulances and a new "
      "law. Does that apply to us or is it only for certain states?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad he is doing well. The No Surprises Act covers air "
      "ambulance nationwide: {PROVIDER_NAME} can only bill you your in-network cost share, which "
      "on the {DATE_OF_SERVICE} claim is {MEMBER_OWES}. Please do not pay more than that; send "
      "us the bill if it asks for more." + SIGN,
      claim={"provider": "SkyBridge Air Medical", "billed": "48000.00", "allowed": "21000.00",
             "plan_paid": "19500.00", "member_owes": "1500.00"},
      mentions=["provider"]),
    # ---- emergency care (billing) ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "Why is my ER copay so high? I was only there two hours.",
      "Hi {MEMBER_FIRST_NAME}, emergency room visits have their own cost share regardless of "
      "time spent. For the visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}." + SIGN),
    D("en", "single", "emergency_care", "emergency_oon",
      "The emergency room I went to out of state isn't in your network. Will I owe the full "
      "$3,480.00?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is covered at the in-network level even at an "
      "out-of-network hospital, and the No Surprises Act limits what they can bill you to your "
      "in-network share, {MEMBER_OWES} on this claim." + SIGN,
      claim={"billed": "3480.00", "allowed": "2100.00", "plan_paid": "1680.00",
             "member_owes": "420.00"},
      mentions=["amount"]),
    D("en", "single", "emergency_care", "none",
      "Do I need to call you before going to the ER or can I just go?",
      "Hi {MEMBER_FIRST_NAME}, in an emergency go straight to the nearest emergency room or call "
      "911; emergency care never needs prior approval. Let us know afterwards if you are "
      "admitted." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Calloway Urgent Care sent me to the emergency department and now I have two bills for "
      "the same day. Is that normal?",
      "Hi {MEMBER_FIRST_NAME}, yes, the urgent care visit and the emergency department visit are "
      "separate services and each has its own cost share. On the emergency claim for "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN),
    D("en", "single", "emergency_care", "none",
      "If the ER decides it wasn't really an emergency, do you still pay?",
      "Hi {MEMBER_FIRST_NAME}, whether care counts as an emergency depends on your symptoms when "
      "you went, not the final diagnosis. If you reasonably believed it was an emergency, the "
      "visit is covered as emergency care." + SIGN),
    D("es", "spanish", "emergency_care", "emergency_oon",
      "Fui a emergencias en el Hospital Costa Azul estando de viaje y me cobran 2.960,00 "
      "dólares. ¿Es correcto?",
      "Hola {MEMBER_FIRST_NAME}, la atención de emergencia se cubre como dentro de la red aunque "
      "el hospital esté fuera de la red. En ese reclamo el plan pagó {PLAN_PAID} y a usted le "
      "corresponde {MEMBER_OWES}; no deben cobrarle más que eso." + SIGN,
      claim={"provider": "Hospital Costa Azul", "billed": "2960.00", "allowed": "1900.00",
             "plan_paid": "1520.00", "member_owes": "380.00"},
      mentions=["provider", "amount"]),
]
