"""Batch 5: heavy typos / texting style (kind "typo")."""
from drafts_common import NET_UNKNOWN, D

T = "typo"
ITEMS = [
    D("en", T, "deductible", "none",
      "hw much is left on my deductable?? need 2 kno b4 my appt",
      "Hi {MEMBER_FIRST_NAME}, you have {DEDUCTIBLE_REMAINING} left on your {DEDUCTIBLE} "
      "deductible this plan year ({DEDUCTIBLE_MET} met so far). It resets after "
      "{PLAN_YEAR_END}. Good luck at your appointment!"),
    D("en", T, "denied_claim", "denied:16",
      "y did u guys deny my claim frm dr okonkwo?? they said u need more info wat info",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} wasn't paid because it was "
      "missing information we need to process it: {DENIAL_REASON}. That's usually something "
      "the doctor's billing office fixes and resubmits, so please ask them to check claim "
      "{CLAIM_NUMBER} and send a corrected claim. You don't need to send anything unless we "
      "write to you asking for it.",
      claim={"service": "office visit", "provider": "Dr. Chidi Okonkwo"}),
    D("en", T, "eob_question", "paid",
      "got the EOB bill thing for $132.17 do i pay u or the dr",
      "Hi {MEMBER_FIRST_NAME}, the EOB isn't a bill, so don't pay us. The {MEMBER_OWES} on it "
      "is what you owe {PROVIDER_NAME} for the visit on {DATE_OF_SERVICE}; they'll send you "
      "their own bill. Check that it matches the EOB before paying.",
      claim={"service": "office visit", "member_owes": "132.17"},
      mentions=["amount"]),
    D("en", T, "id_card", "none",
      "need new insurnce card mine went thru the wash lol",
      "Ha, that happens! Hi {MEMBER_FIRST_NAME}, you can use the digital ID card in the app "
      "right away. To get a new plastic card mailed, request a replacement in your account or "
      "call {PHONE}; it usually arrives in 7 to 10 days."),
    D("en", T, "out_of_network", "none",
      "is urgent care on mapel st in netwrk?? kid has ear ache",
      "Hi {MEMBER_FIRST_NAME}, sorry your little one isn't feeling well. You can check that "
      "urgent care in the provider directory in the app — search by name or address — or call "
      "{PHONE} and we'll check while you're on the line. If it's not in network, the app can "
      "show the closest in-network urgent care. If your child has a high fever with a stiff "
      "neck or seems very ill, go to the ER.",
      add=NET_UNKNOWN),
    D("en", T, "pharmacy", "pharmacy",
      "pharmcy charged me 85 for my sons adhd med, was 15 last mnth whats going on",
      "Hi {MEMBER_FIRST_NAME}, on this fill the amount you owed was {MEMBER_OWES}. A jump like "
      "that usually means the drug's tier changed, the pharmacy filled a different version "
      "(brand instead of generic), or the cost went toward your deductible. Ask the pharmacist "
      "whether a generic is available, and tell me the medication name so I can check its "
      "tier.",
      claim={"service": "ADHD medication", "member_owes": "85.00"},
      mentions=["amount"]),
    D("en", T, "payment_plan", "paid",
      "cant pay the 1,240 dollers all at once can i do paymnts",
      "Hi {MEMBER_FIRST_NAME}, your share for this claim, {MEMBER_OWES}, is owed to "
      "{PROVIDER_NAME}, so a payment plan is arranged with their billing office. Most offer "
      "monthly payments without interest if you call before the due date. If it's a hardship, "
      "ask about their financial assistance program too.",
      claim={"service": "outpatient procedure", "member_owes": "1240.00"},
      mentions=["amount"]),
    D("en", T, "appeal", "denied:96",
      "how do i apeal this its bs. claim E2026072200917",
      "Hi {MEMBER_FIRST_NAME}, you can file an internal appeal for claim {CLAIM_NUMBER} by "
      "{APPEAL_DEADLINE}. Write why you disagree (the reason given was {DENIAL_REASON}) and "
      "include anything that supports it, like a letter from your doctor. If we uphold the "
      "denial, you can ask for an independent external review. Call {PHONE} if you want help "
      "with the form.",
      claim={"claim_number": "E2026072200917"},
      mentions=["claim_number"]),
    D("en", T, "premiums", "none",
      "wen is my premum due? i get paid on the 15th",
      "Hi {MEMBER_FIRST_NAME}, your due date is shown in your online account under Billing, "
      "along with your payment history. You can also set up autopay there for a date that "
      "works with your payday, or call {PHONE} to talk through your options."),
    D("en", T, "thanks_followup", "none",
      "thx!! ur the best",
      "You're welcome, {MEMBER_FIRST_NAME}! Have a great day. — {AGENT_NAME}"),
    D("en", T, "ambulance", "ambulance_ground",
      "ambulence bill came 4 $2300 from tri county ems. i was unconsious i didnt pick them",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry — that's a lot to get after an emergency. We "
      "processed the ground ambulance claim from {PROVIDER_NAME}, and your share under the "
      "plan is {MEMBER_OWES}. The ambulance company is {NETWORK_STATUS}. Federal surprise "
      "billing rules don't cover ground ambulances, but many states limit what they can bill "
      "you. Please send me the bill so we can compare it with claim {CLAIM_NUMBER} and check "
      "your state's rules.",
      claim={"service": "ground ambulance transport", "provider": "Tri-County EMS",
             "billed": "2300.00"},
      mentions=["amount", "provider"]),
    D("en", T, "duplicate_charge", "paid",
      "they billd me twice 4 the same xray on 6/9 wtf",
      "Hi {MEMBER_FIRST_NAME}, we processed one claim for the x-ray on {DATE_OF_SERVICE}, "
      "with your share of {MEMBER_OWES}. If the bill shows it twice, ask {PROVIDER_NAME}'s "
      "billing office to remove the duplicate charge — and send me the bill if they don't "
      "correct it.",
      claim={"service": "chest x-ray", "date_of_service": "2026-06-09"},
      mentions=["date"]),
    D("en", T, "hsa_fsa", "none",
      "can i use hsa card 4 sunscreen n bandaids",
      "Hi {MEMBER_FIRST_NAME}, bandages and first-aid supplies are eligible HSA expenses. "
      "Sunscreen is usually accepted too if it's broad-spectrum SPF 15 or higher, but check "
      "with your HSA administrator. Keep your receipts in case you need to show what the "
      "purchase was for."),
    D("en", T, "eligibility", "none",
      "hw do i add my wife to my insurence we got maried last wk",
      "Congratulations, {MEMBER_FIRST_NAME}! Getting married lets you add your wife outside "
      "open enrollment, but the window is short — usually 30 days for employer plans and 60 "
      "days for Marketplace plans. If your coverage is through work, contact your benefits "
      "office; otherwise call {PHONE}. You'll need her date of birth and Social Security "
      "number."),
    D("en", T, "collections", "paid",
      "got a leter from a colection agncy for $48.50 from sunview lab. i thought insurnce paid",
      "Hi {MEMBER_FIRST_NAME}, we did pay our part: on that claim the plan paid {PLAN_PAID} "
      "and your share was {MEMBER_OWES}. The collection letter is likely for your share. If "
      "you never got a bill from {PROVIDER_NAME}, ask the agency for written validation of the "
      "debt and call the lab — they may accept payment directly and close it.",
      claim={"service": "lab tests", "provider": "Sunview Lab", "member_owes": "48.50"},
      mentions=["amount", "provider"]),
    D("en", T, "prior_authorization", "none",
      "dr said i need prior auth 4 my knee mri. do i do that or them??",
      "Hi {MEMBER_FIRST_NAME}, the doctor's office normally submits the prior authorization "
      "request for you. It's a good idea to ask them to tell you when they've sent it, and you "
      "can check its status in your account or by calling {PHONE} before the MRI."),
    D("en", T, "complaint", "none",
      "been waiting 3 wks 4 a call back. no1 called. not ok",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry nobody got back to you — you're right, that's not "
      "ok. Tell me here what you were waiting to hear about and I'll pick it up now. If you'd "
      "like, I can also explain how to file this as a formal grievance."),
    D("en", T, "contact_change", "none",
      "new email pls, jdoe.newmail@example.com",
      "Hi {MEMBER_FIRST_NAME}, for your security we can't change contact details from a "
      "message alone. Please update your email in your online account under Profile, or call "
      "{PHONE} and we'll verify your identity and update it."),
    D("en", T, "copay_coinsurance", "paid",
      "y do i owe coinsurence AND a copay for 1 visit on 7/21 thats double dipping",
      "Hi {MEMBER_FIRST_NAME}, I understand it looks that way. For the visit on "
      "{DATE_OF_SERVICE}, the copay ({COPAY}) applies to the office visit itself, and the "
      "coinsurance ({COINSURANCE}) applies to another service done that day, like a test or "
      "procedure, which your plan shares by percentage. Together that's {MEMBER_OWES}. If "
      "you think a service was billed that you didn't get, let me know.",
      claim={"service": "office visit with in-office procedure",
             "date_of_service": "2026-07-21"},
      mentions=["date"]),
    D("en", T, "balance_bill", "balance_bill",
      "eob sez i owe 40 bucks but lakeridge clinic bill sez 310. wich 1 do i pay",
      "Hi {MEMBER_FIRST_NAME}, the EOB shows your share is {MEMBER_OWES}. If {PROVIDER_NAME} "
      "is in our network, they can't bill you more than that. Please don't pay the higher "
      "amount; send them a copy of the EOB for claim {CLAIM_NUMBER}, and let me know if they "
      "won't correct it.",
      claim={"service": "office visit", "provider": "Lakeridge Clinic",
             "member_owes": "40.00"},
      mentions=["amount", "provider"]),
    D("en", T, "financial_assistance", "none",
      "hospitl bill is 2 much cant aford it any help out ther",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're in this spot. Ask the hospital's billing "
      "office for their financial assistance (charity care) application — nonprofit hospitals "
      "must have one and it can apply even if you're insured. You can also ask for a payment "
      "plan. If you tell me the hospital and date, I'll check what the plan processed."),
]
