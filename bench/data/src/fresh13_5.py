"""Fourteenth held-out drafts set (stop 31), batch 5: a few more scored questions, medical
emergencies (safety replies, never billing drafts), gibberish, and abusive messages about a real
question. Emergencies come as an SMS thread, Spanglish, a caregiver for a parent or a disabled
adult child, an interpreter relaying, dictated punctuation, a bulleted list, emoji and a
rambling message with the emergency buried in it; the abusive ones use masked swearing, a
passive-aggressive dig, Spanglish insults and an insult inside a long polite message.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh13_common import SIGN, C13

ITEMS = [
    # ---- a few more scored questions ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER visit at Northgate Medical Center for my daughter (she's 34, has autism, I'm her "
      "guardian). The EOB came. What does she owe?",
      "Hi {MEMBER_FIRST_NAME}, I hope she's doing better. For the {DATE_OF_SERVICE} "
      "emergency visit at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and her share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C13("2200.00", "150.00", "emergency_in_network",
                provider="Northgate Medical Center"),
      mentions=["provider"]),
    D("en", "single", "deductible", "none",
      "My 'deductible' is $30 at the doctor, right? That's what the card says.",
      "Hi {MEMBER_FIRST_NAME}, the amount on your card is the copay for an office visit, "
      "which is different from the deductible. Your deductible is {DEDUCTIBLE}, and "
      "{DEDUCTIBLE_REMAINING} of it is left this plan year; copay visits are covered even "
      "before it's met." + SIGN),
    D("en", "single", "eob_question", "paid",
      "EOB line: 'G0439 annual wellness visit, allowed 0.00'?? wait did you not pay it? "
      "The portal shows the claim from Elmstead Primary Care",
      "Hi {MEMBER_FIRST_NAME}, G0439 is the code for the yearly wellness visit. For the "
      "{DATE_OF_SERVICE} claim from {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}; the EOB line you quote may be a second line on the claim "
      "that carries no charge." + SIGN,
      claim=C13("320.00", "0.00", provider="Elmstead Primary Care"),
      mentions=["provider"]),
    D("en", "long", "out_of_pocket_max", "none",
      "Hello again, it's me, the one with the twins. Sorry, I know I write a lot. We've had "
      "the NICU, then the pediatrician every week, then the lactation consultant, then my "
      "own follow-ups, and honestly I stopped opening the envelopes around August. My "
      "husband says we must be at the max by now because of the NICU alone. Are we?",
      "Hi {MEMBER_FIRST_NAME}, write as often as you need. Your family has paid {OOP_MET} of "
      "the {OOP_MAX} out-of-pocket maximum this plan year. Once it's reached, covered "
      "in-network care is paid in full until {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "prior_authorization", "none",
      "My autocorrect keeps changing 'prior auth' to 'prior aunt' lol. anyway does my "
      "physical therapy need one after the first 12 visits?",
      "Hi {MEMBER_FIRST_NAME}, ha, that's a good one. Many plans ask for prior "
      "authorization after a set number of therapy visits; I'll check the limit on "
      "{PLAN_NAME} and whether your therapist has asked for more visits." + SIGN),
    D("en", "typo", "collections", "none",
      "Question about a collection notice: does a medical debt under $500 even go on my "
      "credit report? Someone told me the rules changed",
      "Hi {MEMBER_FIRST_NAME}, you heard right: the credit bureaus no longer report paid "
      "medical debt or medical debt under a set amount. Still, don't ignore the notice; ask "
      "the agency in writing to confirm the debt, and tell me the provider so I can check "
      "our side." + SIGN),
    D("en", "single", "duplicate_charge", "none",
      "> \"I'll ask the provider to refund the extra payment\" -- that was your reply 3 weeks "
      "ago. no refund yet. what's next?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it's taking this long. I'll contact the provider "
      "again about the refund and ask for a date; if they don't answer, I'll raise it with "
      "our provider relations team. I'll reply here." + SIGN),
    D("en", "single", "itemized_bill", "none",
      "Is an itemized bill the same as an EOB? The hospital says they sent me one but I "
      "only have the thing from you",
      "Hi {MEMBER_FIRST_NAME}, no: the EOB comes from us and shows how the claim was paid; "
      "the itemized bill comes from the hospital and lists each service and charge. Ask the "
      "hospital's billing office to send the itemized bill again." + SIGN),
    D("en", "typo", "premiums", "none",
      "Does my premium go down when my son turns 26 and comes off? I payed for family "
      "coverage",
      "Hi {MEMBER_FIRST_NAME}, it can. If he's your only dependent, your coverage may move "
      "from family to a lower tier; I'll check what your premium will be once he comes off "
      "at 26." + SIGN),
    D("en", "single", "appeal", "none",
      "Dictated: I need help writing my appeal letter period What should I put in it "
      "question mark",
      "Hi {MEMBER_FIRST_NAME}, happy to help. Include your name and member ID, the claim or "
      "service, why you think the decision is wrong, and a letter or notes from your "
      "doctor. Keep a copy; I can look it over before you send it." + SIGN),
    D("en", "multi", "thanks_followup", "none",
      "thanks for sorting the address!! 😊 also quick one: my wife starts Medicare in May, "
      "does she need a new card from you too?",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! If your wife stays on our plan alongside "
      "Medicare, she keeps her card from us and shows both cards at appointments; if her "
      "plan with us changes, we'll mail a new one." + SIGN,
      topics=["thanks_followup", "id_card"]),
    D("en", "single", "eligibility", "none",
      "I'm 64 and retiring in the spring. Can I stay on this plan until Medicare or do I "
      "need something in between?",
      "Hi {MEMBER_FIRST_NAME}, when you retire you can usually keep this plan through COBRA "
      "until Medicare starts at 65, or choose a Marketplace plan. Your retirement date and "
      "birthday decide how long the gap is; I can walk you through both." + SIGN),
    # ---- medical emergencies (safety reply) ----
    D("en", "emergency", "other", "none",
      "[7:41] mom fell again\n[7:41] she's not making sense\n[7:42] one side of her mouth "
      "is drooping\n[7:42] which hospital is in network",
      "Please call 911 right now: confusion and a drooping mouth can be a stroke, and every "
      "minute counts. Any emergency room is covered; don't look for a network "
      "hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "My son is 29, nonverbal, and he's been having a seizure for about six minutes now, "
      "it's not stopping. His rescue meds are at his day program. Is the ER copay the same "
      "at the children's hospital?",
      "Call 911 now: a seizure lasting more than five minutes is an emergency. Stay with "
      "him, keep him on his side and away from hard objects. Emergency care is covered at "
      "any hospital." + SIGN),
    D("en", "emergency", "other", "none",
      "I am the interpreter for Mr. Osei. He says his chest is very tight, pain goes to the "
      "left arm, and he is sweating. He is asking if he can come tomorrow to the clinic "
      "instead because of the cost.",
      "Please tell him to call 911 now, or call for him: chest tightness spreading to the "
      "arm with sweating can be a heart attack and can't wait until tomorrow. Emergency "
      "care is covered." + SIGN),
    D("en", "emergency", "other", "none",
      "dictated comma sorry period i cut my hand on a saw and it wont stop bleeding comma "
      "theres a lot of blood period do i need a referral for urgent care question mark",
      "Call 911 now and press firmly on the wound with a clean cloth: bleeding that won't "
      "stop is an emergency. No referral is needed for emergency care." + SIGN),
    D("en", "emergency", "other", "none",
      "😭😭 can't breathe right my throat feels tight after eating shrimp 😭 is the ER "
      "covered",
      "Call 911 right now and use an epinephrine pen if you have one: a tight throat after "
      "eating can be a severe allergic reaction. Yes, emergency care is covered." + SIGN),
    D("es", "emergency", "other", "none",
      "Mi papá de 75 años tiene dolor de pecho desde hace una hora y está sudando mucho. "
      "¿Lo llevo a urgent care o al hospital? Which one does the plan pay?",
      "Llame al 911 ahora mismo: dolor de pecho con mucho sudor puede ser un infarto. No lo "
      "lleve en carro; cualquier sala de emergencias está cubierta." + SIGN),
    D("en", "emergency", "other", "none",
      "- I've been thinking about ending it\n- I have a plan\n- does my insurance cover "
      "therapy or is that extra",
      "I'm really glad you told us, and I'm worried about you. Please call or text 988 now "
      "to reach the Suicide and Crisis Lifeline, or call 911 if you might act on it. Yes, "
      "therapy is covered, and we'll help you find someone once you're safe." + SIGN),
    D("en", "emergency", "other", "none",
      "Sorry, this is long. I've been meaning to ask about my husband's bill from his knee "
      "surgery, and also whether his physical therapy needs an authorization, and I wanted "
      "to say thanks to whoever fixed the card. But right now he is very pale, his calf is "
      "swollen and hot, and he just said he can't catch his breath. Should he wait to ask "
      "his surgeon tomorrow?",
      "Please call 911 now: a swollen, hot calf after surgery with sudden shortness of "
      "breath can be a blood clot in the lungs. Don't wait until tomorrow. We can go over "
      "the bill later." + SIGN),
    D("en", "emergency", "other", "none",
      "My grandma (88) took her heart pills twice this morning by mistake, now she's dizzy "
      "and her pulse feels really slow. She's on your Medicare plan, which pharmacy line "
      "do I call?",
      "Please call 911 now: a double dose of heart medicine with dizziness and a slow pulse "
      "needs emergency care. Poison Control at 1-800-222-1222 can also help, but call 911 "
      "first." + SIGN),
    # ---- gibberish ----
    D("en", "gibberish", "other", "none",
      "qwqwqw plplpl",
      "Hi {MEMBER_FIRST_NAME}, your message came through as random letters. What can we "
      "help you with?" + SIGN),
    D("en", "gibberish", "other", "none",
      "🐸🐸 ppp 🙃 vvv",
      "Hi {MEMBER_FIRST_NAME}, we got some emoji but no question. How can we help?" + SIGN),
    D("en", "gibberish", "other", "none",
      "period period new line comma comma",
      "Hi {MEMBER_FIRST_NAME}, it looks like your voice dictation sent this by accident. "
      "Let us know what you need." + SIGN),
    D("en", "gibberish", "other", "none",
      "jfjfjfk dkdkdkdls akakak",
      "Hi {MEMBER_FIRST_NAME}, this looks like it was sent by accident. Let us know if you "
      "need anything." + SIGN),
    D("en", "gibberish", "other", "none",
      "asdfglkj lkjhlkjh",
      "Hi {MEMBER_FIRST_NAME}, it seems this message was sent by mistake. What can we help "
      "you with?" + SIGN),
    # ---- abusive, about a real question ----
    D("en", "abuse", "denied_claim", "denied:50",
      "you f***ing clowns denied my CT at Ridgeline Diagnostics. explain yourselves",
      "Hi {MEMBER_FIRST_NAME}, I understand the frustration. The {DATE_OF_SERVICE} CT at "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}. You can appeal by "
      "{APPEAL_DEADLINE} with a letter from your doctor explaining why it was needed." + SIGN,
      claim=C13("1600.00", scenario="denied:50", provider="Ridgeline Diagnostics"),
      mentions=["provider"]),
    D("en", "abuse", "id_card", "none",
      "I'll type slowly since reading clearly isn't your team's strong suit, you "
      "half-wits: WHERE is my son's card? He's been on the plan three weeks.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the card hasn't arrived. I'll check the order and "
      "send a new one if needed; his digital card in the app works meanwhile." + SIGN),
    D("es", "abuse", "premiums", "none",
      "You guys son unos rateros de mierda, me subieron la prima otra vez. ¿Cuánto es ahora?",
      "Hola {MEMBER_FIRST_NAME}, entiendo que la subida molesta. La prima nueva aparece en "
      "la carta de renovación y en la sección de pagos del portal; se la confirmo y le busco "
      "opciones más baratas si quiere." + SIGN),
    D("en", "abuse", "complaint", "none",
      "Dear Member Services, I hope this finds you well. I have written three times about "
      "my mother's wheelchair repair and have been patient throughout. Frankly, you are "
      "the most incompetent pack of a$$hats I have ever dealt with. Could you please tell "
      "me who handles repair approvals? Kind regards.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to write three times. I'll find the "
      "repair request for your mother's wheelchair, check who is handling it, and reply "
      "here." + SIGN),
    D("en", "abuse", "pharmacy", "none",
      "ur pharmacy ppl r total sh!tbags, my insulin is STILL not approved. when",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're still waiting for your insulin. I'll check "
      "the approval now; meanwhile the pharmacy can give an emergency supply." + SIGN),
    D("en", "abuse", "appeal", "none",
      "Hey genius, yes you, the one who 'reviewed' my appeal with your eyes closed. How do I "
      "get someone with a brain to look at it?",
      "Hi {MEMBER_FIRST_NAME}, I hear you. After the internal appeal, you can ask for an "
      "external review by an independent reviewer outside the plan; the decision letter "
      "explains how, and I can help you file it." + SIGN),
    D("en", "abuse", "balance_bill", "balance_bill",
      "Stop sending me to Oakfield Anesthesia Partners you useless morons!!! they billed me "
      "again for what you didn't pay. is this allowed",
      "Hi {MEMBER_FIRST_NAME}, I understand. For the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME}, your share on the EOB is {MEMBER_OWES}. If the surgery was at an "
      "in-network facility, they generally can't bill you more than that; please hold off "
      "paying while I check." + SIGN,
      claim=C13("1500.00", "120.00", "balance_bill", provider="Oakfield Anesthesia Partners"),
      mentions=["provider"]),
    D("en", "abuse", "eligibility", "none",
      "🤡🤡 congrats u dumb***es dropped my daughter at 25. she's not 26 til june. fix it",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that shouldn't happen: she can stay on the plan "
      "until she turns 26. I'll look into why she was removed and get it corrected." + SIGN),
]
