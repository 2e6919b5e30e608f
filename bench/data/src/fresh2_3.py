"""Fresh-2 batch 3: typos and texting style (kind "typo")."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, D

T = "typo"
ITEMS = [
    D("en", T, "deductible", "none",
      "hw much is left on my deductable",
      "Hi {MEMBER_FIRST_NAME}, you have {DEDUCTIBLE_REMAINING} left on your {DEDUCTIBLE} "
      "deductible this plan year; you've met {DEDUCTIBLE_MET} so far. {AGENT_NAME}"),
    D("en", T, "copay_coinsurance", "paid",
      "y do i owe coinsurence on my mri at brightwater imaging i thot it was covered",
      "Hi {MEMBER_FIRST_NAME}, the MRI is covered; coinsurance is your share of a covered "
      "service. On the {PROVIDER_NAME} claim from {DATE_OF_SERVICE} the plan paid {PLAN_PAID} "
      "and your coinsurance is {MEMBER_OWES}. {AGENT_NAME}",
      claim={"service": "MRI", "provider": "Brightwater Imaging", "billed": "1600.00",
             "member_owes": "192.00"},
      mentions=["provider"]),
    D("en", T, "out_of_pocket_max", "oop_met",
      "i think i maxed out my out of pocket, y am i still gettin bills",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum. For the claim from {DATE_OF_SERVICE} your share is {MEMBER_OWES}. A bill for a "
      "visit before you reached it, or for care that isn't covered, can still come; send it to "
      "us and we'll check. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "300.00", "member_owes": "0.00"}),
    D("en", T, "eob_question", "paid",
      "wat does patient responsibilty mean on the eob",
      "Hi {MEMBER_FIRST_NAME}, patient responsibility is what you owe the provider after the plan "
      "paid its share. On this claim from {DATE_OF_SERVICE} it's {MEMBER_OWES}. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "220.00", "member_owes": "30.00"}),
    D("en", T, "denied_claim", "denied:197",
      "my cpap claim got denyed?? no one said i needed aproval",
      "Hi {MEMBER_FIRST_NAME}, the CPAP claim from {DATE_OF_SERVICE} was denied because "
      "{DENIAL_REASON}. Ask the supplier to request the authorization now and resubmit; you can "
      "also appeal by {APPEAL_DEADLINE}. An in-network supplier shouldn't bill you while it's "
      "sorted out. {AGENT_NAME}",
      claim={"service": "CPAP machine", "billed": "900.00"}),
    D("en", T, "out_of_network", "none",
      "is dr okafor in netwrok",
      "Hi {MEMBER_FIRST_NAME}, you can look the doctor up in the provider directory in your "
      "account, or call {PHONE} and we'll check while you wait. {AGENT_NAME}",
      add=NET_UNKNOWN),
    D("en", T, "balance_bill", "balance_bill",
      "got a bil for 190 from the clinic but eob says i owe 25 ??",
      "Hi {MEMBER_FIRST_NAME}, go by the EOB: for the {DATE_OF_SERVICE} visit your share is "
      "{MEMBER_OWES}. The clinic is in network and can't bill you more than that. Ask them to "
      "correct the bill, and send it to us if they won't. {AGENT_NAME}",
      claim={"service": "office visit", "billed": "190.00", "member_owes": "25.00"},
      mentions=["amount"]),
    D("en", T, "duplicate_charge", "paid",
      "pharmacy charged my card 2x for the same refil, can u fix",
      "Hi {MEMBER_FIRST_NAME}, a card charged twice for one fill is the pharmacy's to correct: "
      "ask them to refund the second charge. We have one claim for it, from {DATE_OF_SERVICE}, "
      "with your share at {MEMBER_OWES}. {AGENT_NAME}",
      claim={"service": "prescription refill", "billed": "90.00", "member_owes": "15.00"}),
    D("en", T, "ambulance", "none",
      "how much is ambulence ride on my plan",
      "Hi {MEMBER_FIRST_NAME}, what you pay for an ambulance ride is listed under emergency "
      "services in the {PLAN_NAME} benefit summary. Call {PHONE} and we'll go over it. "
      "{AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", T, "collections", "none",
      "bill went to colections what do i do",
      "Hi {MEMBER_FIRST_NAME}, ask the collector for a written validation notice, and send us "
      "the notice so we can check the claim behind it. Don't pay until you know the amount "
      "matches your EOB. {AGENT_NAME}"),
    D("en", T, "payment_plan", "none",
      "can i pay my hosptial bill in paymnts",
      "Hi {MEMBER_FIRST_NAME}, yes, ask the hospital's billing office for a payment plan; most "
      "offer one. Check the bill against your EOB first. {AGENT_NAME}"),
    D("en", T, "id_card", "none",
      "never got my insurence card",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. You can use the digital ID card in your account "
      "right now, and ask for a new card there or at {PHONE}. {AGENT_NAME}"),
    D("en", T, "pharmacy", "pharmacy",
      "y did my meds cost more this mnth",
      "Hi {MEMBER_FIRST_NAME}, a price change at the pharmacy usually comes from a new plan year "
      "(your deductible started again), a drug changing tier, or a different supply. Call {PHONE} "
      "and we'll look at the fill with you. {AGENT_NAME}",
      drop=("amount_stated",)),
    D("en", T, "hsa_fsa", "none",
      "hsa ok for teeth cleaning n fillings?",
      "Hi {MEMBER_FIRST_NAME}, yes, dental care such as cleanings, fillings and braces is a "
      "qualified HSA expense; cosmetic work like whitening is not. {AGENT_NAME}"),
    D("en", T, "premiums", "none",
      "why did my premum go up",
      "Hi {MEMBER_FIRST_NAME}, premiums can change at renewal with costs, your age or your "
      "subsidy. Your renewal notice explains it; call {PHONE} and we'll go over it. {AGENT_NAME}"),
    D("en", T, "contact_change", "none",
      "new phone number need to updat it",
      "Hi {MEMBER_FIRST_NAME}, you can update your phone number in your account profile, or call "
      "{PHONE} and we'll change it for you. {AGENT_NAME}"),
    D("en", T, "eligibility", "none",
      "am i stil covered i changed jobs",
      "Hi {MEMBER_FIRST_NAME}, coverage through a former employer usually ends at the end of the "
      "month you left, unless you choose COBRA. Call {PHONE} and we'll check your coverage dates. "
      "{AGENT_NAME}"),
    D("en", T, "thanks_followup", "none",
      "thx!! u were super helpfull",
      "You're welcome, {MEMBER_FIRST_NAME}! Happy to help. {AGENT_NAME}"),
    D("en", T, "financial_assistance", "none",
      "do hospitls have charity care or somthing",
      "Hi {MEMBER_FIRST_NAME}, yes, nonprofit hospitals have financial assistance (charity care) "
      "programs. Ask the billing office for the application; it's based on income. "
      "{AGENT_NAME}"),
]
