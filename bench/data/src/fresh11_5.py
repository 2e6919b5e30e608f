"""Twelfth held-out drafts set (stop 29), batch 5: two-question messages, medical emergencies
(safety replies, never billing drafts), gibberish, and abusive messages about a real question
(passive-aggressive, a threat to post online with an insult, Spanish slang, censored letters,
sarcastic "genius"). Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh11_common import SIGN, C11

ITEMS = [
    # ---- two questions in one message ----
    D("en", "multi", "deductible", "none",
      "2 qs: 1) how much deductible do i have left 2) is my new card in the mail yet? thx",
      "Hi {MEMBER_FIRST_NAME}, 1) {DEDUCTIBLE_REMAINING} of your {DEDUCTIBLE} deductible is "
      "left this plan year. 2) I'll check on the card order and let you know; meanwhile the "
      "digital card in the app works at the doctor's office." + SIGN,
      topics=["deductible", "id_card"]),
    D("en", "multi", "eob_question", "paid",
      "EOB row: Greenhaven Pediatrics | 11/03 | billed 300.00 | you owe 40.00\n\nwhat does "
      "'you owe' mean if i already paid a copay at the desk? and can i pay the rest with my "
      "hsa card?",
      "Hi {MEMBER_FIRST_NAME}, 'you owe' is your total share for the {DATE_OF_SERVICE} visit "
      "at {PROVIDER_NAME}: {MEMBER_OWES}. Any copay you paid at the desk counts toward it, so "
      "the bill should only ask for the rest. And yes, your HSA card can pay it: it's a "
      "qualified medical expense." + SIGN,
      claim=C11("300.00", "40.00", provider="Greenhaven Pediatrics", date_of_service="2026-11-03"),
      mentions=["amount", "date", "provider"], topics=["eob_question", "hsa_fsa"]),
    D("en", "multi", "denied_claim", "denied:197",
      "why was the MRI at Oakhurst Spine Center denied, and how do I appeal it? my dr said "
      "they'd handle the auth but apparently not",
      "Hi {MEMBER_FIRST_NAME}, the MRI on {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}: it needed approval first and none was on file. Your "
      "doctor can ask for a retroactive review, and you can appeal by {APPEAL_DEADLINE}, "
      "with a letter from the doctor on why it was needed." + SIGN,
      claim=C11("2200.00", scenario="denied:197", provider="Oakhurst Spine Center"),
      mentions=["provider"], topics=["denied_claim", "appeal"]),
    D("en", "multi", "balance_bill", "balance_bill",
      "got a balance bill from Ravenswood Surgical Assoc for my knee scope. can they do "
      "that? and if i have to pay can i do installments",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} your "
      "share under the plan is {MEMBER_OWES}. If they bill more than that, send us the bill "
      "and we'll check whether it's allowed. For what you do owe, their billing office can "
      "set up monthly payments." + SIGN,
      claim=C11("5400.00", "700.00", "balance_bill", provider="Ravenswood Surgical Assoc"),
      mentions=["provider"], topics=["balance_bill", "payment_plan"]),
    D("es", "multi", "eligibility", "none",
      "Tengo dos preguntas: mi hija cumple 26 en abril, ¿hasta cuándo la cubren? Y me cambié "
      "de casa, ¿cómo actualizo mi dirección?",
      "Hola {MEMBER_FIRST_NAME}, su hija puede seguir en el plan hasta que cumpla 26 años; "
      "cerca de esa fecha puede buscar su propio seguro. Para la dirección, cámbiela en el "
      "portal o mándemela por aquí y la actualizo." + SIGN,
      topics=["eligibility", "contact_change"]),
    D("en", "multi", "ambulance", "ambulance_ground",
      "the ambulance from Harlow Fire & EMS billed me, do i owe that? and the ER bill from "
      "the same night, is that separate?",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} ride with {PROVIDER_NAME} the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}; ground ambulance bills aren't "
      "limited by the No Surprises Act, so send it to us if it's higher. Yes, the emergency "
      "room bills separately; send it and I'll match it to its claim." + SIGN,
      claim=C11("1320.00", "200.00", "ambulance_ground", provider="Harlow Fire & EMS"),
      mentions=["provider"], topics=["ambulance", "emergency_care"]),
    D("en", "multi", "pharmacy", "none",
      "is my son's adhd med covered? and does it need a prior auth? pharmacy said 'call ur "
      "insurance'",
      "Hi {MEMBER_FIRST_NAME}, tell me the medicine's name and strength and I'll check "
      "whether it's on the {PLAN_NAME} formulary and whether it needs prior authorization. "
      "If it does, his doctor sends the request." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN, topics=["pharmacy", "prior_authorization"]),
    D("en", "multi", "premiums", "none",
      "DID MY PREMIUM PAYMENT GO THROUGH? AND CAN I CHANGE THE CARD ON FILE? THANK YOU",
      "Hi {MEMBER_FIRST_NAME}, I'll check the latest payment on your account and confirm "
      "here. You can change the card in the portal under billing, or tell me and I'll walk "
      "you through it." + SIGN,
      topics=["premiums", "contact_change"]),
    D("en", "multi", "out_of_network", "out_of_network",
      "Went to Driftwood Counseling (out of network apparently). How much will you pay, and "
      "is there any help if I can't afford the rest?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan: for the "
      "{DATE_OF_SERVICE} session the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. "
      "Ask the practice about a sliding scale or payment plan; many counsellors offer one."
      + SIGN,
      claim=C11("180.00", "90.00", "out_of_network", provider="Driftwood Counseling"),
      mentions=["provider"], topics=["out_of_network", "financial_assistance"]),
    D("en", "multi", "collections", "paid",
      "a collector called about Birchfield Medical, and honestly your phone line was rude "
      "when I called about it. two things: do I owe it, and how do I complain about the call?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the call. The {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME} shows the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; send "
      "the collector the EOB if they ask for more. I'll log your complaint about the call as "
      "a grievance, and you'll get a written reply." + SIGN,
      claim=C11("420.00", "35.00", provider="Birchfield Medical"),
      mentions=["provider"], topics=["collections", "complaint"]),
    D("es", "multi", "copay_coinsurance", "paid",
      "¿Por qué pagué 50 de copago en Centro Pediátrico Girasol? ¿Y me pueden mandar el "
      "recibo para mi FSA?",
      "Hola {MEMBER_FIRST_NAME}, en la visita del {DATE_OF_SERVICE} en {PROVIDER_NAME} su "
      "parte fue {MEMBER_OWES}, el copago de especialista de {COPAY}. Para la FSA le sirve la "
      "explicación de beneficios; se la puedo mandar." + SIGN,
      claim=C11("210.00", "50.00", provider="Centro Pediátrico Girasol"),
      mentions=["amount", "provider"], topics=["copay_coinsurance", "hsa_fsa"]),
    D("en", "multi", "coordination_of_benefits", "none",
      "i just got medicare, do i keep u as well? which pays first? and do i need a new card",
      "Hi {MEMBER_FIRST_NAME}, it depends on how you're covered with us: with coverage "
      "through an active job at a larger employer, this plan usually pays first and Medicare "
      "second; otherwise Medicare pays first. Send us your Medicare card details and we'll "
      "update your record. Your {PLAN_NAME} card stays the same." + SIGN,
      topics=["coordination_of_benefits", "id_card"]),
    D("en", "multi", "duplicate_charge", "denied:18",
      "was i charged twice by Sundial Imaging? and thank u to whoever helped me last week, "
      "she was great",
      "Hi {MEMBER_FIRST_NAME}, thanks for the kind words, I'll pass them on! The second "
      "claim for {DATE_OF_SERVICE} from {PROVIDER_NAME} was turned down as a duplicate "
      "({DENIAL_REASON}), so you are only charged once." + SIGN,
      claim=C11("540.00", scenario="denied:18", provider="Sundial Imaging"),
      mentions=["provider"], topics=["duplicate_charge", "thanks_followup"]),
    D("en", "multi", "itemized_bill", "emergency_in_network",
      "need the itemized bill for my er visit at Pemberton Memorial, and why was my share "
      "so much?",
      "Hi {MEMBER_FIRST_NAME}, ask {PROVIDER_NAME}'s billing office for the itemised bill. "
      "For the {DATE_OF_SERVICE} emergency visit the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}, which includes the ER copay and coinsurance on tests." + SIGN,
      claim=C11("3400.00", "450.00", "emergency_in_network", provider="Pemberton Memorial"),
      mentions=["provider"], topics=["itemized_bill", "emergency_care"]),
    D("es", "multi", "out_of_pocket_max", "none",
      "¿Cuánto me falta para el máximo? Y otra cosa, ¿cómo se hace una apelación si me "
      "niegan algo?",
      "Hola {MEMBER_FIRST_NAME}, lleva {OOP_MET} de su máximo de {OOP_MAX}. Si le niegan un "
      "reclamo, tiene 180 días desde la negación para pedir una apelación interna; si la "
      "mantienen, puede pedir una revisión externa dentro de 4 meses." + SIGN,
      topics=["out_of_pocket_max", "appeal"]),
    D("en", "multi", "prior_authorization", "none",
      "does a colonoscopy need pre-approval and is Dr. Anselm Oyelaran-Fitch in network?",
      "Hi {MEMBER_FIRST_NAME}, both depend on details I'd like to check rather than guess: "
      "send me the procedure code from the office and the doctor's practice address, and "
      "I'll confirm whether approval is needed and the doctor's network status for "
      "{PLAN_NAME}." + SIGN,
      add=PA_UNKNOWN + NET_UNKNOWN, topics=["prior_authorization", "out_of_network"]),
    D("en", "multi", "complaint", "none",
      "nobody answered my last 2 messages, want to complain. also is my coverage active??",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you didn't hear back; I'll log that as a complaint. "
      "I'll check your coverage status now and reply here." + SIGN,
      topics=["complaint", "eligibility"]),
    D("en", "multi", "financial_assistance", "paid",
      "Is there hardship help for the Glenrock Hospital bill, and can I set up a payment plan "
      "while I wait to hear?",
      "Hi {MEMBER_FIRST_NAME}, yes to both, through {PROVIDER_NAME}: ask their billing "
      "office for the financial assistance form, and ask for a payment plan or a hold while "
      "they decide. Your share for {DATE_OF_SERVICE} is {MEMBER_OWES}." + SIGN,
      claim=C11("7200.00", "950.00", provider="Glenrock Hospital"),
      mentions=["provider"], topics=["financial_assistance", "payment_plan"]),
    # ---- medical emergencies (safety reply) ----
    D("en", "emergency", "other", "none",
      "pls help my dad cant breathe rn his lips r blue, is the hospital on 5th in network??",
      "Call 911 right now: trouble breathing with blue lips is an emergency. Don't worry "
      "about the network; emergency care is covered at any hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "I'm my mother's caregiver. She's diabetic and I can't wake her up, she's sweaty and "
      "cold. Does her plan cover a home visit?",
      "Call 911 right now: a diabetic person who can't be woken is an emergency. Tell the "
      "dispatcher she is diabetic. Emergency care is covered." + SIGN),
    D("en", "emergency", "other", "none",
      "> Thanks for reaching out! How can we help today?\n\nmy chest is really tight and my "
      "left arm is numb, been like 20 min. urgent care or er, which is cheaper",
      "Please call 911 now rather than driving yourself: a tight chest with a numb left arm "
      "can be a heart attack. Cost should not decide this; emergency care is covered." + SIGN),
    D("en", "emergency", "other", "none",
      "MY TODDLER SWALLOWED A BUTTON BATTERY 10 MINUTES AGO. WHICH HOSPITAL DO WE USE",
      "Call 911 now or go to the nearest emergency room right away: a swallowed button "
      "battery is an emergency. Poison Control is at 1-800-222-1222. Any emergency room is "
      "covered." + SIGN),
    D("en", "emergency", "other", "none",
      "nobody would miss me tbh. does ur plan cover funeral stuff, asking for my family",
      "I'm really sorry you're feeling this way, and I'm glad you wrote. Please call or text "
      "988 now to talk with someone at the Suicide and Crisis Lifeline, any time; if you're "
      "in danger right now, call 911. You matter." + SIGN),
    D("en", "emergency", "other", "none",
      "Chat transcript:\n[21:14] Me: my husband fell off the ladder, hit his head, now he's "
      "confused and throwing up\n[21:15] Bot: Please choose a topic\n\nWhich ER is covered?",
      "Call 911 right now: confusion and vomiting after a head injury are emergency signs. "
      "Any emergency room is covered for emergency care." + SIGN),
    D("en", "emergency", "other", "none",
      "my wife's face went droopy and she can't lift her right arm. is the stroke center "
      "covered or do we need a referral",
      "Call 911 now: a drooping face and a weak arm are signs of a stroke, and every minute "
      "counts. No referral is needed for emergency care." + SIGN),
    D("es", "emergency", "other", "none",
      "mi papá tiene el pecho apretado y está sudando mucho, le duele la quijada. ¿A qué "
      "hospital lo llevo que me cubra?",
      "Llame al 911 ahora mismo: presión en el pecho, sudor y dolor en la mandíbula pueden "
      "ser un ataque al corazón. Cualquier sala de emergencias está cubierta." + SIGN),
    D("es", "emergency", "other", "none",
      "Ya no quiero seguir viviendo, estoy cansada de todo. Solo dígame si el seguro cubre a "
      "mis hijos si me pasa algo.",
      "Lamento mucho que se sienta así, y me alegra que haya escrito. Por favor llame o mande "
      "un mensaje al 988 ahora para hablar con alguien; si está en peligro ahora mismo, "
      "llame al 911. Usted importa." + SIGN),
    D("en", "emergency", "other", "none",
      "my grandson took a bunch of my heart pills, i think 6 of them, he is 3. do i call you "
      "or the doctor",
      "Call 911 now, and Poison Control at 1-800-222-1222: heart pills can be very dangerous "
      "for a small child. Emergency care is covered." + SIGN),
    # ---- gibberish ----
    D("en", "gibberish", "other", "none",
      "asdfjkl; asdfjkl;",
      "Hi {MEMBER_FIRST_NAME}, your message came through as random letters. What can we help "
      "you with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "🐸🍕🐸🍕🎈🎈🎈",
      "Hi {MEMBER_FIRST_NAME}, we got a few emoji but no question. How can we help?" + SIGN),
    D("en", "gibberish", "other", "none",
      "mmmmmmmmmmmmmmmmmmmmmmmmm",
      "Hi {MEMBER_FIRST_NAME}, it looks like this was sent by accident. Let us know if you "
      "need anything." + SIGN),
    D("en", "gibberish", "other", "none",
      "k k k k. ... ,,,",
      "Hi {MEMBER_FIRST_NAME}, your message came through without a question. How can we "
      "help?" + SIGN),
    D("es", "gibberish", "other", "none",
      "jajsjsjajsjajs ñññ",
      "Hola {MEMBER_FIRST_NAME}, parece que el mensaje se envió por error. ¿En qué le podemos "
      "ayudar?" + SIGN),
    # ---- abusive, about a real question ----
    D("en", "abuse", "denied_claim", "denied:50",
      "Wow, denied again. Real genius move, guys. Did you need all of your two brain cells "
      "for that one? Why was my PT at Copperline Physical Therapy denied?",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. The claim for "
      "{DATE_OF_SERVICE} at {PROVIDER_NAME} was turned down because {DENIAL_REASON}. You can "
      "appeal by {APPEAL_DEADLINE} with a letter from your therapist or doctor explaining why "
      "the therapy is needed." + SIGN,
      claim=C11("480.00", scenario="denied:50", provider="Copperline Physical Therapy"),
      mentions=["provider"]),
    D("en", "abuse", "balance_bill", "balance_bill",
      "you f***ing idiots let the surgeon bill me twice what the EOB says. fix it",
      "Hi {MEMBER_FIRST_NAME}, I understand you're upset. On the {DATE_OF_SERVICE} claim "
      "from {PROVIDER_NAME} your share under the plan is {MEMBER_OWES}. Please send us the "
      "surgeon's bill and we'll check whether the extra can be charged." + SIGN,
      claim=C11("3800.00", "400.00", "balance_bill", provider="Kingsbridge Surgical")),
    D("en", "abuse", "complaint", "none",
      "Going to post all over Google and Reddit about what a bunch of useless clowns you "
      "are. Six weeks and no answer on my grievance.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've waited six weeks. I'll look up your "
      "grievance now and find out where it stands, and reply here with an update." + SIGN),
    D("en", "abuse", "id_card", "none",
      "Oh sure, take your time, it's only been a month. I'm sure the card is being "
      "hand-carved by the incompetent morons in your mailroom. Where is it?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it's taken this long. I'll check the card order and "
      "reissue it if needed; meanwhile the digital card in the app works at any office."
      + SIGN),
    D("es", "abuse", "pharmacy", "pharmacy",
      "Son unos pendejos, me cobraron 120 por la receta en Farmacia Guadalupana y antes era "
      "la mitad. ¿Qué pasó?",
      "Hola {MEMBER_FIRST_NAME}, entiendo su molestia. En la compra del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME} el plan pagó {PLAN_PAID} y su parte fue {MEMBER_OWES}. Puede subir si "
      "se aplicó al deducible o si cambió el nivel del medicamento; lo reviso." + SIGN,
      claim=C11("260.00", "120.00", "pharmacy", provider="Farmacia Guadalupana"),
      mentions=["amount", "provider"]),
    D("en", "abuse", "premiums", "none",
      "u people r the dumbest company on earth. charged my premium 3x this month. refund "
      "NOW",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the extra charges. I'll check the payments "
      "on your account and make sure any duplicate is refunded, and reply here." + SIGN),
    D("en", "abuse", "out_of_pocket_max", "oop_met",
      "Per my last THREE messages, since apparently reading is hard for you people: my max "
      "is met. Why does Ashbury Oncology still say I owe?",
      "Hi {MEMBER_FIRST_NAME}, sorry you've had to write several times. Your out-of-pocket "
      "maximum is met, and the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} shows the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. If their bill says otherwise, send "
      "it to us and we'll sort it out with them." + SIGN,
      claim=C11("4600.00", scenario="oop_met", provider="Ashbury Oncology"),
      mentions=["provider"]),
    D("en", "abuse", "eligibility", "none",
      "are u all brain dead over there?? my son is 22 and ur letter says he's not covered. "
      "explain",
      "Hi {MEMBER_FIRST_NAME}, I understand how alarming that letter is. Children can stay "
      "on a parent's plan until 26, so I'll look at why the letter was sent and what we need "
      "to correct it, and reply here." + SIGN),
]
