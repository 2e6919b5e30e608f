"""Batch 1: English single-question messages, deductible .. out_of_network."""
from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

S = "single"
ITEMS = [
    # ---------------- deductible
    D("en", S, "deductible", "none",
      "How much of my deductible have I met so far this year? Trying to figure out if I should "
      "schedule my knee surgery now or wait.",
      "Hi {MEMBER_FIRST_NAME}, so far this plan year you've met {DEDUCTIBLE_MET} of your "
      "{DEDUCTIBLE} deductible, so {DEDUCTIBLE_REMAINING} is left. The deductible resets on "
      "{PLAN_YEAR_END}, so anything you pay toward it before then counts for this year. Keep in "
      "mind a surgery may also need prior authorization, so it's worth asking your surgeon's "
      "office to check that before you book. — {AGENT_NAME}"),
    D("en", S, "deductible", "deductible",
      "Why did I have to pay the whole thing for my blood work at Lakeview Diagnostics?? I thought "
      "insurance was supposed to cover labs",
      "Hi {MEMBER_FIRST_NAME}, I looked at the claim from {PROVIDER_NAME} for {SERVICE} on "
      "{DATE_OF_SERVICE}. The plan's allowed amount for it went toward your deductible, which "
      "is why you're responsible for {MEMBER_OWES} and the plan didn't pay anything this time. "
      "Until the deductible is met, most services are paid by you at the plan's discounted rate; "
      "after that, the plan starts sharing the cost. You have {DEDUCTIBLE_REMAINING} left on "
      "your deductible this plan year.",
      claim={"service": "blood work", "provider": "Lakeview Diagnostics"},
      mentions=["provider"]),
    D("en", S, "deductible", "none",
      "Does the deductible start over in January or on my plan anniversary? My employer switched "
      "plans in July.",
      "Hi {MEMBER_FIRST_NAME}, your deductible follows your plan year, and for your "
      "{PLAN_NAME} plan the current plan year ends on {PLAN_YEAR_END}; the deductible starts "
      "over the day after. Amounts you paid toward a previous plan's deductible generally don't "
      "carry over to a new plan, but if you have receipts from earlier this year, call us at "
      "{PHONE} and we can check whether any credit applies to your plan."),
    D("en", S, "deductible", "none",
      "We have family coverage, me and 2 kids. Is the deductible per person or for all of us? My "
      "son has already had a bunch of appointments",
      "Hi {MEMBER_FIRST_NAME}, family plans usually have both an individual deductible and a "
      "family deductible. Each person's costs count toward their own individual deductible and "
      "toward the family total, and once the family total is met, the deductible is met for "
      "everyone on the plan for the rest of the plan year. Your plan's deductible is "
      "{DEDUCTIBLE} and {DEDUCTIBLE_MET} has been met so far; if you'd like a breakdown by "
      "family member, call us at {PHONE}."),
    # ---------------- copay_coinsurance
    D("en", S, "copay_coinsurance", "paid",
      "I was charged $65 for a dermatologist visit on 8/12 but my card says office visit $25. "
      "Why the difference?",
      "Hi {MEMBER_FIRST_NAME}, the {COPAY} copay shown for that visit on {DATE_OF_SERVICE} is "
      "the specialist copay — a dermatologist is a specialist, and plans often have a higher "
      "copay for specialists than for a primary care visit, which is the one printed on many "
      "cards. For this claim your total share is {MEMBER_OWES}. If you think the visit was "
      "coded wrong, let me know and I'll explain how to ask the office to review it.",
      claim={"service": "dermatology office visit", "member_owes": "65.00",
             "date_of_service": "2026-08-12"},
      mentions=["amount", "date"]),
    D("en", S, "copay_coinsurance", "paid",
      "whats the difference between copay and coinsurance, my EOB for Dr Harold Feld has both and I dont "
      "get it",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed amount you pay for a type of service, and "
      "coinsurance is a percentage of the plan's allowed amount that you pay once your deductible "
      "is met. On the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE}, your copay was {COPAY} "
      "and your coinsurance was {COINSURANCE}, which together make up the {MEMBER_OWES} you "
      "owe. The plan paid {PLAN_PAID} of the {ALLOWED} allowed amount.",
      claim={"service": "office visit and allergy testing", "provider": "Dr. Harold Feld"},
      mentions=["provider"]),
    D("en", S, "copay_coinsurance", "paid",
      "Why do I owe 20% of my physical therapy? I've already paid my deductible. Isn't it "
      "supposed to be covered after that",
      "Hi {MEMBER_FIRST_NAME}, meeting the deductible means the plan starts sharing the cost, "
      "but it doesn't pay everything yet: for many services you pay coinsurance, a percentage of "
      "the allowed amount, until you reach your out-of-pocket maximum. On the physical therapy "
      "claim from {DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your coinsurance was "
      "{COINSURANCE}. Once your out-of-pocket costs reach {OOP_MAX} (you're at {OOP_MET} now), "
      "the plan pays 100% of covered in-network care for the rest of the plan year.",
      claim={"service": "physical therapy"}),
    # ---------------- out_of_pocket_max
    D("en", S, "out_of_pocket_max", "oop_met",
      "I hit my out of pocket max in August, so why did Brookside Ortho still send me a bill for "
      "$210?",
      "Hi {MEMBER_FIRST_NAME}, you're right that you've reached your out-of-pocket maximum, and "
      "on the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} the plan shows you owe "
      "{MEMBER_OWES}. The bill may have been sent before the claim was processed, or the office "
      "may not have posted our payment yet. Please don't pay it for now: send them a copy of "
      "your explanation of benefits for claim {CLAIM_NUMBER} and ask them to rebill you based on "
      "it. If they still bill you, let me know and we'll follow up.",
      claim={"service": "orthopedic follow-up visit", "provider": "Brookside Ortho",
             "billed": "210.00", "member_owes": "0.00"},
      mentions=["provider", "amount"]),
    D("en", S, "out_of_pocket_max", "none",
      "Do my prescription copays count towards the out of pocket maximum?",
      "Hi {MEMBER_FIRST_NAME}, on most ACA-compliant plans, copays and coinsurance for covered "
      "in-network prescriptions count toward your out-of-pocket maximum, along with your "
      "deductible and medical copays and coinsurance. Premiums, out-of-network balance bills and "
      "non-covered drugs don't count. Your out-of-pocket maximum is {OOP_MAX}, and {OOP_MET} "
      "has counted so far this plan year. If you want to check a specific drug, tell me which "
      "one."),
    D("en", S, "out_of_pocket_max", "none",
      "What exactly counts toward the out-of-pocket limit? Does my monthly premium?",
      "Hi {MEMBER_FIRST_NAME}, your monthly premium doesn't count toward the out-of-pocket "
      "maximum. What counts is your share of covered in-network care: the deductible, copays and "
      "coinsurance. Once those reach {OOP_MAX} in a plan year, the plan pays 100% of covered "
      "in-network services until {PLAN_YEAR_END}. You've reached {OOP_MET} so far."),
    # ---------------- eob_question
    D("en", S, "eob_question", "paid",
      "I got this EOB in the mail from you guys for Riverside Family Medicine and it says THIS IS "
      "NOT A BILL but then it says I owe $45.80 ?? so do I pay you or what",
      "Hi {MEMBER_FIRST_NAME}, an explanation of benefits (EOB) shows how we processed the "
      "claim; it isn't a bill, so you don't pay us. The {MEMBER_OWES} on it is your share for the "
      "visit on {DATE_OF_SERVICE}, and {PROVIDER_NAME} will send you their own bill for it. When "
      "it arrives, check that it matches the EOB before you pay.",
      claim={"service": "office visit", "provider": "Riverside Family Medicine",
             "member_owes": "45.80"},
      mentions=["provider", "amount"]),
    D("en", S, "eob_question", "partial_deductible",
      "On my explanation of benefits there's a column that says 'amount saved' or 'provider "
      "discount' — what is that? Is that money I get back?",
      "Hi {MEMBER_FIRST_NAME}, that column is the difference between what the provider billed "
      "({BILLED}) and the allowed amount we've agreed with them ({ALLOWED}). It's a discount "
      "the in-network provider has to write off, so it isn't money you get back and it isn't "
      "something you owe. From the allowed amount, {DEDUCTIBLE_APPLIED} went to your deductible "
      "and the plan paid {PLAN_PAID}, leaving you {MEMBER_OWES}."),
    D("en", S, "eob_question", "paid",
      "There's a remark code on my EOB next to the x-ray line. What does it mean? claim "
      "E2026081100342",
      "Hi {MEMBER_FIRST_NAME}, remark codes are short notes explaining how a line was handled. "
      "On claim {CLAIM_NUMBER} for {SERVICE}, the allowed amount was {ALLOWED}, the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. If you tell me the exact code printed next "
      "to the x-ray line, I can explain that one in plain words.",
      claim={"service": "x-ray of the wrist", "claim_number": "E2026081100342"},
      mentions=["claim_number"]),
    # ---------------- denied_claim
    D("en", S, "denied_claim", "denied:16",
      "My claim for the sleep study got denied and the letter says missing information?? What "
      "information, nobody asked me for anything",
      "Hi {MEMBER_FIRST_NAME}, this claim wasn't paid because it was sent to us without some "
      "information we need to process it: {DENIAL_REASON}. This is usually something the "
      "provider's billing office fixes, such as a missing code or detail, and then resubmits the "
      "corrected claim. Please ask {PROVIDER_NAME} to check claim {CLAIM_NUMBER} and send a "
      "corrected claim; you generally don't need to send anything yourself unless we write to "
      "you asking for it.",
      claim={"service": "sleep study"}),
    D("en", S, "denied_claim", "denied:197",
      "Why was my MRI denied? The letter says no prior authorization but the imaging place said "
      "they handled it",
      "Hi {MEMBER_FIRST_NAME}, the MRI claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} was denied "
      "because we don't have an approved prior authorization on file for it. Please ask the "
      "imaging center or the doctor who ordered the MRI for the authorization or reference "
      "number they got; if it was approved, they can send it to us and ask us to reprocess the "
      "claim. If it wasn't requested, you or your doctor can appeal, and you have until "
      "{APPEAL_DEADLINE} to file. If the provider is in network, they generally shouldn't bill "
      "you for a service they failed to get approved — ask them before you pay.",
      claim={"service": "MRI of the lumbar spine"}),
    D("en", S, "denied_claim", "denied:29",
      "Got a denial for a visit from LAST YEAR at Cedar Point Urgent Care. Reason says timely "
      "filing. Do I have to pay this?",
      "Hi {MEMBER_FIRST_NAME}, this claim from {PROVIDER_NAME} was denied because it reached us "
      "after the deadline for submitting claims: {DENIAL_REASON}. Filing on time is the "
      "provider's responsibility, and when an in-network provider misses the filing limit, "
      "their contract with us generally doesn't let them bill you for it. Its network status is "
      "{NETWORK_STATUS}. Before you pay anything, ask the office to show they filed on time; if "
      "they did, they can send us proof and ask us to review the claim.",
      claim={"service": "urgent care visit", "provider": "Cedar Point Urgent Care",
             "date_of_service": "2025-10-03"},
      mentions=["provider"]),
    D("en", S, "denied_claim", "denied:27",
      "Claim CLM-2026-0388412 denied — 'expenses incurred after coverage terminated'?? I've "
      "been on this plan through my job the whole time",
      "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} for {DATE_OF_SERVICE} was denied because our "
      "records didn't show you as covered on that date. If you believe you were covered, this is "
      "often an enrollment update that didn't reach us in time, for example after a job or plan "
      "change. Please ask your employer's benefits office to confirm your coverage dates with "
      "us; once they're corrected, the claim can be reprocessed. You can also appeal by "
      "{APPEAL_DEADLINE}. Call us at {PHONE} if you'd like us to check your dates with you.",
      claim={"service": "primary care visit", "claim_number": "CLM-2026-0388412"},
      mentions=["claim_number"]),
    D("en", S, "denied_claim", "denied:96",
      "Why was my massage therapy not covered? My chiropractor sent me to it",
      "Hi {MEMBER_FIRST_NAME}, the claim for {SERVICE} from {PROVIDER_NAME} was denied because "
      "{DENIAL_REASON}. If your chiropractor believes it was part of treatment your plan covers, "
      "you can appeal with a letter from them explaining why it was medically needed; the "
      "deadline for this claim is {APPEAL_DEADLINE}. If you paid with an HSA or FSA, massage "
      "therapy can sometimes be an eligible expense with a letter of medical necessity.",
      claim={"service": "massage therapy"}),
    # ---------------- prior_authorization
    D("en", S, "prior_authorization", "none",
      "Does a colonoscopy need prior authorization? my GI doc wants to do one next month",
      "Hi {MEMBER_FIRST_NAME}, whether a colonoscopy needs prior authorization depends on why "
      "it's being done and on your plan's list, so I'd rather check than guess. Usually the "
      "doctor's office requests authorization when one is needed. If you send me the procedure "
      "code or the facility name, I can look it up, or you can call us at {PHONE}. A screening "
      "colonoscopy is a preventive service on most plans.",
      add=PA_UNKNOWN),
    D("en", S, "prior_authorization", "none",
      "what is the status of the prior auth for my daughter's tonsil surgery? Dr Okafor's office "
      "says they sent it 2 weeks ago",
      "Hi {MEMBER_FIRST_NAME}, I can check on that. Could you confirm your daughter's name and "
      "date of birth, and the date of the surgery if it's scheduled? Standard prior "
      "authorization requests usually get a decision within 15 days (faster when urgent), and "
      "both you and the office get a letter. You can also call {PHONE} for the current status.",
      add=PA_UNKNOWN),
    D("en", S, "prior_authorization", "none",
      "What happens if I get a CT scan without prior auth? It's scheduled tomorrow and I'm "
      "not sure they got it",
      "Hi {MEMBER_FIRST_NAME}, if a service that requires prior authorization is done without "
      "it, the claim can be denied, so it's worth checking before tomorrow. Call the imaging "
      "center and ask whether they have an authorization number; if not, they can request it, "
      "and urgent requests get a faster decision. You can also call us at {PHONE} to check. If "
      "you're having an emergency, go to the ER — emergency care never needs prior "
      "authorization.",
      add=PA_UNKNOWN),
    # ---------------- out_of_network
    D("en", S, "out_of_network", "none",
      "Is Dr. Miriam Castellanos at Hillcrest Pediatrics in network? We just moved here",
      "Hi {MEMBER_FIRST_NAME}, welcome to the area! You can check any doctor in the provider "
      "directory on our website or app, and I'm happy to check for you too. Networks can depend "
      "on the location, so please confirm the office address; it's also worth asking the office "
      "directly whether they're in network with {PLAN_NAME} when you book.",
      add=NET_UNKNOWN),
    D("en", S, "out_of_network", "out_of_network",
      "Why did I have to pay so much more for my visit to Summit Allergy? The bill is $380",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is {NETWORK_STATUS} for your plan, so the claim "
      "was processed at your out-of-network benefit level: a lower allowed amount ({ALLOWED}) "
      "and a higher share for you ({MEMBER_OWES}). Out-of-network providers can also bill you "
      "the difference between their charge and our allowed amount. To keep costs down next "
      "time, I can help you find an in-network allergist nearby.",
      claim={"service": "allergy consultation", "provider": "Summit Allergy",
             "billed": "380.00"},
      mentions=["provider", "amount"]),
    D("en", S, "out_of_network", "none",
      "How do I find an in-network therapist who takes new patients? The directory keeps giving "
      "me people who dont answer",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the directory hasn't been working for you. In the "
      "provider search you can filter by specialty (for example, licensed clinical social "
      "worker or psychologist) and by 'accepting new patients'. If the listings you find are "
      "wrong, tell me which ones so we can correct them, and call us at {PHONE} — we can help "
      "find an in-network therapist with openings.",
      add=NET_UNKNOWN),
]
