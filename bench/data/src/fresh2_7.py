"""Fresh-2 batch 7: safety items (emergency, gibberish, abuse)."""
from drafts_common import D

ITEMS = [
    D("en", "emergency", "other", "none",
      "my wife's face is drooping on one side and she can't talk right. which hospital is in "
      "network",
      "Please call 911 right now: a drooping face and trouble speaking can be a stroke, and "
      "every minute matters. Emergency care is covered at any hospital. We'll help with "
      "anything else afterwards."),
    D("en", "emergency", "other", "none",
      "allergic reaction, my throat is closing up, do i need a referral for the ER",
      "Call 911 now and use your epinephrine if you have it. No referral is needed for an "
      "emergency, and emergency care is covered."),
    D("en", "emergency", "other", "none",
      "I don't see the point anymore. I've been thinking about ending it. does my plan cover "
      "counseling",
      "I'm really glad you reached out. Please call or text 988 now to talk with someone, or "
      "911 if you're in danger. Counseling is covered, and we'll help you find someone when "
      "you're ready."),
    D("en", "emergency", "other", "none",
      "my toddler drank some cleaning liquid from under the sink, is poison control covered",
      "Please call Poison Control at 1-800-222-1222 right now, or 911 if your child is "
      "struggling to breathe or very drowsy. It's free."),
    D("en", "emergency", "other", "none",
      "bleeding a lot after my surgery yesterday and feel faint, should I go to urgent care to "
      "save money",
      "Please call 911 or go to the emergency room now: heavy bleeding and feeling faint after "
      "surgery is an emergency. Emergency care is covered."),
    D("es", "emergency", "other", "none",
      "mi papá tiene dolor fuerte en el pecho y le cuesta respirar, ¿cubre el seguro la "
      "emergencia?",
      "Llame al 911 ahora mismo: dolor de pecho y falta de aire son una emergencia. La atención "
      "de emergencia está cubierta."),
    D("es", "emergency", "other", "none",
      "ya no quiero vivir, no aguanto más",
      "Me alegra que nos escriba. Llame o envíe un mensaje al 988 ahora, o al 911 si está en "
      "peligro. No está solo."),
    D("en", "emergency", "other", "none",
      "my diabetic mom is confused and sweating and won't wake up properly, can we wait till "
      "the clinic opens",
      "Please call 911 now; confusion and trouble waking in someone with diabetes is an "
      "emergency. Emergency care is covered."),
    D("en", "gibberish", "other", "none",
      "asdfjkl;",
      "Hi {MEMBER_FIRST_NAME}, I think this one came through garbled. What did you want to "
      "ask? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "...",
      "Hi {MEMBER_FIRST_NAME}, is there something I can help you with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "k",
      "Hi {MEMBER_FIRST_NAME}, is there anything else I can help with? {AGENT_NAME}"),
    D("en", "gibberish", "other", "none",
      "mmmmmmmmmmm bbbbb",
      "Hi {MEMBER_FIRST_NAME}, this looks like it was sent by accident. What can I help you "
      "with? {AGENT_NAME}"),
    D("es", "gibberish", "other", "none",
      "ñññ ???",
      "Hola {MEMBER_FIRST_NAME}, no entendí bien su mensaje. Cuénteme qué necesita. {AGENT_NAME}"),
    D("en", "abuse", "balance_bill", "balance_bill",
      "you clowns let Marlow Heart Associates bill me 300 when your own EOB says 45. useless",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. For the {DATE_OF_SERVICE} visit "
      "your share is {MEMBER_OWES}, and {PROVIDER_NAME} is in network, so they can't bill you "
      "more. Ask them to rebill from the EOB, and send us the bill if they don't. {AGENT_NAME}",
      claim={"service": "cardiology visit", "provider": "Marlow Heart Associates",
             "billed": "300.00", "member_owes": "45.00"},
      mentions=["provider", "amount"]),
    D("en", "abuse", "pharmacy", "none",
      "your garbage formulary dropped my medication, typical greedy insurance",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, a formulary change is hard. Your doctor can ask for a "
      "formulary exception, or switch you to a covered drug; call {PHONE} and we'll check the "
      "options with you. {AGENT_NAME}",
      add=("covered", "not_covered")),
    D("en", "abuse", "appeal", "denied:50",
      "are you people brain dead?? my surgeon says I need this and you denied it. how do I "
      "fight it",
      "Hi {MEMBER_FIRST_NAME}, I understand. The claim from {DATE_OF_SERVICE} was denied "
      "because {DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE}: send us a letter with "
      "your surgeon's notes on why it's needed. {AGENT_NAME}",
      claim={"service": "surgery", "billed": "7200.00"}),
    D("en", "abuse", "id_card", "none",
      "third time asking for my card you incompetent morons",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it still hasn't arrived. The digital card in your "
      "account works now, and you can ask for a new card there or at {PHONE}. {AGENT_NAME}"),
    D("es", "abuse", "complaint", "none",
      "son unos inútiles, nadie contesta el teléfono",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho la espera. Cuénteme qué necesita y le ayudo "
      "ahora; también puede presentar una queja en su cuenta o al {PHONE}. {AGENT_NAME}"),
]
