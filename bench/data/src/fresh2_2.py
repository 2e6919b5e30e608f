"""Fresh-2 batch 2: English single questions, second half of the topic families."""
from drafts_common import COV_UNKNOWN, PA_UNKNOWN, D

S = "single"
ITEMS = [
    D("en", S, "emergency_care", "emergency_in_network",
      "Why do I owe anything for my ER visit? I thought emergencies were fully covered.",
      "Hi {MEMBER_FIRST_NAME}, emergency care is covered, but your plan's ER cost share still "
      "applies. For the visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. That amount counts toward your out-of-pocket maximum. {AGENT_NAME}",
      claim={"service": "emergency room visit", "billed": "2600.00", "member_owes": "300.00"}),
    D("en", S, "emergency_care", "none",
      "If I get admitted after going to the emergency room, do I pay two copays?",
      "Hi {MEMBER_FIRST_NAME}, on most plans the ER copay is waived when you're admitted from "
      "the emergency room, and the hospital stay's cost share applies instead. Your {PLAN_NAME} "
      "benefit summary shows how it works for you, or call {PHONE}. {AGENT_NAME}"),
    D("en", S, "itemized_bill", "paid",
      "Cedar Hollow Hospital sent a statement that only says 'services' and a total. Can I "
      "see what the charges actually were?",
      "Hi {MEMBER_FIRST_NAME}, call {PROVIDER_NAME}'s billing office and ask for an itemized "
      "bill for your {DATE_OF_SERVICE} stay; they have to give you one, with each charge and its "
      "code. Compare it with your EOB, and let us know if something looks wrong. {AGENT_NAME}",
      claim={"service": "hospital stay", "provider": "Cedar Hollow Hospital",
             "billed": "8400.00", "member_owes": "900.00"},
      mentions=["provider"]),
    D("en", S, "itemized_bill", "paid",
      "My itemized bill has a charge for a procedure I never had. What now?",
      "Hi {MEMBER_FIRST_NAME}, first ask the provider's billing office to explain or remove that "
      "charge. Tell us which line it is and we'll check the claim from {DATE_OF_SERVICE} on our "
      "side; if it was billed to us in error we can have it corrected. {AGENT_NAME}",
      claim={"service": "outpatient surgery", "billed": "4200.00", "member_owes": "600.00"}),
    D("en", S, "payment_plan", "paid",
      "I can't pay 1,200 at once for my surgery bill. Can I pay it over time?",
      "Hi {MEMBER_FIRST_NAME}, yes, most providers offer payment plans, often without interest. "
      "Call the provider's billing office and ask for one; your share on the {DATE_OF_SERVICE} "
      "claim is {MEMBER_OWES}. You can also ask whether they have financial assistance. "
      "{AGENT_NAME}",
      claim={"service": "surgery", "billed": "9800.00", "member_owes": "1200.00"},
      mentions=["amount"]),
    D("en", S, "payment_plan", "none",
      "Can I set up a payment plan with you guys for my medical bills?",
      "Hi {MEMBER_FIRST_NAME}, bills for care are owed to the provider, so a payment plan is set "
      "up with their billing office, and most offer one. Before you agree to it, check each bill "
      "against its EOB. {AGENT_NAME}"),
    D("en", S, "collections", "paid",
      "A collection agency called me about a bill from Alder Point Clinic. I never even got a "
      "bill!",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that's stressful. Our record of the {PROVIDER_NAME} "
      "claim from {DATE_OF_SERVICE} shows your share is {MEMBER_OWES}. Ask the collector for a "
      "written validation notice, and ask the clinic why no bill reached you; don't pay more "
      "than the EOB shows. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Alder Point Clinic", "billed": "240.00",
             "member_owes": "45.00"},
      mentions=["provider"]),
    D("en", S, "collections", "none",
      "Does an unpaid doctor bill that went to a collector show up on my credit report?",
      "Hi {MEMBER_FIRST_NAME}, paid medical debt no longer appears on credit reports, and unpaid "
      "medical debt isn't reported until it's a year old; small balances aren't reported at all. "
      "If a bill went to collections, send it to us and we'll check the claim behind it. "
      "{AGENT_NAME}"),
    D("en", S, "collections", "pending",
      "I got a collections letter but my claim from Rowan Street Clinic hasn't even been "
      "processed yet.",
      "Hi {MEMBER_FIRST_NAME}, you're right, the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} is "
      "still being processed. Tell the collector and the clinic that the claim is with the plan, "
      "and ask them to pause collection until the EOB is out. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Rowan Street Clinic", "billed": "390.00"},
      mentions=["provider"]),
    D("en", S, "financial_assistance", "none",
      "Are there programs that help pay hospital bills if I lost my job?",
      "Hi {MEMBER_FIRST_NAME}, yes. Nonprofit hospitals must have a financial assistance "
      "program, also called charity care, and many reduce or forgive bills based on income. Ask "
      "the hospital's billing office for the application. {AGENT_NAME}"),
    D("en", S, "financial_assistance", "paid",
      "Can Willowmere Medical Center lower my bill? I'm a single mom and money is tight.",
      "Hi {MEMBER_FIRST_NAME}, please ask {PROVIDER_NAME} for its financial assistance "
      "application; many hospitals reduce your share based on household income. Your share on "
      "the {DATE_OF_SERVICE} claim is {MEMBER_OWES}, and they can also set up a payment plan "
      "while it's reviewed. {AGENT_NAME}",
      claim={"service": "hospital visit", "provider": "Willowmere Medical Center",
             "billed": "3300.00", "member_owes": "700.00"},
      mentions=["provider"]),
    D("en", S, "appeal", "denied:50",
      "How do I appeal my denied MRI? My doctor says I need it.",
      "Hi {MEMBER_FIRST_NAME}, the MRI claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. Send us a written appeal by {APPEAL_DEADLINE} with a letter from your "
      "doctor explaining why the MRI is medically necessary and any records that support it. "
      "{AGENT_NAME}",
      claim={"service": "MRI", "billed": "1900.00"}),
    D("en", S, "appeal", "none",
      "My appeal was turned down. Is there anyone outside the insurance company who can look at it?",
      "Hi {MEMBER_FIRST_NAME}, an external review is when an independent reviewer, not the plan, "
      "looks at a denial. You can ask for one when the plan upholds a denial after your internal "
      "appeal, within 4 months of that decision. The final appeal letter explains how. {AGENT_NAME}"),
    D("en", S, "appeal", "none",
      "What should I include when I send in an appeal?",
      "Hi {MEMBER_FIRST_NAME}, include a letter saying why you disagree, a copy of the denial or "
      "EOB, your member ID, and anything that supports your case, such as a letter from your "
      "doctor and medical records. You have 180 days from the denial to appeal. {AGENT_NAME}"),
    D("en", S, "coordination_of_benefits", "none",
      "Both my husband's employer and mine give us coverage. For my own doctor visits, whose plan gets billed first?",
      "Hi {MEMBER_FIRST_NAME}, the plan from your own job pays first for you, and your husband's "
      "plan pays second. Please tell us about the other plan at {PHONE} or in your account so "
      "your claims are processed in the right order. {AGENT_NAME}"),
    D("en", S, "coordination_of_benefits", "denied:22",
      "The EOB says another insurer is responsible, but you're the only coverage I have. What's going on?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. If you have no other coverage, please confirm it in the coordination of "
      "benefits form in your account or at {PHONE}, and the claim can then be processed again. "
      "{AGENT_NAME}",
      claim={"service": "office visit", "billed": "210.00"}),
    D("en", S, "eligibility", "none",
      "Can I add my new stepdaughter to my plan?",
      "Hi {MEMBER_FIRST_NAME}, yes, stepchildren can usually be added as dependants up to age "
      "26. Gaining a dependant through marriage is a qualifying event, so ask within 30 days "
      "(60 for some plans). Your employer's benefits office or {PHONE} can start it. "
      "{AGENT_NAME}"),
    D("en", S, "eligibility", "none",
      "When does my son get dropped from my insurance? He's 25.",
      "Hi {MEMBER_FIRST_NAME}, children can stay on your plan until they turn 26, usually "
      "through the end of that month or plan year. Before then he can look at his employer's "
      "plan or the Marketplace, where losing coverage opens a special enrollment period. "
      "{AGENT_NAME}"),
    D("en", S, "id_card", "none",
      "My card has my name spelled wrong. Can you fix it?",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Please call {PHONE} or use your account to "
      "confirm the correct spelling, and a corrected card can be sent. Until it arrives you can "
      "use the digital card. {AGENT_NAME}"),
    D("en", S, "id_card", "none",
      "Where do I find my member ID if I don't have the card on me?",
      "Hi {MEMBER_FIRST_NAME}, your member ID is on the digital ID card in your account and in "
      "the app, and on your EOBs. Call {PHONE} if you can't sign in. {AGENT_NAME}"),
    D("en", S, "pharmacy", "none",
      "My pharmacy says my inhaler needs prior authorization. What do I do?",
      "Hi {MEMBER_FIRST_NAME}, the prescriber's office asks us for the authorization; please let "
      "them know the pharmacy needs it. Once it's approved the pharmacy can fill it. Ask the "
      "pharmacist whether a covered alternative could work in the meantime. {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", S, "pharmacy", "none",
      "My three maintenance prescriptions are eating my budget every month. Any ways to pay less?",
      "Hi {MEMBER_FIRST_NAME}, a 90-day supply through mail order often costs less than three "
      "monthly fills, and generics cost less than brands. Ask your doctor whether a lower-tier "
      "drug on the formulary would work for you. {AGENT_NAME}"),
    D("en", S, "pharmacy", "none",
      "How do I know what tier my medicine is?",
      "Hi {MEMBER_FIRST_NAME}, the drug list (formulary) in your account shows each medicine's "
      "tier and whether it needs prior authorization. You can search by name, or call {PHONE} "
      "and we'll look it up. {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", S, "hsa_fsa", "none",
      "Is a new pair of prescription eyeglasses something my HSA debit card can be used for?",
      "Hi {MEMBER_FIRST_NAME}, yes, prescription glasses and contacts are qualified medical "
      "expenses for an HSA. Keep the receipt in case you need to show what it paid for. "
      "{AGENT_NAME}"),
    D("en", S, "hsa_fsa", "none",
      "What happens to the money in my FSA at the end of the year?",
      "Hi {MEMBER_FIRST_NAME}, unused FSA dollars are normally forfeited at year end. Some "
      "employers add a short grace period or let a small amount roll over. Check with your benefits office, and submit any "
      "receipts before the deadline. {AGENT_NAME}"),
    D("en", S, "premiums", "none",
      "I forgot to pay this month's premium, it was due last week. Am I still insured?",
      "Hi {MEMBER_FIRST_NAME}, not right away: there's a grace period to pay. If you get premium "
      "tax credits through the Marketplace it's 3 months. Please pay as soon as you can, and call "
      "{PHONE} if you need help. {AGENT_NAME}"),
    D("en", S, "premiums", "none",
      "Can I change how I pay my premium to automatic payments?",
      "Hi {MEMBER_FIRST_NAME}, yes, you can set up automatic payments in the billing section of "
      "your account, from a bank account or card. Call {PHONE} if you'd like help. {AGENT_NAME}"),
    D("en", S, "contact_change", "none",
      "We just relocated across town. Where do I put the new street address?",
      "Hi {MEMBER_FIRST_NAME}, you can change your address in your account profile, or call "
      "{PHONE}. If your coverage is through work, tell your benefits office too. A move to a new "
      "area may change your network. {AGENT_NAME}"),
    D("en", S, "contact_change", "none",
      "Please stop sending me letters by mail, email only.",
      "Hi {MEMBER_FIRST_NAME}, you can choose paperless delivery in your account's communication "
      "preferences. Some notices must still be mailed by law. {AGENT_NAME}"),
    D("en", S, "complaint", "none",
      "I waited on hold 45 minutes yesterday and then got disconnected. Very disappointed.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that shouldn't have happened. I'm here now; tell me "
      "what you were calling about and I'll help. If you'd like to file a formal complaint, you "
      "can do it in your account or at {PHONE}. {AGENT_NAME}"),
    D("en", S, "complaint", "none",
      "What's the process for a formal grievance? I want it on record.",
      "Hi {MEMBER_FIRST_NAME}, you can file a grievance in writing, in your account or by "
      "calling {PHONE}. Tell us what happened, when and who was involved, and you'll get a "
      "written answer. {AGENT_NAME}"),
    D("en", S, "thanks_followup", "none",
      "Thanks so much, that answered my question!",
      "You're welcome, {MEMBER_FIRST_NAME}! Glad I could help. Write any time. {AGENT_NAME}"),
    D("en", S, "thanks_followup", "pending",
      "Checking back on my claim, it's been a week since I wrote. Anything new?",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in. The claim from {DATE_OF_SERVICE} is still "
      "being processed. You'll get an EOB once it's done, and I'll keep an eye on it. "
      "{AGENT_NAME}",
      claim={"service": "office visit", "billed": "260.00"}),
    D("en", S, "other", "none",
      "Do you offer a nurse line I can call at night?",
      "Hi {MEMBER_FIRST_NAME}, many plans include a 24/7 nurse line; the number is on the back of "
      "your ID card, or call {PHONE} to be connected. For an emergency, call 911. {AGENT_NAME}"),
    D("en", S, "other", "none",
      "Can I get my plan documents in large print?",
      "Hi {MEMBER_FIRST_NAME}, yes, we can send your plan documents in large print. Call {PHONE} "
      "to ask for them. {AGENT_NAME}"),
]
