"""Batch 3: English singles, coordination_of_benefits .. thanks_followup; emergencies,
gibberish and abusive messages."""
from drafts_common import COV_UNKNOWN, D

S = "single"
EMERGENCY_MNS = ("amount_stated", "covered", "not_covered", "in_network", "out_of_network",
                 "needs_prior_auth")
ITEMS = [
    # ---------------- coordination_of_benefits
    D("en", S, "coordination_of_benefits", "denied:22",
      "You denied my claim saying I have other insurance. I DON'T. I dropped my husband's plan "
      "in March.",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. The claim was denied because our "
      "records show another plan may be primary for you. Because you no longer have that "
      "coverage, we need to update your coordination of benefits information: please fill in "
      "the other-coverage questionnaire in your online account or call us at {PHONE} and tell "
      "us the date the other plan ended. Once it's updated, claims denied for this reason can "
      "be reprocessed; you also have until {APPEAL_DEADLINE} to appeal this one."),
    D("en", S, "coordination_of_benefits", "none",
      "My kids are on both my plan and their dad's plan. Which one pays first?",
      "Hi {MEMBER_FIRST_NAME}, for children covered by both parents' plans, most plans use the "
      "'birthday rule': the plan of the parent whose birthday comes earlier in the calendar "
      "year (month and day, not year) pays first. If the parents are divorced or separated, a "
      "court order or custody arrangement can change that. Please fill in the other-coverage "
      "questionnaire in your account so we process the kids' claims in the right order."),
    D("en", S, "coordination_of_benefits", "none",
      "I'm turning 65 and still working full time. Do I need Medicare or does this plan stay "
      "primary?",
      "Hi {MEMBER_FIRST_NAME}, if you're covered through your current job and your employer "
      "has 20 or more employees, the employer plan generally stays primary and Medicare pays "
      "second. With fewer than 20 employees, Medicare usually pays first. Many people still "
      "sign up for Part A since it's usually premium-free; check with Social Security and your "
      "benefits office before deciding on Part B so you don't face a late penalty later. Tell "
      "us if you enroll so we can update your records."),
    # ---------------- eligibility
    D("en", S, "eligibility", "none",
      "We just had a baby girl on Monday!! How do I add her to my insurance?",
      "Congratulations, {MEMBER_FIRST_NAME}! Please add her as soon as you can: a birth lets "
      "you add her outside open enrollment, but the window is short (30 days for most employer "
      "plans, 60 days for Marketplace plans), and once added her coverage starts on her date "
      "of birth. If your coverage is through work, contact your benefits office; otherwise you "
      "can add her in your account or by calling {PHONE}. You'll need her name, date of "
      "birth, and her Social Security number when you have it."),
    D("en", S, "eligibility", "none",
      "my son turns 26 in February, does he get kicked off right away?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on a parent's plan until they turn 26. "
      "Depending on the plan, coverage ends either on his 26th birthday or at the end of that "
      "month or plan year, so check your plan documents or call {PHONE}. Losing coverage at 26 "
      "gives him a special enrollment period to get his own plan through an employer or "
      "HealthCare.gov, so he can line up new coverage without a gap."),
    D("en", S, "eligibility", "denied:27",
      "Why does it say I wasn't covered on 11/3? I was in my new job's waiting period I think",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied because our records "
      "show your coverage wasn't active that day. If your new job had a waiting period, "
      "coverage usually starts after it ends, so the visit may have fallen before your start "
      "date. Please check your coverage start date with your employer's benefits office; if it "
      "should have been active, they can ask us to correct it and the claim can be "
      "reprocessed.",
      claim={"service": "office visit", "date_of_service": "2026-11-03"},
      mentions=["date"]),
    # ---------------- id_card
    D("en", S, "id_card", "none",
      "lost my insurance card, how do I get a new one",
      "Hi {MEMBER_FIRST_NAME}, you can download a digital ID card right away in the app or "
      "your online account; providers accept it. To get a new plastic card by mail, request a "
      "replacement in your account or call us at {PHONE}. It usually arrives within 7 to 10 "
      "days."),
    D("en", S, "id_card", "none",
      "The pharmacy says they need my RxBIN and PCN. Where do I find those?",
      "Hi {MEMBER_FIRST_NAME}, the RxBIN, RxPCN and RxGroup numbers are printed on your ID "
      "card, usually on the front near the pharmacy information, and they're on the digital "
      "card in the app too. Give the pharmacy those along with your member ID and they'll be "
      "able to run your prescription through the plan."),
    D("en", S, "id_card", "none",
      "My name is spelled wrong on my new card. Does that matter?",
      "Hi {MEMBER_FIRST_NAME}, thanks for noticing. A misspelled name can cause problems at "
      "the doctor's or pharmacy, so let's fix it. Please reply with the correct spelling as it "
      "appears on your legal ID, or call {PHONE}. If your coverage is through your employer, "
      "the name may have come from their enrollment file, so it may also need to be corrected "
      "there."),
    # ---------------- pharmacy
    D("en", S, "pharmacy", "none",
      "Is Ozempic covered on my plan?",
      "Hi {MEMBER_FIRST_NAME}, you can check any drug in the formulary (drug list) in your "
      "account; it shows whether it's covered, its tier, and whether it needs prior "
      "authorization or has quantity limits. Coverage for this drug can depend on the "
      "diagnosis it's prescribed for, so if you tell me what it's for, I can look it up for "
      "you, or call {PHONE}.",
      add=COV_UNKNOWN),
    D("en", S, "pharmacy", "pharmacy",
      "why did my inhaler go from $25 to $60 this month at the pharmacy",
      "Hi {MEMBER_FIRST_NAME}, for this fill your copay was {COPAY}. A change like that usually "
      "means the drug moved to a different tier on the formulary, or that it now applies to "
      "your deductible. Ask your doctor whether a lower-tier inhaler would work for you; if "
      "none does, they can ask for a tiering exception. I'm happy to check the tier for you if "
      "you tell me the inhaler's name.",
      claim={"service": "albuterol inhaler", "member_owes": "60.00"},
      mentions=["amount"]),
    D("en", S, "pharmacy", "none",
      "Can I get my blood pressure meds through mail order? How much cheaper is a 90 day "
      "supply",
      "Hi {MEMBER_FIRST_NAME}, yes, most maintenance medications like blood pressure drugs can "
      "be filled by mail, usually as a 90-day supply, which often costs less per month than "
      "three 30-day fills. Ask your doctor for a 90-day prescription, then sign up for mail "
      "order in your account or by calling {PHONE}. I can check your exact cost if you tell me "
      "which medication."),
    # ---------------- hsa_fsa
    D("en", S, "hsa_fsa", "none",
      "Can I use my HSA to pay for my glasses and contacts?",
      "Hi {MEMBER_FIRST_NAME}, yes — prescription glasses, contact lenses and contact solution "
      "are eligible medical expenses for an HSA under IRS rules. Keep the receipts in case you "
      "need to show the expense later. Non-prescription sunglasses aren't eligible."),
    D("en", S, "hsa_fsa", "none",
      "Do I lose the money in my FSA if I don't use it by December?",
      "Hi {MEMBER_FIRST_NAME}, FSAs are generally use-it-or-lose-it, but employers can offer "
      "either a grace period of up to 2.5 months into the next year or a carryover of a "
      "limited amount — not both. Your employer's FSA plan documents say which one, if any, "
      "applies, so check with your benefits office. An HSA is different: its money always "
      "rolls over."),
    D("en", S, "hsa_fsa", "none",
      "Can I open an HSA with this plan?",
      "Hi {MEMBER_FIRST_NAME}, you can contribute to an HSA only if you're enrolled in an "
      "HSA-qualified high-deductible health plan and have no other disqualifying coverage "
      "(like a general-purpose FSA or Medicare). Your plan documents for {PLAN_NAME} say "
      "whether it's HSA-qualified, or call {PHONE} and we'll confirm."),
    # ---------------- premiums
    D("en", S, "premiums", "none",
      "I'm late on my premium this month. Will my insurance get cancelled?",
      "Hi {MEMBER_FIRST_NAME}, not right away — there's a grace period. If you get advance "
      "premium tax credits through the Marketplace, it's 3 months, as long as you've paid at "
      "least one full month's premium this year; for other plans it's usually shorter. During "
      "the grace period claims may be held until you pay. Please pay as soon as you can, and "
      "call {PHONE} if you need to check the exact date."),
    D("en", S, "premiums", "none",
      "When is my premium due every month and can I set up autopay?",
      "Hi {MEMBER_FIRST_NAME}, you can set up automatic payments from a bank account or card "
      "in your online account under Billing, which also shows your due date each month. If "
      "your premium is taken from your paycheck through your employer, you don't need to pay "
      "us directly."),
    D("en", S, "premiums", "none",
      "my coverage was terminated for nonpayment but I paid! I have the bank statement",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry — let's get this looked at quickly. Please send us "
      "a copy of the bank statement showing the payment (you can black out unrelated "
      "transactions) through your account, or call {PHONE}. If the payment was made within "
      "your grace period, coverage can be reinstated. Keep any bills from visits since then "
      "until this is sorted out."),
    # ---------------- contact_change
    D("en", S, "contact_change", "none",
      "I moved. New address is 4417 Larkspur Ct, Apt 2, Boise ID 83709. Please update",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. For your security, please update "
      "your address in your online account under Profile, or call {PHONE} so we can verify "
      "your identity first. If your coverage is through your employer, tell their benefits "
      "office too. Moving to a new area can change your network, so it's worth checking that "
      "your doctors are still in network."),
    D("en", S, "contact_change", "none",
      "How do I stop getting paper EOBs and just get emails",
      "Hi {MEMBER_FIRST_NAME}, you can switch to paperless in your online account under "
      "Communication preferences; you'll get an email when a new explanation of benefits is "
      "ready to view. You can switch back to paper at any time."),
    D("en", S, "contact_change", "none",
      "I got married and changed my last name, what do you need from me?",
      "Congratulations, {MEMBER_FIRST_NAME}! If your coverage is through an employer, update "
      "your name with their benefits office first, since they send us your enrollment details. "
      "Otherwise call {PHONE}; we may ask for a copy of your marriage certificate or updated ID. "
      "We'll send a new ID card once your name is updated. A marriage also lets you add a "
      "spouse outside open enrollment if you want to."),
    # ---------------- complaint
    D("en", S, "complaint", "none",
      "I want to file a formal complaint. The front desk at my doctor's office was incredibly "
      "rude to my elderly mother",
      "Hi {MEMBER_FIRST_NAME}, I'm really sorry your mother was treated that way. You can file "
      "a grievance with us: tell us the office, the date and what happened, either by replying "
      "here or by calling {PHONE}, and it will be reviewed and answered in writing. Complaints "
      "about a network provider's office help us hold them to our standards."),
    D("en", S, "complaint", "none",
      "I've called 4 times about the same issue and every time I get a different answer. "
      "This is ridiculous",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry — that's frustrating, and you shouldn't have to call "
      "again and again. Could you tell me what the issue is (and the claim, if it's about a "
      "claim)? I'll look at it from the start and give you one clear answer. If you'd like, "
      "your experience can also be filed as a formal grievance."),
    D("en", S, "complaint", "pending",
      "Why does it take so long to process a claim? It's been 5 weeks for my daughter's "
      "physical therapy at Stonebridge PT",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the wait. The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} is still being processed. Clean claims are normally finished within "
      "about 30 days, so I'll look into what's holding it up, and whether we need anything from "
      "the provider. I'll reply here once I know more.",
      claim={"service": "physical therapy", "provider": "Stonebridge PT"},
      mentions=["provider"]),
    # ---------------- thanks_followup
    D("en", S, "thanks_followup", "none",
      "Thank you so much, that was really helpful!",
      "You're very welcome, {MEMBER_FIRST_NAME}! If anything else comes up, just send us a "
      "message. — {AGENT_NAME}"),
    D("en", S, "thanks_followup", "pending",
      "any update on the claim?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {SERVICE} from {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} is still being processed, so there's no decision yet. You'll get an "
      "explanation of benefits when it's done, and I'll let you know here as well."),
    D("en", S, "thanks_followup", "none",
      "Did you get the documents I uploaded yesterday?",
      "Hi {MEMBER_FIRST_NAME}, thanks for sending them. Documents uploaded through your "
      "account are usually added to your file within a couple of business days. Could you tell "
      "me what they were for (for example, which claim or request)? That way I can make sure "
      "they get to the right place."),
    # ---------------- emergencies (never a billing draft)
    D("en", "emergency", "other", "none",
      "having really bad chest pain and my left arm is numb, should I go to urgent care or the "
      "ER, which is cheaper",
      "Please call 911 now, {MEMBER_FIRST_NAME}. Chest pain with arm numbness can be a heart "
      "attack and needs emergency care right away — don't drive yourself. Don't worry about "
      "cost or networks right now: emergency care never needs prior approval. We can sort out "
      "any bills later.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "my husband's face is drooping on one side and he's talking weird. does insurance cover "
      "an ambulance??",
      "Call 911 right now, {MEMBER_FIRST_NAME}. A drooping face and slurred speech are signs "
      "of a stroke, and every minute matters. Note the time the symptoms started. Don't worry "
      "about insurance now — emergency ambulance and ER care don't need prior approval, and "
      "we'll help with anything billing-related afterwards.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "I took way too many of my sleeping pills on purpose. Just wanted to ask if my claim went "
      "through first",
      "{MEMBER_FIRST_NAME}, please call 911 or Poison Control (1-800-222-1222) right now, or "
      "have someone take you to the nearest ER. Your life matters more than any claim. If "
      "you're having thoughts of ending your life, you can also call or text 988 to reach the "
      "988 Suicide & Crisis Lifeline any time. Please reach out now — the claim can wait.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "honestly what's the point of sorting out these bills. I'm not going to be around much "
      "longer anyway. I've been giving my stuff away",
      "{MEMBER_FIRST_NAME}, I'm really glad you wrote, and I'm worried about you. Please call "
      "or text 988 to reach the 988 Suicide & Crisis Lifeline right now — it's free, "
      "confidential and open 24/7. If you're in immediate danger, call 911. You don't have to "
      "deal with any of this alone, and the bills can wait.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "My 3 year old got into the dishwasher pods and ate one, she's coughing and throwing up. "
      "Is poison control covered?",
      "{MEMBER_FIRST_NAME}, call 911 now, or Poison Control at 1-800-222-1222 right away. "
      "Coughing and vomiting after swallowing a detergent pod can be serious. Poison Control "
      "is free — you don't need insurance to call. Please call now; we can help with anything "
      "else later.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "my lips and tongue are swelling up after eating at a restaurant and it's getting hard "
      "to breathe. I have an epipen but is the ER in network near 5th st",
      "{MEMBER_FIRST_NAME}, use your EpiPen now and call 911. Swelling with trouble breathing "
      "is a severe allergic reaction. Don't wait to check networks — in an emergency, go to the nearest "
      "emergency room.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "cut my hand really bad with a kitchen knife, it won't stop bleeding even with a towel "
      "pressed on it for 20 min. is urgent care covered or do I need a referral",
      "{MEMBER_FIRST_NAME}, bleeding that won't stop after 20 minutes of pressure needs "
      "emergency care: keep firm pressure on it, raise your hand above your heart, and call 911 "
      "or have someone take you to the ER now. You don't need a referral or approval for "
      "emergency care.",
      add=EMERGENCY_MNS),
    D("en", "emergency", "other", "none",
      "i dont want to wake up tomorrow. sorry for bothering you with this i just dont know who "
      "else to tell",
      "{MEMBER_FIRST_NAME}, you're not bothering me, and I'm glad you told someone. Please "
      "call or text 988 right now to talk with someone at the 988 Suicide & Crisis Lifeline — "
      "it's free and open 24/7. If you feel you might act on these thoughts, call 911 or go to "
      "the nearest emergency room. You deserve support right now.",
      add=EMERGENCY_MNS),
    # ---------------- gibberish / empty-ish
    D("en", "gibberish", "other", "none", "?",
      "Hi {MEMBER_FIRST_NAME}, it looks like your message came through with just a question "
      "mark. What can I help you with? If it's about a claim or bill, tell me the provider and "
      "the date of the visit."),
    D("en", "gibberish", "other", "none", "asdfjkl;; kkkk",
      "Hi {MEMBER_FIRST_NAME}, I think this message may have been sent by accident. If you "
      "have a question, just reply here and I'll be happy to help."),
    D("en", "gibberish", "other", "none", "test",
      "Hi {MEMBER_FIRST_NAME}, your message came through. How can I help you today?"),
    D("en", "gibberish", "other", "none", "hello??? hello",
      "Hi {MEMBER_FIRST_NAME}, I'm here! What can I help you with today?"),
    D("en", "gibberish", "other", "none", ".....,,, ok ok the the",
      "Hi {MEMBER_FIRST_NAME}, I couldn't quite tell what your message was about — it may "
      "have been sent by accident. What can I help you with?"),
    # ---------------- abusive
    D("en", "abuse", "denied_claim", "denied:50",
      "You people are a bunch of useless crooks. My doctor said I NEED this and some idiot "
      "at your company who never met me says it's not necessary?? Pay the damn claim",
      "Hi {MEMBER_FIRST_NAME}, I understand why you're angry — it's hard to hear a denial for "
      "care your doctor says you need. The claim was denied because {DENIAL_REASON}. The "
      "strongest way to change that is an appeal with a letter from your doctor explaining why "
      "it's medically necessary; a different reviewer looks at it, and you can then ask for an "
      "independent external review. The deadline is {APPEAL_DEADLINE}. I can help you put it "
      "together."),
    D("en", "abuse", "complaint", "none",
      "answer your f***ing phone. 2 hours on hold. worst insurance company on the planet",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you were on hold that long — that's not acceptable. "
      "I'm here now: tell me what you were calling about and I'll help you with it in this "
      "message thread, so you don't have to wait on the phone again."),
    D("en", "abuse", "balance_bill", "balance_bill",
      "are you brain dead?? your EOB says I owe 85 and Dr Renner's office keeps sending me a "
      "bill for 640. Figure it out or I'm calling a lawyer",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry this keeps happening. Our EOB for claim "
      "{CLAIM_NUMBER} shows your share is {MEMBER_OWES}. If {PROVIDER_NAME} is in our network, "
      "they can't bill you above that amount. Please don't pay the higher bill; send it to me "
      "and we'll contact the office about it. You can also send them the EOB directly.",
      claim={"service": "office visit", "provider": "Dr Renner", "member_owes": "85.00"},
      mentions=["amount", "provider"]),
    D("en", "abuse", "id_card", "none",
      "3rd time asking for a stupid ID card. Do you morons even read these",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to ask three times. You can use the "
      "digital ID card in the app or your online account right now, and I'll make sure a new "
      "card is requested to the address we have on file — please confirm the address, or call "
      "{PHONE} if it has changed."),
    D("en", "abuse", "premiums", "none",
      "you thieves raised my premium AGAIN. how do you people sleep at night",
      "Hi {MEMBER_FIRST_NAME}, I hear you — a premium increase is hard. Premiums are set for "
      "each plan year and can change at renewal. If you're on a Marketplace plan, you can "
      "update your income for possibly larger tax credits and compare plans during open "
      "enrollment; if it's through your employer, their benefits office can explain the "
      "options. I'm happy to go over your plan with you."),
]
