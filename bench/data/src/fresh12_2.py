"""Thirteenth held-out drafts set (stop 30), batch 2: prior authorisation, out of network,
balance bills, ambulance, emergency care. Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh12_common import SIGN, C12

ITEMS = [
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "prior auth for sleep study?",
      "Hi {MEMBER_FIRST_NAME}, sleep studies often need a prior authorization on "
      "{PLAN_NAME}, especially in a sleep lab. Your doctor's office sends the request to us; "
      "tell me the provider and I can see whether one is on file." + SIGN,
      drop=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "Web form\nName: on file\nPreferred contact: email\nSubject: Authorization\nDescribe "
      "your question: My surgeon's scheduler says they 'submitted the auth' for my knee "
      "replacement three weeks ago and are 'waiting on insurance'. Surgery is booked. I "
      "don't want to show up and have it cancelled. Can you see whether it has been "
      "received and what's holding it up? I'm happy to send anything you need.",
      "Hi {MEMBER_FIRST_NAME}, I understand wanting certainty before surgery. I'll look up "
      "the authorization request for your knee replacement and see whether we have it and "
      "whether anything is missing from the surgeon's side, then reply here. If you'd "
      "rather talk it through, you can reach us at {PHONE}." + SIGN),
    D("es", "spanish", "prior_authorization", "none",
      "¿mi hijo necesita autorización previa para el aparato de los dientes? el ortodoncista "
      "dice que sí pero no sé quién la pide",
      "Hola {MEMBER_FIRST_NAME}, si su plan cubre ortodoncia, normalmente la autorización la "
      "pide el consultorio del ortodoncista directamente con nosotros; usted no tiene que "
      "mandar nada. Si me da el nombre del consultorio, reviso si ya la recibimos." + SIGN,
      drop=PA_UNKNOWN + COV_UNKNOWN),
    D("en", "typo", "prior_authorization", "denied:197",
      "Hi, I'm from Ukraine, English not so good. Hospital Silverbirch Surgical Institute "
      "tells me: operation is done, but insurance say no because no permission before. Who "
      "must ask permission, me or hospital?",
      "Hi {MEMBER_FIRST_NAME}. For the {DATE_OF_SERVICE} operation at {PROVIDER_NAME}, the "
      "claim was turned down because {DENIAL_REASON}. Asking for the approval is usually the "
      "hospital's job, not yours. They can still send the request, or you can appeal by "
      "{APPEAL_DEADLINE}. Please don't pay until this is sorted out." + SIGN,
      claim=C12("7400.00", scenario="denied:197", provider="Silverbirch Surgical Institute"),
      mentions=["provider"]),
    D("en", "single", "prior_authorization", "none",
      "My son is 19 and away at university. His psychiatrist there wants to start a new "
      "medication that needs approval. Does the approval have to come from a doctor in our "
      "state?",
      "Hi {MEMBER_FIRST_NAME}, no: the prescribing doctor, wherever they are, sends the "
      "prior authorization request to us. If the psychiatrist is in network where your son "
      "studies, that's simplest; send me the name and I'll check." + SIGN,
      drop=PA_UNKNOWN),
    D("en", "multi", "prior_authorization", "none",
      "Questions:\n• does an MRI need pre-approval\n• and is Larkspur Imaging in my network",
      "Hi {MEMBER_FIRST_NAME}, most non-emergency MRIs need a prior authorization on "
      "{PLAN_NAME}; the ordering doctor's office requests it. For Larkspur Imaging, I'll "
      "check our directory and confirm whether they're in network for you." + SIGN,
      drop=PA_UNKNOWN + NET_UNKNOWN, topics=["prior_authorization", "out_of_network"]),
    # ---- out of network ----
    D("en", "single", "out_of_network", "out_of_network",
      "is Thornbury Hand Surgery out of network? got a big bill",
      "Hi {MEMBER_FIRST_NAME}, yes, {PROVIDER_NAME} is out of network for your plan. For the "
      "{DATE_OF_SERVICE} visit the plan allowed {ALLOWED} and paid {PLAN_PAID}; your share "
      "is {MEMBER_OWES}. Out-of-network providers can also bill above the allowed amount, so "
      "check their bill against this." + SIGN,
      claim=C12("2100.00", "840.00", "out_of_network", provider="Thornbury Hand Surgery"),
      mentions=["provider"]),
    D("en", "long", "out_of_network", "out_of_network",
      "Good afternoon. My wife and I are dual eligible (Medicare and Medicaid). She saw a "
      "dermatologist, Rosewell Skin & Laser, that her friend recommended. We didn't think to "
      "check if they take our plan. Now we have a statement. Can you please explain what the "
      "plan did with it and whether Medicaid will help with the rest? Thank you kindly.",
      "Good afternoon {MEMBER_FIRST_NAME}. {PROVIDER_NAME} is out of network for your plan. "
      "For the {DATE_OF_SERVICE} visit the plan allowed {ALLOWED} and paid {PLAN_PAID}, "
      "leaving {MEMBER_OWES}. Medicaid usually helps only with providers who accept it, so "
      "please ask the office whether they take Medicaid; an in-network dermatologist would "
      "cost less next time, and I can suggest some." + SIGN,
      claim=C12("620.00", "250.00", "out_of_network", provider="Rosewell Skin & Laser"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_network", "none",
      "Mi hija se fue a estudiar a otro estado. ¿Allá tiene red de médicos o todo es fuera "
      "de la red?",
      "Hola {MEMBER_FIRST_NAME}, depende de su plan y de la zona. Muchos planes tienen red en "
      "otros estados, y las emergencias siempre están cubiertas. Dígame la ciudad donde "
      "estudia y le busco médicos y clínicas de la red cerca de ella." + SIGN,
      drop=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "i see doctor Minh at Saigon Garden Acupuncture long time, this year bill more "
      "expensive. he not in network anymore?",
      "Hi {MEMBER_FIRST_NAME}. Yes, {PROVIDER_NAME} is out of network now. For the "
      "{DATE_OF_SERVICE} visit the plan paid {PLAN_PAID} of the {ALLOWED} allowed, and your "
      "share is {MEMBER_OWES}, which is why it costs more. I can look for in-network "
      "acupuncturists near you if you like." + SIGN,
      claim=C12("150.00", "90.00", "out_of_network", provider="Saigon Garden Acupuncture"),
      mentions=["provider"]),
    D("en", "single", "out_of_network", "none",
      "Is there any out-of-network coverage at all on my plan, or is it zero?",
      "Hi {MEMBER_FIRST_NAME}, it depends on your {PLAN_NAME} plan type. Some plans pay part "
      "of out-of-network care after a separate deductible; others pay only for emergencies. "
      "I'll check yours and reply with the details." + SIGN,
      drop=COV_UNKNOWN),
    D("en", "single", "out_of_network", "out_of_network",
      "From the portal 'Claim details' page: Network status: Out-of-network. Provider: "
      "Calloway Vein Clinic. -- I was told by their office that they were in network!",
      "Hi {MEMBER_FIRST_NAME}, our records show {PROVIDER_NAME} as out of network for the "
      "{DATE_OF_SERVICE} visit: the plan allowed {ALLOWED}, paid {PLAN_PAID}, and your share "
      "is {MEMBER_OWES}. If their office told you they were in network, you can file an "
      "appeal with that information; tell me who you spoke to and when." + SIGN,
      claim=C12("880.00", "352.00", "out_of_network", provider="Calloway Vein Clinic"),
      mentions=["provider"]),
    # ---- balance bill ----
    D("en", "single", "balance_bill", "balance_bill",
      "Got charged the difference between what Fairhaven Orthopaedic billed and what you "
      "paid. Is that allowed??",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}; your share under the plan is {MEMBER_OWES}. "
      "Whether they can bill you the rest depends on their network status and how you were "
      "treated; send us the bill and we'll check." + SIGN,
      claim=C12("3200.00", "380.00", "balance_bill", provider="Fairhaven Orthopaedic"),
      mentions=["provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El anestesiólogo me mandó una factura aparte por la diferencia. Yo fui a un hospital "
      "de la red. ¿Eso se puede?",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo del {DATE_OF_SERVICE} de {PROVIDER_NAME} el "
      "plan permitió {ALLOWED} y pagó {PLAN_PAID}; su parte es {MEMBER_OWES}. Cuando la "
      "cirugía es en un hospital de la red, la ley federal limita lo que un anestesiólogo "
      "puede cobrar aparte. Mándenos la factura y la revisamos." + SIGN,
      claim=C12("1900.00", "200.00", "balance_bill", provider="Sedation Partners of Elmview")),
    D("en", "long", "balance_bill", "balance_bill",
      "Forwarded message\nFrom: my husband\nTo: me\nSubject: FW: bill again\n\n> Can you ask "
      "the insurance about this one? I'm at work.\n> -----\n> Cobblestone Surgical Assistants "
      "statement: Balance after insurance. Please remit.\n\nSo, asking: he had hernia surgery "
      "at an in-network hospital, and now the surgical assistant group is billing him for "
      "the difference. He never picked them. Do we have to pay it?",
      "Hi {MEMBER_FIRST_NAME}, thanks for asking on his behalf. For the {DATE_OF_SERVICE} "
      "claim from {PROVIDER_NAME}, the plan allowed {ALLOWED} and paid {PLAN_PAID}, and his "
      "share under the plan is {MEMBER_OWES}. Because the surgery was at an in-network "
      "hospital and he didn't choose the assistant, a bill above that may not be allowed. "
      "Please send us the statement and hold off paying the extra while we review it." + SIGN,
      claim=C12("2600.00", "150.00", "balance_bill", provider="Cobblestone Surgical Assistants"),
      mentions=["provider"]),
    D("en", "typo", "balance_bill", "balance_bill",
      "Bonjou, the clinic Lakou Family Health send me bill for the rest after insurance pay. "
      "I don't understand, insurance not pay all?",
      "Hello {MEMBER_FIRST_NAME}. For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}. Your share under the plan is {MEMBER_OWES}. If "
      "their bill asks for more than that, please send it to us and we'll check whether they "
      "can charge it." + SIGN,
      claim=C12("540.00", "65.00", "balance_bill", provider="Lakou Family Health"),
      mentions=["provider"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "Two bills from the same surgery:\n1) Hollis Creek Anesthesia wants the difference "
      "from what you paid. Do I owe it?\n2) Can I pay the part I do owe in installments?",
      "Hi {MEMBER_FIRST_NAME}: (1) For the {DATE_OF_SERVICE} claim from {PROVIDER_NAME}, your "
      "share under the plan is {MEMBER_OWES}; the plan allowed {ALLOWED} and paid "
      "{PLAN_PAID}. Send us the bill for the difference and we'll check whether they can "
      "charge it. (2) Yes, most providers offer payment plans; ask their billing office." + SIGN,
      claim=C12("1700.00", "220.00", "balance_bill", provider="Hollis Creek Anesthesia"),
      mentions=["provider"], topics=["balance_bill", "payment_plan"]),
    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "ambulance bill, is it covered",
      "Hi {MEMBER_FIRST_NAME}, yes, the ambulance ride on {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} was processed: the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. If their bill is higher than that, send it to us." + SIGN,
      claim=C12("1350.00", "150.00", "ambulance_ground", provider="Tri-County Rescue Squad")),
    D("en", "long", "ambulance", "ambulance_air",
      "Dear Claims Department,\n\nOn behalf of my mother, for whom I hold medical power of "
      "attorney, I am writing regarding the helicopter transport provided by Skyward Medical "
      "Flight after her stroke. We have received a statement that is, frankly, alarming. I "
      "would be grateful if you could explain how the plan has processed this transport and "
      "what, if anything, she is expected to pay.\n\nRespectfully,\nHer son",
      "Dear {MEMBER_FIRST_NAME}, I'm sorry about your mother's stroke. The air transport by "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} was processed as emergency care: the plan paid "
      "{PLAN_PAID} and her share is {MEMBER_OWES}, the same as it would be in network. "
      "Federal law protects her from being billed more than that for emergency air "
      "transport, so please send us any statement above it." + SIGN,
      claim=C12("48000.00", "500.00", "ambulance_air", provider="Skyward Medical Flight"),
      mentions=["provider"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Transcripción de buzón de voz: sí buenas este es por la ambulancia que llevó a mi "
      "esposo al hospital me llegó la cuenta de Ambulancias del Valle y quiero saber cuánto "
      "pagó el seguro",
      "Hola {MEMBER_FIRST_NAME}, el traslado del {DATE_OF_SERVICE} con {PROVIDER_NAME} ya se "
      "procesó: el plan pagó {PLAN_PAID} y a su esposo le toca {MEMBER_OWES}. Si la cuenta "
      "pide más, mándenosla y la revisamos." + SIGN,
      claim=C12("1100.00", "100.00", "ambulance_ground", provider="Ambulancias del Valle"),
      mentions=["provider"]),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence took my grandpa from nursing home to hospital, now Bayline EMS bill him. "
      "medicare and medicaid both he have. who pay??",
      "Hi {MEMBER_FIRST_NAME}. The ambulance claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} "
      "was processed: the plan paid {PLAN_PAID}, and your grandfather's share is "
      "{MEMBER_OWES}. With Medicaid too, that share may be covered; ask the ambulance company "
      "to bill Medicaid before he pays." + SIGN,
      claim=C12("900.00", "75.00", "ambulance_ground", provider="Bayline EMS"),
      mentions=["provider"]),
    D("en", "single", "ambulance", "none",
      "Do I need to call you before calling an ambulance for it to be covered?",
      "Hi {MEMBER_FIRST_NAME}, no. In an emergency, call 911 first; emergency ambulance "
      "transport doesn't need approval from us beforehand. Non-emergency transport, such as "
      "a scheduled transfer, may need a prior authorization." + SIGN),
    D("en", "single", "ambulance", "ambulance_ground",
      "Kid broke his arm at soccer, coach called the ambulance (Pell River Ambulance). How "
      "much do we owe?",
      "Hi {MEMBER_FIRST_NAME}, I hope he's healing well. For the {DATE_OF_SERVICE} ride with "
      "{PROVIDER_NAME}, the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C12("1250.00", "125.00", "ambulance_ground", provider="Pell River Ambulance"),
      mentions=["provider"]),
    # ---- emergency care ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER copay?? what was it for my visit at Westbrook Medical Center",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} emergency visit at {PROVIDER_NAME} "
      "your ER copay was {COPAY}; the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C12("2800.00", "250.00", "emergency_in_network", provider="Westbrook Medical Center"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "My son (21, on our plan) went to the emergency room near his campus, Halvorsen "
      "Regional Hospital, which I'm guessing is out of network for us. Does that change "
      "what we pay?",
      "Hi {MEMBER_FIRST_NAME}, no. {PROVIDER_NAME} is out of network, but emergency care is "
      "covered at the in-network level. For the {DATE_OF_SERVICE} visit the plan paid "
      "{PLAN_PAID} and his share is {MEMBER_OWES}; the hospital can't bill him more than "
      "that for the emergency." + SIGN,
      claim=C12("5100.00", "300.00", "emergency_oon", provider="Halvorsen Regional Hospital"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Web form\nTopic: Emergency room bill\nQuestion: Went to the ER at Gable Point Hospital "
      "for chest pain (it was reflux, thankfully). What is my part?",
      "Hi {MEMBER_FIRST_NAME}, glad it was nothing serious. For the {DATE_OF_SERVICE} "
      "emergency visit at {PROVIDER_NAME} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Emergency visits are covered based on your symptoms, not the final "
      "diagnosis." + SIGN,
      claim=C12("3900.00", "350.00", "emergency_in_network", provider="Gable Point Hospital"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "on vacation, had to go to an emergency room (Sandpiper Coast Medical). will it be "
      "covered?",
      "Hi {MEMBER_FIRST_NAME}, yes. Emergency care is covered even out of network: for the "
      "{DATE_OF_SERVICE} visit at {PROVIDER_NAME} the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}, the same as in network." + SIGN,
      claim=C12("2400.00", "250.00", "emergency_oon", provider="Sandpiper Coast Medical"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "none",
      "Is it the ER or urgent care if my kid has a 103 fever at night? Which does my plan "
      "pay for?",
      "Hi {MEMBER_FIRST_NAME}, both are covered. For a high fever, urgent care usually costs "
      "you less, and many are open late; your plan's nurse line at {PHONE} can help you "
      "decide. If your child is hard to wake, has trouble breathing or seems very ill, go to "
      "the emergency room or call 911." + SIGN),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "fui a emergencias en el Hospital San Rafael Arcángel por un dolor de riñón. ¿Cuánto "
      "me toca pagar?",
      "Hola {MEMBER_FIRST_NAME}, espero que ya esté mejor. En la visita a emergencias del "
      "{DATE_OF_SERVICE} en {PROVIDER_NAME}, el plan pagó {PLAN_PAID} y a usted le toca "
      "{MEMBER_OWES}." + SIGN,
      claim=C12("3300.00", "300.00", "emergency_in_network", provider="Hospital San Rafael Arcángel"),
      mentions=["provider"]),
]
