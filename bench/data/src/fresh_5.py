"""Fresh batch 5: two questions in one message (kind "multi", `topics` names both)."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

M = "multi"
ITEMS = [
    D("en", M, "deductible", "none",
      "How much is left on my deductible? Also can I get a new ID card, mine is cracked.",
      "Hi {MEMBER_FIRST_NAME}, you have {DEDUCTIBLE_REMAINING} left on your {DEDUCTIBLE} "
      "deductible this plan year. For a new card, request a replacement in your account or "
      "call {PHONE}; meanwhile the digital card in your account works everywhere.",
      topics=("deductible", "id_card")),
    D("en", M, "eob_question", "paid",
      "What does 'allowed amount' mean on my EOB from Bayshore Lab? And is there a way to pay "
      "the lab in installments?",
      "Hi {MEMBER_FIRST_NAME}, the allowed amount is the most the plan recognises for a "
      "service; for the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} it is {ALLOWED}, of which "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. For installments, call the "
      "lab's billing office; most labs offer payment plans.",
      claim={"service": "lab work", "provider": "Bayshore Lab"}, mentions=["provider"],
      topics=("eob_question", "payment_plan")),
    D("en", M, "denied_claim", "denied:197",
      "Why was my CT scan denied, and how do I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, the CT scan claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. Ask the ordering doctor whether they requested authorization; they can "
      "send it for a retroactive review. You can also file an appeal by {APPEAL_DEADLINE} with "
      "a letter from your doctor explaining why the scan was needed.",
      claim={"service": "CT scan"}, topics=("denied_claim", "appeal")),
    D("en", M, "pharmacy", "none",
      "Is my insulin covered? And can I pay for it with my HSA card?",
      "Hi {MEMBER_FIRST_NAME}, you can check your insulin's tier in the formulary in your "
      "account, or tell me its name and I'll check. And yes, insulin is a qualified medical "
      "expense, so you can pay for it with your HSA card.",
      add=COV_UNKNOWN, topics=("pharmacy", "hsa_fsa")),
    D("en", M, "contact_change", "none",
      "I need to change my address and also add my new baby to the plan.",
      "Congratulations, {MEMBER_FIRST_NAME}! You can update your address in your account under "
      "profile. To add your baby, you have 30 days from the birth (60 on some plans); use the "
      "add a dependent form in your account or through your employer, with the baby's name "
      "and date of birth.",
      topics=("contact_change", "eligibility")),
    D("en", M, "out_of_network", "none",
      "Is Dr. Helena Marsh in network? And does she need a referral for a first visit?",
      "Hi {MEMBER_FIRST_NAME}, you can check Dr. Marsh in the provider directory in your "
      "account, or call {PHONE} and we'll check. Whether you need a referral depends on your "
      "plan type; an HMO usually requires one from your primary care doctor for specialists, "
      "a PPO usually doesn't.",
      add=NET_UNKNOWN + PA_UNKNOWN, topics=("out_of_network", "prior_authorization")),
    D("en", M, "ambulance", "ambulance_ground",
      "I got an ambulance bill and an ER bill from the same night. Why two bills, and is the "
      "ambulance covered?",
      "Hi {MEMBER_FIRST_NAME}, the ambulance company and the hospital bill separately, so you "
      "get one bill from each. The ambulance claim from {DATE_OF_SERVICE} was processed: the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. The ER visit has its own claim "
      "and cost share.",
      claim={"service": "ambulance transport"}, topics=("ambulance", "emergency_care")),
    D("en", M, "premiums", "none",
      "When is my premium due this month? And how do I change my email for the invoices?",
      "Hi {MEMBER_FIRST_NAME}, your premium due date and amount are shown under billing in "
      "your account. You can update your email there under profile, or call {PHONE}.",
      topics=("premiums", "contact_change")),
    D("en", M, "collections", "paid",
      "A collector called about my bill from Cedar Valley Hospital. Is it legit, and does the "
      "hospital have financial aid?",
      "Hi {MEMBER_FIRST_NAME}, our records show your share for the {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}. Ask the collector to send the debt in writing and "
      "compare it. And yes, ask the hospital's billing office for their financial assistance "
      "application; they may reduce the bill.",
      claim={"service": "outpatient visit", "provider": "Cedar Valley Hospital"},
      mentions=["provider"], topics=("collections", "financial_assistance")),
    D("en", M, "thanks_followup", "pending",
      "Thanks for your help yesterday! Any news on the claim from Maple Grove Pediatrics? Also "
      "please note my new phone number for your records.",
      "You're welcome, {MEMBER_FIRST_NAME}! The {PROVIDER_NAME} claim for {DATE_OF_SERVICE} "
      "is still being processed; you'll get an EOB when it's done. You can update your phone "
      "number in your account under profile, or call {PHONE} and we'll update it.",
      claim={"service": "well child visit", "provider": "Maple Grove Pediatrics"},
      mentions=["provider"], topics=("thanks_followup", "contact_change")),
    D("en", M, "coordination_of_benefits", "none",
      "I have Medicaid too, who pays first? And do I need to show both cards?",
      "Hi {MEMBER_FIRST_NAME}, Medicaid always pays last, so we pay first and Medicaid may "
      "cover what's left. Show both cards at every visit so the office bills both, and tell us "
      "about the Medicaid coverage so our records are right.",
      topics=("coordination_of_benefits", "id_card")),
    D("en", M, "itemized_bill", "paid",
      "I need an itemized bill from Summit Orthopedics and I think they charged me for the "
      "same x-ray twice.",
      "Hi {MEMBER_FIRST_NAME}, ask {PROVIDER_NAME}'s billing office for the itemized bill for "
      "{DATE_OF_SERVICE}; you have a right to it. On our claim your share is {MEMBER_OWES}. If "
      "the itemized bill shows the x-ray twice, ask them to correct it and send us a copy.",
      claim={"service": "x-ray and office visit", "provider": "Summit Orthopedics"},
      mentions=["provider"], topics=("itemized_bill", "duplicate_charge")),
    D("en", M, "copay_coinsurance", "none",
      "What's my copay for urgent care? And is the one on Elm Avenue in network?",
      "Hi {MEMBER_FIRST_NAME}, your urgent care copay is in your {PLAN_NAME} benefit summary. "
      "You can check the Elm Avenue urgent care in the provider directory in your account, or "
      "call {PHONE} and we'll check both for you.",
      add=NET_UNKNOWN, topics=("copay_coinsurance", "out_of_network")),
    D("en", M, "complaint", "none",
      "I want to make a complaint about the wait times. Also my card never arrived.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about both. You can file a complaint in your account "
      "or at {PHONE}. For the card, use the digital ID card in your account for now, and "
      "request a replacement there so a new one is mailed.",
      topics=("complaint", "id_card")),
    D("en", M, "out_of_pocket_max", "none",
      "Have I met my out of pocket max? And does my FSA roll over?",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} of your {OOP_MAX} out-of-pocket maximum "
      "this plan year. FSA money generally doesn't roll over, but your employer may allow a "
      "grace period or a limited carryover; check with your benefits office.",
      topics=("out_of_pocket_max", "hsa_fsa")),
    D("en", M, "balance_bill", "balance_bill",
      "Why am I getting a bill for $720 from Northside Radiology when my EOB says less, and can "
      "I set up a payment plan for what I really owe?",
      "Hi {MEMBER_FIRST_NAME}, go by the EOB: for the {PROVIDER_NAME} claim from "
      "{DATE_OF_SERVICE} your share is {MEMBER_OWES}. Ask them to rebill you from the EOB. For "
      "that amount, their billing office can usually set up monthly payments.",
      claim={"service": "CT scan", "provider": "Northside Radiology", "billed": "720.00"},
      mentions=["provider", "amount"], topics=("balance_bill", "payment_plan")),
    D("en", M, "eligibility", "none",
      "When does my coverage start? And when will I get my card?",
      "Hi {MEMBER_FIRST_NAME}, your coverage start date is shown in your account and in your "
      "welcome letter. Your ID card is mailed within 7 to 10 days of enrollment, and the "
      "digital card in your account is ready now.",
      topics=("eligibility", "id_card")),
]
