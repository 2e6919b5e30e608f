"""Fresh batch 1: English single-question messages, deductible .. duplicate_charge.

Written for the fresh held-out set (drafts_heldout_fresh.jsonl) before any tuning of issue 10's
work, from general knowledge of member-services questions, without reading the demo history.
"""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

S = "single"
ITEMS = [
    # ---------------- deductible
    D("en", S, "deductible", "none",
      "Quick question: when does my deductible reset? I want to know if I should get my MRI done "
      "before the end of the year.",
      "Hi {MEMBER_FIRST_NAME}, your deductible resets when your plan year ends on "
      "{PLAN_YEAR_END}. So far you've met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so "
      "{DEDUCTIBLE_REMAINING} is left. An MRI done before then counts toward this year's "
      "deductible. An MRI often needs prior authorization, so ask the ordering doctor to check "
      "that first."),
    D("en", S, "deductible", "partial_deductible",
      "I got an EOB for my ultrasound at Westbrook Imaging and part of it says 'applied to "
      "deductible'. What does that mean exactly?",
      "Hi {MEMBER_FIRST_NAME}, 'applied to deductible' means that part of the allowed amount is "
      "yours to pay because your deductible wasn't met yet. On the {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE}, {DEDUCTIBLE_APPLIED} went to your deductible, the plan paid "
      "{PLAN_PAID}, and you owe {MEMBER_OWES} in total. You have {DEDUCTIBLE_REMAINING} left "
      "on your deductible this plan year.",
      claim={"service": "ultrasound", "provider": "Westbrook Imaging"},
      mentions=["provider"]),
    D("en", S, "deductible", "none",
      "Do preventive visits count against my deductible? My annual physical is next month.",
      "Hi {MEMBER_FIRST_NAME}, preventive care such as your annual physical is covered at no "
      "cost when you see an in-network provider, so you don't pay toward your deductible for "
      "it. If the doctor also treats a problem during the visit, that part may be billed as a "
      "regular office visit and go toward your deductible ({DEDUCTIBLE_REMAINING} left this "
      "plan year)."),
    # ---------------- copay_coinsurance
    D("en", S, "copay_coinsurance", "paid",
      "My physical therapy copay was supposed to be $30 but Summit Orthopedics charged me $58. "
      "Can you explain?",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} your share "
      "is {MEMBER_OWES}: a copay of {COPAY} and coinsurance of {COINSURANCE}. Some therapy "
      "visits bill more than one service, and each can carry its own cost share. If the "
      "office charged more than the EOB says you owe, ask them to correct the bill to match "
      "the EOB.",
      claim={"service": "physical therapy", "provider": "Summit Orthopedics",
             "member_owes": "58.00"},
      mentions=["provider", "amount"]),
    D("en", S, "copay_coinsurance", "none",
      "Is coinsurance 20% of what the doctor charges or 20% of something else?",
      "Hi {MEMBER_FIRST_NAME}, coinsurance is a percentage of the plan's allowed amount, not of "
      "the doctor's full charge. For in-network care the allowed amount is the rate we agreed "
      "with the provider, which is usually lower than the billed charge. Coinsurance applies "
      "after your deductible is met, until you reach your out-of-pocket maximum."),
    D("en", S, "copay_coinsurance", "none",
      "Do I pay a copay for a telehealth visit or is it free?",
      "Hi {MEMBER_FIRST_NAME}, telehealth visits usually have a copay like an office visit, "
      "and many plans set a lower one for virtual visits. Your {PLAN_NAME} benefit summary "
      "lists the exact copay; you can find it in your account or call {PHONE} and we'll read "
      "it to you."),
    # ---------------- out_of_pocket_max
    D("en", S, "out_of_pocket_max", "none",
      "How close am I to my out of pocket maximum?",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum this plan year. Once you reach it, the plan pays 100% of covered in-network "
      "care until the plan year ends on {PLAN_YEAR_END}."),
    D("en", S, "out_of_pocket_max", "none",
      "Does my monthly premium count toward the out-of-pocket max?",
      "Hi {MEMBER_FIRST_NAME}, no — premiums don't count toward the out-of-pocket maximum. "
      "What counts is what you pay for covered in-network care: your deductible, copays and "
      "coinsurance. You're at {OOP_MET} of your {OOP_MAX} maximum this plan year."),
    D("en", S, "out_of_pocket_max", "oop_met",
      "I thought I reached my out of pocket max but I'm getting an EOB from Cedar Valley "
      "Hospital. Do I owe anything?",
      "Hi {MEMBER_FIRST_NAME}, you have reached your out-of-pocket maximum, and on the "
      "{PROVIDER_NAME} claim from {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and you owe "
      "{MEMBER_OWES}. If the hospital sends you a bill for more than that, send us a copy and "
      "we'll help sort it out with them.",
      claim={"service": "outpatient surgery", "provider": "Cedar Valley Hospital"},
      mentions=["provider"]),
    # ---------------- eob_question
    D("en", S, "eob_question", "paid",
      "On my EOB there's a line called 'provider discount' for $212. What is that and do I "
      "need to pay it?",
      "Hi {MEMBER_FIRST_NAME}, the provider discount is the difference between what the "
      "provider billed ({BILLED}) and the plan's allowed amount ({ALLOWED}). Because the "
      "provider is in our network, they agreed to that rate, so you don't pay the discount. "
      "For the visit on {DATE_OF_SERVICE}, your share is {MEMBER_OWES}.",
      claim={"service": "specialist visit", "billed": "530.00"}),
    D("en", S, "eob_question", "none",
      "Is the explanation of benefits a bill? It says 'this is not a bill' but has an amount "
      "due.",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits (EOB) is not a bill. It shows what "
      "the provider charged, what the plan allowed and paid, and what you may owe. The "
      "provider sends the actual bill; before you pay it, check that it matches the 'you may "
      "owe' line on your EOB."),
    D("en", S, "eob_question", "paid",
      "Got an EOB from Pinecrest Family Practice and I can't tell how much I actually owe. Too "
      "many columns.",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}: the office "
      "billed {BILLED}, the plan allowed {ALLOWED} and paid {PLAN_PAID}. The line to look at "
      "is 'you may owe', which is {MEMBER_OWES}. That's the most the office should bill you "
      "for that visit.",
      claim={"service": "office visit", "provider": "Pinecrest Family Practice"},
      mentions=["provider"]),
    # ---------------- denied_claim
    D("en", S, "denied_claim", "denied:27",
      "Why was my claim from Hollis Dermatology denied? I've been on this plan for years.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "because our records show no active coverage on that date: {DENIAL_REASON}. If you "
      "believe you were covered then, call us at {PHONE} so we can check your enrollment "
      "history; if it was a mistake, the claim can be reprocessed. You can also appeal by "
      "{APPEAL_DEADLINE}.",
      claim={"service": "dermatology visit", "provider": "Hollis Dermatology"},
      mentions=["provider"]),
    D("en", S, "denied_claim", "denied:204",
      "My EOB says the service is 'not covered under the member's benefit plan'. What does "
      "that mean?",
      "Hi {MEMBER_FIRST_NAME}, it means the service on the claim from {DATE_OF_SERVICE} isn't "
      "one of the benefits your {PLAN_NAME} plan covers: {DENIAL_REASON}. If you think it "
      "should be covered, for example because it was medically necessary, you can file an "
      "appeal by {APPEAL_DEADLINE} with a letter from your doctor.",
      claim={"service": "cosmetic procedure"}),
    D("en", S, "denied_claim", "denied:16",
      "my lab work at Bayshore Lab got rejected, the EOB says missing information. do I need "
      "to do something?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} was denied "
      "because it was missing information we need to process it: {DENIAL_REASON}. Usually the "
      "lab fixes this by sending a corrected claim, so please ask them to resubmit claim "
      "{CLAIM_NUMBER}. You don't need to pay the bill until it's reprocessed.",
      claim={"service": "lab work", "provider": "Bayshore Lab"},
      mentions=["provider"]),
    # ---------------- prior_authorization
    D("en", S, "prior_authorization", "none",
      "Does a sleep study need prior authorization?",
      "Hi {MEMBER_FIRST_NAME}, many sleep studies do need prior authorization, especially when "
      "done in a sleep lab rather than at home. The doctor ordering the study asks us for it, "
      "and they can check the requirement when they submit the order. Call {PHONE} if you'd "
      "like us to check for your specific procedure code.",
      add=PA_UNKNOWN),
    D("en", S, "prior_authorization", "none",
      "How long does a prior auth usually take? My surgery is scheduled in 2 weeks.",
      "Hi {MEMBER_FIRST_NAME}, a standard prior authorization request is usually decided "
      "within 15 days of receiving it, and an urgent one within 72 hours. Your surgeon's "
      "office submits the request; ask them whether they've sent it, and if it's urgent they "
      "can ask for an expedited review. Call {PHONE} if you'd like to check its status.",
      add=PA_UNKNOWN),
    D("en", S, "prior_authorization", "denied:197",
      "My MRI claim was denied for no prior authorization but my doctor told me it was "
      "approved. What happened?",
      "Hi {MEMBER_FIRST_NAME}, the MRI claim from {DATE_OF_SERVICE} was denied because we have "
      "no prior authorization on file for it: {DENIAL_REASON}. Sometimes an authorization is "
      "requested but for a different date, code or facility. Please ask your doctor's office "
      "for the authorization number; if one was approved, they can send it and ask for the "
      "claim to be reprocessed. Otherwise you can appeal by {APPEAL_DEADLINE}.",
      claim={"service": "MRI"}),
    # ---------------- out_of_network
    D("en", S, "out_of_network", "none",
      "Is Dr. Priya Raman in network? She's a rheumatologist.",
      "Hi {MEMBER_FIRST_NAME}, you can check whether a doctor is in network in the provider "
      "directory in your account: search by the doctor's name and make sure the location "
      "matches. Networks can change, so it's also worth asking the office which plans they "
      "take. Call {PHONE} and we can check while you're on the line.",
      add=NET_UNKNOWN),
    D("en", S, "out_of_network", "out_of_network",
      "Why did I get so little back for my therapy sessions with Dr. Tobias Lindqvist?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan, so the plan "
      "pays less and the provider can bill you the difference between their charge and what "
      "we allow. For the session on {DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}. Seeing an in-network therapist would lower your costs; the "
      "provider directory can help you find one.",
      claim={"service": "therapy session", "provider": "Dr. Tobias Lindqvist"},
      mentions=["provider"]),
    D("en", S, "out_of_network", "none",
      "Do I have any out of network benefits at all?",
      "Hi {MEMBER_FIRST_NAME}, whether your {PLAN_NAME} plan pays for out-of-network care, and "
      "how much, is in your benefit summary. Out-of-network emergency care is always covered "
      "at in-network cost sharing. For everything else, call {PHONE} and we'll walk you "
      "through your out-of-network deductible and coinsurance."),
    # ---------------- balance_bill
    D("en", S, "balance_bill", "balance_bill",
      "The anesthesiologist for my surgery at Greenfield Surgical Center sent me a bill for "
      "$1,150 even though the center is in network. Is that allowed?",
      "Hi {MEMBER_FIRST_NAME}, when you get non-emergency care at an in-network facility, an "
      "out-of-network anesthesiologist generally can't bill you more than your in-network cost "
      "share under the No Surprises Act. On this claim your share is {MEMBER_OWES}. Don't pay "
      "the extra; send us a copy of the bill and call the No Surprises Help Desk at "
      "1-800-985-3059 if the provider keeps billing you.",
      claim={"service": "anesthesia", "provider": "Greenfield Surgical Center",
             "billed": "1150.00"},
      mentions=["provider", "amount"]),
    D("en", S, "balance_bill", "none",
      "What is balance billing?",
      "Hi {MEMBER_FIRST_NAME}, balance billing is when a provider bills you the difference "
      "between their charge and the amount your plan allows. In-network providers can't do it. "
      "Out-of-network providers sometimes can, except where the No Surprises Act protects you: "
      "emergency care, non-emergency care from out-of-network clinicians at in-network "
      "facilities, and air ambulance."),
    D("en", S, "balance_bill", "balance_bill",
      "Northside Radiology billed me $640 but my EOB says I only owe $95. Which one do I pay?",
      "Hi {MEMBER_FIRST_NAME}, go by the EOB: for the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME} your share is {MEMBER_OWES}. The bill may be from before the claim was "
      "processed. Ask the office to rebill you based on the EOB, and if they won't, send us "
      "the bill and we'll follow up.",
      claim={"service": "x-ray", "provider": "Northside Radiology", "billed": "640.00",
             "member_owes": "95.00"},
      mentions=["provider", "amount"]),
    # ---------------- ambulance
    D("en", S, "ambulance", "ambulance_ground",
      "Got an ambulance bill for $1,890 from Coastal Ambulance Service. Is that right?",
      "Hi {MEMBER_FIRST_NAME}, the ambulance claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} "
      "was processed: the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Ground "
      "ambulance isn't covered by the No Surprises Act, so an out-of-network ambulance company "
      "may bill you more than that. Ask them for an itemized bill and whether they'll accept "
      "the plan's payment; some states limit ambulance bills too.",
      claim={"service": "ambulance transport", "provider": "Coastal Ambulance Service",
             "billed": "1890.00"},
      mentions=["provider", "amount"]),
    D("en", S, "ambulance", "none",
      "Does my plan cover ambulance rides between hospitals?",
      "Hi {MEMBER_FIRST_NAME}, a transfer between hospitals by ambulance is usually covered "
      "when it's medically necessary, for example to get care the first hospital can't "
      "provide. Non-emergency transports may need prior authorization. Your {PLAN_NAME} "
      "benefit summary has the cost share, or call {PHONE} and we'll check it with you.",
      add=COV_UNKNOWN),
    D("en", S, "ambulance", "ambulance_air",
      "My son was airlifted after a car accident and now we have a bill from SkyLift Air "
      "Medical. What do we owe?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the accident. Air ambulance is protected by the "
      "No Surprises Act, so you only owe your in-network cost share even if the company is "
      "out of network. On the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, that is "
      "{MEMBER_OWES}. If they bill you more, don't pay the difference and let us know.",
      claim={"service": "air ambulance", "provider": "SkyLift Air Medical"},
      mentions=["provider"]),
    # ---------------- emergency_care (near-miss ER billing)
    D("en", S, "emergency_care", "emergency_in_network",
      "I went to the ER at Cedar Valley Hospital for a kidney stone. Why do I owe $350?",
      "Hi {MEMBER_FIRST_NAME}, I hope you're feeling better. For the emergency visit to "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}, your share is {MEMBER_OWES}: the emergency room "
      "cost share on your plan plus any deductible. The plan paid {PLAN_PAID}.",
      claim={"service": "emergency room visit", "provider": "Cedar Valley Hospital",
             "member_owes": "350.00"},
      mentions=["provider", "amount"]),
    D("en", S, "emergency_care", "emergency_oon",
      "I was traveling and had to go to an emergency room out of state. Will you cover it?",
      "Hi {MEMBER_FIRST_NAME}, yes, emergency care is covered even out of network, at your "
      "in-network cost share, and the hospital can't balance bill you for it. On the claim "
      "from {DATE_OF_SERVICE}, your share is {MEMBER_OWES}. If the hospital bills you more, "
      "send us a copy.",
      claim={"service": "emergency room visit"}),
    D("en", S, "emergency_care", "none",
      "Should I go to urgent care or the ER for a sprained ankle? Which is cheaper?",
      "Hi {MEMBER_FIRST_NAME}, for a sprain that you can walk on, urgent care is usually much "
      "cheaper than the emergency room and can do an x-ray. If the ankle looks deformed, you "
      "can't put weight on it, or there's numbness, go to the ER. Your benefit summary lists "
      "both cost shares."),
    # ---------------- duplicate_charge
    D("en", S, "duplicate_charge", "duplicate_submitted",
      "I see two claims for the same visit at Maple Grove Pediatrics on my account. Am I going "
      "to be charged twice?",
      "Hi {MEMBER_FIRST_NAME}, I see two submissions for the {PROVIDER_NAME} visit on "
      "{DATE_OF_SERVICE}; they're still being processed. When a provider sends the same claim "
      "twice, only one is paid, so you shouldn't be charged twice. Wait for the EOB before "
      "paying, and if you get two bills for the same visit, let us know.",
      claim={"service": "well child visit", "provider": "Maple Grove Pediatrics"},
      mentions=["provider"]),
    D("en", S, "duplicate_charge", "paid",
      "The dentist billed me twice for one cleaning, $85 each time.",
      "Hi {MEMBER_FIRST_NAME}, on our side there's one claim for the visit on "
      "{DATE_OF_SERVICE}, and your share is {MEMBER_OWES}. Please ask the office to check "
      "their billing; if you've already paid twice, they should refund the extra.",
      claim={"service": "dental cleaning", "member_owes": "85.00"},
      mentions=["amount"]),
    D("en", S, "duplicate_charge", "denied:18",
      "One of my claims says 'duplicate claim'. Did I do something wrong?",
      "Hi {MEMBER_FIRST_NAME}, no, you didn't do anything wrong. The claim from "
      "{DATE_OF_SERVICE} was denied as a duplicate ({DENIAL_REASON}): the provider sent a "
      "claim we had already received. The original claim is the one that counts, so you "
      "won't be charged twice for it.",
      claim={"service": "office visit"}),
]
