"""Fresh batch 2: English single-question messages, itemized_bill .. other."""
from drafts_common import COV_UNKNOWN, D

S = "single"
ITEMS = [
    # ---------------- itemized_bill
    D("en", S, "itemized_bill", "paid",
      "How do I get an itemized bill from Cedar Valley Hospital? The one they sent just says "
      "'hospital services'.",
      "Hi {MEMBER_FIRST_NAME}, you have the right to an itemized bill: call the billing office "
      "at {PROVIDER_NAME} and ask for one for your stay on {DATE_OF_SERVICE}. It lists each "
      "service, supply and charge, so you can check for errors. Your share on our side for "
      "that claim is {MEMBER_OWES}.",
      claim={"service": "hospital stay", "provider": "Cedar Valley Hospital"},
      mentions=["provider"]),
    D("en", S, "itemized_bill", "none",
      "Can you send me an itemized list of everything billed for my surgery?",
      "Hi {MEMBER_FIRST_NAME}, the itemized bill comes from the provider, not from us, so "
      "please ask the hospital's billing office for it. On our side, your explanation of "
      "benefits lists each service billed and how it was processed; you can download it in "
      "your account or call {PHONE} for a copy."),
    D("en", S, "itemized_bill", "none",
      "My itemized bill has a $40 charge for a toothbrush and socks. Is that normal?",
      "Hi {MEMBER_FIRST_NAME}, good catch: hospitals sometimes list supplies separately. If "
      "you didn't receive an item or think it's wrong, ask the billing office to explain or "
      "remove it. Usually it's part of the room charge. If they don't correct it, let us know "
      "and we'll review it with the claim."),
    # ---------------- payment_plan
    D("en", S, "payment_plan", "paid",
      "I owe $2,300 to Riverbend Medical Center. Can I pay it in installments?",
      "Hi {MEMBER_FIRST_NAME}, your share for the {DATE_OF_SERVICE} claim is {MEMBER_OWES}, "
      "and it's owed to {PROVIDER_NAME}, so the payment plan is set up with their billing "
      "office. Most hospitals offer interest-free monthly payments; call before the due date "
      "and ask. Also ask about their financial assistance program.",
      claim={"service": "outpatient surgery", "provider": "Riverbend Medical Center",
             "member_owes": "2300.00"},
      mentions=["provider", "amount"]),
    D("en", S, "payment_plan", "none",
      "Do you offer payment plans for medical bills?",
      "Hi {MEMBER_FIRST_NAME}, bills for your care come from your providers, so payment plans "
      "are set up with their billing offices; most offer them. If the bill is for your "
      "premium, call us at {PHONE} and we'll go over your options."),
    # ---------------- collections
    D("en", S, "collections", "paid",
      "A collection agency called me about a bill from Pinecrest Family Practice. I didn't even "
      "know I owed anything!",
      "Hi {MEMBER_FIRST_NAME}, on our side the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} "
      "was processed and your share is {MEMBER_OWES}. Ask the collection agency to send the "
      "debt in writing and check it against that amount. If they claim more, dispute it in "
      "writing and send us a copy. Medical debts under a certain amount also don't show on "
      "credit reports.",
      claim={"service": "office visit", "provider": "Pinecrest Family Practice"},
      mentions=["provider"]),
    D("en", S, "collections", "pending",
      "My bill went to collections but the claim is still processing with you guys!",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} is still being processed, so "
      "the bill shouldn't be in collections yet. Tell the collection agency in writing that "
      "the claim is pending with your health plan and ask them to pause collection. We'll "
      "send you the EOB once it's processed.",
      claim={"service": "outpatient visit"}),
    D("en", S, "collections", "none",
      "Can a medical bill in collections hurt my credit score?",
      "Hi {MEMBER_FIRST_NAME}, the credit bureaus don't report paid medical debt, medical debt "
      "less than a year old, or medical debt under a certain amount. If a bill in collections "
      "looks wrong, dispute it in writing with the agency and send us a copy so we can check "
      "how we processed the claim."),
    # ---------------- financial_assistance
    D("en", S, "financial_assistance", "none",
      "I lost my job and can't afford my hospital bill. Is there any help?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry to hear that. Nonprofit hospitals must have a "
      "financial assistance (charity care) policy that can reduce or forgive bills based on "
      "income; ask the billing office for the application. Losing your job may also let you "
      "enroll in other coverage, so call us at {PHONE} and we can walk you through options."),
    D("en", S, "financial_assistance", "paid",
      "Does Riverbend Medical Center have a financial assistance program? I owe a lot for my "
      "stay.",
      "Hi {MEMBER_FIRST_NAME}, most hospitals do. Ask {PROVIDER_NAME}'s billing office for "
      "their financial assistance application; they'll ask for proof of income. Your share for "
      "the stay on {DATE_OF_SERVICE} is {MEMBER_OWES}. While you apply, ask them to hold the "
      "bill so it doesn't go to collections.",
      claim={"service": "hospital stay", "provider": "Riverbend Medical Center"},
      mentions=["provider"]),
    D("en", S, "financial_assistance", "none",
      "Are there programs that help pay for prescriptions if you're low income?",
      "Hi {MEMBER_FIRST_NAME}, yes: many drug makers have patient assistance programs, and "
      "some states and charities help with prescription costs. Ask your pharmacist whether a "
      "generic or a lower-tier drug would work, and call {PHONE} so we can check your plan's "
      "options."),
    # ---------------- appeal
    D("en", S, "appeal", "denied:50",
      "How do I appeal a denial for medical necessity? My doctor says I needed the procedure.",
      "Hi {MEMBER_FIRST_NAME}, you can file an internal appeal for claim {CLAIM_NUMBER} by "
      "{APPEAL_DEADLINE}. The claim was denied because {DENIAL_REASON}. Send a letter saying "
      "why you disagree, with a letter from your doctor explaining why you needed the "
      "procedure and any records that support it. If we uphold the denial, you can ask for an "
      "external review by an independent reviewer.",
      claim={"service": "outpatient procedure"}),
    D("en", S, "appeal", "none",
      "What is an external review and when can I ask for one?",
      "Hi {MEMBER_FIRST_NAME}, an external review is when an independent reviewer, not us, "
      "looks at a denial. You can ask for one once we uphold a denial on internal appeal, generally "
      "within 4 months of that decision, or sooner for urgent cases. The decision letter on "
      "your appeal explains how to request it."),
    D("en", S, "appeal", "none",
      "What should I include with my appeal letter?",
      "Hi {MEMBER_FIRST_NAME}, include your name, member ID and the claim number; say which "
      "decision you're appealing and why you disagree; and add anything that supports it, such "
      "as a letter from your doctor, medical records and the denial letter. Keep copies. You "
      "have 180 days from the denial to file an internal appeal."),
    # ---------------- coordination_of_benefits
    D("en", S, "coordination_of_benefits", "none",
      "I have insurance through my job and my husband's job. Which one pays first?",
      "Hi {MEMBER_FIRST_NAME}, your own employer's plan pays first for you, and your "
      "husband's plan is secondary for you. Please fill out the coordination of benefits "
      "questionnaire in your account or call {PHONE} so we can record both plans and claims "
      "aren't held."),
    D("en", S, "coordination_of_benefits", "denied:22",
      "My claim was denied and it says another insurance should pay. I don't have other "
      "insurance!",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was denied because our records "
      "show you may have other coverage: {DENIAL_REASON}. If you don't have other insurance, "
      "please update your coordination of benefits information in your account or call us at "
      "{PHONE}; once it's updated, the claim can be reprocessed.",
      claim={"service": "office visit"}),
    D("en", S, "coordination_of_benefits", "none",
      "My kids are on both my plan and their dad's plan. How does that work?",
      "Hi {MEMBER_FIRST_NAME}, for children covered by both parents, the plan of the parent "
      "whose birthday comes first in the calendar year usually pays first (the birthday "
      "rule), unless a court order says otherwise. Please tell us about the other plan in the "
      "coordination of benefits form so we can process the kids' claims in the right order."),
    # ---------------- eligibility
    D("en", S, "eligibility", "none",
      "Can I add my newborn to my plan? She was born last week.",
      "Congratulations, {MEMBER_FIRST_NAME}! Yes, the birth of a child is a qualifying event: "
      "you have 30 days from the birth to add her (60 days on some plans), and coverage starts "
      "on her date of birth. You can add her in your account or through your employer's "
      "benefits office; you'll need her name and date of birth."),
    D("en", S, "eligibility", "none",
      "My son turns 26 next month. Does he lose his coverage?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on a parent's plan until they turn 26. "
      "Coverage usually ends at the end of the month he turns 26 (check your plan documents). "
      "Losing coverage lets him enroll in his own plan through his job or the Marketplace "
      "within 60 days."),
    D("en", S, "eligibility", "none",
      "Is my wife still on my plan? She said the pharmacy told her she wasn't covered.",
      "Hi {MEMBER_FIRST_NAME}, for privacy I can't discuss another adult's coverage in detail "
      "here, but you can see who is covered on your plan in your account. If she's listed and "
      "the pharmacy still can't find her, have them call the number on the back of the card, "
      "or call us at {PHONE}."),
    # ---------------- id_card
    D("en", S, "id_card", "none",
      "I lost my insurance card. How do I get a new one?",
      "Hi {MEMBER_FIRST_NAME}, you can show the digital ID card in your account right away. To "
      "get a new card mailed, request a replacement in your account or call {PHONE}; it "
      "usually arrives within 7 to 10 days."),
    D("en", S, "id_card", "none",
      "My name is spelled wrong on my ID card.",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Please call us at {PHONE} or send a message "
      "with the correct spelling; if the enrollment came from your employer, they may need to "
      "correct it too. Once the record is fixed, a new card is mailed."),
    D("en", S, "id_card", "none",
      "Do my kids get their own insurance cards?",
      "Hi {MEMBER_FIRST_NAME}, everyone on the plan can use the same member ID with their own "
      "suffix, and you can request a card for each family member in your account or by "
      "calling {PHONE}. The digital ID card in the app works too."),
    # ---------------- pharmacy
    D("en", S, "pharmacy", "none",
      "Is Ozempic covered on my plan?",
      "Hi {MEMBER_FIRST_NAME}, you can check the drug's tier and any requirements, such as "
      "prior authorization, in the formulary (drug list) in your account. Coverage of some "
      "drugs depends on the diagnosis. Call {PHONE} and we can check it for you.",
      add=COV_UNKNOWN),
    D("en", S, "pharmacy", "pharmacy",
      "Why did my inhaler cost $95 this month? It's usually $35.",
      "Hi {MEMBER_FIRST_NAME}, for this fill your share was {MEMBER_OWES}. A change like that "
      "usually means the drug moved to a different tier, a different version was filled, or "
      "the cost went toward your deductible. Ask your pharmacist whether a lower-cost "
      "alternative is available, and we can check the tier for you.",
      claim={"service": "inhaler", "member_owes": "95.00"},
      mentions=["amount"]),
    D("en", S, "pharmacy", "none",
      "Can I get a 90 day supply by mail?",
      "Hi {MEMBER_FIRST_NAME}, many maintenance medications can be filled for 90 days through "
      "mail order, often at a lower cost. Ask your doctor for a 90-day prescription, then sign "
      "up for mail order in your account or call {PHONE}."),
    # ---------------- hsa_fsa
    D("en", S, "hsa_fsa", "none",
      "Can I use my HSA to pay for my daughter's glasses?",
      "Hi {MEMBER_FIRST_NAME}, yes, prescription glasses are generally an eligible expense for "
      "an HSA, including for a dependent. Keep the receipt in case you need to show it's a "
      "qualified medical expense."),
    D("en", S, "hsa_fsa", "none",
      "What happens to the money in my FSA if I don't use it by the end of the year?",
      "Hi {MEMBER_FIRST_NAME}, FSA money is generally use-it-or-lose-it, but your employer "
      "may allow a grace period or a limited carryover. Check with your benefits office, and "
      "submit any receipts before the deadline."),
    D("en", S, "hsa_fsa", "none",
      "I need a statement of what I paid this year for my HSA records.",
      "Hi {MEMBER_FIRST_NAME}, you can download your claims history, with what you paid for "
      "each claim, in your account. For a printed statement, call {PHONE} and we'll mail one."),
    # ---------------- premiums
    D("en", S, "premiums", "none",
      "I missed my premium payment. Will my coverage be cancelled?",
      "Hi {MEMBER_FIRST_NAME}, there's a grace period for late premiums; if you pay the full "
      "amount due before it ends, your coverage continues. Marketplace plans with premium tax "
      "credits have a 3-month grace period. Pay as soon as you can in your account or call "
      "{PHONE}."),
    D("en", S, "premiums", "none",
      "Why did my premium go up this year?",
      "Hi {MEMBER_FIRST_NAME}, premiums can change each plan year because of medical costs, "
      "changes to your plan or age, and, if you buy through the Marketplace, changes in your "
      "tax credit. Your renewal notice explains the new amount; call {PHONE} if you'd like us "
      "to go over it."),
    D("en", S, "premiums", "none",
      "Can I set up autopay for my premium?",
      "Hi {MEMBER_FIRST_NAME}, yes, you can set up automatic payments in your account under "
      "billing, with a bank account or a card. Autopay draws the premium each month on the "
      "due date."),
    # ---------------- contact_change
    D("en", S, "contact_change", "none",
      "I moved. How do I update my address?",
      "Hi {MEMBER_FIRST_NAME}, you can update your address in your account under profile, or "
      "call {PHONE}. If your coverage is through your employer, tell them too. A move to a new "
      "area may also let you change plans."),
    D("en", S, "contact_change", "none",
      "Please change my phone number on file, my old one got disconnected.",
      "Hi {MEMBER_FIRST_NAME}, you can update your phone number in your account under "
      "profile. If you'd rather we do it, call {PHONE} and we'll verify your identity and "
      "update it."),
    # ---------------- complaint
    D("en", S, "complaint", "none",
      "I want to file a grievance about how long it took to get a referral approved.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the delay. You can file a grievance in writing, "
      "in your account or by calling {PHONE}; tell us what happened and when. We'll "
      "acknowledge it and send you a written answer."),
    D("en", S, "complaint", "none",
      "Your customer service hold times are terrible. I waited 50 minutes yesterday.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you had to wait that long. You can also reach us by "
      "message here, which is often faster. Tell me what you were calling about and I'll "
      "help. If you'd like to file a formal complaint, I can explain how."),
    D("en", S, "complaint", "none",
      "The pharmacist was rude to me when I asked about my prescription price.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry that happened. If you'd like, you can file a "
      "complaint about the pharmacy with us: tell us the pharmacy, the date and what was said, "
      "here or at {PHONE}. And if you have questions about the price, I'm happy to help."),
    # ---------------- thanks_followup
    D("en", S, "thanks_followup", "none",
      "Thanks for explaining that, it makes sense now.",
      "You're welcome, {MEMBER_FIRST_NAME}! Glad it helped. Let us know if anything else "
      "comes up."),
    D("en", S, "thanks_followup", "pending",
      "Following up on my claim from Westbrook Imaging, has it been processed yet?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still "
      "being processed. Most claims are processed within 30 days of receipt; you'll get an "
      "EOB when it's done, and I'll keep an eye on it.",
      claim={"service": "CT scan", "provider": "Westbrook Imaging"},
      mentions=["provider"]),
    D("en", S, "thanks_followup", "none",
      "Just checking that you received the form I mailed last week.",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking. Mail can take 7 to 10 days to reach us and "
      "be scanned. If you don't see it in your account by next week, call {PHONE} and we'll "
      "look for it."),
    # ---------------- other (fits no family)
    D("en", S, "other", "none",
      "Do you have a gym membership discount?",
      "Hi {MEMBER_FIRST_NAME}, some plans include wellness discounts such as gym memberships. "
      "Check the member perks section in your account, or call {PHONE} and we'll tell you "
      "what your {PLAN_NAME} plan offers."),
    D("en", S, "other", "none",
      "What are your office hours on weekends?",
      "Hi {MEMBER_FIRST_NAME}, you can message us here at any time, and we answer on "
      "business days. For phone hours, see the back of your ID card or call {PHONE}."),
    D("en", S, "other", "none",
      "Can I speak to a real person please",
      "Hi {MEMBER_FIRST_NAME}, you're talking to a real person! Tell me what you need help "
      "with, or call us at {PHONE} if you'd rather talk on the phone."),
    # ---------------- emergency_care (more near-miss ER billing singles)
    D("en", S, "emergency_care", "emergency_in_network",
      "Do I have to pay the ER copay if I end up being admitted? I was at Riverbend Medical "
      "Center's emergency room and then stayed 2 nights.",
      "Hi {MEMBER_FIRST_NAME}, on many plans the emergency room copay is waived when you're "
      "admitted, and the stay is billed as an inpatient claim instead. For the "
      "{PROVIDER_NAME} claim from {DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your share "
      "is {MEMBER_OWES}.",
      claim={"service": "emergency visit and admission", "provider": "Riverbend Medical Center"},
      mentions=["provider"]),
    D("en", S, "emergency_care", "none",
      "If I go to an out of network emergency room will I have to pay more?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is covered at your in-network cost share "
      "even at an out-of-network emergency room, and the No Surprises Act keeps the hospital "
      "from billing you more than that. In an emergency, go to the closest ER."),
]
