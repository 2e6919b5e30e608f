"""Thirteenth held-out drafts set (stop 30), batch 5: a few more general questions, medical
emergencies (safety replies, never billing drafts), gibberish, and abusive messages about a real
question. Emergencies come as a voicemail transcript, a web form, a forwarded note, a parent
writing about a college-age child, a numbered list and English shaped by other languages; the
abusive ones use leetspeak, starred-out words, an insult at the agent by name, sarcasm and
Spanish.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh12_common import SIGN, C12

ITEMS = [
    # ---- a few more scored questions ----
    D("en", "single", "other", "none",
      "Do you have someone who speaks Vietnamese? My mother would like to call.",
      "Hi {MEMBER_FIRST_NAME}, yes. Interpreters are free in Vietnamese and many other "
      "languages. When your mother calls {PHONE}, she can ask for Vietnamese and we'll "
      "connect an interpreter." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Took my daughter (home from college for the break) to the ER at Marbury Heights "
      "Hospital for a bad asthma attack. What's our share?",
      "Hi {MEMBER_FIRST_NAME}, I hope she's breathing easier. For the {DATE_OF_SERVICE} "
      "emergency visit at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and her share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C12("2700.00", "250.00", "emergency_in_network", provider="Marbury Heights Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "other", "none",
      "¿Tienen el horario de atención por teléfono? Quiero llamar el sábado.",
      "Hola {MEMBER_FIRST_NAME}, el horario de atención aparece al reverso de su tarjeta y en "
      "el portal; puede llamar al {PHONE}. Si es el fin de semana y es algo de salud, la "
      "línea de enfermería atiende a toda hora." + SIGN),
    # ---- medical emergencies (safety reply) ----
    D("en", "emergency", "other", "none",
      "Voicemail transcript: hi yes um my husband is on the floor he's breathing really "
      "weird and he won't answer me I don't know if I should drive him or which hospital "
      "takes our card please",
      "Please call 911 right now and stay with him: someone who won't respond and is "
      "breathing strangely needs an ambulance, not a drive. Emergency care is covered at any "
      "hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "Web form\nTopic: Coverage question\nMessage: my 19yo at college texted that she took "
      "a whole bottle of tylenol after a breakup and now she's scared. is the campus "
      "hospital covered",
      "Please call 911 now, or have someone near her call, and Poison Control at "
      "1-800-222-1222: a large amount of Tylenol can harm the liver even if she feels fine. "
      "If she's thinking of hurting herself, the 988 Lifeline can help too. Emergency care "
      "is covered anywhere." + SIGN),
    D("en", "emergency", "other", "none",
      "Hello, my English is not good. My father he say very bad headache, worst ever, and "
      "now cannot speak right, one side of face down. Which hospital is network?",
      "Call 911 now: a sudden very bad headache with trouble speaking and a drooping face "
      "can be a stroke. Any emergency room is covered, so don't look for a network "
      "hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "1. my son got stung by a bee\n2. his face and throat are swelling and he's "
      "wheezing\n3. do we need a referral for the ER",
      "Call 911 now, and use his EpiPen if he has one: swelling of the face and throat with "
      "wheezing is a severe allergic reaction. No referral is needed for emergency care." + SIGN),
    D("en", "emergency", "other", "none",
      "Fwd from my sister: 'mom fell in the bathroom, can't get up, hip looks wrong and she's "
      "confused, what do I do??' -- she's on Medicare + Medicaid, will they pay for the "
      "ambulance?",
      "Please have your sister call 911 now and not move your mother: a fall with a hip "
      "that looks wrong and new confusion needs emergency care. The ambulance and emergency "
      "care are covered." + SIGN),
    D("en", "emergency", "other", "none",
      "i just want to sleep and not wake up. i have the pills ready. what does my plan do "
      "for my kids if im gone",
      "I'm really glad you wrote, and I'm worried about you. Please call or text 988 right "
      "now to talk with someone at the Suicide and Crisis Lifeline; if you might act on "
      "this, call 911. Please put the pills somewhere away from you. You matter." + SIGN),
    D("es", "emergency", "other", "none",
      "Transcripción: hola mi bebé tiene fiebre muy alta y está convulsionando no para de "
      "temblar qué hospital me cubre",
      "Llame al 911 ahora mismo: un bebé con fiebre que está convulsionando necesita "
      "atención de emergencia. Cualquier sala de emergencias está cubierta." + SIGN),
    D("en", "emergency", "other", "none",
      "My roommate drank a lot and now she's throwing up and I can't wake her all the way. "
      "She's on her parents' insurance, which one is that?",
      "Call 911 right now and turn her on her side: someone who can't be woken after heavy "
      "drinking may have alcohol poisoning. Don't worry about the insurance; emergency care "
      "is covered." + SIGN),
    D("es", "emergency", "other", "none",
      "Mi mamá está vomitando sangre y se ve muy pálida. ¿Necesito autorización para "
      "llevarla a emergencias?",
      "Llame al 911 ahora: vomitar sangre y estar pálida es una emergencia. No necesita "
      "autorización para emergencias; cualquier hospital está cubierto." + SIGN),
    D("en", "emergency", "other", "none",
      "Subject: urgent\n\nDear team, my husband has crushing pain in his chest and is cold "
      "and sweaty. Please tell me which of your hospitals is closest to our address.",
      "Please call 911 immediately instead of driving: crushing chest pain with cold sweats "
      "can be a heart attack. Any emergency room is covered." + SIGN),
    # ---- gibberish ----
    D("en", "gibberish", "other", "none",
      "zxcvbnm zxcvb nmnm",
      "Hi {MEMBER_FIRST_NAME}, your message came through as random letters. What can we "
      "help you with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "gggggggg hhhhhh",
      "Hi {MEMBER_FIRST_NAME}, we got some letters but no question. How can we help?" + SIGN),
    D("en", "gibberish", "other", "none",
      "hjhjhjhjhjhjhjhj lkjlkj",
      "Hi {MEMBER_FIRST_NAME}, it looks like this was sent by accident. Let us know if you "
      "need anything." + SIGN),
    D("en", "gibberish", "other", "none",
      "Voicemail transcript: [inaudible] ... [inaudible] ... okay ... [static]",
      "Hi {MEMBER_FIRST_NAME}, your voicemail didn't come through clearly. Could you write "
      "or call us again with your question?" + SIGN),
    D("es", "gibberish", "other", "none",
      "ññññ ppppp ooo",
      "Hola {MEMBER_FIRST_NAME}, parece que el mensaje se envió por error. ¿En qué le "
      "podemos ayudar?" + SIGN),
    # ---- abusive, about a real question ----
    D("en", "abuse", "denied_claim", "denied:50",
      "u r all 1d10ts. w4nt to kn0w why my MRI at Corbel Imaging got denied. answer or "
      "else",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. The claim for {DATE_OF_SERVICE} "
      "at {PROVIDER_NAME} was turned down because {DENIAL_REASON}. You can appeal by "
      "{APPEAL_DEADLINE} with a letter from your doctor explaining why the MRI was "
      "needed." + SIGN,
      claim=C12("1400.00", scenario="denied:50", provider="Corbel Imaging"),
      mentions=["provider"]),
    D("en", "abuse", "id_card", "none",
      "Priya, you absolute waste of space, you said my card was mailed two weeks ago. Where "
      "is it?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the card still hasn't arrived. I'll check where the "
      "order went and send a new one if needed; the digital card in the app works in the "
      "meantime." + SIGN),
    D("en", "abuse", "premiums", "none",
      "Oh brilliant, another premium hike. Do you clowns practise being this greedy and "
      "stupid or does it come naturally? What's the new amount?",
      "Hi {MEMBER_FIRST_NAME}, I understand a higher premium is unwelcome. Your renewal "
      "letter and the portal's billing page show the new amount; I can confirm it and look "
      "for a lower-cost plan option for you." + SIGN),
    D("en", "abuse", "complaint", "none",
      "f*** you and f*** your 'grievance process'. nobody has answered me in a month, "
      "useless pr*cks",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry nobody has answered you in a month. I'll find your "
      "grievance and check where it stands, and reply here." + SIGN),
    D("es", "abuse", "eligibility", "none",
      "Son unos inútiles de mierda, me dieron de baja a mi hija de 20 años y sigue "
      "estudiando. ¿Por qué?",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. Los hijos pueden seguir en el plan "
      "hasta los 26 años, estudien o no; voy a revisar por qué se dio de baja a su hija para "
      "corregirlo y le respondo por aquí." + SIGN),
    D("en", "abuse", "out_of_network", "out_of_network",
      "Thanks SO much for nothing, geniuses. Your directory said Wilder Creek Pain Clinic was "
      "in network. Are you morons even capable of updating a list?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the directory was wrong. {PROVIDER_NAME} is out of "
      "network for the {DATE_OF_SERVICE} claim; the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Because you relied on our directory, you can ask for it to be "
      "reprocessed at the in-network level; tell me and I'll start the request." + SIGN,
      claim=C12("900.00", "360.00", "out_of_network", provider="Wilder Creek Pain Clinic"),
      mentions=["provider"]),
    D("es", "abuse", "pharmacy", "none",
      "Qué bola, ustedes son unos comemierdas. ¿Por qué la farmacia ya no me acepta el "
      "seguro para la metformina?",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. La metformina suele estar cubierta; "
      "puede que la farmacia no sea de la red o que haya un problema con sus datos. Dígame "
      "qué farmacia es y lo reviso." + SIGN,
      drop=COV_UNKNOWN),
    D("en", "abuse", "appeal", "none",
      "lmao ur 'appeals team' is a bunch of braindead monkeys. how long does an appeal take "
      "normally",
      "Hi {MEMBER_FIRST_NAME}, I understand waiting is frustrating. Most appeals are decided "
      "within 30 days for care you haven't had yet and 60 days for claims already billed; "
      "urgent ones are faster. I can check where yours stands." + SIGN),
]
