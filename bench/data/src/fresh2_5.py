"""Fresh-2 batch 5: two questions in one message (kind "multi")."""
from drafts_common import NET_UNKNOWN, PA_UNKNOWN, D

M = "multi"
ITEMS = [
    D("en", M, "deductible", "none",
      "When does my deductible reset? Also, where can I see my out-of-pocket total?",
      "Hi {MEMBER_FIRST_NAME}, your deductible resets after your plan year ends on "
      "{PLAN_YEAR_END}; you've met {DEDUCTIBLE_MET} of {DEDUCTIBLE}. Your out-of-pocket total "
      "is in your account: {OOP_MET} of {OOP_MAX} so far. {AGENT_NAME}",
      topics=("deductible", "out_of_pocket_max")),
    D("en", M, "id_card", "none",
      "I need a new ID card. And can you update my mailing address while you're at it?",
      "Hi {MEMBER_FIRST_NAME}, you can order a new card and change your mailing address in your "
      "account, or call {PHONE} and we'll do both with you; update the address first so the "
      "card goes to the right place. {AGENT_NAME}",
      topics=("id_card", "contact_change")),
    D("en", M, "denied_claim", "denied:197",
      "What was wrong with my sleep study claim? And is there a way to fight the denial?",
      "Hi {MEMBER_FIRST_NAME}, the sleep study claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. To appeal, send us a letter by {APPEAL_DEADLINE} with your doctor's "
      "notes on why it was needed; the doctor can also ask for the authorization "
      "retroactively. {AGENT_NAME}",
      claim={"service": "sleep study", "billed": "2300.00"},
      topics=("denied_claim", "appeal")),
    D("en", M, "balance_bill", "balance_bill",
      "Tamsin Ridge Labs is billing me way more than my EOB. Also can I set up a payment plan "
      "for what I actually owe?",
      "Hi {MEMBER_FIRST_NAME}, go by the EOB: for the {DATE_OF_SERVICE} lab work your share is "
      "{MEMBER_OWES}, and as an in-network lab {PROVIDER_NAME} can't bill you more. Once they "
      "correct the bill, ask their billing office for a payment plan for that amount. "
      "{AGENT_NAME}",
      claim={"service": "lab work", "provider": "Tamsin Ridge Labs", "billed": "410.00",
             "member_owes": "55.00"},
      mentions=["provider"],
      topics=("balance_bill", "payment_plan")),
    D("en", M, "pharmacy", "none",
      "Does the plan pay for my insulin pens? Also are they an HSA-eligible purchase?",
      "Hi {MEMBER_FIRST_NAME}, the drug list in your account shows whether your insulin is on "
      "the formulary and its tier, or call {PHONE} and we'll check. Yes, insulin is a qualified "
      "HSA expense. {AGENT_NAME}",
      add=("covered", "not_covered"),
      topics=("pharmacy", "hsa_fsa")),
    D("en", M, "emergency_care", "emergency_oon",
      "Why is Harrowgate General billing me for my ER visit? And the ambulance company sent "
      "one too, do I have to pay that?",
      "Hi {MEMBER_FIRST_NAME}, for the ER visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}, and {PROVIDER_NAME} can't bill you more than that for emergency care. "
      "For the ambulance, please send us the bill so we can check how it was processed. "
      "{AGENT_NAME}",
      claim={"service": "emergency room visit", "provider": "Harrowgate General",
             "billed": "4100.00", "member_owes": "275.00"},
      mentions=["provider"],
      topics=("emergency_care", "ambulance")),
    D("en", M, "eligibility", "none",
      "Can I add my husband to my plan? And will he get his own card?",
      "Hi {MEMBER_FIRST_NAME}, you can add a spouse during open enrollment or within 30 days of "
      "your marriage (60 on some plans); your benefits office or {PHONE} can start it. Once he's "
      "enrolled he gets his own ID card. {AGENT_NAME}",
      topics=("eligibility", "id_card")),
    D("en", M, "collections", "paid",
      "A bill from Rowan Street Clinic went to collections. Is there any financial help for "
      "this?",
      "Hi {MEMBER_FIRST_NAME}, our record of the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} "
      "shows your share is {MEMBER_OWES}; make sure the collector isn't asking for more. Ask "
      "the clinic whether it offers financial assistance or can take the account back from "
      "collections on a payment plan. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Rowan Street Clinic", "billed": "520.00",
             "member_owes": "95.00"},
      mentions=["provider"],
      topics=("collections", "financial_assistance")),
    D("en", M, "prior_authorization", "none",
      "Does an MRI need prior authorization? And is Brightwater Imaging in network?",
      "Hi {MEMBER_FIRST_NAME}, MRIs often need prior authorization, which the ordering doctor "
      "requests; ask them to confirm it's approved. You can check the imaging center in the "
      "provider directory in your account, or call {PHONE} and we'll check both for you. "
      "{AGENT_NAME}",
      add=PA_UNKNOWN + NET_UNKNOWN,
      topics=("prior_authorization", "out_of_network")),
    D("en", M, "premiums", "none",
      "When is my premium due? Also I want to switch to paperless.",
      "Hi {MEMBER_FIRST_NAME}, your premium due date is on your invoice and in the billing "
      "section of your account. You can switch to paperless in your communication preferences "
      "there too. {AGENT_NAME}",
      topics=("premiums", "contact_change")),
    D("en", M, "duplicate_charge", "paid",
      "I was charged twice for my visit on the same day. Can I get an itemized bill to show it?",
      "Hi {MEMBER_FIRST_NAME}, we have one claim for the {DATE_OF_SERVICE} visit, with your "
      "share at {MEMBER_OWES}. Yes, ask the provider's billing office for an itemized bill; it "
      "will show the repeated charge, and they should remove it. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "280.00", "member_owes": "35.00"},
      topics=("duplicate_charge", "itemized_bill")),
    D("en", M, "coordination_of_benefits", "none",
      "My wife's plan should be my secondary. How do I tell you? And does that change my "
      "copays?",
      "Hi {MEMBER_FIRST_NAME}, tell us about her plan in the coordination of benefits form in "
      "your account or at {PHONE}. Your copays with us stay the same; her plan may then pay some "
      "of what's left. {AGENT_NAME}",
      topics=("coordination_of_benefits", "copay_coinsurance")),
    D("en", M, "eob_question", "paid",
      "I don't understand the EOB for Pinecrest Orthopedics. Did that count toward my out of "
      "pocket max?",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim from {DATE_OF_SERVICE}, they billed "
      "{BILLED}, the plan allowed {ALLOWED} and paid {PLAN_PAID}, and your share is "
      "{MEMBER_OWES}. Yes, your share counts toward your out-of-pocket maximum: {OOP_MET} of "
      "{OOP_MAX} so far. {AGENT_NAME}",
      claim={"service": "office visit", "provider": "Pinecrest Orthopedics", "billed": "330.00",
             "member_owes": "40.00"},
      mentions=["provider"],
      topics=("eob_question", "out_of_pocket_max")),
    D("en", M, "complaint", "none",
      "I'm unhappy with how my last call was handled. Also, thanks to Priya in your pharmacy "
      "team who was great.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your last call; tell me what happened and I'll "
      "put it right, or file a complaint in your account or at {PHONE}. And thank you for the "
      "kind words, I'll pass them on. {AGENT_NAME}",
      topics=("complaint", "thanks_followup")),
    D("en", M, "ambulance", "ambulance_ground",
      "Why is the ambulance bill from Northgate Ambulance so high? Can I appeal it?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network, so for the {DATE_OF_SERVICE} "
      "ride the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. You can appeal how it "
      "was paid within 180 days, and ask them to reduce the bill; send it to us and we'll check "
      "your state's rules. {AGENT_NAME}",
      claim={"service": "ambulance transport", "provider": "Northgate Ambulance",
             "billed": "1900.00", "member_owes": "410.00"},
      mentions=["provider"],
      topics=("ambulance", "appeal")),
    D("en", M, "hsa_fsa", "none",
      "can i use my fsa for copays? and when does my deductible start over?",
      "Hi {MEMBER_FIRST_NAME}, yes, copays and coinsurance are eligible FSA expenses. Your "
      "deductible starts over after your plan year ends on {PLAN_YEAR_END}. {AGENT_NAME}",
      topics=("hsa_fsa", "deductible")),
    D("en", M, "out_of_network", "out_of_network",
      "Why did Quarry Hill Dermatology cost me so much? And do I owe the whole bill they sent?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network, so on the {DATE_OF_SERVICE} "
      "claim the plan allowed {ALLOWED}, paid {PLAN_PAID}, and your share is {MEMBER_OWES}. An "
      "out-of-network provider may bill you for the rest of their charge too; ask them whether "
      "they'll accept less. {AGENT_NAME}",
      claim={"service": "dermatology visit", "provider": "Quarry Hill Dermatology",
             "billed": "510.00", "member_owes": "204.00"},
      mentions=["provider"],
      topics=("out_of_network", "balance_bill")),
]
