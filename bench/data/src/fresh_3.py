"""Fresh batch 3: typos and texting style (kind "typo")."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

T = "typo"
ITEMS = [
    D("en", T, "deductible", "none",
      "wen does my deductable start over",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over after your plan year ends on "
      "{PLAN_YEAR_END}. You've met {DEDUCTIBLE_MET} of {DEDUCTIBLE} so far."),
    D("en", T, "copay_coinsurance", "none",
      "wats my copay 4 a specialist",
      "Hi {MEMBER_FIRST_NAME}, your specialist copay is listed in your {PLAN_NAME} benefit "
      "summary in your account, and on many ID cards. Call {PHONE} and we'll tell you."),
    D("en", T, "out_of_pocket_max", "none",
      "did i hit my out of pockt max yet",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} of your {OOP_MAX} out-of-pocket maximum "
      "this plan year. After you reach it, covered in-network care is paid in full until "
      "{PLAN_YEAR_END}."),
    D("en", T, "denied_claim", "denied:29",
      "claim denied sayin filed 2 late?? not my falt the dr office sent it late",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was denied because it reached "
      "us after the filing deadline: {DENIAL_REASON}. When an in-network office files late, "
      "they generally can't bill you for it. Show them the EOB and ask them to write it off.",
      claim={"service": "office visit"}),
    D("en", T, "prior_authorization", "none",
      "do i need pre auth 4 a colonoscopy",
      "Hi {MEMBER_FIRST_NAME}, a screening colonoscopy usually doesn't need one, but a "
      "diagnostic one sometimes does. Ask the doctor's office to check when they schedule it, "
      "or call {PHONE} with the procedure code.",
      add=PA_UNKNOWN),
    D("en", T, "out_of_network", "none",
      "is the urgnt care on oak street in netwrk",
      "Hi {MEMBER_FIRST_NAME}, you can check that urgent care in the provider directory in "
      "your account by name or address, or call {PHONE} and we'll check while you're on the "
      "line.",
      add=NET_UNKNOWN),
    D("en", T, "balance_bill", "balance_bill",
      "dr office keeps billin me 480 but eob says 60. wtf",
      "Hi {MEMBER_FIRST_NAME}, the EOB is right: for the {DATE_OF_SERVICE} visit your share is "
      "{MEMBER_OWES}. An in-network office can't bill you more than that. Ask them to rebill "
      "from the EOB, and send us the bill if they don't.",
      claim={"service": "office visit", "billed": "480.00", "member_owes": "60.00"},
      mentions=["amount"]),
    D("en", T, "ambulance", "none",
      "is amblance coverd??",
      "Hi {MEMBER_FIRST_NAME}, emergency ambulance transport is covered. Your cost share is "
      "in your {PLAN_NAME} benefit summary; call {PHONE} and we'll go over it.",
      add=COV_UNKNOWN),
    D("en", T, "duplicate_charge", "paid",
      "got chargd twice 4 same visit 125 each",
      "Hi {MEMBER_FIRST_NAME}, we have one claim for the {DATE_OF_SERVICE} visit, and your "
      "share is {MEMBER_OWES}. Please ask the office to check their billing and refund you if "
      "you paid twice.",
      claim={"service": "office visit", "member_owes": "125.00"},
      mentions=["amount"]),
    D("en", T, "id_card", "none",
      "need id card asap pharmacy wont fill my meds",
      "Hi {MEMBER_FIRST_NAME}, you can show the digital ID card in your account right now; "
      "the pharmacy can use the numbers on it. A replacement card can be requested in your "
      "account or by calling {PHONE}."),
    D("en", T, "pharmacy", "none",
      "my meds r 2 expensive is ther a cheaper 1",
      "Hi {MEMBER_FIRST_NAME}, ask your doctor or pharmacist whether a generic or a lower-tier "
      "drug would work for you; the formulary in your account shows the tiers. Tell me the "
      "medication and I'll check."),
    D("en", T, "premiums", "none",
      "how do i pay my premuim online",
      "Hi {MEMBER_FIRST_NAME}, log in to your account and choose billing to pay by card or "
      "bank account, or set up autopay. You can also pay by phone at {PHONE}."),
    D("en", T, "contact_change", "none",
      "new adress plz update 4 mail",
      "Hi {MEMBER_FIRST_NAME}, you can update your mailing address in your account under "
      "profile, or call {PHONE} and we'll update it after verifying your identity."),
    D("en", T, "thanks_followup", "none",
      "ok tysm!!",
      "You're welcome, {MEMBER_FIRST_NAME}! Reach out anytime."),
    D("en", T, "collections", "none",
      "got a leter from collectons 4 a hospital bill i never got",
      "Hi {MEMBER_FIRST_NAME}, ask the agency to send the debt details in writing, with the "
      "date of service and the provider. Then send us a copy so we can check how the claim was "
      "processed and what you actually owe."),
    D("en", T, "hsa_fsa", "none",
      "can i use hsa 4 dental",
      "Hi {MEMBER_FIRST_NAME}, yes, dental care such as cleanings, fillings and braces is "
      "generally an eligible HSA expense. Keep your receipts."),
    D("en", T, "complaint", "none",
      "nobdy ever calls back. 3rd msg. not happy",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you've had to write three times. Tell me what you "
      "need and I'll help now, or file a complaint in your account or at {PHONE} if you'd like "
      "it on record."),
]
