"""Batch 8: more English singles (number/date formats, remaining codes and scenarios)."""
from drafts_common import D

S = "single"
ITEMS = [
    D("en", S, "itemized_bill", "paid",
      "Requested an itemized statement from Kingsbridge Medical Center for my stay starting "
      "Sept 14th and they charged me a $25 'records fee'. Is that allowed?",
      "Hi {MEMBER_FIRST_NAME}, an itemized bill is a billing statement, not a copy of your "
      "medical records, and most hospitals provide it free on request. Ask {PROVIDER_NAME}'s "
      "billing office to waive the fee and send the itemized bill for your stay starting "
      "{DATE_OF_SERVICE}. Fees for copies of medical records are a separate matter and are "
      "limited to a reasonable, cost-based amount under HIPAA.",
      claim={"service": "inpatient stay", "provider": "Kingsbridge Medical Center",
             "date_of_service": "2026-09-14"},
      mentions=["provider", "date"]),
    D("en", S, "itemized_bill", "partial_deductible",
      "The itemized bill has 'pharmacy - general' for $1240.5 and I only got like 2 tylenol. "
      "Is that normal??",
      "Hi {MEMBER_FIRST_NAME}, it's worth asking about. 'Pharmacy - general' can cover all "
      "the drugs given during your visit, including IV fluids or medicines you may not have "
      "noticed, but you can ask {PROVIDER_NAME}'s billing office for a detailed list of each "
      "drug, dose and charge under that line. If something wasn't given, ask them to correct "
      "the bill and send us a corrected claim. Your share on the claim as processed is "
      "{MEMBER_OWES}.",
      claim={"service": "outpatient visit", "billed": "1240.50"},
      mentions=["amount"]),
    D("en", S, "denied_claim", "denied:18",
      "my claim says denied duplicate. but I did go to the doctor! does that mean I'm paying "
      "for it now?",
      "Hi {MEMBER_FIRST_NAME}, no — a duplicate denial means the provider sent the same "
      "service to us more than once, so the extra copy was rejected: {DENIAL_REASON}. The "
      "visit itself is handled on the original claim, and that's the one your explanation of "
      "benefits applies to. If you get a bill listing the visit twice, don't pay it and send "
      "it to me."),
    D("en", S, "denied_claim", "denied:204",
      "Why isn't my hearing aid covered?? It was $3,200 from Clearsound Hearing on 14 Sep",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "denied because {DENIAL_REASON}. If you believe your plan should cover it (for example, "
      "if a benefit for hearing aids is listed in your plan documents or required in your "
      "state), you can appeal by {APPEAL_DEADLINE} with your audiologist's report. Hearing "
      "aids are also an eligible expense for an HSA or FSA if you have one.",
      claim={"service": "hearing aids", "provider": "Clearsound Hearing", "billed": "3200.00",
             "date_of_service": "2026-09-14"},
      mentions=["amount", "provider", "date"]),
    D("en", S, "thanks_followup", "pending",
      "just checking in on claim CLM-2026-2049917, it's been 3 weeks",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking. Claim {CLAIM_NUMBER} from "
      "{PROVIDER_NAME} is still being processed, so there's no decision yet. You'll get an "
      "explanation of benefits when it's done. If we need anything from the provider to "
      "finish it, we'll contact them directly.",
      claim={"claim_number": "CLM-2026-2049917"},
      mentions=["claim_number"]),
    D("en", S, "out_of_pocket_max", "oop_met",
      "Pretty sure I'm past my max for the year. Why does the EOB for my 11/12 visit say "
      "plan paid 100%? not complaining just want to understand",
      "Hi {MEMBER_FIRST_NAME}, you're right: you've reached your out-of-pocket maximum for "
      "this plan year, so for covered in-network care the plan pays 100% and you owe "
      "{MEMBER_OWES} for the visit on {DATE_OF_SERVICE}. That lasts until your plan year ends "
      "on {PLAN_YEAR_END}; after that, your deductible and out-of-pocket maximum start over.",
      claim={"service": "office visit", "date_of_service": "2026-11-12"},
      mentions=["date"]),
    D("en", S, "collections", "paid",
      "a collector says I owe 1,240 dollars to Westfield Radiology from way back. I'm pretty "
      "sure insurance covered it",
      "Hi {MEMBER_FIRST_NAME}, our records show the plan paid {PLAN_PAID} on that claim and "
      "your share was {MEMBER_OWES}. If the collector's amount doesn't match, dispute it in "
      "writing with the agency and ask for validation of the debt, and send them a copy of "
      "your explanation of benefits for claim {CLAIM_NUMBER}. You can also call "
      "{PROVIDER_NAME} to ask them to correct the account.",
      claim={"service": "CT scan", "provider": "Westfield Radiology", "billed": "1240.00"},
      mentions=["amount", "provider"]),
    D("en", S, "appeal", "denied:29",
      "Can I appeal a timely filing denial? The provider says it's my fault for giving them "
      "the wrong insurance info",
      "Hi {MEMBER_FIRST_NAME}, yes, you can appeal by {APPEAL_DEADLINE}. Timely filing "
      "limits can sometimes be extended when the provider can show they first billed another "
      "insurer within the limit, so ask the provider for proof of when they first sent the "
      "claim, including any rejection from the other insurer, and include it with your "
      "appeal. Whether they can bill you also depends on their contract with us — the claim "
      "shows them as {NETWORK_STATUS}."),
    D("en", S, "pharmacy", "pharmacy",
      "why did my generic lisinopril cost $0 this time? is that a mistake, I don't want a "
      "surprise bill later",
      "Hi {MEMBER_FIRST_NAME}, it's not a mistake. On this fill your copay was {COPAY}. Many "
      "plans have no copay or a very low copay for some generic maintenance drugs, and some "
      "preventive medications are covered with no cost sharing. You won't get a later bill "
      "for this fill.",
      claim={"service": "lisinopril (generic)", "member_owes": "0.00"},
      mentions=["amount"]),
    D("en", S, "coordination_of_benefits", "none",
      "I have Medicare and this retiree plan from my old union. Who do the doctors bill first?",
      "Hi {MEMBER_FIRST_NAME}, when you're retired, Medicare generally pays first and the "
      "retiree plan pays second. Give your doctors both cards and tell them Medicare is "
      "primary. Please complete the other-coverage questionnaire in your account so our "
      "records match."),
    D("en", S, "eob_question", "deductible",
      "my EOB from Harmon Family Health says 'patient responsibility' is the whole allowed "
      "amount. Did you guys just not pay?",
      "Hi {MEMBER_FIRST_NAME}, the allowed amount ({ALLOWED}) for that visit went toward "
      "your deductible, so the plan's payment was zero this time and your responsibility is "
      "{MEMBER_OWES}. That's how a deductible works: you pay the plan's discounted rate until "
      "it's met. You have {DEDUCTIBLE_REMAINING} left on it this plan year.",
      claim={"service": "office visit", "provider": "Harmon Family Health"},
      mentions=["provider"]),
    D("en", S, "balance_bill", "emergency_oon",
      "is the No Surprises Act real? Summit Ridge Hospital ER billed me the full $4,118 "
      "saying they're out of network",
      "Hi {MEMBER_FIRST_NAME}, it is. For emergency care, an out-of-network hospital can only "
      "charge you your in-network cost sharing, and it can't balance bill you for emergency "
      "services. We processed {PROVIDER_NAME}'s claim that way: your share is "
      "{MEMBER_OWES}. Please don't pay the full bill. Send them the explanation of benefits "
      "for claim {CLAIM_NUMBER} and send me a copy of their bill so we can help. You can also "
      "contact the No Surprises Help Desk at 1-800-985-3059.",
      claim={"service": "emergency room visit", "provider": "Summit Ridge Hospital",
             "billed": "4118.00"},
      mentions=["provider", "amount"]),
]
