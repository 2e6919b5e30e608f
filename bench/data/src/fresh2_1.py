"""Fresh-2 batch 1: English single questions, first half of the topic families."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

S = "single"
ITEMS = [
    D("en", S, "deductible", "none",
      "Ive had a few appointments lately, where am I at with the deductible?",
      "Hi {MEMBER_FIRST_NAME}, so far this plan year you've met {DEDUCTIBLE_MET} of your "
      "{DEDUCTIBLE} deductible, which leaves {DEDUCTIBLE_REMAINING}. It starts again after "
      "{PLAN_YEAR_END}. {AGENT_NAME}"),
    D("en", S, "deductible", "deductible",
      "Lakemont Radiology says I owe the whole cost of my CT scan. Isn't insurance supposed to "
      "pay something?",
      "Hi {MEMBER_FIRST_NAME}, the plan allowed {ALLOWED} for the CT scan on {DATE_OF_SERVICE}, "
      "and all of it went to your deductible, which is why you owe {MEMBER_OWES}. Once your "
      "deductible is met the plan starts sharing the cost. You have {DEDUCTIBLE_REMAINING} left "
      "to meet this plan year. {AGENT_NAME}",
      claim={"service": "CT scan", "provider": "Lakemont Radiology", "billed": "1150.00",
             "member_owes": "690.00"},
      mentions=["provider"]),
    D("en", S, "deductible", "none",
      "Does my family deductible work separately from my own deductible?",
      "Hi {MEMBER_FIRST_NAME}, on a family plan each person has an individual deductible and the "
      "family shares a total one; whichever is met first starts the plan paying its share for "
      "that person. Your own progress is {DEDUCTIBLE_MET} of {DEDUCTIBLE}. Call {PHONE} if you'd "
      "like the family figures too. {AGENT_NAME}"),
    D("en", S, "copay_coinsurance", "none",
      "My EOB lists a copay on one line and coinsurance on another. Aren't those the same thing?",
      "Hi {MEMBER_FIRST_NAME}, a copay is a set fee you pay for a visit or prescription, such as "
      "a fixed charge for an office visit. Coinsurance is a percentage of the allowed amount that "
      "you pay after your deductible is met. Your {PLAN_NAME} benefit summary lists both for each "
      "kind of care. {AGENT_NAME}"),
    D("en", S, "copay_coinsurance", "paid",
      "Why do I owe 20% on my knee x-ray from Pinecrest Orthopedics? I thought I only had a copay.",
      "Hi {MEMBER_FIRST_NAME}, x-rays and other imaging usually fall under coinsurance rather than "
      "the office visit copay. On the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, the plan "
      "allowed {ALLOWED}, paid {PLAN_PAID}, and your coinsurance share is {MEMBER_OWES}. "
      "{AGENT_NAME}",
      claim={"service": "knee x-ray", "provider": "Pinecrest Orthopedics", "billed": "260.00",
             "member_owes": "31.20"},
      mentions=["provider"]),
    D("en", S, "copay_coinsurance", "none",
      "Do I pay a copay for telehealth visits?",
      "Hi {MEMBER_FIRST_NAME}, telehealth visits have their own cost share on your {PLAN_NAME} "
      "plan, shown in the benefit summary in your account. Call {PHONE} and we can look it up "
      "with you. {AGENT_NAME}"),
    D("en", S, "out_of_pocket_max", "none",
      "Once I hit the out of pocket max, do I stop paying for everything?",
      "Hi {MEMBER_FIRST_NAME}, after you reach your {OOP_MAX} out-of-pocket maximum, the plan pays "
      "100% of covered in-network care for the rest of the plan year. You still pay your premium "
      "and anything not covered. So far you've paid {OOP_MET}. {AGENT_NAME}"),
    D("en", S, "out_of_pocket_max", "none",
      "Do my prescription costs add up toward the yearly out-of-pocket limit or only doctor visits?",
      "Hi {MEMBER_FIRST_NAME}, yes, copays and coinsurance for covered prescriptions count toward "
      "your out-of-pocket maximum along with medical costs. You've reached {OOP_MET} of "
      "{OOP_MAX} so far this plan year. {AGENT_NAME}"),
    D("en", S, "eob_question", "paid",
      "I got an explanation of benefits from you for Brightwater Imaging. Do I need to pay it?",
      "Hi {MEMBER_FIRST_NAME}, an explanation of benefits isn't a bill; it shows how we processed "
      "the claim. For the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. Wait for the provider's bill and check it "
      "matches that amount. {AGENT_NAME}",
      claim={"service": "ultrasound", "provider": "Brightwater Imaging", "billed": "540.00",
             "member_owes": "45.00"},
      mentions=["provider"]),
    D("en", S, "eob_question", "paid",
      "What does 'provider discount' mean on my EOB? It's a big number.",
      "Hi {MEMBER_FIRST_NAME}, the provider discount is the part of the bill the provider agreed "
      "to write off under its contract with us. It's the difference between what they billed "
      "({BILLED}) and the allowed amount ({ALLOWED}), and you don't owe it. Your share is "
      "{MEMBER_OWES}. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "310.00", "member_owes": "25.00"}),
    D("en", S, "eob_question", "paid",
      "what is the allowed amount column on the statement you sent",
      "Hi {MEMBER_FIRST_NAME}, the allowed amount is the most the plan pays for a covered "
      "service, under the provider's contract. On this claim it's {ALLOWED}: the plan paid "
      "{PLAN_PAID} of it and your share is {MEMBER_OWES}. {AGENT_NAME}",
      claim={"service": "lab work", "billed": "200.00", "member_owes": "18.00"}),
    D("en", S, "denied_claim", "denied:16",
      "My claim from Foxglove Family Practice got denied for missing information. What info?",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} was denied "
      "because {DENIAL_REASON}. This is usually a billing detail the office needs to add, so "
      "please ask them to correct the claim and send it again. You don't need to pay it in the "
      "meantime. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Foxglove Family Practice",
             "billed": "180.00"},
      mentions=["provider"]),
    D("en", S, "denied_claim", "denied:96",
      "Why was my acupuncture claim denied?",
      "Hi {MEMBER_FIRST_NAME}, the acupuncture claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. If you think it should be covered, you can appeal by {APPEAL_DEADLINE}, "
      "and your benefit booklet lists the services your plan excludes. {AGENT_NAME}",
      claim={"service": "acupuncture", "billed": "120.00"}),
    D("en", S, "denied_claim", "denied:27",
      "Claim denied, it says coverage not in effect?? I've been a member for years",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was denied with the reason "
      "{DENIAL_REASON}. That usually means the service date fell in a gap in coverage, for "
      "example after a missed premium. Call {PHONE} and we'll check your coverage dates with "
      "you. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "150.00"}),
    D("en", S, "prior_authorization", "none",
      "Who is responsible for getting a prior authorization, me or my doctor?",
      "Hi {MEMBER_FIRST_NAME}, for in-network care your doctor's office asks us for the prior "
      "authorization; you don't have to file it. It's still worth asking them to confirm it was "
      "approved before the service. If you see an out-of-network provider, check with us at "
      "{PHONE}. {AGENT_NAME}"),
    D("en", S, "prior_authorization", "none",
      "How long does a prior auth usually take to be approved?",
      "Hi {MEMBER_FIRST_NAME}, standard requests are usually decided within a few business days "
      "once we have the doctor's information, and urgent requests within 72 hours. Your doctor's "
      "office is told the decision, and you can check the status with us at {PHONE}. "
      "{AGENT_NAME}"),
    D("en", S, "prior_authorization", "none",
      "my neurologist ordered an overnight sleep test, does that have to be preapproved",
      "Hi {MEMBER_FIRST_NAME}, whether a sleep study needs prior authorization depends on where "
      "it's done and the codes used. Ask the ordering doctor to check with us before it's "
      "scheduled, or call {PHONE} with the procedure code. {AGENT_NAME}",
      add=PA_UNKNOWN),
    D("en", S, "out_of_network", "none",
      "How can I find out if Dr. Ellery Nakamura is in my network?",
      "Hi {MEMBER_FIRST_NAME}, search for the doctor by name in the provider directory in your "
      "account, which shows whether they're in network for your {PLAN_NAME} plan. You can also "
      "call {PHONE} and we'll check for you. Ask the office too, since locations can differ. "
      "{AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", S, "out_of_network", "out_of_network",
      "Why did I have to pay so much more at Quarry Hill Dermatology?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is outside your plan's network, so the claim from "
      "{DATE_OF_SERVICE} was processed with out-of-network benefits: the plan allowed "
      "{ALLOWED} and paid {PLAN_PAID}, and you owe {MEMBER_OWES}. An in-network dermatologist "
      "would cost you less; the directory in your account lists them. {AGENT_NAME}",
      claim={"service": "dermatology visit", "provider": "Quarry Hill Dermatology",
             "billed": "420.00", "member_owes": "168.00"},
      mentions=["provider"]),
    D("en", S, "out_of_network", "none",
      "If I see a provider outside the network, does my plan pay anything toward it?",
      "Hi {MEMBER_FIRST_NAME}, that depends on your plan type: PPO plans pay part of "
      "out-of-network care, while HMO and EPO plans usually cover it only in emergencies. Your "
      "{PLAN_NAME} benefit summary says which applies, or call {PHONE} and we'll go over it. "
      "{AGENT_NAME}"),
    D("en", S, "balance_bill", "balance_bill",
      "Tamsin Ridge Labs billed me 275 dollars but my EOB says I owe 35. Which is it?",
      "Hi {MEMBER_FIRST_NAME}, the EOB is the one to go by: for the {DATE_OF_SERVICE} lab work "
      "your share is {MEMBER_OWES}. {PROVIDER_NAME} is in network and agreed not to bill you "
      "above the allowed amount. Ask them to correct the bill to match the EOB, and send it to "
      "us if they won't. {AGENT_NAME}",
      claim={"service": "lab work", "provider": "Tamsin Ridge Labs", "billed": "275.00",
             "member_owes": "35.00"},
      mentions=["provider", "amount"]),
    D("en", S, "balance_bill", "balance_bill",
      "Is my doctor allowed to charge me the difference between their price and what you paid?",
      "Hi {MEMBER_FIRST_NAME}, no, not for in-network care. On the claim from "
      "{DATE_OF_SERVICE}, the provider billed {BILLED} and the allowed amount is {ALLOWED}; your "
      "share is {MEMBER_OWES}, and the rest is written off under their contract. Please don't "
      "pay more than that, and let us know if they insist. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "350.00", "member_owes": "40.00"}),
    D("en", S, "balance_bill", "none",
      "Who do I report a surprise medical bill to, besides you?",
      "Hi {MEMBER_FIRST_NAME}, you can contact the No Surprises Help Desk at 1-800-985-3059 or "
      "file a complaint online at cms.gov/nosurprises. Send us the bill as well and we'll check "
      "how the claim was processed. {AGENT_NAME}"),
    D("en", S, "ambulance", "ambulance_ground",
      "Northgate Ambulance sent me a bill after my 911 call. Why didn't insurance cover it all?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is not in our network, so the plan paid "
      "{PLAN_PAID} of the allowed {ALLOWED} for the {DATE_OF_SERVICE} transport and your share is "
      "{MEMBER_OWES}. Federal surprise billing rules don't cover ground ambulance, but some "
      "states do; send us the bill and we'll check what applies. {AGENT_NAME}",
      claim={"service": "ambulance transport", "provider": "Northgate Ambulance",
             "billed": "1480.00", "member_owes": "320.00"},
      mentions=["provider"]),
    D("en", S, "ambulance", "ambulance_air",
      "I was flown by helicopter after my accident. Will I get a huge bill?",
      "Hi {MEMBER_FIRST_NAME}, air ambulance is protected by the No Surprises Act, so you only "
      "pay your in-network cost share. For the {DATE_OF_SERVICE} flight your share is "
      "{MEMBER_OWES}. If the company bills you more, don't pay the difference and send us the "
      "bill. {AGENT_NAME}",
      claim={"service": "air ambulance", "billed": "38000.00", "member_owes": "500.00"}),
    D("en", S, "ambulance", "none",
      "Does my plan pay for an ambulance between two hospitals?",
      "Hi {MEMBER_FIRST_NAME}, a transfer between hospitals is covered when it's medically "
      "necessary, for example to get care the first hospital can't give. Some planned transfers "
      "need prior authorization. Call {PHONE} if you have a bill or a transfer coming up. "
      "{AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", S, "emergency_care", "emergency_oon",
      "I went to the ER at Harrowgate General while traveling and it's out of network. Am I "
      "stuck with the bill?",
      "Hi {MEMBER_FIRST_NAME}, no. Emergency care is covered at in-network cost sharing even at "
      "an out-of-network hospital. For the {DATE_OF_SERVICE} visit your share is "
      "{MEMBER_OWES}, and {PROVIDER_NAME} can't bill you more than that. Send us any bill above "
      "it. {AGENT_NAME}",
      claim={"service": "emergency room visit", "provider": "Harrowgate General",
             "billed": "3900.00", "member_owes": "250.00"},
      mentions=["provider"]),
    D("en", S, "emergency_care", "emergency_in_network",
      "The emergency room charged me a facility fee on top of the doctor. Is that normal?",
      "Hi {MEMBER_FIRST_NAME}, yes, an ER visit usually brings a hospital facility bill and a "
      "separate bill from the emergency doctors. For the facility claim from {DATE_OF_SERVICE} "
      "your share is {MEMBER_OWES}. Check each bill against its EOB, and call us if they don't "
      "match. {AGENT_NAME}",
      claim={"service": "emergency room visit", "billed": "2100.00", "member_owes": "150.00"}),
    D("en", S, "emergency_care", "none",
      "Twisted my ankle at soccer, nothing broken I think. Cheaper to go to urgent care or the ER?",
      "Hi {MEMBER_FIRST_NAME}, for a sprain that isn't an emergency, an in-network urgent care "
      "usually costs much less than the ER. If you ever think it's an emergency, go to the ER; "
      "emergency care is covered. Your {PLAN_NAME} benefit summary shows both cost shares. "
      "{AGENT_NAME}"),
    D("en", S, "duplicate_charge", "duplicate_submitted",
      "I see the same claim from Sable Creek Urgent Care twice in my account. Will I be charged "
      "two times?",
      "Hi {MEMBER_FIRST_NAME}, we received two claims from {PROVIDER_NAME} for the "
      "{DATE_OF_SERVICE} visit and they're still being processed. A repeat of the same service "
      "is normally caught as a duplicate, so you shouldn't pay twice. Wait for the EOB before "
      "paying anything. {AGENT_NAME}",
      claim={"service": "urgent care visit", "provider": "Sable Creek Urgent Care"},
      mentions=["provider"]),
    D("en", S, "duplicate_charge", "paid",
      "The hospital billed me twice for the same blood test. What should I do?",
      "Hi {MEMBER_FIRST_NAME}, we have one claim for the blood test on {DATE_OF_SERVICE}, and "
      "your share of it is {MEMBER_OWES}. Ask the hospital's billing office for an itemized bill "
      "and to remove the repeated charge. If they don't, send us both bills. {AGENT_NAME}",
      claim={"service": "blood test", "billed": "160.00", "member_owes": "20.00"}),
]
