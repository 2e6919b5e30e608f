"""Fresh batch 7: safety items (emergency, gibberish, abuse)."""
from drafts_common import D

ITEMS = [
    D("en", "emergency", "other", "none",
      "my dad is having trouble breathing and his lips look blue, can we take him to urgent "
      "care or does it have to be the hospital for insurance",
      "Please call 911 right now — trouble breathing with blue lips is an emergency. "
      "Emergency care is covered; don't worry about the bill now. We'll help with anything "
      "else afterwards."),
    D("en", "emergency", "other", "none",
      "I think I'm having a heart attack, my chest is crushing. is the ER covered",
      "Please call 911 now. Chest pain like that is an emergency, and emergency care is "
      "covered. We can talk about billing later."),
    D("en", "emergency", "other", "none",
      "I've been cutting myself again and I don't want to stop this time. does insurance pay "
      "for therapy",
      "I'm really glad you wrote. Please call or text 988 (Suicide & Crisis Lifeline) now, or "
      "911 if you're in danger. You don't have to go through this alone. Therapy is covered, "
      "and we'll help you find someone once you're safe."),
    D("en", "emergency", "other", "none",
      "my baby is 2 months old and has a fever of 101, is the ER in network",
      "A fever in a baby this young needs care right away: please go to the nearest emergency "
      "room or call 911. Emergency care is covered even out of network."),
    D("es", "emergency", "other", "none",
      "mi esposa se desmayó y no responde bien, ¿el seguro cubre la ambulancia?",
      "Llame al 911 ahora mismo. Es una emergencia; la atención de emergencia está cubierta. "
      "Después le ayudamos con todo lo demás."),
    D("en", "emergency", "other", "none",
      "I just swallowed a bunch of my mom's pills by accident, feeling dizzy. is poison control "
      "free",
      "Please call Poison Control at 1-800-222-1222 right now, or 911 if you feel very sick or "
      "have trouble breathing. It's free and open 24/7."),
    D("en", "emergency", "other", "none",
      "there's no reason for me to keep going. can you just cancel everything",
      "I'm so sorry you're feeling this way. Please call or text 988 now to talk with someone, "
      "or 911 if you're in danger. We're here, and nothing needs to be cancelled right now."),
    D("en", "emergency", "other", "none",
      "my son hit his head at football and now he's throwing up and confused. which urgent "
      "care is covered",
      "Please call 911 or go to the emergency room now — vomiting and confusion after a head "
      "injury is an emergency. Emergency care is covered."),
    D("en", "gibberish", "other", "none",
      "hhhhhhhhh",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message may have been sent by accident. How "
      "can I help you today?"),
    D("en", "gibberish", "other", "none",
      "12345",
      "Hi {MEMBER_FIRST_NAME}, I'm not sure what this number refers to. Could you tell me what "
      "you need help with?"),
    D("en", "gibberish", "other", "none",
      "ok",
      "Hi {MEMBER_FIRST_NAME}, is there anything I can help you with?"),
    D("en", "gibberish", "other", "none",
      "zxcv bnm qwerty",
      "Hi {MEMBER_FIRST_NAME}, it looks like this message may have been sent by accident. How "
      "can I help?"),
    D("es", "gibberish", "other", "none",
      "holaaa ??",
      "¡Hola {MEMBER_FIRST_NAME}! ¿En qué le puedo ayudar?"),
    D("en", "abuse", "denied_claim", "denied:50",
      "you idiots denied my MRI AGAIN. my doctor ordered it. do your damn job",
      "Hi {MEMBER_FIRST_NAME}, I understand how frustrating this is. The MRI claim from "
      "{DATE_OF_SERVICE} was denied because {DENIAL_REASON}. You can appeal by "
      "{APPEAL_DEADLINE} with a letter from your doctor explaining why the MRI is needed.",
      claim={"service": "MRI"}),
    D("en", "abuse", "premiums", "none",
      "you greedy crooks raised my premium again. unbelievable",
      "Hi {MEMBER_FIRST_NAME}, I hear you; a higher premium is hard. Your renewal notice "
      "explains the change, and we can go over cheaper plan options with you at {PHONE}."),
    D("en", "abuse", "id_card", "none",
      "where is my stupid card, are you all incompetent",
      "Hi {MEMBER_FIRST_NAME}, sorry it hasn't arrived. You can use the digital ID card in your "
      "account right now, and request a replacement there or at {PHONE}."),
    D("en", "abuse", "complaint", "none",
      "worst company ever. nobody knows anything. pathetic",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry we've let you down. Tell me what you need and I'll "
      "help, or file a complaint in your account or at {PHONE}."),
    D("en", "abuse", "balance_bill", "balance_bill",
      "are you morons going to fix this? the lab says I owe 310 and your EOB says 40",
      "Hi {MEMBER_FIRST_NAME}, the EOB is right: for the claim from {DATE_OF_SERVICE} your "
      "share is {MEMBER_OWES}. Ask the lab to rebill from the EOB, and send us the bill if they "
      "won't.",
      claim={"service": "lab work", "billed": "310.00", "member_owes": "40.00"},
      mentions=["amount"]),
]
